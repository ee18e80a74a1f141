import { sql, type Kysely } from 'kysely';
import { isUuid, likeEscape, type Cursor, type Page } from '../cases/index.ts';
import type { DB } from '../platform/db/schema.ts';
import { addMonths } from '../applications/index.ts';
import type { IsoDate } from '../platform/time/working-days.ts';

/**
 * The sponsor's employees on the read model (the refresh fills `employees` from the case
 * system), with what the portal itself knows: a report under the duty to inform that the case
 * system has not yet reflected. Every query takes the organisation the actor acts for.
 */
export type Database = Kysely<DB>;

export const SPONSORSHIP_STATES = ['active', 'pending', 'ended'] as const;

export interface EmployeeFilters {
  /** Part of the name, or the V-number. */
  q?: string | undefined;
  permitType?: string | undefined;
  state?: string | undefined;
  /** Only permits ending within 3 months of `today`. */
  endingSoon?: boolean | undefined;
  today: string;
}

export interface EmployeeRow {
  id: string;
  v_number: string | null;
  given_names: string;
  surname: string;
  date_of_birth: string;
  nationality: string;
  permit_type: string | null;
  permit_end_date: string | null;
  sponsorship_state: string | null;
  registered_on: string | null;
  deregistered_on: string | null;
  /** The last report about this employee not yet reflected by the read model (reference). */
  reported: string | null;
}

const END = sql<string>`coalesce(employees.permit_end_date, date '9999-12-31')`;

/** The newest de-registration the portal sent and the read model does not reflect yet. */
const PENDING_REPORT = sql<string | null>`(
  select r.reference from employee_reports r
  where r.organisation_id = employees.organisation_id and r.v_number = employees.v_number
    and r.kind = 'deregistration' and r.ends_sponsorship
    and employees.sponsorship_state is distinct from 'ended'
  order by r.submitted_at desc limit 1)`;

