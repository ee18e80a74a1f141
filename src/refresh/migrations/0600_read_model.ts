import { sql, type Kysely } from 'kysely';

/**
 * The portal's read model of the case system (issue 10): the foundation's organisations,
 * recognitions, employees, cases and refresh_runs are extended (the account page, actor
 * resolution and the back office keep reading them), case events and case documents are new,
 * and refresh_cursor holds the refresh's checkpoint.
 *
 * Every row the refresh writes carries the case system's id (`source_id`) and is upserted on
 * it. A row that refers to another row the refresh has not seen yet (an event before its case,
 * a case before its employee: the change stream is ordered by time of change, not by kind)
 * keeps the other row's source id (`*_source_id`) and gets the portal's id when that row
 * arrives (see src/refresh/apply.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('recognitions').addColumn('end_date', 'date').execute();

  await db.schema
    .alterTable('employees')
    .addColumn('source_id', 'text', (c) => c.unique())
    .addColumn('permit_type', 'text')
    .addColumn('permit_end_date', 'date')
    .addColumn('sponsorship_state', 'text', (c) =>
      c.check(sql`sponsorship_state is null or sponsorship_state in ('active', 'ended', 'pending')`),
    )
    .execute();
  await db.schema
    .createIndex('employees_organisation_permit_end_idx')
    .on('employees')
    .columns(['organisation_id', 'permit_end_date'])
    .execute();

  await sql`alter table cases drop constraint if exists cases_state_check`.execute(db);
  await sql`alter table cases add constraint cases_state_check check (state in (
    'received', 'in_progress', 'information_requested', 'granted', 'rejected', 'withdrawn',
    'mvv_issued', 'document_ready'))`.execute(db);
  await db.schema
    .alterTable('cases')
    .addColumn('source_id', 'text', (c) => c.unique())
    .addColumn('employee_source_id', 'text')
    .addColumn('target_date', 'date')
    .addColumn('information_deadline', 'date')
    .addColumn('employee_name', 'text')
    .addColumn('v_number', 'text')
    .execute();
  // The status list: an organisation's cases, newest first, with a stable tie-breaker (keyset paging).
  await sql`drop index if exists cases_organisation_idx`.execute(db);
  await sql`create index cases_organisation_idx on cases (organisation_id, submitted_at desc, id)`.execute(
    db,
  );
  // Search within an organisation: V-number (exact), employee name (prefix, case-insensitive).
  // pg_trgm is not loaded on PGlite by default, so infix search is not indexed.
  await sql`create index cases_organisation_v_number_idx on cases (organisation_id, v_number)`.execute(db);
  await sql`create index cases_organisation_employee_name_idx
    on cases (organisation_id, lower(employee_name) text_pattern_ops)`.execute(db);
  // A case the portal wrote before the refresh existed is adopted by case number (apply.ts).
  await sql`create index cases_without_source_idx on cases (case_number) where source_id is null`.execute(db);
  // An employee's change (name, V-number) is copied to the employee's cases.
  await sql`create index cases_employee_source_idx on cases (employee_source_id)`.execute(db);

  await db.schema
    .createTable('case_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('source_id', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('case_source_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index case_documents_case_idx on case_documents (case_id, created_at)`.execute(db);
  await sql`create index case_documents_organisation_idx
    on case_documents (organisation_id, created_at desc, id)`.execute(db);
  await sql`create index case_documents_unresolved_idx on case_documents (case_source_id)
    where case_id is null`.execute(db);

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('source_id', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('case_source_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('deadline', 'date')
    .addColumn('document_id', 'uuid', (c) => c.references('case_documents.id').onDelete('set null'))
    .addColumn('document_source_id', 'text')
    .execute();
  await sql`create index case_events_case_idx on case_events (case_id, at, id)`.execute(db);
  await sql`create index case_events_unresolved_case_idx on case_events (case_source_id)
    where case_id is null`.execute(db);
  await sql`create index case_events_unresolved_document_idx on case_events (document_source_id)
    where document_id is null and document_source_id is not null`.execute(db);

  await db.schema
    .alterTable('refresh_runs')
    .addColumn('trigger', 'text', (c) =>
      c
        .notNull()
        .defaultTo('schedule')
        .check(sql`trigger in ('schedule', 'manual', 'cli', 'staff_change', 'demo')`),
    )
    .addColumn('outcome', 'text')
    .addColumn('rows', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('batches', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('cursor_changed_at', 'timestamptz')
    .addColumn('cursor_id', 'text')
    .addColumn('started_by', 'text')
    .execute();
  await sql`create index refresh_runs_started_idx on refresh_runs (started_at desc, id desc)`.execute(db);
  await sql`create index refresh_runs_done_idx on refresh_runs (finished_at desc) where state = 'done'`.execute(
    db,
  );

  await db.schema
    .createTable('refresh_cursor')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    // Kept as the database gives it (microseconds); the cursor compares (changed_at, source_id).
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'bigint', (c) => c.references('refresh_runs.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('refresh_cursor').ifExists().execute();
  await db.schema.dropTable('case_events').ifExists().execute();
  await db.schema.dropTable('case_documents').ifExists().execute();
  for (const column of [
    'trigger',
    'outcome',
    'rows',
    'batches',
    'error',
    'cursor_changed_at',
    'cursor_id',
    'started_by',
  ])
    await db.schema.alterTable('refresh_runs').dropColumn(column).execute();
  for (const column of [
    'source_id',
    'employee_source_id',
    'target_date',
    'information_deadline',
    'employee_name',
    'v_number',
  ])
    await db.schema.alterTable('cases').dropColumn(column).execute();
  for (const column of ['source_id', 'permit_type', 'permit_end_date', 'sponsorship_state'])
    await db.schema.alterTable('employees').dropColumn(column).execute();
  await db.schema.alterTable('recognitions').dropColumn('end_date').execute();
}
