import { sql, type Kysely, type RawBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../platform/db/schema.ts';

/**
 * The sponsor's view of the read model (tables the refresh fills from the case system). Every
 * query here takes the organisation the actor acts for and filters on it: the organisation
 * comes from the session (request.actor), never from a parameter of the request.
 */
export type Database = Kysely<DB>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** `%`, `_` and `\` typed by a user match themselves in a LIKE pattern. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ----- keyset pagination ------------------------------------------------------------------

/**
 * A position in a list ordered by (key, id): the key as the database prints it (a timestamp
 * keeps its microseconds), the id breaks ties. Sent to the browser as an opaque token.
 */
export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** The cursor of a token, or undefined for anything that is not one (then: the first page). */
export function decodeCursor(token: string | undefined): Cursor | undefined {
  if (!token || token.length > 200) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [key, id] = value as unknown[];
    if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id) || key.length > 60) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}[0-9 :.+T-]*$/.test(key)) return undefined;
    return { key, id };
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  rows: T[];
  /** The cursor of the next page, when there is one. */
  next?: Cursor;
}

// ----- cases ------------------------------------------------------------------------------

export const CASE_SORTS = ['submitted_desc', 'submitted_asc', 'expected_asc'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseFilters {
  /** Employee name (part of it), case number (part of it) or V-number. */
  q?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
  /** Submitted on or after / on or before these days (Europe/Amsterdam). */
  from?: string | undefined;
  to?: string | undefined;
}

export interface CaseRow {
  id: string;
  case_number: string;
  application_type: string;
  state: string;
  submitted_at: Date;
  decision_due_on: string | null;
  target_date: string | null;
  information_deadline: string | null;
  employee_name: string | null;
  v_number: string | null;
  decided_at: Date | null;
}

/** The expected decision date: the service target where the IND set one, else the statutory end. */
const EXPECTED = sql`coalesce(cases.target_date, cases.decision_due_on, date '9999-12-31')`;

/**
 * Each order matches an index (migration 0600: `(organisation_id, submitted_at desc, id)`;
 * 0700: the expected date), read forwards or backwards, so a page is an index range scan
 * however deep it is: the tie-breaker `id` runs the way the index has it.
 */
function sortOf(sort: CaseSort): {
  key: RawBuilder<unknown>;
  type: 'timestamptz' | 'date';
  keyDesc: boolean;
  idDesc: boolean;
} {
  switch (sort) {
    case 'submitted_desc':
      return { key: sql`cases.submitted_at`, type: 'timestamptz', keyDesc: true, idDesc: false };
    case 'submitted_asc':
      return { key: sql`cases.submitted_at`, type: 'timestamptz', keyDesc: false, idDesc: true };
    case 'expected_asc':
      return { key: EXPECTED, type: 'date', keyDesc: false, idDesc: false };
  }
}

const AMSTERDAM = 'Europe/Amsterdam';

/** Midnight in Amsterdam at the start of `date` (YYYY-MM-DD) plus `days`: the bound of a date filter. */
function startOfDay(date: string, days = 0) {
  return sql<Date>`((cast(${date} as date) + ${sql.lit(days)})::timestamp at time zone ${AMSTERDAM})`;
}

/** The first `limit` rows, and the cursor after them when the query found one more. */
function pageOf<R extends { id: string; sort_key: string }>(
  rows: R[],
  limit: number,
): Page<Omit<R, 'sort_key'>> {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    rows: page.map(({ sort_key: _key, ...row }) => row),
    ...(more && last ? { next: { key: last.sort_key, id: last.id } } : {}),
  };
}

function filteredCases(db: Database, organisationId: string, filters: CaseFilters) {
  let query = db.selectFrom('cases').where('cases.organisation_id', '=', organisationId);
  if (filters.type) query = query.where('cases.application_type', '=', filters.type);
  if (filters.status) query = query.where('cases.state', '=', filters.status as never);
  if (filters.from) query = query.where('cases.submitted_at', '>=', startOfDay(filters.from));
  if (filters.to) query = query.where('cases.submitted_at', '<', startOfDay(filters.to, 1));
  const q = filters.q?.trim();
  if (q) {
    const contains = `%${likeEscape(q.toLowerCase())}%`;
    // The expression of the trigram index (migration 0720): case number and name in one.
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(cases.case_number || chr(31) || coalesce(cases.employee_name, ''))`, 'like', contains),
        eb('cases.v_number', '=', q),
      ]),
    );
  }
  return query;
}

