import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from '../../test/helpers/applications.ts';
import { switchLanguageWith } from '../../test/helpers/kept.ts';
import { fieldsAndFile } from '../../test/helpers/multipart.ts';
import {
  browserAs,
  loginAs,
  makeEmployee,
  makeOrganisation,
  type MadeOrganisation,
} from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { amsterdamToday, nextDay } from '../platform/time/working-days.ts';
import { listEmployees } from './repository.ts';
import { EmployeeService } from './service.ts';

/**
 * The employees page and the duty to inform, on the whole portal: one sponsor never sees or
 * reports about another's employees; a representative only within the service "register";
 * deadlines at their boundaries; a report reaches the case system once and comes back to the
 * employees page with the refresh.
 */
let portal: TestPortal;
let a: Browser;
let sponsorA: MadeOrganisation;
let sponsorB: MadeOrganisation;
let orgA: string;
let orgB: string;
const FORMULA = '=HYPERLINK("http://evil.example","x")';

const db = () => portal.database.db;

async function insertEmployee(
  organisationId: string,
  seed: { vNumber: string; surname: string; permitEnd?: string | null; state?: 'active' | 'ended' },
) {
  const row = await db()
    .insertInto('employees')
    .values({
      organisation_id: organisationId,
      source_id: `test-${seed.vNumber}`,
      v_number: seed.vNumber,
      given_names: 'Test',
      surname: seed.surname,
      date_of_birth: '1990-04-01',
      nationality: 'IND',
      permit_type: 'hsm_residence',
      permit_end_date: seed.permitEnd ?? '2029-01-01',
      sponsorship_state: seed.state ?? 'active',
      registered_on: '2024-01-01',
      deregistered_on: seed.state === 'ended' ? '2025-01-01' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An employee of sponsor A as the case system knows it (in the read model as after a refresh). */
async function knownEmployee() {
  const employee = await makeEmployee(portal, sponsorA);
  return {
    id: employee.id,
    v_number: employee.vNumber,
    surname: employee.surname,
    given_names: employee.givenNames,
  };
}

function actorFor(organisationId: string, kvkNumber: string): BusinessActor {
  return {
    kind: 'business',
    sessionId: 's',
    organisationId,
    organisationName: 'Test',
    kvkNumber,
    branchNumber: null,
    actingSubject: 'pseudonym-test',
    loa: 'loa3',
    intermediaryKvk: null,
    via: 'self',
    recognitions: ['work'],
  };
}

const serviceAt = (iso: string) =>
  new EmployeeService({ ...portal.services.employees.deps, clock: () => new Date(iso) });

const waitForSafetyLag = () => new Promise((resolve) => setTimeout(resolve, 2100));

beforeAll(async () => {
  portal = await createTestPortal();
  sponsorA = await makeOrganisation(portal, { recognised: ['work'] });
  sponsorB = await makeOrganisation(portal, { recognised: ['study', 'research'] });
  orgA = sponsorA.id;
  orgB = sponsorB.id;
  a = await browserAs(portal, sponsorA);
});
afterAll(async () => portal.close());

describe('the employees page', () => {
  it('lists the sponsor’s own employees, searchable, and none of another sponsor', async () => {
    await insertEmployee(orgB, { vNumber: '9999999901', surname: 'Geheimhouder' });
    const mine = await knownEmployee();
    const page = await a.get('/employees');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(mine.surname);
    expect(page.body).not.toContain('Geheimhouder');
    for (const q of ['Geheimhouder', '9999999901']) {
      const search = await a.get(`/employees?q=${q}`);
      expect(search.statusCode).toBe(200);
      expect(search.body).not.toContain('Geheimhouder, Test');
    }
    const byV = await a.get(`/employees?q=${mine.v_number ?? ''}`);
    expect(byV.body).toContain(mine.surname);
    expect((await a.get('/employees?permit=nonsense')).statusCode).toBe(400);
    expect((await a.get('/employees?state=%3Cscript%3E')).statusCode).toBe(400);
  });

  it('shows that an extension can be filed now for a permit ending within 3 months, with the application', async () => {
    const soon = nextDay(amsterdamToday(), 30);
    await insertEmployee(orgA, { vNumber: '1111111101', surname: 'Bijnaverlopen', permitEnd: soon });
    await insertEmployee(orgA, { vNumber: '1111111102', surname: 'Langgeldig', permitEnd: '2030-01-01' });
    const page = await a.get('/employees?ending=soon');
    expect(page.body).toContain('Bijnaverlopen');
    expect(page.body).not.toContain('Langgeldig');
    expect(page.body).toMatch(/Verlenging kan nu worden aangevraagd|An extension can be filed now/);
    expect(page.body).toContain('name="type" value="hsm_extension"');
  });

  it('pages with a keyset: every employee exactly once', async () => {
    const org = (await makeOrganisation(portal, { recognised: ['exchange'] })).id;
    for (let i = 0; i < 7; i += 1) {
      await insertEmployee(org, {
        vNumber: `22222222${String(i).padStart(2, '0')}`,
        surname: `Pager${i}`,
        permitEnd: i % 2 ? '2028-05-05' : null,
      });
    }
    const seen: string[] = [];
    let after;
    for (;;) {
      const page = await listEmployees(db(), org, {
        filters: { today: '2026-01-01', q: 'Pager' },
        after,
        limit: 3,
      });
      seen.push(...page.rows.map((r) => r.surname));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen.sort()).toEqual(['Pager0', 'Pager1', 'Pager2', 'Pager3', 'Pager4', 'Pager5', 'Pager6']);
  });

  it('exports CSV with the same scope, safe against formula injection', async () => {
    await insertEmployee(orgA, { vNumber: '1111111103', surname: FORMULA });
    const csv = await a.get('/employees.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain(`"'${FORMULA.replace(/"/g, '""')}, Test"`);
    expect(csv.body).not.toContain('Geheimhouder');
  });
});

describe('de-registering an employee', () => {
  it('shows the deadline before submitting, marks a late report late, and confirms with a reference, receipt and mail', async () => {
    const employee = await knownEmployee();
    const late = nextDay(amsterdamToday(), -60);
    const fields = { reason: 'employment_ended', occurredOn: late, explanation: 'Vergeten door ziekte HR' };
    const check = await a.post(`/employees/${employee.id}/report`, { ...fields, step: 'check' });
    expect(check.statusCode).toBe(200);
    expect(check.body).toMatch(/Deze melding is te laat|This report is late/);
    const done = await a.post(`/employees/${employee.id}/report`, { ...fields, step: 'submit' });
    expect(done.statusCode).toBe(303);
    const location = String(done.headers.location);
    const reference = location.split('/').pop() ?? '';
    expect(reference).toMatch(/^IM-\d{8}-[A-Z0-9]{6}$/);
    const confirmation = await a.get(location);
    expect(confirmation.body).toContain(reference);
    expect(confirmation.body).toMatch(/als te laat gemarkeerd|marked as late/);
    const pdf = await a.get(`${location}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const report = await db()
      .selectFrom('employee_reports')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(report.late).toBe(true);
    expect(report.organisation_id).toBe(orgA);
    const mails = await db().selectFrom('outbox').select('payload').execute();
    expect(mails.some((m) => JSON.stringify(m.payload).includes(reference))).toBe(true);
    const audits = await db()
      .selectFrom('audit_log')
      .select(['event', 'details'])
      .where('event', '=', 'employee.deregistered')
      .execute();
    expect(audits.some((row) => JSON.stringify(row.details).includes(reference))).toBe(true);

    // A second de-registration of the same employee is refused, before and after the refresh.
    const again = await a.post(`/employees/${employee.id}/report`, { ...fields, step: 'submit' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toMatch(/al afgemeld|already been de-registered/);

    // Into the case system once (the job may run twice), back into the read model by the refresh.
    await portal.services.employees.handOver(report.id);
    await db()
      .updateTable('employee_reports')
      .set({ handed_over_at: null })
      .where('id', '=', report.id)
      .execute();
    await portal.services.employees.handOver(report.id);
    const taken = await db()
      .selectFrom('cs_reports')
      .select('id')
      .where('report_id', '=', report.id)
      .execute();
    expect(taken).toHaveLength(1);
    await waitForSafetyLag();
    await portal.services.refresh.runNow('manual');
    const after = await db()
      .selectFrom('employees')
      .select(['sponsorship_state', 'deregistered_on'])
      .where('id', '=', employee.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ sponsorship_state: 'ended', deregistered_on: late });
    const list = await a.get(`/employees?q=${employee.v_number ?? ''}`);
    expect(list.body).toMatch(/Afgemeld per|De-registered as of/);
    expect((await a.post(`/employees/${employee.id}/report`, { ...fields, step: 'submit' })).statusCode).toBe(
      409,
    );
  });

  it('refuses a date in the future and keeps what was typed', async () => {
    const employee = await knownEmployee();
    const future = nextDay(amsterdamToday(), 1);
    const response = await a.post(`/employees/${employee.id}/report`, {
      reason: 'did_not_come',
      occurredOn: future,
      explanation: 'Bewaard blijft dit',
      step: 'submit',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/in de toekomst|in the future/);
    expect(response.body).toContain('Bewaard blijft dit');
    // The date is kept as typed, in its day / month / year fields.
    const [year, month, day] = future.split('-').map(Number);
    expect(response.body).toMatch(new RegExp(`name="occurredOn-day"[^>]*value="${String(day)}"`));
    expect(response.body).toMatch(new RegExp(`name="occurredOn-month"[^>]*value="${String(month)}"`));
    expect(response.body).toMatch(new RegExp(`name="occurredOn-year"[^>]*value="${String(year)}"`));
    const bad = await a.post(`/employees/${employee.id}/report`, {
      reason: 'nonsense',
      occurredOn: '2026-02-30',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('says that no de-registration is needed when the employee became Dutch or got permanent residence', async () => {
    const employee = await knownEmployee();
    const form = await a.get(`/employees/${employee.id}/report`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/hoeft u de werknemer niet af te melden|do not need to de-register/);
  });

  it('a report exactly 4 weeks after the change is on time; 4 weeks and 1 day is late', async () => {
    const actor = actorFor(orgA, sponsorA.kvk);
    const first = await insertEmployee(orgA, { vNumber: '1111111104', surname: 'Grens' });
    const second = await insertEmployee(orgA, { vNumber: '1111111105', surname: 'Grens' });
    const input = { reason: 'employment_ended' as const, occurredOn: '2026-06-01', explanation: '' };
    const onTime = await serviceAt('2026-06-29T20:00:00Z').deregister(actor, first, input, 'nl', 'r1');
    expect(onTime).toMatchObject({ kind: 'done', late: false, deadline: '2026-06-29' });
    const late = await serviceAt('2026-06-30T08:00:00Z').deregister(actor, second, input, 'nl', 'r2');
    expect(late).toMatchObject({ kind: 'done', late: true, deadline: '2026-06-29' });
  });

  it('a change of the administration address is due within 2 weeks', async () => {
    const actor = actorFor(orgA, sponsorA.kvk);
    const input = {
      reason: 'administration_address' as const,
      occurredOn: '2026-06-01',
      explanation: '',
      address: 'Kade 1, 1011 AA Amsterdam',
    };
    expect(
      await serviceAt('2026-06-15T09:00:00Z').reportSponsorChange(actor, input, 'en', 'r3'),
    ).toMatchObject({
      kind: 'done',
      late: false,
      deadline: '2026-06-15',
    });
    expect(
      await serviceAt('2026-06-16T09:00:00Z').reportSponsorChange(actor, input, 'en', 'r4'),
    ).toMatchObject({
      late: true,
    });
    const audits = await db()
      .selectFrom('audit_log')
      .select('event')
      .where('event', '=', 'sponsor.change_reported')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
  });
});

describe('tenant isolation and representatives', () => {
  it('another sponsor’s employee or report is a 404 on every route, and the attempt is audited', async () => {
    const theirs = await insertEmployee(orgB, { vNumber: '9999999902', surname: 'Anders' });
    for (const url of [`/employees/${theirs}/report`, '/employees/not-a-uuid/report']) {
      const response = await a.get(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Anders');
    }
    const post = await a.post(`/employees/${theirs}/report`, {
      reason: 'employment_ended',
      occurredOn: '2026-01-05',
      step: 'submit',
    });
    expect(post.statusCode).toBe(404);
    const state = await db()
      .selectFrom('employees')
      .select('sponsorship_state')
      .where('id', '=', theirs)
      .executeTakeFirstOrThrow();
    expect(state.sponsorship_state).toBe('active');
    const b = await browserAs(portal, sponsorB);
    const outcome = await serviceAt('2026-06-02T09:00:00Z').reportSponsorChange(
      actorFor(orgB, sponsorB.kvk),
      { reason: 'bankruptcy', occurredOn: '2026-06-01', explanation: '', address: '' },
      'nl',
      'r5',
    );
    if (outcome.kind !== 'done') throw new Error('expected done');
    expect((await b.get(`/employees/reports/${outcome.reference}`)).statusCode).toBe(200);
    expect((await a.get(`/employees/reports/${outcome.reference}`)).statusCode).toBe(404);
    expect((await a.get(`/employees/reports/${outcome.reference}/receipt.pdf`)).statusCode).toBe(404);
    const denied = await db()
      .selectFrom('audit_log')
      .select('event')
      .where('outcome', '=', 'denied')
      .where('event', '=', 'employee.lookup')
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('a representative reaches the employees only within the service “register”', async () => {
    const agency = await makeOrganisation(portal, { agency: true });
    const sessionFor = (services: ('status' | 'register')[]) =>
      loginAs(portal, agency, { actingFor: sponsorA, services });
    const get = (cookie: string, url: string) =>
      portal.app.inject({ method: 'GET', url, headers: { cookie } });
    const statusOnly = await sessionFor(['status']);
    for (const url of ['/employees', '/employees.csv', '/employees/register', '/employees/sponsor-change']) {
      expect((await get(statusOnly, url)).statusCode).toBe(403);
    }
    const register = await sessionFor(['register']);
    const mine = await knownEmployee();
    const list = await get(register, '/employees');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(mine.surname);
    expect(list.body).not.toContain('Geheimhouder');
    // Without the service "submit" the extension is shown, without the button to apply.
    expect(list.body).not.toContain('name="type" value="hsm_extension"');
  });
});

describe('registering an employee (change of employer)', () => {
  const base = {
    vNumber: '33333333 01',
    givenNames: 'Nieuwe',
    surname: 'Collega',
    dateOfBirth: '1990-02-01',
    permit: 'hsm_residence',
    job: 'Data engineer',
  };

  it('checks the salary against the threshold in force on the start date', async () => {
    const year = amsterdamToday().slice(0, 4);
    const response = await a.post('/employees/register', {
      ...base,
      startDate: `${year}-01-15`,
      salary: '1000',
      step: 'check',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/salariscriterium|criterion in force/);
    expect(response.body).toContain('Data engineer');
    const badV = await a.post('/employees/register', {
      ...base,
      vNumber: '12AB',
      startDate: `${year}-01-15`,
      salary: '9000',
    });
    expect(badV.body).toMatch(/V-nummer van 10 cijfers|V-number of 10 digits/);
  });

  it('registers, hands over, and the employee appears after the refresh', async () => {
    const start = nextDay(amsterdamToday(), -3);
    const fields = { ...base, startDate: start, salary: '7.000,00' };
    const check = await a.post('/employees/register', { ...fields, step: 'check' });
    expect(check.statusCode).toBe(200);
    const done = await a.post('/employees/register', { ...fields, step: 'submit' });
    expect(done.statusCode).toBe(303);
    const reference = String(done.headers.location).split('/').pop() ?? '';
    const report = await db()
      .selectFrom('employee_reports')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(report.kind).toBe('registration');
    expect(report.v_number).toBe('3333333301');
    await portal.services.employees.handOver(report.id);
    await waitForSafetyLag();
    await portal.services.refresh.runNow('manual');
    const list = await a.get('/employees?q=3333333301');
    expect(list.body).toContain('Collega, Nieuwe');
    const again = await a.post('/employees/register', { ...fields, step: 'submit' });
    expect(again.statusCode).toBe(409);
  });
});

describe('bulk de-registrations', () => {
  const header = 'v_number;reason;date;explanation\r\n';

  it('previews per row, submits only the valid rows as individual reports, and gives a result file', async () => {
    const research = await makeOrganisation(portal, { recognised: ['research'] });
    const org = research.id;
    const bulk = await browserAs(portal, research);
    for (const v of ['4444444401', '4444444402', '4444444403'])
      await insertEmployee(org, { vNumber: v, surname: `Bulk${v}` });
    await insertEmployee(orgA, { vNumber: '4444444409', surname: 'VanEenAnder' });
    const recent = nextDay(amsterdamToday(), -3);
    const csv =
      '\uFEFF' +
      header +
      `4444444401;employment_ended;${recent};\r\n` +
      `4444444402,did_not_come,${recent},\r\n`.replace(/,/g, ';') +
      `4444444403;study_stopped;${recent};"Gestopt; verhuisd"\r\n` +
      `4444444409;employment_ended;${recent};\r\n` +
      `=cmd|' /C calc'!A0;employment_ended;${nextDay(amsterdamToday(), 5)};\r\n`;
    const upload = await bulk.upload(
      '/employees/bulk',
      {},
      { filename: 'afmeldingen.csv', content: Buffer.from(csv), contentType: 'text/csv' },
    );
    expect(upload.statusCode).toBe(303);
    const preview = await bulk.get(String(upload.headers.location));
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toMatch(/5 (regels|rows): 3 (goed|valid), 2/);
    expect(preview.body).toMatch(
      /hoort niet bij een werknemer van uw organisatie|not one of your organisation/,
    );
    expect(preview.body).toMatch(/formule|formula/);
    expect(preview.body).not.toContain('VanEenAnder');
    // Nothing is submitted by the preview.
    const before = await db()
      .selectFrom('employee_reports')
      .select('id')
      .where('organisation_id', '=', org)
      .execute();
    expect(before).toHaveLength(0);
    // Another organisation cannot see or submit the batch.
    const batchUrl = String(upload.headers.location);
    expect((await a.get(batchUrl)).statusCode).toBe(404);
    expect((await a.post(`${batchUrl}/submit`, {})).statusCode).toBe(404);

    const submit = await bulk.post(`${batchUrl}/submit`, {});
    expect(submit.statusCode).toBe(303);
    const reports = await db()
      .selectFrom('employee_reports')
      .select(['reference', 'v_number', 'batch_id'])
      .where('organisation_id', '=', org)
      .execute();
    expect(reports.map((r) => r.v_number).sort()).toEqual(['4444444401', '4444444402', '4444444403']);
    const result = await bulk.get(`${batchUrl}/result.csv`);
    expect(result.statusCode).toBe(200);
    for (const r of reports) expect(result.body).toContain(r.reference);
    // The formula cell comes back as text, not as a formula.
    expect(result.body).toContain(`"'=cmd|`);
    const audits = await db()
      .selectFrom('audit_log')
      .select('details')
      .where('event', '=', 'employees.bulk_submitted')
      .execute();
    expect(audits).toHaveLength(1);
    // Submitting twice submits nothing more.
    await bulk.post(`${batchUrl}/submit`, {});
    expect(
      await db().selectFrom('employee_reports').select('id').where('organisation_id', '=', org).execute(),
    ).toHaveLength(3);
  });

  it('refuses another encoding, and missing or extra columns, with a clear message and nothing stored', async () => {
    const latin1 = Buffer.concat([Buffer.from(header), Buffer.from([0x31, 0x3b, 0xe9, 0x3b, 0x0d, 0x0a])]);
    const encoding = await a.upload(
      '/employees/bulk',
      {},
      { filename: 'x.csv', content: latin1, contentType: 'text/csv' },
    );
    expect(encoding.statusCode).toBe(400);
    expect(encoding.body).toMatch(/geen UTF-8|not UTF-8/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]);
    expect((await a.upload('/employees/bulk', {}, { filename: 'x.csv', content: utf16 })).statusCode).toBe(
      400,
    );
    const columns = await a.upload(
      '/employees/bulk',
      {},
      {
        filename: 'x.csv',
        content: Buffer.from('v_number,date,extra\r\n1,2,3\r\n'),
      },
    );
    expect(columns.statusCode).toBe(400);
    expect(columns.body).toMatch(/reason/);
    expect(columns.body).toMatch(/extra/);
    const batches = await db()
      .selectFrom('employee_bulk_batches')
      .select('id')
      .where('organisation_id', '=', orgA)
      .execute();
    expect(batches).toHaveLength(0);
  });

  it('checks the CSRF token before storing anything', async () => {
    const count = async () => (await db().selectFrom('employee_bulk_batches').select('id').execute()).length;
    const before = await count();
    const cookie = await loginAs(portal, sponsorA);
    // No `_csrf` part before the file.
    const body = fieldsAndFile(
      {},
      { filename: 'a.csv', contentType: 'text/csv', content: Buffer.from(header) },
    );
    const response = await portal.app.inject({
      method: 'POST',
      url: '/employees/bulk',
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('the report forms keep what was typed over a language switch (D10)', () => {
  it('the language button posts the form along; the fields come back in English once, nothing is filed', async () => {
    const url = '/employees/sponsor-change';
    const reported = () =>
      db()
        .selectFrom('employee_reports')
        .select('id')
        .where('organisation_id', '=', orgA)
        .where('kind', '=', 'sponsor_change')
        .execute();
    const before = (await reported()).length;
    const { back, again } = await switchLanguageWith(portal, url, await loginAs(portal, sponsorA), {
      reason: 'administration_address',
      'occurredOn-day': '3',
      'occurredOn-month': '',
      'occurredOn-year': '2026',
      address: 'Typedkade 7, 1011 AA Amsterdam',
      explanation: 'Half typed, not sent',
    });
    expect(back.statusCode).toBe(200);
    expect(back.body).toContain('<html lang="en"');
    expect(back.body).toContain('The page is now in English');
    expect(back.body).toContain('Typedkade 7, 1011 AA Amsterdam');
    expect(back.body).toContain('Half typed, not sent');
    // The half-typed date is kept as typed (day and year, no month), not erased or completed.
    expect(back.body).toMatch(/name="occurredOn-day"[^>]*value="3"/);
    expect(back.body).toMatch(/name="occurredOn-year"[^>]*value="2026"/);
    // Given back once; nothing was reported.
    expect(again.body).not.toContain('Typedkade 7');
    expect(await reported()).toHaveLength(before);
  });
});
