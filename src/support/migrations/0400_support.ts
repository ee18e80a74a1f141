import { sql, type Kysely } from 'kysely';

/**
 * Support: technical issue reports to Team Zakelijk (with their screenshots, internal notes
 * and the answers sent to the reporter) and the FAQ, maintained by staff in nl and en.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    // The organisation the reporter was logged in for (never from the form); null when logged out.
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('kvk_number', 'char(8)', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn('page_address', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('correlation_id', 'text')
    .addColumn('error_at', 'timestamptz')
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('new')
        .check(sql`state in ('new', 'assessing', 'answered', 'closed')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('support_reports_queue_idx')
    .on('support_reports')
    .columns(['state', 'created_at'])
    .execute();
  await db.schema
    .createIndex('support_reports_organisation_idx')
    .on('support_reports')
    .columns(['organisation_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('support_report_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('support_reports.id').onDelete('cascade'))
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in ('image/png', 'image/jpeg')`),
    )
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_report_files_report_idx')
    .on('support_report_files')
    .column('report_id')
    .execute();

  // Internal notes are kept apart from answers, so no query for the reporter can reach them.
  await db.schema
    .createTable('support_report_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('support_reports.id').onDelete('cascade'))
    .addColumn('staff_user', 'text', (c) => c.notNull())
    .addColumn('staff_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('support_report_answers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('support_reports.id').onDelete('cascade'))
    .addColumn('staff_user', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  for (const table of ['support_report_notes', 'support_report_answers']) {
    await db.schema.createIndex(`${table}_report_idx`).on(table).column('report_id').execute();
  }

  await db.schema
    .createTable('faq_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    )
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category in ('login', 'representatives', 'applications', 'status', 'technical')`),
    )
    .addColumn('question_nl', 'text', (c) => c.notNull())
    .addColumn('question_en', 'text', (c) => c.notNull())
    .addColumn('answer_nl', 'text', (c) => c.notNull())
    .addColumn('answer_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(100))
    .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('faq_entries_category_idx')
    .on('faq_entries')
    .columns(['category', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'faq_entries',
    'support_report_answers',
    'support_report_notes',
    'support_report_files',
    'support_reports',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
