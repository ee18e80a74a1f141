import { sql, type Transaction } from 'kysely';
import type { Change } from '../casesystem/index.ts';
import type { DB, RefreshRowCounts } from '../platform/db/schema.ts';

type Trx = Transaction<DB>;
type Kind = Change['kind'];
type ChangeOf<K extends Kind> = Extract<Change, { kind: K }>;

/**
 * Applies one page of the case system's change stream to the read model, inside the caller's
 * transaction, and returns how many rows of each kind were inserted or changed.
 *
 * - Each kind is written with one `insert … select from json_to_recordset($1) … on conflict
 *   … do update … where (…) is distinct from (…)`: one statement (one parameter) per kind and
 *   page, and a row whose values did not change is not written at all (no dead tuple, no
 *   `updated_at` bump), so a rerun over the same changes changes nothing.
 * - Within a page the kinds are applied in dependency order (organisations, recognitions,
 *   employees, cases, documents, events). Across pages the stream is ordered by time of change,
 *   so a row may arrive before the row it refers to: an unknown KVK number gets a placeholder
 *   organisation (its registry columns are filled in when its own change arrives); an event or
 *   document before its case, or a case before its employee, keeps the other row's source id
 *   and is linked when that row arrives (the "link" statements below).
 * - A change that occurs twice in one page (changed again while the page was read) is applied
 *   once, with its last version.
 */
export async function applyChanges(trx: Trx, changes: readonly Change[]): Promise<RefreshRowCounts> {
  const latest = new Map<string, Change>();
  for (const change of changes) latest.set(`${change.kind}:${change.id}`, change);
  const of = <K extends Kind>(kind: K) =>
    [...latest.values()].filter((c): c is ChangeOf<K> & { changedAt: string } => c.kind === kind);

  const organisations = of('organisation');
  const recognitions = of('recognition');
  const employees = of('employee');
  const cases = of('case');
  const documents = of('document');
  const events = of('case_event');
  const counts: RefreshRowCounts = {};
  // Every join below looks a page's rows (a few thousand) up by a unique key in tables of up to
  // millions of rows. The planner takes json_to_recordset for 100 rows and may hash a whole
  // table per page (all employees, all cases): O(table) per page, O(n²/page) per run. Index
  // lookups cost what the page costs (issue 10, P2). For this transaction only. The same for
  // sequential scans: with a literal array of a page's ids the planner chose to scan all cases
  // to link a page's employees to them (492 ms per page at 850,000 cases; 12 ms by the index),
  // and JIT-compiled those plans (~20 ms each) for statements that touch a few thousand rows.
  await sql`set local enable_hashjoin = off`.execute(trx);
  await sql`set local enable_mergejoin = off`.execute(trx);
  await sql`set local enable_seqscan = off`.execute(trx);
  await sql`set local jit = off`.execute(trx);

  if (organisations.length > 0) counts.organisation = await upsertOrganisations(trx, organisations);
  const referenced = [
    ...recognitions.map((r) => r.kvkNumber),
    ...employees.map((e) => e.kvkNumber),
    ...cases.map((c) => c.kvkNumber),
    ...documents.map((d) => d.kvkNumber),
  ];
  if (referenced.length > 0) await placeholderOrganisations(trx, [...new Set(referenced)]);
  if (recognitions.length > 0) counts.recognition = await upsertRecognitions(trx, recognitions);
  if (employees.length > 0) counts.employee = await upsertEmployees(trx, employees);
  if (cases.length > 0) counts.case = await upsertCases(trx, cases);
  if (employees.length > 0)
    await linkCasesToEmployees(
      trx,
      employees.map((e) => e.id),
    );
  if (documents.length > 0) counts.document = await upsertDocuments(trx, documents);
  if (cases.length > 0)
    await linkDocumentsToCases(
      trx,
      cases.map((c) => c.id),
    );
  if (events.length > 0) counts.case_event = await upsertEvents(trx, events);
  if (cases.length > 0)
    await linkEventsToCases(
      trx,
      cases.map((c) => c.id),
    );
  if (documents.length > 0)
    await linkEventsToDocuments(
      trx,
      documents.map((d) => d.id),
    );
  return counts;
}

const json = (rows: unknown[]) => JSON.stringify(rows);
const affected = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0n);

