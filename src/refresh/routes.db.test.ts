import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../test/helpers/portal.ts';
import { staffSession } from '../../test/helpers/sessions.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let tz: string;
let officer: string;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  tz = await staffSession(portal, { roles: ['team_zakelijk'], userId: 'tz-9' });
  officer = await staffSession(portal, { roles: ['case_officer'], userId: 'co-1' });
});
afterAll(async () => portal.close());

const db = () => portal.database.db;
const get = (url: string, cookie = '') => portal.app.inject({ method: 'GET', url, headers: { cookie } });
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

async function onlyRun(finishedAt: Date) {
  await db().deleteFrom('refresh_runs').execute();
  await db()
    .insertInto('refresh_runs')
    .values({
      started_at: new Date(finishedAt.getTime() - 90_000),
      finished_at: finishedAt,
      state: 'done',
      outcome: 'changed',
      trigger: 'schedule',
      rows: JSON.stringify({ case: 12, case_event: 30 }),
      batches: 1,
    })
    .execute();
}

describe('the refresh in the back office', () => {
  it('shows the runs with rows per kind and outcome to Team Zakelijk, in Dutch and English', async () => {
    await onlyRun(hoursAgo(2));
    const nl = await get('/backoffice/refresh', tz);
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('12 zaken, 30 statuswijzigingen');
    expect(nl.body).toContain('Gelukt, gegevens gewijzigd');
    expect(nl.body).toContain('1 min 30 s');
    expect(nl.body).toContain('Gegevens bijgewerkt op');
    expect(nl.body).not.toContain('verouderd');
    const en = await get('/backoffice/refresh', `${tz}; bp-lang=en`);
    expect(en.body).toContain('12 cases, 30 status changes');
    expect(en.body).toContain('Information as of');
  });

  it('is closed to a case officer and to a business user', async () => {
    expect((await get('/backoffice/refresh', officer)).statusCode).toBe(403);
    const business = await loginAs(portal, EMPLOYER);
    expect((await get('/backoffice/refresh', business)).statusCode).not.toBe(200);
  });

  it('starts a run on "run now" (with CSRF), audited, and refuses a forged form', async () => {
    const page = await get('/backoffice/refresh', tz);
    const { cookie, token } = csrfFrom(page);
    const headers = { cookie: `${tz}; ${cookie}`, 'content-type': 'application/x-www-form-urlencoded' };
    const forged = await portal.app.inject({
      method: 'POST',
      url: '/backoffice/refresh/run',
      headers,
      payload: '_csrf=forged',
    });
    expect(forged.statusCode).toBe(403);

    const before = await db()
      .selectFrom('refresh_runs')
      .select((eb) => eb.fn.coalesce(eb.fn.max('id'), eb.lit(0)).as('id'))
      .executeTakeFirstOrThrow();
    const run = await portal.app.inject({
      method: 'POST',
      url: '/backoffice/refresh/run',
      headers,
      payload: `_csrf=${encodeURIComponent(token)}`,
    });
    expect(run.statusCode).toBe(303);
    expect(run.headers.location).toBe('/backoffice/refresh?done=started');
    // The run goes on after the response: wait until it is recorded as finished.
    const finishedManualRun = () =>
      db()
        .selectFrom('refresh_runs')
        .select(['trigger', 'started_by', 'state'])
        .where('id', '>', before.id)
        .where('trigger', '=', 'manual')
        .where('state', '!=', 'running')
        .executeTakeFirst();
    let manual = await finishedManualRun();
    for (let i = 0; i < 400 && !manual; i++) {
      await new Promise((r) => setTimeout(r, 50));
      manual = await finishedManualRun();
    }
    expect(manual).toMatchObject({ trigger: 'manual', started_by: 'tz-9' });
    const audited = await db()
      .selectFrom('audit_log')
      .select(['outcome', 'staff_user'])
      .where('event', '=', 'refresh.run_now')
      .execute();
    expect(audited).toEqual([{ outcome: 'success', staff_user: 'tz-9' }]);
  });

  it('raises the staleness alert after 26 hours: banner, /readyz detail and metric', async () => {
    await onlyRun(hoursAgo(25.9));
    expect((await get('/backoffice', tz)).body).not.toContain('De gegevens zijn verouderd');
    const fresh = await get('/readyz');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ status: 'ready', refresh: 'fresh' });

    await onlyRun(hoursAgo(26.1));
    const home = await get('/backoffice', tz);
    expect(home.body).toContain('De gegevens zijn verouderd');
    const stale = await get('/readyz');
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toMatchObject({ status: 'ready', refresh: 'stale' });
    const metrics = await get('/metrics');
    expect(metrics.body).toMatch(/^refresh_stale 1$/m);
    const age = Number(/^refresh_last_success_age_seconds (\S+)$/m.exec(metrics.body)?.[1]);
    expect(age).toBeGreaterThan(26 * 3600);
  });
});
