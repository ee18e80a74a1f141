import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import type { CaseStatus } from '../contract.ts';

/** The statuses of the default queue: new and open cases. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'in_progress', 'information_requested'];
export const PAGE_SIZE = 50;

export interface QueueFilter {
  type?: string | undefined;
  /** A KVK number (8 digits, exact) or the start of the organisation's name. */
  organisation?: string | undefined;
  status: 'open' | 'all';
  minAgeDays?: number | undefined;
  overdue: boolean;
  /** Keyset: the (received_at, id) of the last row of the previous page. */
  after?: { receivedAt: string; id: string } | undefined;
}

export interface QueueRow {
  id: string;
  case_number: string;
  type_code: string;
  kvk_number: string;
  organisation_name: string | null;
  state: CaseStatus;
  received_at: Date;
  received_key: string;
  decision_due_on: string;
}

/** The case officer's queue, oldest first, one page (keyset pagination on received_at, id). */
export async function listQueue(
  db: Kysely<DB>,
  filter: QueueFilter,
  now: Date,
): Promise<{ rows: QueueRow[]; next: string | null }> {
  const today = amsterdamToday(now);
  let query = db
    .selectFrom('cs_cases')
    .leftJoin('cs_organisations', 'cs_organisations.kvk_number', 'cs_cases.kvk_number')
    .select([
      'cs_cases.id',
      'cs_cases.case_number',
      'cs_cases.type_code',
      'cs_cases.kvk_number',
      'cs_organisations.name as organisation_name',
      'cs_cases.state',
      'cs_cases.received_at',
      'cs_cases.decision_due_on',
      sql<string>`to_char(cs_cases.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'received_key',
      ),
    ]);
  if (filter.status === 'open' || filter.overdue) query = query.where('cs_cases.state', 'in', OPEN_STATUSES);
  if (filter.type) query = query.where('cs_cases.type_code', '=', filter.type);
  if (filter.organisation) {
    const term = filter.organisation.trim();
    query = /^\d{8}$/.test(term)
      ? query.where('cs_cases.kvk_number', '=', term)
      : query.where(
          sql`lower(cs_organisations.name)`,
          'like',
          `${term.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`,
        );
  }
  if (filter.minAgeDays !== undefined) {
    query = query.where(
      'cs_cases.received_at',
      '<',
      new Date(now.getTime() - filter.minAgeDays * 86_400_000),
    );
  }
  if (filter.overdue) query = query.where('cs_cases.decision_due_on', '<', today);
  if (filter.after) {
    query = query.where(
      sql`(cs_cases.received_at, cs_cases.id)`,
      '>',
      sql`(${filter.after.receivedAt}::timestamptz, ${filter.after.id}::uuid)`,
    );
  }
  const rows = await query
    .orderBy('cs_cases.received_at')
    .orderBy('cs_cases.id')
    .limit(PAGE_SIZE + 1)
    .execute();
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, next: rows.length > PAGE_SIZE && last ? `${last.received_key}_${last.id}` : null };
}

/** One case with its documents and history, for the case page. */
export async function findCase(db: Kysely<DB>, caseNumber: string) {
  const found = await db
    .selectFrom('cs_cases')
    .leftJoin('cs_organisations', 'cs_organisations.kvk_number', 'cs_cases.kvk_number')
    .leftJoin('cs_employees', 'cs_employees.id', 'cs_cases.employee_id')
    .select([
      'cs_cases.id',
      'cs_cases.case_number',
      'cs_cases.type_code',
      'cs_cases.kvk_number',
      'cs_cases.state',
      'cs_cases.submission',
      'cs_cases.received_at',
      'cs_cases.decision_due_on',
      'cs_cases.target_date',
      'cs_cases.information_deadline',
      'cs_organisations.name as organisation_name',
      'cs_employees.surname',
      'cs_employees.given_names',
      'cs_employees.v_number',
    ])
    .where('cs_cases.case_number', '=', caseNumber)
    .executeTakeFirst();
  if (!found) return undefined;
  const [documents, events] = await Promise.all([
    db
      .selectFrom('cs_documents')
      .select(['id', 'kind', 'title', 'content_type', 'size', 'created_at'])
      .where('case_id', '=', found.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('cs_case_events')
      .select(['id', 'at', 'status', 'reason', 'note', 'deadline'])
      .where('case_id', '=', found.id)
      .orderBy('at')
      .orderBy('changed_at')
      .execute(),
  ]);
  return { ...found, documents, events };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof findCase>>>;
