import { sql, type Kysely } from 'kysely';

/**
 * Bulk de-registrations (issue 11): an uploaded CSV is parsed as it streams in, and each row
 * is stored here with its validation result, so the preview and the submission work on any
 * instance of the portal (nothing is kept in one process's memory).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('employee_bulk_batches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('acting_subject', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('preview')
        .check(sql`state in ('preview', 'submitted')`),
    )
    .addColumn('total_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('valid_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('employee_bulk_batches_organisation_idx')
    .on('employee_bulk_batches')
    .columns(['organisation_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('employee_bulk_rows')
    .addColumn('batch_id', 'uuid', (c) =>
      c.notNull().references('employee_bulk_batches.id').onDelete('cascade'),
    )
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('v_number', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'uuid')
    .addColumn('problems', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('reference', 'text')
    .addPrimaryKeyConstraint('employee_bulk_rows_pk', ['batch_id', 'line'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('employee_bulk_rows').ifExists().execute();
  await db.schema.dropTable('employee_bulk_batches').ifExists().execute();
}
