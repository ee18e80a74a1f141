import { sql, type Kysely } from 'kysely';

/**
 * The sponsor's reports under the duty to inform (informatieplicht, issue 11): de-registrations,
 * registrations of an employee and changes about the sponsor itself. Intake is idempotent on
 * the portal's report id. A report that changes an employee's sponsorship changes its
 * `cs_employees` row, and the change export carries that row to the portal's read model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cs_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'text', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('kvk_number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('deregistration', 'registration', 'sponsor_change')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('late', 'boolean', (c) => c.notNull())
    .addColumn('employee_id', 'uuid', (c) => c.references('cs_employees.id'))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema
    .createIndex('cs_reports_kvk')
    .on('cs_reports')
    .columns(['kvk_number', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cs_reports').ifExists().execute();
}
