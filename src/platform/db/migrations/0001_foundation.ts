import { sql, type Kysely } from 'kysely';

/**
 * The foundation: organisations and what hangs under them (the portal's read model of the
 * case system's data), audit log, outbox, and the development mailbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kvk_number', 'char(8)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rsin', 'char(9)')
    .addColumn('legal_form', 'text', (c) => c.notNull())
    .addColumn('visiting_address', 'jsonb', (c) => c.notNull())
    .addColumn('administration_address', 'jsonb')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('iban', 'text')
    .addColumn('account_holder', 'text')
    .addColumn('mandate_signed_on', 'date')
    .addColumn('employee_count', 'integer')
    .addColumn('preferred_language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('branches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('branch_number', 'char(12)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('branches_organisation_idx').on('branches').column('organisation_id').execute();

  await db.schema
    .createTable('recognitions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category in ('work', 'research', 'study', 'exchange')`),
    )
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('active', 'suspended', 'withdrawn')`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('state_reason', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('recognitions_one_per_category', ['organisation_id', 'category'])
    .execute();

  await db.schema
    .createTable('employees')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('v_number', 'char(10)')
    .addColumn('bsn', 'char(9)')
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('surname', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'date', (c) => c.notNull())
    .addColumn('nationality', 'char(3)', (c) => c.notNull())
    .addColumn('registered_on', 'date')
    .addColumn('deregistered_on', 'date')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('employees_organisation_idx')
    .on('employees')
    .columns(['organisation_id', 'surname'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('employee_id', 'uuid', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('application_type', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('received', 'in_progress', 'information_requested', 'granted', 'rejected', 'withdrawn')`,
        ),
    )
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decision_due_on', 'date')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('cases_organisation_idx')
    .on('cases')
    .columns(['organisation_id', 'submitted_at desc'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('success', 'failure', 'denied')`))
    .addColumn('reason', 'text')
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_kvk', 'char(8)')
    .addColumn('actor_subject', 'text')
    .addColumn('intermediary_kvk', 'char(8)')
    .addColumn('staff_user', 'text')
    .addColumn('organisation_id', 'uuid')
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('request_id', 'text')
    .addColumn('details', 'jsonb')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema
    .createIndex('audit_log_organisation_idx')
    .on('audit_log')
    .columns(['organisation_id', 'at'])
    .execute();

  // Rule 4 of the brief: side effects after commit. A row is written in the business
  // transaction; a job delivers it with retries and marks it done.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_pending_idx')
    .on('outbox')
    .column('created_at')
    .where(sql.ref('delivered_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('dev_mailbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('envelope_from', 'text', (c) => c.notNull())
    .addColumn('envelope_to', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('refresh_runs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('running', 'done', 'failed')`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'refresh_runs',
    'dev_mailbox',
    'outbox',
    'audit_log',
    'cases',
    'employees',
    'recognitions',
    'branches',
    'organisations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
