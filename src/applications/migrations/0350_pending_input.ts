import { sql, type Kysely } from 'kysely';

/**
 * "Save and finish later" keeps a page as it was typed, also when it is not complete or not
 * valid yet (issue 12, D2): per page id, the raw form values (strings only, never files). The
 * page's answers are written only when the page is valid; this input is shown instead of them
 * until then, and dropped when the page is saved valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('applications')
    .addColumn('pending_input', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}