async function upsertOrganisations(trx: Trx, rows: ChangeOf<'organisation'>[]): Promise<number> {
  const input = rows.map((o) => ({
    kvk: o.kvkNumber,
    name: o.name,
    legal_form: o.legalForm,
    rsin: o.rsin,
    visiting_address: o.visitingAddress,
    administration_address: o.administrationAddress,
    employee_count: o.employeeCount,
  }));
  // Only the registry columns: contact, language, mandate and IBAN are the portal's own.
  return affected(
    await sql`
      insert into organisations (kvk_number, name, legal_form, rsin, visiting_address,
        administration_address, employee_count)
      select r.kvk, r.name, r.legal_form, r.rsin, r.visiting_address, r.administration_address,
        r.employee_count
      from json_to_recordset(${json(input)}::json) as r(kvk char(8), name text, legal_form text,
        rsin char(9), visiting_address jsonb, administration_address jsonb, employee_count integer)
      on conflict (kvk_number) do update set
        name = excluded.name, legal_form = excluded.legal_form, rsin = excluded.rsin,
        visiting_address = excluded.visiting_address,
        administration_address = excluded.administration_address,
        employee_count = excluded.employee_count, updated_at = now()
      where (organisations.name, organisations.legal_form, organisations.rsin,
          organisations.visiting_address, organisations.administration_address,
          organisations.employee_count)
        is distinct from (excluded.name, excluded.legal_form, excluded.rsin,
          excluded.visiting_address, excluded.administration_address, excluded.employee_count)
    `.execute(trx),
  );
}

/**
 * A row that names an organisation the portal does not know yet: the organisation's own change
 * comes later in the stream (it changed after the row did). Until then it is a placeholder,
 * named after its KVK number, that nobody can log in to any differently than to a real one:
 * actor resolution goes by KVK number, and the registry columns are filled when the change arrives.
 */
async function placeholderOrganisations(trx: Trx, kvkNumbers: string[]): Promise<void> {
  const empty = { street: '', houseNumber: '', postalCode: '', city: '', country: 'NL' };
  await sql`
    insert into organisations (kvk_number, name, legal_form, visiting_address)
    select k, 'KVK ' || k, '', ${JSON.stringify(empty)}::jsonb
    from unnest(${kvkNumbers}::text[]) as k
    on conflict (kvk_number) do nothing
  `.execute(trx);
}

async function upsertRecognitions(trx: Trx, rows: ChangeOf<'recognition'>[]): Promise<number> {
  const input = rows.map((r) => ({
    kvk: r.kvkNumber,
    category: r.category,
    state: r.state,
    start_date: r.startDate,
    end_date: r.endDate,
    reason: r.reason,
  }));
  return affected(
    await sql`
      insert into recognitions (organisation_id, category, state, start_date, end_date, state_reason)
      select o.id, r.category, r.state, r.start_date, r.end_date, r.reason
      from json_to_recordset(${json(input)}::json) as r(kvk char(8), category text, state text,
        start_date date, end_date date, reason text)
      join organisations o on o.kvk_number = r.kvk
      on conflict (organisation_id, category) do update set
        state = excluded.state, start_date = excluded.start_date, end_date = excluded.end_date,
        state_reason = excluded.state_reason, updated_at = now()
      where (recognitions.state, recognitions.start_date, recognitions.end_date, recognitions.state_reason)
        is distinct from (excluded.state, excluded.start_date, excluded.end_date, excluded.state_reason)
    `.execute(trx),
  );
}

async function upsertEmployees(trx: Trx, rows: ChangeOf<'employee'>[]): Promise<number> {
  const input = rows.map((e) => ({
    source_id: e.id,
    kvk: e.kvkNumber,
    v_number: e.vNumber,
    given_names: e.givenNames,
    surname: e.surname,
    date_of_birth: e.dateOfBirth,
    nationality: e.nationality,
    permit_type: e.permitType,
    permit_end_date: e.permitEndDate,
    sponsorship_state: e.sponsorshipState,
    registered_on: e.registeredOn,
    deregistered_on: e.deregisteredOn,
  }));
  return affected(
    await sql`
      insert into employees (source_id, organisation_id, v_number, given_names, surname,
        date_of_birth, nationality, permit_type, permit_end_date, sponsorship_state,
        registered_on, deregistered_on)
      select r.source_id, o.id, r.v_number, r.given_names, r.surname, r.date_of_birth,
        r.nationality, r.permit_type, r.permit_end_date, r.sponsorship_state, r.registered_on,
        r.deregistered_on
      from json_to_recordset(${json(input)}::json) as r(source_id text, kvk char(8),
        v_number char(10), given_names text, surname text, date_of_birth date, nationality char(3),
        permit_type text, permit_end_date date, sponsorship_state text, registered_on date,
        deregistered_on date)
      join organisations o on o.kvk_number = r.kvk
      on conflict (source_id) do update set
        organisation_id = excluded.organisation_id, v_number = excluded.v_number,
        given_names = excluded.given_names, surname = excluded.surname,
        date_of_birth = excluded.date_of_birth, nationality = excluded.nationality,
        permit_type = excluded.permit_type, permit_end_date = excluded.permit_end_date,
        sponsorship_state = excluded.sponsorship_state, registered_on = excluded.registered_on,
        deregistered_on = excluded.deregistered_on, updated_at = now()
      where (employees.organisation_id, employees.v_number, employees.given_names,
          employees.surname, employees.date_of_birth, employees.nationality, employees.permit_type,
          employees.permit_end_date, employees.sponsorship_state, employees.registered_on,
          employees.deregistered_on)
        is distinct from (excluded.organisation_id, excluded.v_number, excluded.given_names,
          excluded.surname, excluded.date_of_birth, excluded.nationality, excluded.permit_type,
          excluded.permit_end_date, excluded.sponsorship_state, excluded.registered_on,
          excluded.deregistered_on)
    `.execute(trx),
  );
}

