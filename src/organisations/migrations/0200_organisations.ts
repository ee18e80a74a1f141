import { sql, type Kysely } from 'kysely';

/**
 * Organisations module: registered authorisations of intermediaries (the seed's "register your
 * authorisation first at the IND") and the IND's closure days (working-day calculation).
 * The organisations, branches and recognitions tables are in 0001_foundation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('representative_registrations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('intermediary_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('sponsor_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('submitted', 'approved', 'rejected', 'withdrawn')`),
    )
    .addColumn('rejection_reason', 'text')
    .addColumn('notify_email', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('file_sha256', 'char(64)', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz')
    .addColumn('processed_by', 'text')
    .addColumn('withdrawn_at', 'timestamptz')
    .addCheckConstraint('representative_registrations_dates', sql`valid_until >= valid_from`)
    .addCheckConstraint(
      'representative_registrations_not_self',
      sql`intermediary_organisation_id <> sponsor_organisation_id`,
    )
    .execute();
  // The rule "no duplicate pending registration" held by the database as well as the service.
  await db.schema
    .createIndex('representative_registrations_one_pending')
    .on('representative_registrations')
    .columns(['intermediary_organisation_id', 'sponsor_organisation_id'])
    .unique()
    .where(sql.ref('state'), '=', 'submitted')
    .execute();
  await db.schema
    .createIndex('representative_registrations_queue')
    .on('representative_registrations')
    .columns(['state', 'due_on', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('representative_registrations_sponsor')
    .on('representative_registrations')
    .column('sponsor_organisation_id')
    .execute();

  await db.schema
    .createTable('closure_days')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('closure_days').ifExists().execute();
  await db.schema.dropTable('representative_registrations').ifExists().execute();
}
