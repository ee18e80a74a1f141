import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';
import { staffSession } from '../../../test/helpers/sessions.ts';

/** Quality check 5 and the access rules of issue 3. */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let NON_RECOGNISED: string;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  UNIVERSITY = (await makeOrganisation(portal, { recognised: ['study', 'research'] })).kvk;
  NON_RECOGNISED = (await makeOrganisation(portal, { recognised: [] })).kvk;
});
afterAll(async () => portal.close());

const get = (url: string, cookie = '') =>
  portal.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const idHash = async (cookie: string) => {
  const token = cookie.split('=')[1] ?? '';
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(token).digest('hex');
};

/** A concrete URL for a route pattern: every parameter becomes a well-formed id nobody owns. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('sessions', () => {
  it('an idle session expires after 15 minutes and the user is asked to log in again, back to the same page', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    expect((await get('/dashboard', cookie)).statusCode).toBe(200);
    await portal.database.db
      .updateTable('sessions')
      .set({ idle_expires_at: new Date(Date.now() - 1000) })
      .where('id_hash', '=', await idHash(cookie))
      .execute();
    const expired = await get('/dashboard', cookie);
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/login?return=%2Fdashboard&expired=1');
    const page = await get(String(expired.headers.location));
    expect(page.body).toContain('te lang niet actief');
    expect(page.body).toContain('/login?return=%2Fdashboard');
  });

  it('a session ends after 10 hours even when used all the time', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    const row = await portal.database.db
      .selectFrom('sessions')
      .select(['created_at', 'absolute_expires_at'])
      .where('id_hash', '=', await idHash(cookie))
      .executeTakeFirstOrThrow();
    expect(row.absolute_expires_at.getTime() - row.created_at.getTime()).toBeGreaterThanOrEqual(
      10 * 3_600_000 - 5_000,
    );
    await portal.database.db
      .updateTable('sessions')
      .set({ absolute_expires_at: new Date(Date.now() - 1000) })
      .where('id_hash', '=', await idHash(cookie))
      .execute();
    expect((await get('/dashboard', cookie)).statusCode).toBe(303);
  });

  it('using the portal extends the idle timeout, reading the status does not', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    const soon = new Date(Date.now() + 60_000);
    await portal.database.db
      .updateTable('sessions')
      .set({ idle_expires_at: soon })
      .where('id_hash', '=', await idHash(cookie))
      .execute();
    const status = (await get('/session/status', cookie)).json<{ idleExpiresAt: string }>();
    expect(Date.parse(status.idleExpiresAt)).toBe(soon.getTime());
    await get('/dashboard', cookie);
    const after = (await get('/session/status', cookie)).json<{ idleExpiresAt: string }>();
    expect(Date.parse(after.idleExpiresAt)).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('after logout the old cookie is worthless', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    const page = await get('/dashboard', cookie);
    const csrf = csrfFrom(page);
    const logout = await portal.app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: `${cookie}; ${csrf.cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(csrf.token)}`,
    });
    expect(logout.statusCode).toBe(303);
    expect(String(logout.headers['set-cookie'])).toContain('__Host-bp-session=;');
    const again = await get('/dashboard', cookie);
    expect(again.statusCode).toBe(303);
    expect(String(again.headers.location)).toMatch(/^\/login/);
  });
});

describe('access rules on every route', () => {
  it('sends an anonymous visitor of every business and sponsor page to login', async () => {
    const routes = portal.routeTable.filter(
      (r) => r.method === 'GET' && (r.access === 'business' || r.access === 'sponsor'),
    );
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const response = await get(concrete(route.url));
      expect(response.statusCode, route.url).toBe(303);
      expect(String(response.headers.location), route.url).toMatch(/^\/login\?return=/);
    }
  });

  it('refuses every unsafe business route to an anonymous visitor before anything happens', async () => {
    const routes = portal.routeTable.filter(
      (r) => r.method === 'POST' && (r.access === 'business' || r.access === 'sponsor'),
    );
    for (const route of routes) {
      const response = await portal.app.inject({ method: 'POST', url: concrete(route.url), payload: {} });
      expect([303, 403], route.url).toContain(response.statusCode);
    }
  });

  it('shows a non-recognised customer a page about recognition on sponsor-only pages', async () => {
    const cookie = await loginAs(portal, NON_RECOGNISED);
    const routes = portal.routeTable.filter((r) => r.method === 'GET' && r.access === 'sponsor');
    for (const route of routes) {
      const response = await get(concrete(route.url), cookie);
      expect(response.statusCode, route.url).toBe(303);
      expect(response.headers.location, route.url).toBe('/recognition-required');
    }
    const explanation = await get('/recognition-required', cookie);
    expect(explanation.statusCode).toBe(403);
    expect(explanation.body).toContain('Wat is een erkend referent?');
    // D17: an intermediary is told to register an authorisation, an employer where to apply.
    expect(explanation.body).toContain('Werkt u voor een erkend referent, bijvoorbeeld als relocatiebureau?');
    expect(explanation.body).toContain('href="/authorisations/new"');
    expect(explanation.body).toContain('href="https://ind.nl/nl/formulieren"');
    // A recognised university is not told it is not recognised, but for what it is.
    const university = await loginAs(portal, UNIVERSITY);
    const recognised = await get('/recognition-required', university);
    expect(recognised.body).toContain('Uw organisatie is erkend referent voor: ');
    expect(recognised.body).not.toContain('Uw organisatie is niet erkend');
  });

  it('a business user on a staff route gets 403 and the attempt is logged', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    const routes = portal.routeTable.filter((r) => r.method === 'GET' && r.access === 'staff');
    for (const route of routes) {
      const response = await get(concrete(route.url), cookie);
      expect(response.statusCode, route.url).toBe(403);
    }
    if (routes.length > 0) {
      const denied = await portal.database.db
        .selectFrom('audit_log')
        .select('event')
        .where('event', '=', 'access.denied')
        .where('actor_kvk', '=', EMPLOYER)
        .executeTakeFirst();
      expect(denied?.event).toBe('access.denied');
    }
  });

  it('a staff user cannot act as a company', async () => {
    const cookie = await staffSession(portal, { roles: ['team_zakelijk', 'case_officer', 'administrator'] });
    const routes = portal.routeTable.filter(
      (r) => r.method === 'GET' && (r.access === 'business' || r.access === 'sponsor'),
    );
    for (const route of routes) {
      const response = await get(concrete(route.url), cookie);
      expect(response.statusCode, route.url).toBe(403);
    }
  });
});