const CASE_COLUMNS = [
  'cases.id',
  'cases.case_number',
  'cases.application_type',
  'cases.state',
  'cases.submitted_at',
  'cases.decision_due_on',
  'cases.target_date',
  'cases.information_deadline',
  'cases.employee_name',
  'cases.v_number',
  'cases.decided_at',
] as const;

/** One page of the organisation's cases, ordered by `sort`, after `after` (keyset, no OFFSET). */
export async function listCases(
  db: Database,
  organisationId: string,
  options: { filters: CaseFilters; sort: CaseSort; after?: Cursor | undefined; limit: number },
): Promise<Page<CaseRow>> {
  const { key, type, keyDesc, idDesc } = sortOf(options.sort);
  let query = filteredCases(db, organisationId, options.filters)
    .select(CASE_COLUMNS)
    .select(sql<string>`cast(${key} as text)`.as('sort_key'));
  if (options.after) {
    // (key, id) strictly after the cursor in this order; `key ≤ k` (or ≥) bounds the index scan.
    const k = sql`cast(${options.after.key} as ${sql.raw(type)})`;
    const i = sql`cast(${options.after.id} as uuid)`;
    const beyond = sql.raw(keyDesc ? '<' : '>');
    const within = sql.raw(keyDesc ? '<=' : '>=');
    const idBeyond = sql.raw(idDesc ? '<' : '>');
    query = query.where(
      sql<boolean>`${key} ${within} ${k} and (${key} ${beyond} ${k} or (${key} = ${k} and cases.id ${idBeyond} ${i}))`,
    );
  }
  const rows = await query
    .orderBy(key, keyDesc ? 'desc' : 'asc')
    .orderBy('cases.id', idDesc ? 'desc' : 'asc')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit);
}

