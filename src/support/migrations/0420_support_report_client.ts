import type { Kysely } from 'kysely';

/**
 * Issue 12 (D7): the report form's limit counts accepted reports only. Each report keeps a keyed
 * hash of the client that sent it (never the address itself), so the count holds across all web
 * instances and needs no other store.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('support_reports').addColumn('client_key', 'text').execute();
  await db.schema
    .createIndex('support_reports_client_key_created_at')
    .on('support_reports')
    .columns(['client_key', 'created_at'])
    .execute();
}
