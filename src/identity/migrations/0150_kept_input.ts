import { sql, type Kysely } from 'kysely';

/**
 * Input kept over an expired session (issue 12, D3): a form posted after the session ended is
 * kept here, keyed by a random token in a short-lived cookie of the same browser and bound to the
 * person whose session it was, and given back once, to that person, after logging in again.
 * Never files. Rows live 30 minutes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kept_inputs')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('input', 'jsonb', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('kept_inputs_expiry_idx').on('kept_inputs').column('expires_at').execute();
}
