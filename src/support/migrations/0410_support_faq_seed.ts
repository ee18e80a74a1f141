import type { Kysely } from 'kysely';

/**
 * This migration once inserted the FAQ content. That content is now seed data (support/faq/seed.ts,
 * run at every start), not a schema change. The migration stays, empty, under its name: Kysely
 * refuses a database whose executed migrations are missing from the list, so removing it would
 * stop every portal that ran it.
 */
export async function up(_db: Kysely<unknown>): Promise<void> {}
