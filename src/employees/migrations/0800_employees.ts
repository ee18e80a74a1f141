import { sql, type Kysely } from 'kysely';

/**
 * The sponsor's reports under the duty to inform (issue 11) and the index of the employees
 * page. `employee_reports` is the portal's own record of what was reported (confirmation,
 * receipt, the "reported, not yet processed" mark on the employees page); the case system
 * gets each report through its interface (hand-over job), idempotent on the report's id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('employee_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('deregistration', 'registration', 'sponsor_change')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'uuid')
    .addColumn('v_number', 'text')
    .addColumn('employee_name', 'text')
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('late', 'boolean', (c) => c.notNull())
    .addColumn('ends_sponsorship', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn('acting_subject', 'text', (c) => c.notNull())
    .addColumn('intermediary_kvk', 'text')
    .addColumn('batch_id', 'uuid')
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('handed_over_at', 'timestamptz')
    .execute();
  await sql`create index employee_reports_organisation_idx
    on employee_reports (organisation_id, submitted_at desc, id)`.execute(db);
  await sql`create index employee_reports_v_number_idx on employee_reports (organisation_id, v_number)`.execute(
    db,
  );
  await sql`create index employee_reports_pending_idx on employee_reports (submitted_at) where handed_over_at is null`.execute(
    db,
  );
  // The employees page: a sponsor's employees by permit end date (no end date last), keyset paged.
  await sql`create index employees_organisation_end_idx on employees
    (organisation_id, (coalesce(permit_end_date, date '9999-12-31')), id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists employees_organisation_end_idx`.execute(db);
  await db.schema.dropTable('employee_reports').ifExists().execute();
}