async function upsertCases(trx: Trx, rows: ChangeOf<'case'>[]): Promise<number> {
  const input = rows.map((c) => ({
    source_id: c.id,
    case_number: c.caseNumber,
    kvk: c.kvkNumber,
    employee_source_id: c.employeeId,
    type_code: c.typeCode,
    state: c.status,
    received_at: c.receivedAt,
    decision_due_on: c.decisionDueOn,
    target_date: c.targetDate,
    information_deadline: c.informationDeadline,
    decided_at: c.decidedAt,
  }));
  const recordset = sql`json_to_recordset(${json(input)}::json) as r(source_id text,
    case_number text, kvk char(8), employee_source_id text, type_code text, state text,
    received_at timestamptz, decision_due_on date, target_date date, information_deadline date,
    decided_at timestamptz)`;
  // A case the portal wrote itself before the refresh existed (same case number, no source id)
  // becomes the case system's.
  await sql`
    update cases set source_id = r.source_id
    from ${recordset}
    where cases.case_number = r.case_number and cases.source_id is null
  `.execute(trx);
  return affected(
    await sql`
      insert into cases (source_id, organisation_id, employee_id, employee_source_id, case_number,
        application_type, state, submitted_at, decision_due_on, target_date, information_deadline,
        decided_at, employee_name, v_number)
      select r.source_id, o.id, e.id, r.employee_source_id, r.case_number, r.type_code, r.state,
        r.received_at, r.decision_due_on, r.target_date, r.information_deadline, r.decided_at,
        e.surname || ', ' || e.given_names, e.v_number
      from ${recordset}
      join organisations o on o.kvk_number = r.kvk
      left join employees e on e.source_id = r.employee_source_id
      on conflict (source_id) do update set
        organisation_id = excluded.organisation_id, employee_id = excluded.employee_id,
        employee_source_id = excluded.employee_source_id, case_number = excluded.case_number,
        application_type = excluded.application_type, state = excluded.state,
        submitted_at = excluded.submitted_at, decision_due_on = excluded.decision_due_on,
        target_date = excluded.target_date, information_deadline = excluded.information_deadline,
        decided_at = excluded.decided_at, employee_name = excluded.employee_name,
        v_number = excluded.v_number, updated_at = now()
      where (cases.organisation_id, cases.employee_id, cases.employee_source_id, cases.case_number,
          cases.application_type, cases.state, cases.submitted_at, cases.decision_due_on,
          cases.target_date, cases.information_deadline, cases.decided_at, cases.employee_name,
          cases.v_number)
        is distinct from (excluded.organisation_id, excluded.employee_id,
          excluded.employee_source_id, excluded.case_number, excluded.application_type,
          excluded.state, excluded.submitted_at, excluded.decision_due_on, excluded.target_date,
          excluded.information_deadline, excluded.decided_at, excluded.employee_name,
          excluded.v_number)
    `.execute(trx),
  );
}

/** An employee that arrived (or changed name or V-number) after its cases: copy it to them. */
async function linkCasesToEmployees(trx: Trx, employeeSourceIds: string[]): Promise<void> {
  await sql`
    update cases set employee_id = e.id, employee_name = e.surname || ', ' || e.given_names,
      v_number = e.v_number, updated_at = now()
    from employees e
    where cases.employee_source_id = any(${employeeSourceIds}::text[]) and e.source_id = cases.employee_source_id
      and (cases.employee_id, cases.employee_name, cases.v_number)
        is distinct from (e.id, e.surname || ', ' || e.given_names, e.v_number)
  `.execute(trx);
}