function filtered(db: Database, organisationId: string, filters: EmployeeFilters) {
  let query = db.selectFrom('employees').where('employees.organisation_id', '=', organisationId);
  if (filters.permitType) query = query.where('employees.permit_type', '=', filters.permitType);
  if (filters.state) query = query.where('employees.sponsorship_state', '=', filters.state as never);
  if (filters.endingSoon) {
    query = query
      .where('employees.permit_end_date', '>=', filters.today)
      .where('employees.permit_end_date', '<=', addMonths(filters.today, 3));
  }
  const q = filters.q?.trim();
  if (q) {
    const contains = `%${likeEscape(q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb('employees.v_number', '=', q.replace(/[\s.-]/g, '')),
        eb(sql`lower(employees.surname || ', ' || employees.given_names)`, 'like', contains),
        eb(sql`lower(employees.given_names || ' ' || employees.surname)`, 'like', contains),
      ]),
    );
  }
  return query;
}

const COLUMNS = [
  'employees.id',
  'employees.v_number',
  'employees.given_names',
  'employees.surname',
  'employees.date_of_birth',
  'employees.nationality',
  'employees.permit_type',
  'employees.permit_end_date',
  'employees.sponsorship_state',
  'employees.registered_on',
  'employees.deregistered_on',
] as const;

/** One page of the organisation's employees, the permit ending first (keyset on end date, id). */
export async function listEmployees(
  db: Database,
  organisationId: string,
  options: { filters: EmployeeFilters; after?: Cursor | undefined; limit: number },
): Promise<Page<EmployeeRow>> {
  let query = filtered(db, organisationId, options.filters)
    .select(COLUMNS)
    .select(PENDING_REPORT.as('reported'))
    .select(sql<string>`cast(${END} as text)`.as('sort_key'));
  if (options.after) {
    const k = sql`cast(${options.after.key} as date)`;
    query = query.where(
      sql<boolean>`${END} >= ${k} and (${END} > ${k} or (${END} = ${k} and employees.id > cast(${options.after.id} as uuid)))`,
    );
  }
  const rows = await query
    .orderBy(END)
    .orderBy('employees.id')
    .limit(options.limit + 1)
    .execute();
  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  const last = page.at(-1);
  return {
    rows: page.map(({ sort_key: _key, ...row }) => row),
    ...(more && last ? { next: { key: last.sort_key, id: last.id } } : {}),
  };
}

/** Every employee matching the filters, in keyset batches (the CSV export). */
export async function* allEmployees(
  db: Database,
  organisationId: string,
  filters: EmployeeFilters,
  batch = 1000,
): AsyncGenerator<EmployeeRow> {
  let after: Cursor | undefined;
  for (;;) {
    const page = await listEmployees(db, organisationId, { filters, after, limit: batch });
    yield* page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

export { isUuid };

/** The employee with this id, when the organisation sponsors (or sponsored) them. */
export async function findEmployee(
  db: Database,
  organisationId: string,
  id: string,
): Promise<EmployeeRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('employees')
    .select(COLUMNS)
    .select(PENDING_REPORT.as('reported'))
    .where('employees.organisation_id', '=', organisationId)
    .where('employees.id', '=', id)
    .executeTakeFirst();
}

/** The organisation's employees with these V-numbers (bulk reports). */
export async function employeesByVNumber(
  db: Database,
  organisationId: string,
  vNumbers: readonly string[],
): Promise<Map<string, EmployeeRow>> {
  if (vNumbers.length === 0) return new Map();
  const rows = await db
    .selectFrom('employees')
    .select(COLUMNS)
    .select(PENDING_REPORT.as('reported'))
    .where('employees.organisation_id', '=', organisationId)
    .where('employees.v_number', 'in', [...vNumbers])
    .execute();
  return new Map(rows.map((r) => [r.v_number ?? '', r]));
}

export interface OpenDuties {
  /** Null: the actor's authorisation does not cover the service (status / register). */
  informationRequests: number | null;
  endingSoon: number | null;
}

/**
 * The organisation's open duties on `today` (Amsterdam): its cases awaiting information, and
 * its employees whose permit ends within 3 months. One statement, each count a subquery (on
 * PostgreSQL each statement is a round trip, issue 9); a count out of scope is not read.
 */
export async function openDuties(
  db: Database,
  organisationId: string,
  today: IsoDate,
  scope: { requests: boolean; employees: boolean } = { requests: true, employees: true },
): Promise<OpenDuties> {
  if (!scope.requests && !scope.employees) return { informationRequests: null, endingSoon: null };
  const requests = db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('state', '=', 'information_requested');
  const ending = db
    .selectFrom('employees')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('permit_end_date', '>=', today)
    .where('permit_end_date', '<=', addMonths(today, 3));
  const row = await db
    .selectNoFrom([
      (scope.requests ? sql<number | null>`${requests}` : sql<number | null>`null`).as('requests'),
      (scope.employees ? sql<number | null>`${ending}` : sql<number | null>`null`).as('ending'),
    ])
    .executeTakeFirstOrThrow();
  // count(*) is int8, read as a number on both drivers (platform/db/database.ts).
  return { informationRequests: row.requests, endingSoon: row.ending };
}

export const isEnded = (row: Pick<EmployeeRow, 'sponsorship_state' | 'reported'>): boolean =>
  row.sponsorship_state === 'ended' || row.reported !== null;

export const fullName = (row: { given_names: string; surname: string }): string =>
  `${row.surname}, ${row.given_names}`;

// ----- reports -------------------------------------------------------------------------------

export interface ReportRow {
  id: string;
  reference: string;
  kind: 'deregistration' | 'registration' | 'sponsor_change';
  reason: string;
  v_number: string | null;
  employee_name: string | null;
  occurred_on: string;
  deadline: string;
  late: boolean;
  explanation: string;
  details: Record<string, string | number | boolean | null>;
  language: 'nl' | 'en';
  submitted_at: Date;
  handed_over_at: Date | null;
}

const REPORT_COLUMNS = [
  'id',
  'reference',
  'kind',
  'reason',
  'v_number',
  'employee_name',
  'occurred_on',
  'deadline',
  'late',
  'explanation',
  'details',
  'language',
  'submitted_at',
  'handed_over_at',
] as const;

/** The report with this reference, when it is the organisation's. */
export async function findReport(
  db: Database,
  organisationId: string,
  reference: string,
): Promise<ReportRow | undefined> {
  if (reference.length > 40) return undefined;
  return db
    .selectFrom('employee_reports')
    .select(REPORT_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .where('reference', '=', reference)
    .executeTakeFirst();
}
