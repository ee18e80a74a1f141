import { sql, type Kysely } from 'kysely';

/**
 * The organisation's activity log (issue 17) over platform's `audit_log`:
 *
 * - Nobody edits the log: a trigger refuses UPDATE, DELETE and TRUNCATE on `audit_log` for every
 *   role, the owner included (a REVOKE alone would not bind the owner the portal connects as).
 *   There is no retention purge of the audit log today; one would be a new migration that
 *   replaces the function with one admitting only its own path (e.g. a session setting it sets).
 * - Keyset pages per organisation, newest first: (organisation_id, at, id); the agency's own
 *   rows: (organisation_id, intermediary_kvk, at, id); the "who" filter's list of people:
 *   (organisation_id, actor_subject).
 * - The names an organisation gives to the pseudonyms of the people acting for it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  // For each statement: refused even when no row matches (nothing to edit is still an edit).
  await sql`create trigger audit_log_no_update before update or delete on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);

  await sql`create index audit_log_organisation_keyset_idx on audit_log (organisation_id, at, id)`.execute(
    db,
  );
  await sql`create index audit_log_intermediary_keyset_idx
    on audit_log (organisation_id, intermediary_kvk, at, id) where intermediary_kvk is not null`.execute(db);
  await sql`create index audit_log_organisation_subject_idx
    on audit_log (organisation_id, actor_subject) where actor_subject is not null`.execute(db);

  await db.schema
    .createTable('activity_subject_names')
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 80`))
    .addColumn('named_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('activity_subject_names_pk', ['organisation_id', 'subject'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('activity_subject_names').ifExists().execute();
  await sql`drop index if exists audit_log_organisation_subject_idx`.execute(db);
  await sql`drop index if exists audit_log_intermediary_keyset_idx`.execute(db);
  await sql`drop index if exists audit_log_organisation_keyset_idx`.execute(db);
  await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
  await sql`drop trigger if exists audit_log_no_update on audit_log`.execute(db);
  await sql`drop function if exists audit_log_append_only()`.execute(db);
}
