import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Change, ChangeCursor, ChangePage } from './contract.ts';

/**
 * The change export the refresh reads (`changesSince`). Every `cs_*` row carries `changed_at`
 * (clock_timestamp() at every write) and is indexed on (changed_at, id). A page is the rows of
 * all six tables strictly after the cursor pair, merged in (changed_at, id) order, so rows that
 * share a timestamp are never skipped at a page boundary. Only rows older than the safety lag
 * are read: a transaction that commits late carries an earlier changed_at, and would otherwise
 * land behind a cursor that has moved on.
 *
 * changed_at is exchanged as text with microseconds (`…T12:00:00.123456Z`): a JavaScript Date
 * would cut it to milliseconds and the cursor would skip or repeat rows. Ids are uuids; both
 * PostgreSQL (uuid order) and JavaScript (string order of lower-case hex) order them alike.
 */
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const iso = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', ${sql.raw(ISO)})`;

type Table =
  'cs_organisations' | 'cs_recognitions' | 'cs_employees' | 'cs_cases' | 'cs_case_events' | 'cs_documents';

function window(table: Table, cursor: ChangeCursor | null, cutoff: string): Expression<SqlBool> {
  const after = cursor
    ? sql<SqlBool>`(${sql.ref(`${table}.changed_at`)}, ${sql.ref(`${table}.id`)}) > (${cursor.changedAt}::timestamptz, ${cursor.id}::uuid)`
    : sql<SqlBool>`true`;
  return sql<SqlBool>`${after} and ${sql.ref(`${table}.changed_at`)} < ${cutoff}::timestamptz`;
}

const isoDate = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value.toISOString() : value;

export async function readChanges(
  db: Kysely<DB>,
  cursor: ChangeCursor | null,
  limit: number,
  lagMs: number,
): Promise<ChangePage> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be ≥ 1');
  if (cursor && !/^[0-9a-f-]{36}$/i.test(cursor.id)) throw new RangeError('cursor id must be a uuid');
  const { rows } = await sql<{ cutoff: string }>`
    select to_char((clock_timestamp() - make_interval(secs => ${lagMs / 1000})) at time zone 'UTC', ${sql.raw(ISO)}) as cutoff`.execute(
    db,
  );
  const cutoff = rows[0]?.cutoff;
  if (!cutoff) throw new Error('no clock');
  const take = limit + 1;

  const [organisations, recognitions, employees, cases, events, documents] = await Promise.all([
    db
      .selectFrom('cs_organisations')
      .selectAll()
      .select(iso('cs_organisations.changed_at').as('changed'))
      .where(window('cs_organisations', cursor, cutoff))
      .orderBy('changed_at')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('cs_recognitions')
      .selectAll()
      .select(iso('cs_recognitions.changed_at').as('changed'))
      .where(window('cs_recognitions', cursor, cutoff))
      .orderBy('changed_at')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('cs_employees')
      .selectAll()
      .select(iso('cs_employees.changed_at').as('changed'))
      .where(window('cs_employees', cursor, cutoff))
      .orderBy('changed_at')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('cs_cases')
      .select([
        'id',
        'case_number',
        'kvk_number',
        'employee_id',
        'type_code',
        'state',
        'received_at',
        'decision_due_on',
        'target_date',
        'information_deadline',
        'decided_at',
      ])
      .select(iso('cs_cases.changed_at').as('changed'))
      .where(window('cs_cases', cursor, cutoff))
      .orderBy('changed_at')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('cs_case_events')
      .selectAll()
      .select(iso('cs_case_events.changed_at').as('changed'))
      .where(window('cs_case_events', cursor, cutoff))
      .orderBy('changed_at')
      .orderBy('id')
      .limit(take)
      .execute(),
    db
      .selectFrom('cs_documents')
      .innerJoin('cs_cases', 'cs_cases.id', 'cs_documents.case_id')
      .select([
        'cs_documents.id',
        'cs_documents.case_id',
        'cs_documents.kind',
        'cs_documents.title',
        'cs_documents.content_type',
        'cs_documents.size',
        'cs_documents.sha256',
        'cs_documents.created_at',
        'cs_cases.kvk_number',
      ])
      .select(iso('cs_documents.changed_at').as('changed'))
      .where(window('cs_documents', cursor, cutoff))
      .orderBy('cs_documents.changed_at')
      .orderBy('cs_documents.id')
      .limit(take)
      .execute(),
  ]);

  const all: Change[] = [
    ...organisations.map((o): Change => ({
      kind: 'organisation',
      id: o.id,
      changedAt: o.changed,
      kvkNumber: o.kvk_number,
      name: o.name,
      legalForm: o.legal_form,
      rsin: o.rsin,
      visitingAddress: o.visiting_address,
      administrationAddress: o.administration_address,
      employeeCount: o.employee_count,
    })),
    ...recognitions.map((r): Change => ({
      kind: 'recognition',
      id: r.id,
      changedAt: r.changed,
      kvkNumber: r.kvk_number,
      category: r.category,
      state: r.state,
      startDate: r.start_date,
      endDate: r.end_date,
      reason: r.reason,
    })),
    ...employees.map((e): Change => ({
      kind: 'employee',
      id: e.id,
      changedAt: e.changed,
      kvkNumber: e.kvk_number,
      vNumber: e.v_number,
      givenNames: e.given_names,
      surname: e.surname,
      dateOfBirth: e.date_of_birth,
      nationality: e.nationality,
      permitType: e.permit_type,
      permitEndDate: e.permit_end_date,
      sponsorshipState: e.sponsorship_state,
      registeredOn: e.registered_on,
      deregisteredOn: e.deregistered_on,
    })),
    ...cases.map((c): Change => ({
      kind: 'case',
      id: c.id,
      changedAt: c.changed,
      caseNumber: c.case_number,
      kvkNumber: c.kvk_number,
      employeeId: c.employee_id,
      typeCode: c.type_code,
      status: c.state,
      receivedAt: c.received_at.toISOString(),
      decisionDueOn: c.decision_due_on,
      targetDate: c.target_date,
      informationDeadline: c.information_deadline,
      decidedAt: isoDate(c.decided_at),
    })),
    ...events.map((e): Change => ({
      kind: 'case_event',
      id: e.id,
      changedAt: e.changed,
      caseId: e.case_id,
      at: e.at.toISOString(),
      status: e.status,
      reason: e.reason,
      deadline: e.deadline,
      documentId: e.document_id,
    })),
    ...documents.map((d): Change => ({
      kind: 'document',
      id: d.id,
      changedAt: d.changed,
      caseId: d.case_id,
      kvkNumber: d.kvk_number,
      docKind: d.kind,
      title: d.title,
      contentType: d.content_type,
      size: Number(d.size),
      sha256: d.sha256,
      createdAt: d.created_at.toISOString(),
    })),
  ];
  all.sort((a, b) =>
    a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const changes = all.slice(0, limit);
  const last = changes.at(-1);
  return {
    changes,
    next: last
      ? { changedAt: last.changedAt, id: last.id }
      : (cursor ?? { changedAt: '1970-01-01T00:00:00.000000Z', id: '00000000-0000-0000-0000-000000000000' }),
    more: all.length > limit,
  };
}
