import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { staffSession } from '../../test/helpers/sessions.ts';
import { postForm } from '../../test/helpers/organisations.ts';
import { LocalFileStore } from '../platform/files/file-store.ts';
import { findType } from '../applications/index.ts';
import { amsterdamToday, nextDay } from '../platform/time/working-days.ts';
import { CASE_STATUSES, type Change, type ChangeCursor, type IntakeRequest } from './contract.ts';
import { createCaseSystem, type CaseSystemService } from './service.ts';

let portal: TestPortal;
let cs: CaseSystemService;
let officer: string;
let files: LocalFileStore;
beforeAll(async () => {
  portal = await createTestPortal();
  KVK = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  files = new LocalFileStore(portal.config.uploads.dir);
  cs = createCaseSystem({ db: portal.database.db, files, safetyLagMs: 0 });
  officer = await staffSession(portal, { roles: ['case_officer'], userId: 'co-1' });
});
afterAll(async () => portal.close());

const db = () => portal.database.db;
let serial = 0;
let KVK: string;

async function intakeRequest(overrides: Partial<IntakeRequest> = {}): Promise<IntakeRequest> {
  serial += 1;
  const stored = await files.put(Readable.from([Buffer.from('%PDF-1.4 attachment')]), {
    contentType: 'application/pdf',
  });
  return {
    applicationId: crypto.randomUUID(),
    caseNumber: `2026-T${String(Date.now() % 1_000_000).padStart(6, '0')}${serial}`,
    kvkNumber: KVK,
    typeCode: 'hsm_entry_mvv',
    submittedAt: new Date('2026-11-30T10:00:00Z'),
    decisionPeriodDays: 90,
    recognisedSponsor: true,
    employee: {
      givenNames: 'Ana',
      surname: 'Silva',
      dateOfBirth: '1990-04-01',
      nationality: 'BRA',
      vNumber: null,
    },
    submission: { answers: { personal: { givenNames: 'Ana', surname: 'Silva' } } },
    files: [
      {
        kind: 'attachment',
        fileKey: stored.key,
        title: 'passport.pdf',
        contentType: 'application/pdf',
        size: stored.size,
        sha256: stored.sha256,
      },
    ],
    ...overrides,
  };
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-pdf-'));
  const path = join(dir, 'letter.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
}

async function documentBytes(id: string): Promise<Buffer> {
  const opened = await cs.openDocument(id);
  if (!opened) throw new Error('document not found');
  const chunks: Buffer[] = [];
  for await (const chunk of opened.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function caseRow(caseNumber: string) {
  return db()
    .selectFrom('cs_cases')
    .selectAll()
    .where('case_number', '=', caseNumber)
    .executeTakeFirstOrThrow();
}

describe('intake', () => {
  it('is idempotent by application id, writes only cs_* tables, and sends an acknowledgement PDF', async () => {
    const request = await intakeRequest();
    const first = await cs.intake(request);
    const again = await cs.intake(request);
    expect(first).toEqual({ caseNumber: request.caseNumber, created: true });
    expect(again).toEqual({ caseNumber: request.caseNumber, created: false });
    const cases = await db()
      .selectFrom('cs_cases')
      .selectAll()
      .where('application_id', '=', request.applicationId)
      .execute();
    expect(cases).toHaveLength(1);
    const row = cases[0];
    if (!row) throw new Error('no case');
    expect(row.state).toBe('received');
    expect(row.kvk_number).toBe(KVK);
    // 90 days after 30 November 2026 is Sunday 28 February 2027: the Atw moves it to Monday.
    expect(row.decision_due_on).toBe('2027-03-01');
    expect(row.target_date).toBe('2026-12-14');
    const portalCases = await db()
      .selectFrom('cases')
      .select('id')
      .where('case_number', '=', request.caseNumber)
      .execute();
    expect(portalCases).toEqual([]);
    const events = await db()
      .selectFrom('cs_case_events')
      .selectAll()
      .where('case_id', '=', row.id)
      .execute();
    expect(events.map((e) => [e.status, e.reason])).toEqual([['received', 'intake']]);
    const documents = await db()
      .selectFrom('cs_documents')
      .selectAll()
      .where('case_id', '=', row.id)
      .execute();
    expect(documents.map((d) => d.kind).sort()).toEqual(['acknowledgement', 'attachment']);
    const ack = documents.find((d) => d.kind === 'acknowledgement');
    if (!ack) throw new Error('no acknowledgement');
    expect(events[0]?.document_id).toBe(ack.id);
    const pdf = await documentBytes(ack.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf)).toContain(request.caseNumber);
    expect(pdfText(pdf)).toContain('Ontvangstbevestiging');
    const employee = await db()
      .selectFrom('cs_employees')
      .selectAll()
      .where('id', '=', row.employee_id ?? '')
      .executeTakeFirstOrThrow();
    expect([employee.surname, employee.sponsorship_state]).toEqual(['Silva', 'pending']);
  });

  it('finds a known employee by V-number at the sponsor', async () => {
    const a = await intakeRequest({
      employee: {
        givenNames: 'Li',
        surname: 'Wei',
        dateOfBirth: '1985-01-02',
        nationality: 'CHN',
        vNumber: '1234567890',
      },
    });
    const b = await intakeRequest({ employee: a.employee });
    await cs.intake(a);
    await cs.intake(b);
    expect((await caseRow(a.caseNumber)).employee_id).toBe((await caseRow(b.caseNumber)).employee_id);
  });

  it('takes the sponsor answer to a request for information once, and resumes the handling', async () => {
    const request = await intakeRequest();
    await cs.intake(request);
    await db()
      .updateTable('cs_cases')
      .set({ state: 'information_requested', information_deadline: '2027-01-15' })
      .where('case_number', '=', request.caseNumber)
      .execute();
    const stored = await files.put(Readable.from([Buffer.from('%PDF-1.4 contract')]), {
      contentType: 'application/pdf',
    });
    const info = {
      caseNumber: request.caseNumber,
      kvkNumber: KVK,
      submittedAt: new Date(),
      note: 'contract attached',
      files: [
        {
          fileKey: stored.key,
          title: 'contract.pdf',
          contentType: 'application/pdf',
          size: stored.size,
          sha256: stored.sha256,
        },
      ],
      submissionId: crypto.randomUUID(),
    };
    expect(await cs.submitInformation({ ...info, kvkNumber: '00000000' })).toEqual({ accepted: false });
    expect(await cs.submitInformation(info)).toEqual({ accepted: true });
    expect(await cs.submitInformation(info)).toEqual({ accepted: true });
    const row = await caseRow(request.caseNumber);
    expect([row.state, row.information_deadline]).toEqual(['in_progress', null]);
    const supplied = await db()
      .selectFrom('cs_documents')
      .select('kind')
      .where('case_id', '=', row.id)
      .where('kind', '=', 'supplied_information')
      .execute();
    expect(supplied).toHaveLength(1);
  });
});

describe('changesSince', () => {
  it('returns every change in (changedAt, id) order, and rows sharing a timestamp across a page boundary are not skipped', async () => {
    const request = await intakeRequest();
    await cs.intake(request);
    // Three events with one changed_at (an insert may set it; only updates are touched by the
    // trigger): with pages of 2, a page boundary falls between them.
    const row = await caseRow(request.caseNumber);
    await sql`insert into cs_case_events (case_id, at, status, reason, actor, changed_at)
      select ${row.id}::uuid, now(), 'received', 'tie', 'test', '2020-01-01T00:00:00.000001Z'::timestamptz
      from generate_series(1, 3)`.execute(db());

    const seen: Change[] = [];
    let cursor: ChangeCursor | null = null;
    for (let i = 0; i < 10_000; i += 1) {
      // Pages of 2 around the tie, larger ones after it (the demo data is in the stream too).
      const page = await cs.changesSince(cursor, cursor && cursor.changedAt > '2020-01-02' ? 500 : 2);
      seen.push(...page.changes);
      cursor = page.next;
      if (!page.more) break;
    }
    const keys = seen.map((c) => `${c.changedAt}|${c.id}`);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    const ties = seen.filter((c) => c.kind === 'case_event' && c.reason === 'tie');
    expect(ties).toHaveLength(3);
    expect(seen.some((c) => c.kind === 'case' && c.caseNumber === request.caseNumber)).toBe(true);
    expect(
      seen.some((c) => c.kind === 'document' && c.docKind === 'acknowledgement' && c.kvkNumber === KVK),
    ).toBe(true);
    // Nothing after the last cursor.
    expect((await cs.changesSince(cursor, 100)).changes).toEqual([]);
    // A change moves the row to the end of the stream.
    await db().updateTable('cs_cases').set({ state: 'in_progress' }).where('id', '=', row.id).execute();
    // With the lag at 0 a row changed in the same clock tick as the export's cut-off waits for
    // the next call (PGlite's clock has millisecond resolution).
    let after = await cs.changesSince(cursor, 100);
    for (let i = 0; i < 100 && after.changes.length === 0; i += 1) after = await cs.changesSince(cursor, 100);
    expect(after.changes.map((c) => c.id)).toEqual([row.id]);
  });

  it('holds back rows younger than the safety lag', async () => {
    const lagged = createCaseSystem({ db: db(), files, safetyLagMs: 60_000 });
    const request = await intakeRequest();
    await cs.intake(request);
    const row = await caseRow(request.caseNumber);
    const { changes } = await lagged.changesSince(
      { changedAt: '2000-01-01T00:00:00.000000Z', id: '00000000-0000-0000-0000-000000000000' },
      10_000,
    );
    expect(changes.some((c) => c.id === row.id)).toBe(false);
  });
});

describe('case handling in the back office', () => {
  const page = (caseNumber: string) => `/backoffice/cases/${caseNumber}`;
  const act = (caseNumber: string, action: string, fields: Record<string, string> = {}, session = officer) =>
    postForm(portal, page(caseNumber), `${page(caseNumber)}/${action}`, session, fields);
  const lastAudit = async (event: string, caseNumber: string) =>
    db()
      .selectFrom('audit_log')
      .selectAll()
      .where('event', '=', event)
      .where('object_id', '=', caseNumber)
      .execute();

  it('lists new cases in the queue, with filters, in Dutch and English', async () => {
    const request = await intakeRequest({ typeCode: 'eu_blue_card' });
    await cs.intake(request);
    const nl = await portal.app.inject({
      method: 'GET',
      url: '/backoffice/cases?type=eu_blue_card',
      headers: { cookie: officer },
    });
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain(request.caseNumber);
    expect(nl.body).toContain('Zaken behandelen');
    const other = await portal.app.inject({
      method: 'GET',
      url: '/backoffice/cases?type=study',
      headers: { cookie: officer },
    });
    expect(other.body).not.toContain(request.caseNumber);
    const en = await portal.app.inject({
      method: 'GET',
      url: '/backoffice/cases',
      headers: { cookie: `${officer}; bp-lang=en` },
    });
    expect(en.body).toContain('Case handling');
  });

  it('takes in, requests information, decides, records the MVV and the residence document; each audited, with letters', async () => {
    const request = await intakeRequest();
    await cs.intake(request);
    const n = request.caseNumber;
    expect((await act(n, 'take_in')).statusCode).toBe(303);
    expect((await caseRow(n)).state).toBe('in_progress');
    expect(await lastAudit('case.take_in', n)).toHaveLength(1);

    expect(
      (await act(n, 'request_information', { missing: 'Het arbeidscontract', deadline: '2099-01-31' }))
        .statusCode,
    ).toBe(303);
    const requested = await caseRow(n);
    expect([requested.state, requested.information_deadline]).toEqual([
      'information_requested',
      '2099-01-31',
    ]);
    expect(await lastAudit('case.request_information', n)).toHaveLength(1);

    expect(
      (await act(n, 'decide', { outcome: 'granted', reasons: 'Voldoet aan alle voorwaarden.' })).statusCode,
    ).toBe(303);
    expect((await caseRow(n)).state).toBe('granted');
    expect(await lastAudit('case.decide', n)).toHaveLength(1);

    expect((await act(n, 'mvv_issued')).statusCode).toBe(303);
    expect((await act(n, 'document_ready')).statusCode).toBe(303);
    expect((await caseRow(n)).state).toBe('document_ready');
    expect(await lastAudit('case.mvv_issued', n)).toHaveLength(1);
    expect(await lastAudit('case.document_ready', n)).toHaveLength(1);

    const row = await caseRow(n);
    const letters = await db()
      .selectFrom('cs_documents')
      .selectAll()
      .where('case_id', '=', row.id)
      .where('kind', 'in', ['information_request', 'decision'])
      .execute();
    expect(letters.map((l) => l.kind).sort()).toEqual(['decision', 'information_request']);
    for (const letter of letters) {
      const content = pdfText(await documentBytes(letter.id));
      expect(content).toContain(n);
    }
    const decision = pdfText(await documentBytes(letters.find((l) => l.kind === 'decision')?.id ?? ''));
    expect(decision).toContain('Voldoet aan alle voorwaarden.');
    const events = await db()
      .selectFrom('cs_case_events')
      .select('status')
      .where('case_id', '=', row.id)
      .orderBy('at')
      .orderBy('changed_at')
      .execute();
    expect(events.map((e) => e.status)).toEqual([
      'received',
      'in_progress',
      'information_requested',
      'granted',
      'mvv_issued',
      'document_ready',
    ]);

    const caseView = await portal.app.inject({ method: 'GET', url: page(n), headers: { cookie: officer } });
    expect(caseView.body).toContain('Verblijfsdocument klaar');
    const download = await portal.app.inject({
      method: 'GET',
      url: `${page(n)}/documents/${letters[0]?.id ?? ''}`,
      headers: { cookie: officer },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects with reasons, and withdraws', async () => {
    const rejected = await intakeRequest();
    await cs.intake(rejected);
    expect(
      (await act(rejected.caseNumber, 'decide', { outcome: 'rejected', reasons: 'Salaris te laag.' }))
        .statusCode,
    ).toBe(303);
    expect((await caseRow(rejected.caseNumber)).state).toBe('rejected');
    const withdrawn = await intakeRequest();
    await cs.intake(withdrawn);
    expect(
      (await act(withdrawn.caseNumber, 'withdraw', { reason: 'Op verzoek van de referent.' })).statusCode,
    ).toBe(303);
    expect((await caseRow(withdrawn.caseNumber)).state).toBe('withdrawn');
    expect(await lastAudit('case.withdraw', withdrawn.caseNumber)).toHaveLength(1);
  });

  it('answers bad input with 400 and an error summary, and a wrong state with a clear message', async () => {
    const request = await intakeRequest();
    await cs.intake(request);
    const n = request.caseNumber;
    const bad = await act(n, 'request_information', { missing: '  ', deadline: '2020-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('Vul in welke informatie ontbreekt.');
    expect(bad.body).toContain('Vul een geldige datum in');
    const badEn = await postForm(portal, page(n), `${page(n)}/decide`, `${officer}; bp-lang=en`, {
      outcome: 'maybe',
      reasons: '',
    });
    expect(badEn.statusCode).toBe(400);
    expect(badEn.body).toContain('Choose grant or reject.');
    expect((await caseRow(n)).state).toBe('received');
    expect(await lastAudit('case.decide', n)).toHaveLength(0);

    const pageEn = await portal.app.inject({
      method: 'GET',
      url: page(n),
      headers: { cookie: `${officer}; bp-lang=en` },
    });
    expect(pageEn.body).toContain(`Case ${n}`);
    expect(pageEn.body).toContain('Request information');
    expect(await cs.openDocument('not-a-uuid')).toBeNull();
    expect(await cs.openDocument(crypto.randomUUID())).toBeNull();

    const wrong = await act(n, 'mvv_issued');
    expect(wrong.statusCode).toBe(409);
    expect(wrong.body).toContain('Dit kan niet bij een zaak met status');
  });

  it('refuses staff without the case_officer role, and business users', async () => {
    const tz = await staffSession(portal, { roles: ['team_zakelijk', 'administrator'], userId: 'tz-2' });
    const queue = await portal.app.inject({
      method: 'GET',
      url: '/backoffice/cases',
      headers: { cookie: tz },
    });
    expect(queue.statusCode).toBe(403);
    const request = await intakeRequest();
    await cs.intake(request);
    const post = await portal.app.inject({
      method: 'POST',
      url: `${page(request.caseNumber)}/take_in`,
      headers: { cookie: tz, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect([403]).toContain(post.statusCode);
    expect((await caseRow(request.caseNumber)).state).toBe('received');
    const business = await loginAs(portal, KVK);
    const asBusiness = await portal.app.inject({
      method: 'GET',
      url: '/backoffice/cases',
      headers: { cookie: business },
    });
    expect(asBusiness.statusCode).not.toBe(200);
  });
});

describe('demo data and recognitions', () => {
  it('seeds the demo organisations with cases in every status, catalogue type codes, permits ending soon, and letters', async () => {
    const statuses = await db().selectFrom('cs_cases').select('state').distinct().execute();
    expect(statuses.map((s) => s.state).sort()).toEqual([...CASE_STATUSES].sort());
    const types = await db().selectFrom('cs_cases').select('type_code').distinct().execute();
    for (const { type_code } of types) expect(findType(type_code), type_code).toBeDefined();
    const soon = await db()
      .selectFrom('cs_employees')
      .select('id')
      .where('permit_end_date', '<=', nextDay(amsterdamToday(), 92))
      .execute();
    expect(soon.length).toBeGreaterThan(0);
    const decision = await db()
      .selectFrom('cs_documents')
      .innerJoin('cs_cases', 'cs_cases.id', 'cs_documents.case_id')
      .select(['cs_documents.id', 'cs_cases.case_number'])
      .where('cs_documents.kind', '=', 'decision')
      .executeTakeFirstOrThrow();
    expect(pdfText(await documentBytes(decision.id))).toContain(decision.case_number);
  });

  it('records a back-office recognition change in the case system', async () => {
    const tz = await staffSession(portal, { roles: ['team_zakelijk'], userId: 'tz-3' });
    const { kvk } = await makeOrganisation(portal, { recognised: [] });
    const org = await db()
      .selectFrom('organisations')
      .select('id')
      .where('kvk_number', '=', kvk)
      .executeTakeFirstOrThrow();
    const page = `/backoffice/organisations/${org.id}`;
    const grant = await postForm(portal, page, `${page}/recognitions`, tz, {
      action: 'grant',
      category: 'work',
      reason: '',
      startDate: '2026-11-01',
    });
    expect(grant.statusCode).toBe(303);
    const recorded = await db()
      .selectFrom('cs_recognitions')
      .select(['state', 'start_date'])
      .where('kvk_number', '=', kvk)
      .where('category', '=', 'work')
      .executeTakeFirstOrThrow();
    expect(recorded).toEqual({ state: 'active', start_date: '2026-11-01' });
    const suspend = await postForm(portal, page, `${page}/recognitions`, tz, {
      action: 'suspend',
      category: 'work',
      reason: 'Onderzoek naar de loonbetaling',
    });
    expect(suspend.statusCode).toBe(303);
    const suspended = await db()
      .selectFrom('cs_recognitions')
      .select(['state', 'reason'])
      .where('kvk_number', '=', kvk)
      .where('category', '=', 'work')
      .executeTakeFirstOrThrow();
    expect(suspended).toEqual({ state: 'suspended', reason: 'Onderzoek naar de loonbetaling' });
  });
});
