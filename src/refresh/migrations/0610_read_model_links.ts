import { sql, type Kysely } from 'kysely';

/**
 * The read model's links among its own rows are kept by the refresh, not by foreign keys
 * (issue 10, P2; docs/adr/0007-read-model-links.md).
 *
 * The refresh is the only writer of employees, cases, case_events and case_documents, and it
 * resolves every link by a join in the page's transaction (src/refresh/apply.ts): a link is
 * either set to a row that exists or left null until that row arrives. A foreign key on these
 * columns therefore never refused anything, yet it cost a row lock (FOR KEY SHARE) and a lookup
 * per written row: about a fifth of a refresh of 200,000 cases. The links to organisations
 * keep their foreign keys (the portal's own rows refer to organisations too).
 *
 * What the foreign keys did on delete is kept, once per statement: a deleted case takes its
 * events and documents with it, a deleted employee leaves its cases without an employee, and a
 * deleted document leaves its events without a document.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases drop constraint if exists cases_employee_id_fkey`.execute(db);
  await sql`alter table case_events drop constraint if exists case_events_case_id_fkey`.execute(db);
  await sql`alter table case_events drop constraint if exists case_events_document_id_fkey`.execute(db);
  await sql`alter table case_documents drop constraint if exists case_documents_case_id_fkey`.execute(db);

  await afterDelete(db, 'cases', [
    sql`delete from case_events where case_id in (select id from deleted)`,
    sql`delete from case_documents where case_id in (select id from deleted)`,
  ]);
  await afterDelete(db, 'employees', [
    sql`update cases set employee_id = null where employee_id in (select id from deleted)`,
  ]);
  await afterDelete(db, 'case_documents', [
    sql`update case_events set document_id = null where document_id in (select id from deleted)`,
  ]);
}

const DELETE_TRIGGERED = ['cases', 'employees', 'case_documents'] as const;

/**
 * `<table>_deleted`: after each DELETE statement on `table`, runs `statements` once, with the
 * deleted rows in the transition table `deleted` (function `read_model_<table>_deleted`).
 */
async function afterDelete(
  db: Kysely<unknown>,
  table: (typeof DELETE_TRIGGERED)[number],
  statements: ReturnType<typeof sql>[],
): Promise<void> {
  const body = sql.join(
    statements.map((statement) => sql`${statement};`),
    sql` `,
  );
  await sql`create function ${sql.raw(`read_model_${table}_deleted`)}() returns trigger language plpgsql as $$
    begin ${body} return null; end $$`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_deleted`)} after delete on ${sql.table(table)}
    referencing old table as deleted for each statement
    execute function ${sql.raw(`read_model_${table}_deleted`)}()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of DELETE_TRIGGERED) {
    await sql`drop trigger if exists ${sql.raw(`${table}_deleted`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function if exists ${sql.raw(`read_model_${table}_deleted`)}()`.execute(db);
  }
  await sql`alter table case_documents add constraint case_documents_case_id_fkey
    foreign key (case_id) references cases (id) on delete cascade`.execute(db);
  await sql`alter table case_events add constraint case_events_document_id_fkey
    foreign key (document_id) references case_documents (id) on delete set null`.execute(db);
  await sql`alter table case_events add constraint case_events_case_id_fkey
    foreign key (case_id) references cases (id) on delete cascade`.execute(db);
  await sql`alter table cases add constraint cases_employee_id_fkey
    foreign key (employee_id) references employees (id) on delete set null`.execute(db);
}
