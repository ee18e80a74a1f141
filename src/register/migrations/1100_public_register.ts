import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the public register of recognised sponsors (issue 17), so that no query of the
 * register scans a table (50,000 organisations, 1,000,000 cases; bench/register.ts). Built-in
 * on PostgreSQL and PGlite alike: pg_trgm is not available on PGlite.
 *
 * - the list in name order and its keyset pages, and a name prefix: lower(name) in the "C"
 *   collation (a btree in "C" serves both ORDER BY and LIKE 'prefix%');
 * - a word anywhere in the name ("Lage Landen"): a GIN index over to_tsvector('simple', name);
 * - the place (prefix): lower(city) in "C";
 * - the active recognitions of an organisation, per category: a partial index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index register_organisations_name_idx on organisations ((lower(name) collate "C"), id)`.execute(
    db,
  );
  await sql`create index register_organisations_words_idx on organisations using gin (to_tsvector('simple', name))`.execute(
    db,
  );
  await sql`create index register_organisations_place_idx
    on organisations ((lower(visiting_address->>'city') collate "C"))`.execute(db);
  await sql`create index register_recognitions_active_idx
    on recognitions (organisation_id, category, start_date) where state = 'active'`.execute(db);
  await sql`create index register_recognitions_category_idx
    on recognitions (category, organisation_id) where state = 'active'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'register_recognitions_category_idx',
    'register_recognitions_active_idx',
    'register_organisations_place_idx',
    'register_organisations_words_idx',
    'register_organisations_name_idx',
  ])
    await sql`drop index if exists ${sql.id(name)}`.execute(db);
}
