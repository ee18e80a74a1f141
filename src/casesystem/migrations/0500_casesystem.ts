import { sql, type Kysely } from 'kysely';

/** The minimal case system behind the portal (issue 5): its own intake table, prefix `cs_`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cs_cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('application_id', 'uuid', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('received', 'in_progress', 'information_requested', 'granted', 'rejected', 'withdrawn')`,
        ),
    )
    .addColumn('submission', 'jsonb', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decision_due_on', 'date', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cs_cases').ifExists().execute();
}