/** Every case matching the filters, fetched in keyset batches (for the CSV export). */
export async function* allCases(
  db: Database,
  organisationId: string,
  filters: CaseFilters,
  sort: CaseSort,
  batch = 1000,
): AsyncGenerator<CaseRow> {
  let after: Cursor | undefined;
  for (;;) {
    const page = await listCases(db, organisationId, { filters, sort, after, limit: batch });
    yield* page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

/** The case with this number, when it is the organisation's. */
export async function findCase(
  db: Database,
  organisationId: string,
  caseNumber: string,
): Promise<CaseRow | undefined> {
  if (caseNumber.length > 60) return undefined;
  return db
    .selectFrom('cases')
    .select(CASE_COLUMNS)
    .where('cases.organisation_id', '=', organisationId)
    .where('cases.case_number', '=', caseNumber)
    .executeTakeFirst();
}

export interface EventRow {
  id: string;
  at: Date;
  status: string;
  reason: string;
  deadline: string | null;
  document_id: string | null;
}

/** The case's timeline, oldest first. */
export async function eventsOf(db: Database, organisationId: string, caseId: string): Promise<EventRow[]> {
  // Scoped through the case (the event's own organisation column is filled by the refresh too).
  return db
    .selectFrom('case_events as e')
    .innerJoin('cases', 'cases.id', 'e.case_id')
    .select(['e.id', 'e.at', 'e.status', 'e.reason', 'e.deadline', 'e.document_id'])
    .where('cases.organisation_id', '=', organisationId)
    .where('e.case_id', '=', caseId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

// ----- documents ---------------------------------------------------------------------------

export interface DocumentRow {
  id: string;
  source_id: string;
  case_id: string;
  case_number: string;
  employee_name: string | null;
  kind: string;
  title: string;
  content_type: string;
  /** bigint: a string on PostgreSQL, a number where the driver parses it. */
  size: number | string;
  created_at: Date;
}

export interface DocumentFilters {
  /** Case number (part of it) or employee name (part of it). */
  q?: string | undefined;
  kind?: string | undefined;
  caseId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function documentsOf(db: Database, organisationId: string) {
  // Both rows must be the organisation's: a document row never shows through another's case.
  return db
    .selectFrom('case_documents as d')
    .innerJoin('cases', 'cases.id', 'd.case_id')
    .where('d.organisation_id', '=', organisationId)
    .where('cases.organisation_id', '=', organisationId)
    .select([
      'd.id',
      'd.source_id',
      'cases.id as case_id',
      'cases.case_number',
      'cases.employee_name',
      'd.kind',
      'd.title',
      'd.content_type',
      'd.size',
      'd.created_at',
    ]);
}

/** One page of the organisation's file documents, newest first (keyset on created_at, id). */
export async function listDocuments(
  db: Database,
  organisationId: string,
  options: { filters: DocumentFilters; after?: Cursor | undefined; limit: number },
): Promise<Page<DocumentRow>> {
  const { filters } = options;
  let query = documentsOf(db, organisationId).select(sql<string>`cast(d.created_at as text)`.as('sort_key'));
  if (filters.kind) query = query.where('d.kind', '=', filters.kind);
  if (filters.caseId) query = query.where('d.case_id', '=', filters.caseId);
  if (filters.from) query = query.where('d.created_at', '>=', startOfDay(filters.from));
  if (filters.to) query = query.where('d.created_at', '<', startOfDay(filters.to, 1));
  const q = filters.q?.trim();
  if (q) {
    const contains = `%${likeEscape(q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(cases.case_number)`, 'like', contains),
        eb(sql`lower(cases.employee_name)`, 'like', contains),
      ]),
    );
  }
  if (options.after) {
    query = query.where(
      sql<boolean>`(d.created_at, d.id) < (cast(${options.after.key} as timestamptz), cast(${options.after.id} as uuid))`,
    );
  }
  const rows = await query
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit);
}

/** The document with this id, when it belongs to a case of the organisation. */
export async function findDocument(
  db: Database,
  organisationId: string,
  id: string,
): Promise<DocumentRow | undefined> {
  if (!isUuid(id)) return undefined;
  return documentsOf(db, organisationId).where('d.id', '=', id).executeTakeFirst();
}

// ----- the account page and "Information as of" ---------------------------------------------

export interface AccountSummary {
  sponsoredEmployees: number;
  recognitions: {
    id: string;
    category: string;
    state: string;
    start_date: string;
    end_date: string | null;
  }[];
  lastRefresh: Date | null;
}

/** What {@link accountSummaryRead} reads: the account page's read-model part before the last run is added. */
export interface AccountSummaryRead {
  sponsoredEmployees: number;
  recognitions: AccountSummary['recognitions'];
}

/**
 * What the read model adds to the account page, sponsored employees and recognitions with their
 * dates, as one JSON value for the organisations module to select inside the page's one query
 * (issue 9: on PostgreSQL each statement is a round trip). Dates stay 'YYYY-MM-DD' in JSON.
 */
export function accountSummaryRead(db: Database, organisationId: string): RawBuilder<AccountSummaryRead> {
  const employees = db
    .selectFrom('employees')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('sponsorship_state', '=', 'active');
  const recognitions = db
    .selectFrom('recognitions')
    .select(['id', 'category', 'state', 'start_date', 'end_date'])
    .where('organisation_id', '=', organisationId)
    .orderBy('category');
  return sql<AccountSummaryRead>`json_build_object('sponsoredEmployees', ${employees}, 'recognitions', ${jsonArrayFrom(recognitions)})`;
}

/** The account page's summary: what was read, and when the refresh last succeeded (`informationAsOf`). */
export function accountSummaryOf(
  read: AccountSummaryRead,
  lastRun: { finishedAt: Date } | null,
): AccountSummary {
  return {
    sponsoredEmployees: read.sponsoredEmployees,
    recognitions: read.recognitions,
    lastRefresh: lastRun?.finishedAt ?? null,
  };
}
