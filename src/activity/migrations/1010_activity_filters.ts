import { sql, type Kysely } from 'kysely';

/**
 * The activity log's filters at any size. The log only grows (an HR system polling the API adds
 * a row a call: half a million a year at one call a minute), and a filter that picks few of an
 * organisation's rows read all of them in `(organisation_id, at, id)` order: at 500,000 rows
 * a view took 128–241 ms and grew with the log (bench/activity.ts; bench/README.md, "Sixth pass").
 *
 * - The "who" list and the person filter: `(organisation_id, actor_subject, at, id)`, replacing
 *   `(organisation_id, actor_subject)` — the list skip-scans it (repository.ts, `actorsOf`), the
 *   filter reads one person's rows newest first.
 * - The action filter: `(organisation_id, event, at, id)`; the account page's chain logins (its
 *   `login` rows) read it too, not the agency's API calls (organisations/repository.ts).
 * - "IND" (staff's rows, few): `(organisation_id, at, id)` over staff's rows only.
 *
 * Built inside the migrations' transaction, so writes to `audit_log` wait while they are built.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_log_organisation_subject_keyset_idx
    on audit_log (organisation_id, actor_subject, at, id) where actor_subject is not null`.execute(db);
  await sql`drop index if exists audit_log_organisation_subject_idx`.execute(db);
  await sql`create index audit_log_organisation_event_keyset_idx
    on audit_log (organisation_id, event, at, id)`.execute(db);
  await sql`create index audit_log_organisation_staff_keyset_idx
    on audit_log (organisation_id, at, id) where actor_kind = 'staff'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists audit_log_organisation_staff_keyset_idx`.execute(db);
  await sql`drop index if exists audit_log_organisation_event_keyset_idx`.execute(db);
  await sql`create index if not exists audit_log_organisation_subject_idx
    on audit_log (organisation_id, actor_subject) where actor_subject is not null`.execute(db);
  await sql`drop index if exists audit_log_organisation_subject_keyset_idx`.execute(db);
}
