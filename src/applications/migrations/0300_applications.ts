import { sql, type Kysely } from 'kysely';

/**
 * Applications and their drafts (issue 5): one row from the first page to the submission,
 * the uploaded documents' metadata, and the sequence that numbers references.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('catalogue_version', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft', 'submitted')`))
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('current_step', 'text', (c) => c.notNull())
    .addColumn('employee_name', 'text')
    .addColumn('created_by_subject', 'text', (c) => c.notNull())
    .addColumn('intermediary_kvk', 'char(8)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reference', 'text', (c) => c.unique())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('submitted_by_subject', 'text')
    .addColumn('fee_cents', 'integer')
    .addColumn('fee_year', 'integer')
    .addColumn('payment_method', 'text', (c) =>
      c.check(sql`payment_method is null or payment_method in ('direct_debit', 'payment_letter')`),
    )
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addCheckConstraint(
      'applications_submitted_has_reference',
      sql`state = 'draft' or (reference is not null and submitted_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('applications_organisation_idx')
    .on('applications')
    .columns(['organisation_id', 'state', 'updated_at desc'])
    .execute();
  // The purge job looks for old drafts across organisations.
  await db.schema
    .createIndex('applications_draft_age_idx')
    .on('applications')
    .column('updated_at')
    .where(sql.ref('state'), '=', 'draft')
    .execute();

  await db.schema
    .createTable('application_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull())
    .addColumn('document_type', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in ('application/pdf', 'image/jpeg', 'image/png')`),
    )
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'char(64)', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('application_attachments_application_idx')
    .on('application_attachments')
    .columns(['application_id', 'created_at'])
    .execute();

  await sql`create sequence application_reference_seq`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop sequence if exists application_reference_seq`.execute(db);
  await db.schema.dropTable('application_attachments').ifExists().execute();
  await db.schema.dropTable('applications').ifExists().execute();
}