async function upsertDocuments(trx: Trx, rows: ChangeOf<'document'>[]): Promise<number> {
  const input = rows.map((d) => ({
    source_id: d.id,
    case_source_id: d.caseId,
    kvk: d.kvkNumber,
    kind: d.docKind,
    title: d.title,
    content_type: d.contentType,
    size: d.size,
    sha256: d.sha256,
    created_at: d.createdAt,
  }));
  return affected(
    await sql`
      insert into case_documents (source_id, case_id, case_source_id, organisation_id, kind, title,
        content_type, size, sha256, created_at)
      select r.source_id, c.id, r.case_source_id, o.id, r.kind, r.title, r.content_type, r.size,
        r.sha256, r.created_at
      from json_to_recordset(${json(input)}::json) as r(source_id text, case_source_id text,
        kvk char(8), kind text, title text, content_type text, size bigint, sha256 text,
        created_at timestamptz)
      join organisations o on o.kvk_number = r.kvk
      left join cases c on c.source_id = r.case_source_id
      on conflict (source_id) do update set
        case_id = coalesce(excluded.case_id, case_documents.case_id),
        case_source_id = excluded.case_source_id, organisation_id = excluded.organisation_id,
        kind = excluded.kind, title = excluded.title, content_type = excluded.content_type,
        size = excluded.size, sha256 = excluded.sha256, created_at = excluded.created_at
      where (case_documents.case_id, case_documents.case_source_id, case_documents.organisation_id,
          case_documents.kind, case_documents.title, case_documents.content_type,
          case_documents.size, case_documents.sha256, case_documents.created_at)
        is distinct from (coalesce(excluded.case_id, case_documents.case_id),
          excluded.case_source_id, excluded.organisation_id, excluded.kind, excluded.title,
          excluded.content_type, excluded.size, excluded.sha256, excluded.created_at)
    `.execute(trx),
  );
}

async function linkDocumentsToCases(trx: Trx, caseSourceIds: string[]): Promise<void> {
  await sql`
    update case_documents set case_id = c.id
    from cases c
    where case_documents.case_source_id = any(${caseSourceIds}::text[]) and case_documents.case_id is null
      and c.source_id = case_documents.case_source_id
  `.execute(trx);
}

async function upsertEvents(trx: Trx, rows: ChangeOf<'case_event'>[]): Promise<number> {
  const input = rows.map((e) => ({
    source_id: e.id,
    case_source_id: e.caseId,
    at: e.at,
    status: e.status,
    reason: e.reason,
    deadline: e.deadline,
    document_source_id: e.documentId,
  }));
  return affected(
    await sql`
      insert into case_events (source_id, case_id, case_source_id, organisation_id, at, status,
        reason, deadline, document_id, document_source_id)
      select r.source_id, c.id, r.case_source_id, c.organisation_id, r.at, r.status, r.reason,
        r.deadline, d.id, r.document_source_id
      from json_to_recordset(${json(input)}::json) as r(source_id text, case_source_id text,
        at timestamptz, status text, reason text, deadline date, document_source_id text)
      left join cases c on c.source_id = r.case_source_id
      left join case_documents d on d.source_id = r.document_source_id
      on conflict (source_id) do update set
        case_id = coalesce(excluded.case_id, case_events.case_id),
        organisation_id = coalesce(excluded.organisation_id, case_events.organisation_id),
        case_source_id = excluded.case_source_id, at = excluded.at, status = excluded.status,
        reason = excluded.reason, deadline = excluded.deadline, document_id = excluded.document_id,
        document_source_id = excluded.document_source_id
      where (case_events.case_id, case_events.organisation_id, case_events.case_source_id,
          case_events.at, case_events.status, case_events.reason, case_events.deadline,
          case_events.document_id, case_events.document_source_id)
        is distinct from (coalesce(excluded.case_id, case_events.case_id),
          coalesce(excluded.organisation_id, case_events.organisation_id), excluded.case_source_id,
          excluded.at, excluded.status, excluded.reason, excluded.deadline, excluded.document_id,
          excluded.document_source_id)
    `.execute(trx),
  );
}

async function linkEventsToCases(trx: Trx, caseSourceIds: string[]): Promise<void> {
  await sql`
    update case_events set case_id = c.id, organisation_id = c.organisation_id
    from cases c
    where case_events.case_source_id = any(${caseSourceIds}::text[]) and case_events.case_id is null
      and c.source_id = case_events.case_source_id
  `.execute(trx);
}

async function linkEventsToDocuments(trx: Trx, documentSourceIds: string[]): Promise<void> {
  await sql`
    update case_events set document_id = d.id
    from case_documents d
    where case_events.document_source_id = any(${documentSourceIds}::text[])
      and case_events.document_id is null and d.source_id = case_events.document_source_id
  `.execute(trx);
}
