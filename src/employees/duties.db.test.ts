import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from '../../test/helpers/applications.ts';
import { browserAs, makeOrganisation, type MadeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { insertCase } from '../cases/testing.ts';
import { amsterdamToday, nextDay } from '../platform/time/working-days.ts';
import { DIGEST_CRON, DIGEST_JOB, sendWeeklyDigests, weekOf } from './duties.tsx';

/**
 * Reminders (issue 11): the open duties on the dashboard, per organisation, and the opt-in
 * weekly digest — one mail per opted-in organisation per week, however often the job runs.
 */
let portal: TestPortal;
let a: Browser;
let b: Browser;
let orgA: string;
let orgB: string;
let orgC: string;
let sponsorC: MadeOrganisation;
const db = () => portal.database.db;

async function insertEmployee(organisationId: string, vNumber: string, permitEnd: string) {
  await db()
    .insertInto('employees')
    .values({
      organisation_id: organisationId,
      source_id: `test-${vNumber}`,
      v_number: vNumber,
      given_names: 'Test',
      surname: `Duty${vNumber}`,
      date_of_birth: '1990-04-01',
      nationality: 'IND',
      permit_type: 'hsm_residence',
      permit_end_date: permitEnd,
      sponsorship_state: 'active',
      registered_on: '2024-01-01',
      deregistered_on: null,
    })
    .execute();
}

/** The counts of the dashboard's block "Open duties", as rendered. */
async function dashboardCounts(browser: Browser) {
  const page = await browser.get('/dashboard');
  expect(page.statusCode).toBe(200);
  const count = (duty: string) => {
    const match = new RegExp(`data-duty="${duty}" data-count="(\\d+)"`).exec(page.body);
    return match ? Number(match[1]) : null;
  };
  return { body: page.body, requests: count('requests'), ending: count('ending') };
}

const digestMails = async () =>
  (await db().selectFrom('outbox').select('payload').execute())
    .map((row) => row.payload as unknown as { to: string; subject: string; text: string })
    .filter((mail) => /Openstaande verplichtingen van|Open duties of/.test(mail.subject));

beforeAll(async () => {
  portal = await createTestPortal();
  const sponsorA = await makeOrganisation(portal, { recognised: ['work'] });
  const sponsorB = await makeOrganisation(portal, { recognised: ['study', 'research'] });
  sponsorC = await makeOrganisation(portal, { recognised: ['research'] });
  orgA = sponsorA.id;
  orgB = sponsorB.id;
  orgC = sponsorC.id;
  for (const [id, email] of [
    [orgA, 'hr@noordzee.example'],
    [orgB, 'office@university.example'],
    [orgC, 'research@delta.example'],
  ] as const) {
    await db().updateTable('organisations').set({ contact_email: email }).where('id', '=', id).execute();
  }
  a = await browserAs(portal, sponsorA);
  b = await browserAs(portal, sponsorB);
});
afterAll(async () => portal.close());

describe('open duties on the dashboard', () => {
  it('counts the sponsor’s information requests and ending permits, with links, and nothing of another organisation', async () => {
    const before = await dashboardCounts(a);
    expect(before.body).toMatch(/Openstaande verplichtingen|Open duties/);
    const today = amsterdamToday();
    await insertCase(db(), orgA, {
      caseNumber: 'DUTY-A-1',
      state: 'information_requested',
      informationDeadline: nextDay(today, 10),
    });
    await insertEmployee(orgA, '5555555501', nextDay(today, 40));
    // Another organisation's request and ending permit, and a permit of orgA ending later.
    await insertCase(db(), orgB, {
      caseNumber: 'DUTY-B-1',
      state: 'information_requested',
      informationDeadline: nextDay(today, 10),
    });
    await insertEmployee(orgB, '5555555502', nextDay(today, 20));
    await insertEmployee(orgA, '5555555503', nextDay(today, 200));

    const after = await dashboardCounts(a);
    expect(after.requests).toBe((before.requests ?? 0) + 1);
    expect(after.ending).toBe((before.ending ?? 0) + 1);
    expect(after.body).toContain('href="/cases?status=information_requested"');
    expect(after.body).toContain('href="/employees?ending=soon"');

    // The link leads to the same employees the count is of.
    const list = await a.get('/employees?ending=soon');
    expect(list.body).toContain('Duty5555555501');
    expect(list.body).not.toContain('Duty5555555503');
    expect(list.body).not.toContain('Duty5555555502');

    // In English too.
    const english = await portal.app.inject({
      method: 'GET',
      url: '/dashboard',
      headers: { cookie: `${a.cookie}; bp-lang=en` },
    });
    expect(english.body).toContain('Open duties');
    expect(english.body).toContain('Residence permits ending within 3 months');
  });

  it('shows no block to an organisation that is not a recognised sponsor', async () => {
    const c = await browserAs(portal, await makeOrganisation(portal, { recognised: [] }));
    const page = await c.get('/dashboard');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('data-duty=');
  });
});

describe('the weekly digest', () => {
  it('is a Monday 07:00 schedule of the employees module', () => {
    expect(portal.jobs.defined()).toContainEqual({ name: DIGEST_JOB, cron: DIGEST_CRON });
    expect(DIGEST_CRON).toBe('0 7 * * 1');
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2026-12-06')).toBe('2026-11-30');
    expect(weekOf('2026-12-07')).toBe('2026-12-07');
  });

  it('needs the CSRF token to be turned on', async () => {
    // orgC never opts in in these tests, whatever their order.
    const c = await browserAs(portal, sponsorC);
    const response = await portal.app.inject({
      method: 'POST',
      url: '/employees/reminders',
      headers: { cookie: c.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'weekly=yes',
    });
    expect(response.statusCode).toBe(403);
    const setting = await db()
      .selectFrom('employee_digest_settings')
      .selectAll()
      .where('organisation_id', '=', orgC)
      .executeTakeFirst();
    expect(setting).toBeUndefined();
  });

  it('sends one mail per opted-in organisation per week, and none to an organisation that did not opt in', async () => {
    const today = amsterdamToday();
    // Each has an open duty (a permit ending soon); orgC too, but it did not opt in.
    await insertEmployee(orgA, '5555555505', nextDay(today, 30));
    await insertEmployee(orgB, '5555555506', nextDay(today, 30));
    await insertEmployee(orgC, '5555555504', nextDay(today, 15));
    for (const browser of [a, b]) {
      const saved = await browser.post('/employees/reminders', { weekly: 'yes' });
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe('/employees/reminders?saved=1');
    }
    const page = await a.get('/employees/reminders?saved=1');
    expect(page.body).toMatch(/<input[^>]*value="yes"[^>]*checked|<input[^>]*checked[^>]*value="yes"/);

    const deps = { db: db(), jobs: portal.jobs, publicUrl: portal.config.publicUrl };
    const [first, second] = await Promise.all([sendWeeklyDigests(deps), sendWeeklyDigests(deps)]);
    expect(first + second).toBe(2);
    expect(await sendWeeklyDigests(deps)).toBe(0);
    const mails = await digestMails();
    expect(mails.map((m) => m.to).sort()).toEqual(['hr@noordzee.example', 'office@university.example']);
    const noordzee = mails.find((m) => m.to === 'hr@noordzee.example');
    expect(noordzee?.text).toContain('/employees?ending=soon');
    expect(noordzee?.text).toMatch(/Verblijfsvergunningen die binnen 3 maanden aflopen: [1-9]/);

    // Next week: one more each; orgA turned it off in between, so only orgB.
    expect((await a.post('/employees/reminders', {})).statusCode).toBe(303);
    const nextWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000);
    expect(await sendWeeklyDigests({ ...deps, clock: nextWeek })).toBe(1);
    expect(await sendWeeklyDigests({ ...deps, clock: nextWeek })).toBe(0);
    const all = await digestMails();
    expect(all.filter((m) => m.to === 'office@university.example')).toHaveLength(2);
    expect(all.filter((m) => m.to === 'hr@noordzee.example')).toHaveLength(1);
    expect(all.some((m) => m.to === 'research@delta.example')).toBe(false);
  });
});
