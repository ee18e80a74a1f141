import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs as businessLogin, makeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';
import { SESSION_COOKIES } from '../sessions/sessions.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
beforeAll(async () => {
  portal = await createTestPortal({ DEV_STAFF_ISSUER: 'true' });
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
});
afterAll(async () => portal.close());

/** A browser: follows nothing by itself, keeps cookies, sends the Host of the URL. */
function browser() {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    async go(method: 'GET' | 'POST', url: string, form?: Record<string, string>) {
      const target = new URL(url, portal.config.publicUrl);
      const response = await portal.app.inject({
        method,
        url: `${target.pathname}${target.search}`,
        headers: {
          host: target.host,
          cookie: cookie(),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
      });
      const setCookie = response.headers['set-cookie'];
      for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
        const [pair = ''] = line.split(';');
        const index = pair.indexOf('=');
        const value = pair.slice(index + 1);
        if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line))
          jar.delete(pair.slice(0, index));
        else jar.set(pair.slice(0, index), value);
      }
      return response;
    },
  };
}

/** Drives the whole authorization-code flow against the built-in issuer, as a browser would. */
async function loginAs(account: string, returnTo = '/backoffice') {
  const b = browser();
  const start = await b.go('GET', `/staff/login?return=${encodeURIComponent(returnTo)}`);
  expect(start.statusCode).toBe(303);
  const authorize = new URL(String(start.headers.location));
  expect(authorize.pathname).toBe('/dev-issuer/auth');
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  const toLogin = await b.go('GET', authorize.href);
  const page = await b.go('GET', String(toLogin.headers.location));
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('Anouk de Vries');
  const { token } = csrfFrom(page);
  const uid = /action="\/dev-issuer\/interaction\/([^"]+)"/.exec(page.body)?.[1] ?? '';
  const chosen = await b.go('POST', `/dev-issuer/interaction/${uid}`, { _csrf: token, account });
  const resumed = await b.go('GET', String(chosen.headers.location));
  const callback = String(resumed.headers.location);
  expect(callback).toContain('/staff/callback?code=');
  const done = await b.go('GET', callback);
  return { b, done, callback };
}

describe('staff login with OpenID Connect (development issuer)', () => {
  it('logs a Team Zakelijk user in with state, nonce and PKCE, with roles from the claim', async () => {
    const { b, done } = await loginAs('tz-anouk', '/backoffice/authorisations');
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/backoffice/authorisations');
    expect(b.jar.has(SESSION_COOKIES.staff)).toBe(true);
    expect(b.jar.has(SESSION_COOKIES.business)).toBe(false);
    const home = await b.go('GET', '/backoffice');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Medewerker IND: Anouk de Vries');
    expect(home.body).toContain('href="/backoffice/authorisations"');
    expect(home.body).not.toContain('href="/backoffice/audit-log"');
    const session = await portal.database.db
      .selectFrom('sessions')
      .select('principal')
      .where('kind', '=', 'staff')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(session.principal).toEqual({
      userId: 'tz-anouk',
      name: 'Anouk de Vries',
      roles: ['team_zakelijk'],
    });
  });

  it('gives a case officer no Team Zakelijk sections (403 on the queue, logged)', async () => {
    const { b } = await loginAs('co-bram');
    expect((await b.go('GET', '/backoffice')).statusCode).toBe(200);
    expect((await b.go('GET', '/backoffice/authorisations')).statusCode).toBe(403);
  });

  it('refuses a callback whose state does not match, and a replayed callback', async () => {
    const { b, callback } = await loginAs('adm-chris');
    // The login cookie is gone after use: the same callback again is refused.
    const replay = await b.go('GET', callback);
    expect(replay.statusCode).toBe(400);
    const fresh = browser();
    await fresh.go('GET', '/staff/login');
    const forged = await fresh.go('GET', '/staff/callback?code=abc&state=forged&iss=x');
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Inloggen is niet gelukt');
    expect(fresh.jar.has(SESSION_COOKIES.staff)).toBe(false);
  });

  it('logs out: the staff cookie is worthless afterwards', async () => {
    const { b } = await loginAs('adm-chris');
    const cookie = b.jar.get(SESSION_COOKIES.staff) ?? '';
    const home = await b.go('GET', '/backoffice');
    const token = /name="_csrf" value="([^"]+)"/.exec(home.body)?.[1] ?? '';
    const out = await b.go('POST', '/staff/logout', { _csrf: token });
    expect(out.headers.location).toBe('/staff/logged-out');
    const again = await portal.app.inject({
      method: 'GET',
      url: '/backoffice',
      headers: { cookie: `${SESSION_COOKIES.staff}=${cookie}` },
    });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toContain('/staff/login');
  });

  it('a business user on a staff route gets 403, and it is logged', async () => {
    const business = await businessLogin(portal, EMPLOYER);
    for (const url of [
      '/backoffice',
      '/backoffice/authorisations',
      '/backoffice/organisations',
      '/backoffice/audit-log',
    ]) {
      const response = await portal.app.inject({ method: 'GET', url, headers: { cookie: business } });
      expect(response.statusCode, url).toBe(403);
    }
    const logged = await portal.database.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'actor_kvk', 'outcome'])
      .where('event', '=', 'access.denied')
      .where('actor_kvk', '=', EMPLOYER)
      .execute();
    expect(logged.length).toBeGreaterThanOrEqual(4);
    expect(logged[0]).toMatchObject({ actor_kind: 'business', outcome: 'denied' });
  });

  it('an anonymous visitor of the back office is sent to the staff login', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/backoffice/organisations' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/staff/login?return=%2Fbackoffice%2Forganisations');
  });
});
