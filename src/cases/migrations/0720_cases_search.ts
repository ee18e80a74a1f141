import { sql, type Kysely } from 'kysely';

/**
 * The status list's search (src/cases/repository.ts, `filteredCases`): a part of the case number
 * or the employee's name, or the exact V-number. An infix `like` cannot use a B-tree, so at
 * 10,000 cases a sponsor's search read all of them (8–15 ms in PostgreSQL, p99 107 ms under load,
 * bench/README.md). A trigram index (pg_trgm, a trusted extension in PostgreSQL's contrib, loaded
 * by PGlite too) serves the infix match on both fields at once; the V-number gets a B-tree, so
 * that the two conditions combine as a bitmap OR. The separator (unit separator, U+001F) cannot
 * be typed in the search field, so no term matches across the two fields.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index cases_search_idx on cases
    using gin ((lower(case_number || chr(31) || coalesce(employee_name, ''))) gin_trgm_ops)`.execute(db);
  await sql`create index cases_v_number_idx on cases (v_number)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_search_idx`.execute(db);
  await sql`drop index if exists cases_v_number_idx`.execute(db);
}
