import { sql, type Kysely } from 'kysely';

/**
 * The case system as the system of record (issue 10): organisations and recognitions as the IND
 * knows them, the persons sponsored, cases with their status history and documents. Every row
 * has `changed_at` (clock_timestamp() on insert, and on every update by the trigger
 * `cs_touch`), indexed with the id for the change export (`changesSince`).
 */
const TABLES = [
  'cs_organisations',
  'cs_recognitions',
  'cs_employees',
  'cs_cases',
  'cs_case_events',
  'cs_documents',
];
const STATUSES = sql`('received', 'in_progress', 'information_requested', 'granted', 'rejected', 'withdrawn', 'mvv_issued', 'document_ready')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cs_organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kvk_number', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_form', 'text', (c) => c.notNull())
    .addColumn('rsin', 'text')
    .addColumn('visiting_address', 'jsonb', (c) => c.notNull())
    .addColumn('administration_address', 'jsonb')
    .addColumn('employee_count', 'integer')
    .addColumn('language', 'text', (c) =>
      c
        .notNull()
        .defaultTo('nl')
        .check(sql`language in ('nl', 'en')`),
    )
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();

  await db.schema
    .createTable('cs_recognitions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kvk_number', 'text', (c) => c.notNull().references('cs_organisations.kvk_number'))
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category in ('work', 'research', 'study', 'exchange')`),
    )
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('active', 'suspended', 'withdrawn')`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('reason', 'text')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addUniqueConstraint('cs_recognitions_org_category', ['kvk_number', 'category'])
    .execute();

  await db.schema
    .createTable('cs_employees')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kvk_number', 'text', (c) => c.notNull())
    .addColumn('v_number', 'text')
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('surname', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'date', (c) => c.notNull())
    .addColumn('nationality', 'text', (c) => c.notNull())
    .addColumn('permit_type', 'text')
    .addColumn('permit_end_date', 'date')
    .addColumn('sponsorship_state', 'text', (c) =>
      c.notNull().check(sql`sponsorship_state in ('active', 'ended', 'pending')`),
    )
    .addColumn('registered_on', 'date')
    .addColumn('deregistered_on', 'date')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addUniqueConstraint('cs_employees_org_vnumber', ['kvk_number', 'v_number'])
    .execute();

  // cs_cases (0500) grows: known by KVK number (the portal's organisation id goes), an employee,
  // the service target, the information deadline and the full status set.
  await db.schema.alterTable('cs_cases').addColumn('kvk_number', 'text').execute();
  await sql`update cs_cases c set kvk_number = o.kvk_number from organisations o where o.id = c.organisation_id`.execute(
    db,
  );
  await sql`update cs_cases set kvk_number = '' where kvk_number is null`.execute(db);
  await sql`alter table cs_cases alter column kvk_number set not null`.execute(db);
  await db.schema.alterTable('cs_cases').dropColumn('organisation_id').execute();
  await db.schema
    .alterTable('cs_cases')
    .addColumn('employee_id', 'uuid', (c) => c.references('cs_employees.id'))
    .addColumn('target_date', 'date')
    .addColumn('information_deadline', 'date')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await sql`alter table cs_cases drop constraint if exists cs_cases_state_check`.execute(db);
  await sql`alter table cs_cases add constraint cs_cases_status_check check (state in ${STATUSES})`.execute(
    db,
  );
  await db.schema
    .createIndex('cs_cases_queue')
    .on('cs_cases')
    .columns(['state', 'received_at', 'id'])
    .execute();
  await db.schema.createIndex('cs_cases_kvk').on('cs_cases').columns(['kvk_number', 'received_at']).execute();

  await db.schema
    .createTable('cs_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cs_cases.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('acknowledgement', 'information_request', 'decision', 'application', 'attachment', 'supplied_information')`,
        ),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema
    .createIndex('cs_documents_case')
    .on('cs_documents')
    .columns(['case_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('cs_case_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cs_cases.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ${STATUSES}`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('deadline', 'date')
    .addColumn('document_id', 'uuid', (c) => c.references('cs_documents.id'))
    /** Who: a staff user id, 'portal' (intake, the sponsor's answer) or 'seed'. */
    .addColumn('actor', 'text', (c) => c.notNull())
    /** Idempotency of the sponsor's answers: the portal's submission id. */
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema
    .createIndex('cs_case_events_case')
    .on('cs_case_events')
    .columns(['case_id', 'at'])
    .execute();

  await sql`
    create or replace function cs_touch() returns trigger language plpgsql as $$
    begin
      new.changed_at := clock_timestamp();
      return new;
    end
    $$`.execute(db);
  for (const table of TABLES) {
    await sql`create trigger ${sql.raw(`${table}_touch`)} before update on ${sql.table(table)}
      for each row execute function cs_touch()`.execute(db);
    await db.schema.createIndex(`${table}_changed`).on(table).columns(['changed_at', 'id']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    await sql`drop trigger if exists ${sql.raw(`${table}_touch`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function if exists cs_touch()`.execute(db);
  await db.schema.dropTable('cs_case_events').ifExists().execute();
  await db.schema.dropTable('cs_documents').ifExists().execute();
  await db.schema.dropIndex('cs_cases_queue').ifExists().execute();
  await db.schema.dropIndex('cs_cases_kvk').ifExists().execute();
  await db.schema.dropIndex('cs_cases_changed').ifExists().execute();
  await sql`alter table cs_cases drop constraint if exists cs_cases_status_check`.execute(db);
  await db.schema
    .alterTable('cs_cases')
    .dropColumn('employee_id')
    .dropColumn('target_date')
    .dropColumn('information_deadline')
    .dropColumn('decided_at')
    .dropColumn('changed_at')
    .execute();
  await db.schema.dropTable('cs_employees').ifExists().execute();
  await db.schema.dropTable('cs_recognitions').ifExists().execute();
  await db.schema.dropTable('cs_organisations').ifExists().execute();
}
