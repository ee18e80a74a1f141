import { sql, type Kysely } from 'kysely';

/** INTERIM (see ../interim-schema.ts): replaced by the refresh module's read-model migration. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases drop constraint if exists cases_state_check`.execute(db);
  await sql`alter table cases
    add column source_id text unique,
    add column target_date date,
    add column information_deadline date,
    add column employee_name text,
    add column v_number text`.execute(db);
  await sql`create index cases_status_list_idx on cases (organisation_id, submitted_at desc, id)`.execute(db);
  await sql`alter table employees
    add column source_id text unique,
    add column permit_type text,
    add column permit_end_date date,
    add column sponsorship_state text`.execute(db);
  await sql`alter table recognitions add column end_date date`.execute(db);
  await sql`create table case_events (
    id uuid primary key default gen_random_uuid(),
    source_id text not null unique,
    case_id uuid references cases(id) on delete cascade,
    case_source_id text not null,
    organisation_id uuid,
    at timestamptz not null,
    status text not null,
    reason text not null,
    deadline date,
    document_id uuid)`.execute(db);
  await sql`create index case_events_case_idx on case_events (case_id, at)`.execute(db);
  await sql`create table case_documents (
    id uuid primary key default gen_random_uuid(),
    source_id text not null unique,
    case_id uuid references cases(id) on delete cascade,
    case_source_id text not null,
    organisation_id uuid not null,
    kind text not null,
    title text not null,
    content_type text not null,
    size bigint not null,
    sha256 text not null,
    created_at timestamptz not null)`.execute(db);
  await sql`create index case_documents_org_idx on case_documents (organisation_id, created_at desc, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists case_documents`.execute(db);
  await sql`drop table if exists case_events`.execute(db);
}
