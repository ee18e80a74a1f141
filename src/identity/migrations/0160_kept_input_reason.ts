import { sql, type Kysely } from 'kysely';

/**
 * Why an input was kept (issue 12, D10): 'login' (the session had ended, D3), 'language' or
 * 'extend' (the language switch or "stay logged in" posted the page's form along). The page
 * that takes it back says so in its own words.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('kept_inputs')
    .addColumn('reason', 'text', (c) =>
      c
        .notNull()
        .defaultTo('login')
        .check(sql`reason in ('login', 'language', 'extend')`),
    )
    .execute();
}
