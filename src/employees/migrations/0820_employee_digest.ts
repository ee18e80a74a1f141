import { sql, type Kysely } from 'kysely';

/**
 * Reminders (issue 11): the opt-in weekly e-mail digest of open duties, per organisation.
 * `employee_digest_settings` holds the choice (and the language it was made in, for the mail);
 * `employee_digest_sends` one row per organisation per ISO week, claimed in the transaction that
 * enqueues the mail, so two workers (or a retried job) never send a week's digest twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('employee_digest_settings')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('weekly', 'boolean', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('employee_digest_sends')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('mail_id', 'text')
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('employee_digest_sends_pk', ['organisation_id', 'week'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('employee_digest_sends').ifExists().execute();
  await db.schema.dropTable('employee_digest_settings').ifExists().execute();
}
