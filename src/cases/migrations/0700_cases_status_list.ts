import { sql, type Kysely } from 'kysely';

/**
 * The status list sorted by expected decision date (src/cases/repository.ts): an index on the
 * same expression, so each page is an index range scan. The list by submission date uses the
 * read model's `cases_organisation_idx` (0600_read_model).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_organisation_expected_idx on cases
    (organisation_id, (coalesce(target_date, decision_due_on, date '9999-12-31')), id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_organisation_expected_idx`.execute(db);
}
