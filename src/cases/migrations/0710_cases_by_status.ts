import { sql, type Kysely } from 'kysely';

/**
 * An organisation's cases in one status, newest first: the status list filtered by status
 * (src/cases/repository.ts, keyset on submitted_at and id as `cases_organisation_idx`) and the
 * dashboard's count of requests for information (src/employees/duties.tsx). Without it both
 * read every case of the organisation to find the few in that status: at 10,000 cases 6–9 ms
 * per request on PostgreSQL (bench/README.md, P1 third pass).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_organisation_state_idx on cases
    (organisation_id, state, submitted_at desc, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_organisation_state_idx`.execute(db);
}
