import type { Change, ChangeCursor, ChangePage, CaseSystemContract } from '../casesystem/index.ts';

/**
 * An in-memory change stream with the contract's semantics (tests): every change strictly
 * after the cursor, ordered by (changedAt, id). `put` replaces an entity's previous change, as
 * the case system's export shows each row once, at its last change.
 */
export class FakeChangeStream implements Pick<CaseSystemContract, 'changesSince'> {
  readonly #changes = new Map<string, Change>();
  calls = 0;

  put(...changes: Change[]): this {
    for (const change of changes) {
      this.#changes.delete(change.id);
      this.#changes.set(change.id, change);
    }
    return this;
  }

  changesSince(cursor: ChangeCursor | null, limit: number): Promise<ChangePage> {
    this.calls += 1;
    const after = (c: Change) =>
      !cursor || c.changedAt > cursor.changedAt || (c.changedAt === cursor.changedAt && c.id > cursor.id);
    const ordered = [...this.#changes.values()]
      .filter(after)
      .sort((a, b) => (a.changedAt === b.changedAt ? cmp(a.id, b.id) : cmp(a.changedAt, b.changedAt)));
    const changes = ordered.slice(0, limit);
    const last = changes.at(-1);
    return Promise.resolve({
      changes,
      next: last
        ? { changedAt: last.changedAt, id: last.id }
        : (cursor ?? { changedAt: '1970-01-01T00:00:00.000000Z', id: '' }),
      more: ordered.length > limit,
    });
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A timestamp as the case system gives it: ISO 8601, UTC, microseconds. */
export function at(base: string, micros = 0): string {
  const date = new Date(base);
  const ms = date.toISOString().slice(0, 19);
  const us = date.getUTCMilliseconds() * 1000 + micros;
  return `${ms}.${String(us).padStart(6, '0')}Z`;
}

/** A small organisation with an employee, a case with two events and a document. */
export function sampleChanges(n: number, base = '2026-11-01T08:00:00Z'): Change[] {
  const kvk = String(10_000_000 + n).slice(0, 8);
  const t = (i: number) => at(base, n * 100 + i);
  return [
    {
      kind: 'organisation',
      id: `org-${n}`,
      changedAt: t(1),
      kvkNumber: kvk,
      name: `Bedrijf ${n} B.V.`,
      legalForm: 'Besloten Vennootschap',
      rsin: null,
      visitingAddress: {
        street: 'Straat',
        houseNumber: String(n),
        postalCode: '1234AB',
        city: 'Utrecht',
        country: 'NL',
      },
      administrationAddress: null,
      employeeCount: 10 + n,
    },
    {
      kind: 'recognition',
      id: `rec-${n}`,
      changedAt: t(2),
      kvkNumber: kvk,
      category: 'work',
      state: 'active',
      startDate: '2024-01-01',
      endDate: null,
      reason: null,
    },
    {
      kind: 'employee',
      id: `emp-${n}`,
      changedAt: t(3),
      kvkNumber: kvk,
      vNumber: `V${String(n).padStart(9, '0')}`,
      givenNames: 'Anna',
      surname: `Jansen${n}`,
      dateOfBirth: '1990-05-01',
      nationality: 'IND',
      permitType: 'hsm_entry_mvv',
      permitEndDate: '2029-01-01',
      sponsorshipState: 'active',
      registeredOn: '2026-01-02',
      deregisteredOn: null,
    },
    {
      kind: 'case_event',
      id: `ev-${n}-1`,
      changedAt: t(4),
      caseId: `case-${n}`,
      at: t(4),
      status: 'received',
      reason: 'intake',
      deadline: null,
      documentId: null,
    },
    {
      kind: 'document',
      id: `doc-${n}`,
      changedAt: t(5),
      caseId: `case-${n}`,
      kvkNumber: kvk,
      docKind: 'information_request',
      title: 'Verzoek om aanvullende informatie',
      contentType: 'application/pdf',
      size: 1234,
      sha256: 'a'.repeat(64),
      createdAt: t(5),
    },
    {
      kind: 'case_event',
      id: `ev-${n}-2`,
      changedAt: t(6),
      caseId: `case-${n}`,
      at: t(6),
      status: 'information_requested',
      reason: 'information_requested',
      deadline: '2026-12-15',
      documentId: `doc-${n}`,
    },
    {
      kind: 'case',
      id: `case-${n}`,
      changedAt: t(7),
      caseNumber: `IND-2026-${String(n).padStart(7, '0')}`,
      kvkNumber: kvk,
      employeeId: `emp-${n}`,
      typeCode: 'hsm_entry_mvv',
      status: 'information_requested',
      receivedAt: t(4),
      decisionDueOn: '2027-01-26',
      targetDate: '2026-11-15',
      informationDeadline: '2026-12-15',
      decidedAt: null,
    },
  ];
}

/**
 * The read model as plain data, with the portal's generated ids replaced by the case system's
 * (two refreshes of the same stream must give equal snapshots).
 */
export async function readModelSnapshot(db: import('kysely').Kysely<import('../platform/db/schema.ts').DB>) {
  const { sql } = await import('kysely');
  const q = async (query: ReturnType<typeof sql>) =>
    (await query.execute(db)).rows as Record<string, unknown>[];
  return {
    organisations: await q(sql`select kvk_number, name, legal_form, rsin, visiting_address,
      administration_address, employee_count from organisations order by kvk_number`),
    recognitions: await q(sql`select o.kvk_number, r.category, r.state, r.start_date::text, r.end_date::text,
      r.state_reason from recognitions r join organisations o on o.id = r.organisation_id
      order by o.kvk_number, r.category`),
    employees: await q(sql`select e.source_id, o.kvk_number, e.v_number, e.given_names, e.surname,
      e.date_of_birth::text, e.nationality, e.permit_type, e.permit_end_date::text, e.sponsorship_state
      from employees e join organisations o on o.id = e.organisation_id order by e.source_id`),
    cases: await q(sql`select c.source_id, o.kvk_number, e.source_id as employee, c.case_number,
      c.application_type, c.state, c.submitted_at::text, c.decision_due_on::text, c.target_date::text,
      c.information_deadline::text, c.decided_at::text, c.employee_name, c.v_number
      from cases c join organisations o on o.id = c.organisation_id
      left join employees e on e.id = c.employee_id order by c.source_id`),
    documents: await q(sql`select d.source_id, c.source_id as case, o.kvk_number, d.kind, d.title,
      d.size, d.sha256, d.created_at::text from case_documents d join organisations o on o.id = d.organisation_id
      left join cases c on c.id = d.case_id order by d.source_id`),
    events: await q(sql`select v.source_id, c.source_id as case, o.kvk_number, v.at::text, v.status,
      v.reason, v.deadline::text, d.source_id as document from case_events v
      left join cases c on c.id = v.case_id left join organisations o on o.id = v.organisation_id
      left join case_documents d on d.id = v.document_id order by v.source_id`),
  };
}

/**
 * A deterministic change stream of `cases` cases (each with its employee and one event) over
 * `cases / 100` organisations, generated in memory: the crash test's child process and the
 * benchmark read the same stream in every process without a case system behind it.
 * `version` changes every case's status (a second, "changed" stream over the same ids).
 */
export class GeneratedChangeStream implements Pick<CaseSystemContract, 'changesSince'> {
  readonly #changes: Change[];

  constructor(cases: number, version = 0) {
    const organisations = Math.max(1, Math.ceil(cases / 100));
    const base = Date.parse('2026-11-01T00:00:00Z') + version * 86_400_000;
    const stamp = (n: number) => {
      const ms = base + Math.floor(n / 1000);
      return `${new Date(ms).toISOString().slice(0, 19)}.${String((ms % 1000) * 1000 + (n % 1000)).padStart(6, '0')}Z`;
    };
    const kvk = (o: number) => String(20_000_000 + o);
    const changes: Change[] = [];
    let n = 0;
    for (let o = 0; o < organisations; o++) {
      changes.push({
        kind: 'organisation',
        id: `o${String(o).padStart(7, '0')}`,
        changedAt: stamp(n++),
        kvkNumber: kvk(o),
        name: `Organisatie ${o} B.V.`,
        legalForm: 'Besloten Vennootschap',
        rsin: null,
        visitingAddress: {
          street: 'Laan',
          houseNumber: String(o),
          postalCode: '2500AA',
          city: 'Den Haag',
          country: 'NL',
        },
        administrationAddress: null,
        employeeCount: 100,
      });
    }
    for (let i = 0; i < cases; i++) {
      const id = String(i).padStart(8, '0');
      const org = kvk(i % organisations);
      // Within one case, the event first: the case arrives after it (and is linked then).
      changes.push({
        kind: 'employee',
        id: `e${id}`,
        changedAt: stamp(n++),
        kvkNumber: org,
        vNumber: `V${String(i).padStart(9, '0')}`,
        givenNames: 'Maria',
        surname: `Achternaam${i}`,
        dateOfBirth: '1988-03-04',
        nationality: 'BRA',
        permitType: 'hsm_entry_mvv',
        permitEndDate: '2030-01-01',
        sponsorshipState: 'active',
        registeredOn: '2026-01-01',
        deregisteredOn: null,
      });
      changes.push({
        kind: 'case_event',
        id: `v${id}`,
        changedAt: stamp(n++),
        caseId: `c${id}`,
        at: stamp(n),
        status: version === 0 ? 'received' : 'granted',
        reason: version === 0 ? 'intake' : 'granted',
        deadline: null,
        documentId: null,
      });
      changes.push({
        kind: 'case',
        id: `c${id}`,
        changedAt: stamp(n++),
        caseNumber: `BENCH-${id}`,
        kvkNumber: org,
        employeeId: `e${id}`,
        typeCode: 'hsm_entry_mvv',
        status: version === 0 ? 'received' : 'granted',
        receivedAt: '2026-10-01T09:00:00.000000Z',
        decisionDueOn: '2026-12-31',
        targetDate: '2026-10-15',
        informationDeadline: null,
        decidedAt: version === 0 ? null : '2026-11-20T09:00:00.000000Z',
      });
    }
    this.#changes = changes; // generated in (changedAt, id) order
  }

  get size(): number {
    return this.#changes.length;
  }

  changesSince(cursor: ChangeCursor | null, limit: number): Promise<ChangePage> {
    let lo = 0;
    if (cursor) {
      let hi = this.#changes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const c = this.#changes[mid] as Change;
        const after =
          c.changedAt > cursor.changedAt || (c.changedAt === cursor.changedAt && c.id > cursor.id);
        if (after) hi = mid;
        else lo = mid + 1;
      }
    }
    const changes = this.#changes.slice(lo, lo + limit);
    const last = changes.at(-1);
    return Promise.resolve({
      changes,
      next: last
        ? { changedAt: last.changedAt, id: last.id }
        : (cursor ?? { changedAt: '1970-01-01T00:00:00.000000Z', id: '' }),
      more: lo + limit < this.#changes.length,
    });
  }
}
