import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fieldsAndFile } from '../../test/helpers/multipart.ts';
import { sampleExe, samplePdf, samplePng, type Browser } from '../../test/helpers/applications.ts';
import { browserAs, loginAs, makeOrganisation, type MadeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { listCases } from './repository.ts';
import { SUPPLIED_INFORMATION_PURPOSE } from './routes.tsx';
import { insertCase, insertDocument, insertEvent } from './testing.ts';

/**
 * The sponsor's status and file-document pages on the read model: one sponsor never sees
 * another's cases or documents through any route or the CSV export; a representative only
 * within its scope; the CSV is safe in a spreadsheet; keyset pages return every row once.
 */
let portal: TestPortal;
let a: Browser; // a person of sponsor A (recognised)
let sponsorA: MadeOrganisation;
let orgA: string;
let orgB: string;
let caseA: string;
let docA: { id: string; sourceId: string };
let caseB: string;
let docB: { id: string; sourceId: string };
const SECRET = 'Geheimhouder, Bertha';
const CASE_B = 'IND-B-000001';
const CASE_A = 'IND-A-000001';
const FORMULA = '=HYPERLINK("http://evil.example","klik")';

/** The upload limit of this file's portal (small, so that "too big" is quick to send). */
const MAX_BYTES = 64 * 1024;

beforeAll(async () => {
  portal = await createTestPortal({ UPLOAD_MAX_BYTES: String(MAX_BYTES) });
  const db = portal.database.db;
  sponsorA = await makeOrganisation(portal, { recognised: ['work'] });
  orgA = sponsorA.id;
  orgB = (await makeOrganisation(portal, { recognised: ['study', 'research'] })).id;
  caseA = await insertCase(db, orgA, {
    caseNumber: CASE_A,
    employeeName: 'Jansen, Piet',
    vNumber: '1234567890',
    state: 'information_requested',
    targetDate: '2026-10-15',
    decisionDueOn: '2026-12-30',
    informationDeadline: '2026-12-24',
  });
  await insertEvent(db, orgA, caseA, { at: '2026-10-01T09:00:00Z', status: 'received', reason: 'intake' });
  await insertEvent(db, orgA, caseA, {
    at: '2026-10-05T09:00:00Z',
    status: 'information_requested',
    reason: 'information_requested',
    deadline: '2026-12-24',
  });
  docA = await insertDocument(db, orgA, caseA, {
    kind: 'information_request',
    title: 'Verzoek om informatie',
  });
  await insertCase(db, orgA, { caseNumber: 'IND-A-FORMULA', employeeName: FORMULA, vNumber: '+31612345678' });
  caseB = await insertCase(db, orgB, { caseNumber: CASE_B, employeeName: SECRET, vNumber: '9999999999' });
  docB = await insertDocument(db, orgB, caseB, { title: 'Beschikking van B' });
  a = await browserAs(portal, sponsorA);
});
afterAll(async () => portal.close());

/** The files stored for supplied information (a refused form must leave none behind). */
const suppliedFiles = (): string[] => {
  try {
    return readdirSync(join(portal.config.uploads.dir, SUPPLIED_INFORMATION_PURPOSE)).sort();
  } catch {
    return [];
  }
};

const auditRows = (event: string) =>
  portal.database.db.selectFrom('audit_log').selectAll().where('event', '=', event).orderBy('id').execute();

describe('status of applications', () => {
  it('lists the sponsor’s own cases with the information date, and none of another sponsor', async () => {
    const page = await a.get('/cases');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(CASE_A);
    expect(page.body).toContain('Jansen, Piet');
    expect(page.body).not.toContain(CASE_B);
    expect(page.body).not.toContain('Geheimhouder');
    expect(page.body).toMatch(/Informatie van|Information as of|nog niet bijgewerkt/);
    for (const q of ['Geheimhouder', CASE_B, '9999999999']) {
      const search = await a.get(`/cases?q=${encodeURIComponent(q)}`);
      expect(search.statusCode).toBe(200);
      // (the search box repeats what was typed: only rows count)
      expect(search.body).not.toContain(`href="/cases/${CASE_B}"`);
      expect(search.body).not.toContain(SECRET);
    }
  });

  it('searches by name, case number and V-number, and filters by status and period', async () => {
    for (const q of ['jansen', 'A-0000', '1234567890']) {
      const page = await a.get(`/cases?q=${encodeURIComponent(q)}`);
      expect(page.body).toContain(CASE_A);
      expect(page.body).not.toContain('IND-A-FORMULA');
    }
    expect((await a.get('/cases?status=information_requested')).body).toContain(CASE_A);
    expect((await a.get('/cases?status=granted&q=jansen')).body).not.toContain(CASE_A);
    expect((await a.get('/cases?from=2026-10-01&to=2026-10-01&q=jansen')).body).toContain(CASE_A);
    expect((await a.get('/cases?from=2026-10-02&q=jansen')).body).not.toContain(CASE_A);
  });

  it('answers bad filters with a message and 400, never a 500', async () => {
    const page = await a.get('/cases?from=31-12-2026&status=lost&type=nope');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('error-summary');
    expect(page.body).toContain('href="#from"');
    const reversed = await a.get('/cases?from=2026-12-01&to=2026-11-01');
    expect(reversed.statusCode).toBe(400);
    // A tampered cursor is ignored (first page), not an error.
    expect((await a.get('/cases?after=not-a-cursor')).statusCode).toBe(200);
  });

  it('shows the detail page with the timeline, the dates and the upload form', async () => {
    const page = await a.get(`/cases/${CASE_A}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/enctype="multipart\/form-data"/i);
    expect(page.body).toContain(`action="/cases/${CASE_A}/information"`);
    expect(page.body).toContain('24 december 2026'); // the deadline
    expect(page.body).toContain('15 oktober 2026'); // the service target
    expect(page.body).toContain('30 december 2026'); // the statutory end
    expect(page.body).toContain(`/documents/${docA.id}`);
    expect(page.body).toContain('scope="col"');
  });

  it('does not show another sponsor’s case, through the page or the upload (404, audited)', async () => {
    for (const url of [`/cases/${CASE_B}`, '/cases/UNKNOWN-1']) {
      const page = await a.get(url);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Geheimhouder');
    }
    const upload = await a.upload(
      `/cases/${CASE_B}/information`,
      {},
      { filename: 'x.pdf', content: samplePdf() },
    );
    expect(upload.statusCode).toBe(404);
    const denied = await auditRows('case.lookup');
    expect(denied.map((r) => r.object_id)).toContain(CASE_B);
    expect(denied.every((r) => r.outcome === 'denied')).toBe(true);
  });

  it('exports CSV with the same scope, safe against formula injection, for Dutch Excel', async () => {
    const csv = await a.get('/cases.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="aanvragen-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = csv.rawPayload.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      '"Zaaknummer";"Werknemer";"V-nummer";"Soort aanvraag";"Status";"Ingediend op";' +
        '"Streefdatum van de IND voor erkende referenten";"Uiterste beslisdatum (wettelijke termijn)";"Termijn"',
    );
    expect(text).toContain(`"${CASE_A}";"Jansen, Piet";"1234567890"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")";"'+31612345678"`);
    expect(text).not.toMatch(/(^|;)"[=+\-@]/m);
    expect(text).not.toContain(CASE_B);
    expect(text).not.toContain('Geheimhouder');
    const filtered = await a.get('/cases.csv?q=jansen');
    expect(filtered.body).toContain(CASE_A);
    expect(filtered.body).not.toContain('IND-A-FORMULA');
    expect((await a.get('/cases.csv?from=garbage')).statusCode).toBe(400);
  });
});

describe('file documents', () => {
  it('lists the sponsor’s own documents only', async () => {
    const page = await a.get('/documents');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Verzoek om informatie');
    expect(page.body).not.toContain('Beschikking van B');
    expect((await a.get('/documents?q=IND-B')).body).not.toContain('Beschikking van B');
    expect((await a.get('/documents?kind=decision')).body).not.toContain('Verzoek om informatie');
    expect((await a.get('/documents?kind=nonsense')).statusCode).toBe(400);
  });

  it('streams a download with safe headers and records it in the processing log', async () => {
    const open = vi
      .spyOn(portal.services.caseSystem, 'openDocument')
      .mockImplementation(async (sourceId) =>
        sourceId === docA.sourceId
          ? { stream: Readable.from([samplePdf()]), contentType: 'application/pdf', size: 0, title: 'x' }
          : null,
      );
    const before = (await auditRows('document.download')).length;
    const response = await a.get(`/documents/${docA.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="IND-A-000001-information_request-${docA.id.slice(0, 8)}.pdf"`,
    );
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const rows = await auditRows('document.download');
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1);
    expect(row).toMatchObject({
      outcome: 'success',
      organisation_id: orgA,
      object_type: 'case_document',
      object_id: docA.id,
      actor_kvk: sponsorA.kvk,
    });
    expect(row?.details).toMatchObject({ activity: 'download', caseId: caseA, caseNumber: CASE_A });
    open.mockRestore();
  });

  it('answers 404 for another sponsor’s, an unknown or a malformed document id, without asking the case system', async () => {
    const open = vi.spyOn(portal.services.caseSystem, 'openDocument');
    const before = (await auditRows('document.download')).length;
    for (const id of [docB.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await a.get(`/documents/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Beschikking van B');
    }
    expect(open).not.toHaveBeenCalled();
    expect(await auditRows('document.download')).toHaveLength(before);
    expect((await auditRows('document.lookup')).map((r) => r.object_id)).toContain(docB.id);
    open.mockRestore();
  });
});

describe('sending the requested information', () => {
  it('stores the file and hands it to the case system', async () => {
    const submit = vi
      .spyOn(portal.services.caseSystem, 'submitInformation')
      .mockResolvedValue({ accepted: true });
    const response = await a.upload(
      `/cases/${CASE_A}/information`,
      { submission: '11111111-1111-4111-8111-111111111111', note: 'Hierbij het contract' },
      { filename: 'contract.pdf', content: samplePdf(), contentType: 'application/pdf' },
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/cases/${CASE_A}?sent=1`);
    expect(submit).toHaveBeenCalledTimes(1);
    const info = submit.mock.calls[0]?.[0];
    expect(info).toMatchObject({
      caseNumber: CASE_A,
      kvkNumber: sponsorA.kvk,
      note: 'Hierbij het contract',
      submissionId: '11111111-1111-4111-8111-111111111111',
      files: [{ title: 'contract.pdf', contentType: 'application/pdf', size: samplePdf().length }],
    });
    const stored = await portal.services.files.get(info?.files[0]?.fileKey ?? '');
    stored.destroy();
    submit.mockRestore();
  });

  it('refuses a file whose content is not what its name says, with an error summary', async () => {
    const submit = vi.spyOn(portal.services.caseSystem, 'submitInformation');
    const response = await a.upload(
      `/cases/${CASE_A}/information`,
      {},
      { filename: 'contract.pdf', content: Buffer.from('MZ this is no pdf at all'.repeat(10)) },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('error-summary');
    expect(response.body).toContain('href="#file"');
    const none = await a.upload(`/cases/${CASE_A}/information`, {});
    expect(none.statusCode).toBe(400);
    expect(submit).not.toHaveBeenCalled();
    submit.mockRestore();
  });

  it('refuses a forged post (no valid CSRF token) with 403 and stores nothing of its file', async () => {
    const submit = vi.spyOn(portal.services.caseSystem, 'submitInformation');
    const before = suppliedFiles();
    const cookie = await loginAs(portal, sponsorA);
    const forged: Record<string, string>[] = [{ _csrf: 'forged' }, {}];
    for (const fields of forged) {
      const body = fieldsAndFile(fields, { filename: 'x.pdf', content: samplePdf(20_000) });
      const response = await portal.app.inject({
        method: 'POST',
        url: `/cases/${CASE_A}/information`,
        headers: { cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(response.statusCode).toBe(403);
    }
    // The right token, but not as the form's first part: refused as well.
    const late = fieldsAndFile(
      { note: 'eerst dit', _csrf: a.token },
      { filename: 'x.pdf', content: samplePdf() },
    );
    const response = await portal.app.inject({
      method: 'POST',
      url: `/cases/${CASE_A}/information`,
      headers: { cookie: a.cookie, 'content-type': late.contentType },
      payload: late.payload,
    });
    expect(response.statusCode).toBe(403);
    expect(suppliedFiles()).toEqual(before);
    expect(submit).not.toHaveBeenCalled();
    submit.mockRestore();
  });

  it('refuses a type that is not accepted, by its content, whatever its name says (nl and en)', async () => {
    const submit = vi.spyOn(portal.services.caseSystem, 'submitInformation');
    const before = suppliedFiles();
    const exe = await a.upload(
      `/cases/${CASE_A}/information`,
      {},
      { filename: 'contract.pdf', content: sampleExe() },
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('href="#file"');
    const text = await a.upload(
      `/cases/${CASE_A}/information`,
      { note: 'Zie bijlage' },
      { filename: 'notes.txt', content: Buffer.from('gewoon tekst, geen document\n'.repeat(20)) },
    );
    expect(text.statusCode).toBe(400);
    expect(text.body).toContain('Zie bijlage'); // the explanation is kept
    // A PNG named .pdf: the name must agree with the content.
    const renamed = await a.upload(
      `/cases/${CASE_A}/information`,
      {},
      { filename: 'scan.pdf', content: samplePng() },
    );
    expect(renamed.statusCode).toBe(400);
    expect(renamed.body).toContain('error-summary');
    expect(exe.body).toContain('Het bestand moet een PDF, JPG of PNG zijn.');
    const body = fieldsAndFile({ _csrf: a.token }, { filename: 'contract.pdf', content: sampleExe() });
    const english = await portal.app.inject({
      method: 'POST',
      url: `/cases/${CASE_A}/information`,
      headers: { cookie: `${a.cookie}; bp-lang=en`, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(english.statusCode).toBe(400);
    expect(english.body).toContain('The file must be a PDF, JPG or PNG.');
    expect(suppliedFiles()).toEqual(before);
    expect(submit).not.toHaveBeenCalled();
    submit.mockRestore();
  });

  it('refuses a file over the limit with 413 and a message that names the limit, keeping none of it', async () => {
    const submit = vi.spyOn(portal.services.caseSystem, 'submitInformation');
    const before = suppliedFiles();
    const response = await a.upload(
      `/cases/${CASE_A}/information`,
      { note: 'Te groot' },
      { filename: 'groot.pdf', content: samplePdf(MAX_BYTES + 1) },
    );
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('href="#file"');
    expect(response.body).toContain('64 kB');
    expect(response.body).toContain('Te groot');
    // Exactly at the limit is accepted.
    submit.mockResolvedValue({ accepted: true });
    const fits = await a.upload(
      `/cases/${CASE_A}/information`,
      {},
      { filename: 'past.pdf', content: samplePdf(MAX_BYTES) },
    );
    expect(fits.statusCode).toBe(303);
    expect(submit).toHaveBeenCalledTimes(1);
    const stored = submit.mock.calls[0]?.[0].files[0];
    expect(stored?.size).toBe(MAX_BYTES);
    expect(suppliedFiles()).toHaveLength(before.length + 1);
    await portal.services.files.delete(stored?.fileKey ?? '');
    submit.mockRestore();
  });

  it('refuses an explanation over 2000 characters without storing the file sent with it', async () => {
    const before = suppliedFiles();
    const response = await a.upload(
      `/cases/${CASE_A}/information`,
      { note: 'x'.repeat(2001) },
      { filename: 'contract.pdf', content: samplePdf() },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#note"');
    expect(response.body).not.toContain('href="#file"');
    expect(suppliedFiles()).toEqual(before);
  });
});

describe('who may use these pages', () => {
  it('sends a customer that is not a recognised sponsor to the explanation', async () => {
    const cookie = await loginAs(portal, await makeOrganisation(portal, { recognised: [] }));
    for (const url of ['/cases', '/cases.csv', `/cases/${CASE_A}`, '/documents', `/documents/${docA.id}`]) {
      const response = await portal.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/recognition-required');
    }
  });

  it('lets a representative reach the sponsor’s cases only within its scope', async () => {
    const agency = await makeOrganisation(portal, { agency: true });
    const sessionFor = (services: ('status' | 'documents')[]) =>
      loginAs(portal, agency, { actingFor: sponsorA, services });
    const get = (cookie: string, url: string) =>
      portal.app.inject({ method: 'GET', url, headers: { cookie } });

    const statusOnly = await sessionFor(['status']);
    const list = await get(statusOnly, '/cases');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(CASE_A);
    expect(list.body).not.toContain(CASE_B);
    expect((await get(statusOnly, '/cases.csv')).body).toContain(CASE_A);
    const detail = await get(statusOnly, `/cases/${CASE_A}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).not.toContain(`/documents/${docA.id}`);
    expect((await get(statusOnly, `/cases/${CASE_B}`)).statusCode).toBe(404);
    expect((await get(statusOnly, '/documents')).statusCode).toBe(403);
    expect((await get(statusOnly, `/documents/${docA.id}`)).statusCode).toBe(403);

    const documentsOnly = await sessionFor(['documents']);
    expect((await get(documentsOnly, '/cases')).statusCode).toBe(403);
    expect((await get(documentsOnly, '/cases.csv')).statusCode).toBe(403);
    expect((await get(documentsOnly, `/cases/${CASE_A}`)).statusCode).toBe(403);
    const documents = await get(documentsOnly, '/documents');
    expect(documents.statusCode).toBe(200);
    expect(documents.body).toContain('Verzoek om informatie');
    expect(documents.body).not.toContain('Beschikking van B');
    expect((await get(documentsOnly, `/documents/${docB.id}`)).statusCode).toBe(404);
  });
});

describe('keyset pagination', () => {
  it('returns every row once across pages when many share one submitted_at', async () => {
    const db = portal.database.db;
    const university = await makeOrganisation(portal, { recognised: ['study'] });
    const org = university.id;
    const same = new Date('2026-09-01T08:00:00.123456Z');
    for (let i = 0; i < 57; i++) {
      await insertCase(db, org, {
        caseNumber: `IND-K-${String(i).padStart(4, '0')}`,
        submittedAt: i % 3 === 0 ? new Date('2026-09-02T08:00:00Z') : same,
        decisionDueOn: '2026-12-01',
        employeeName: 'Keyset, Karel',
      });
    }
    for (const sort of ['submitted_desc', 'submitted_asc', 'expected_asc'] as const) {
      const seen: string[] = [];
      let after;
      let pages = 0;
      do {
        const page = await listCases(db, org, { filters: { q: 'keyset' }, sort, after, limit: 10 });
        seen.push(...page.rows.map((r) => r.case_number));
        after = page.next;
        pages++;
      } while (after && pages < 20);
      expect(seen).toHaveLength(57);
      expect(new Set(seen).size).toBe(57);
    }
    // Through the pages, following the "next page" links (25 a page).
    const b = await browserAs(portal, university);
    const seen: string[] = [];
    let url: string | undefined = '/cases?q=keyset';
    while (url) {
      const page = await b.get(url);
      expect(page.statusCode).toBe(200);
      seen.push(...[...page.body.matchAll(/>(IND-K-\d{4})</g)].map((m) => m[1] ?? ''));
      url = /href="(\/cases\?[^"]*after=[^"]+)">Volgende pagina/.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
    }
    expect(seen).toHaveLength(57);
    expect(new Set(seen).size).toBe(57);
  });
});
