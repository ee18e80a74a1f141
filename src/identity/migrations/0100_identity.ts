import type { Kysely } from 'kysely';

/**
 * Identity: single-use SAML request ids, seen assertion ids (replay protection), and the
 * development test broker's artifacts. Ids are the SAML IDs themselves (SAML core 1.3.4).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('saml_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saml_requests_expires_idx').on('saml_requests').column('expires_at').execute();

  await db.schema
    .createTable('saml_assertions_seen')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('saml_assertions_seen_expires_idx')
    .on('saml_assertions_seen')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('test_broker_artifacts')
    .addColumn('artifact', 'text', (c) => c.primaryKey())
    .addColumn('response_xml', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['test_broker_artifacts', 'saml_assertions_seen', 'saml_requests']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
