import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireAccessRules, type RouteRecord } from './app.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(async () => portal.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  portal.app.inject({ method: 'GET', url, headers });

describe('the HTTP app', () => {
  it('serves the home page in Dutch by default and in English for an English browser', async () => {
    const nl = await get('/');
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('<html lang="nl"');
    expect(nl.body).toContain('Portaal Zakelijk');
    expect(nl.body).toContain('Alleen voor erkende referenten');
    const en = await get('/', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('IND Business Portal');
    expect(en.body).toContain('Only for recognised sponsors');
  });

  it('remembers the language chosen with the switch', async () => {
    const page = await get('/logging-in');
    const { cookie, token } = csrfFrom(page);
    const switched = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(token)}&to=en&return=${encodeURIComponent('/logging-in')}`,
    });
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe('/logging-in');
    const langCookie = String(switched.headers['set-cookie']).match(/bp-lang=en/);
    expect(langCookie).not.toBeNull();
    const after = await get('/logging-in', { cookie: 'bp-lang=en' });
    expect(after.body).toContain('<html lang="en"');
    expect(after.body).toContain('Immigratie- en Naturalisatiedienst: toegang tot het portaal');
  });

  it('does not redirect anywhere but a local path after switching language', async () => {
    const page = await get('/');
    const { cookie, token } = csrfFrom(page);
    const response = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(token)}&to=en&return=${encodeURIComponent('//evil.example/x')}`,
    });
    expect(response.headers.location).toBe('/');
  });

  it('does not redirect off-site when dot segments normalise to //host (issue 13, finding 7)', async () => {
    const page = await get('/');
    const { cookie, token } = csrfFrom(page);
    for (const target of [
      '/..//evil.example/x',
      '/./..//evil.example',
      '/%2e%2e//evil.example',
      '/a/../..//evil.example',
    ]) {
      const response = await portal.app.inject({
        method: 'POST',
        url: '/language',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `_csrf=${encodeURIComponent(token)}&to=en&return=${encodeURIComponent(target)}`,
      });
      expect(String(response.headers.location)).not.toMatch(/^\/\//);
      expect(response.headers.location).toBe('/');
    }
  });

  it('sends the security headers on every response, error pages included', async () => {
    for (const url of ['/', '/does-not-exist', '/healthz']) {
      const response = await get(url);
      expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBeDefined();
    }
  });

  it('answers an unknown path with the 404 page in the user’s language with a correlation id', async () => {
    const response = await get('/nowhere', { 'accept-language': 'en' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
    expect(response.body).toContain(String(response.headers['x-request-id']));
    expect(response.body).toContain('/report-a-problem?ref=');
  });

  it('refuses a POST without a valid CSRF token with 403, also as text/plain', async () => {
    const form = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'to=en',
    });
    expect(form.statusCode).toBe(403);
    expect(form.headers['set-cookie'] ?? '').not.toContain('bp-lang=en');
    const plain = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { 'content-type': 'text/plain' },
      payload: 'to=en',
    });
    expect(plain.statusCode).toBe(403);
    const page = await get('/');
    const { cookie } = csrfFrom(page);
    const wrongToken = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '_csrf=forged&to=en',
    });
    expect(wrongToken.statusCode).toBe(403);
    expect(wrongToken.body).toContain('geen toegang');
  });

  it('answers malformed and oversized bodies with 400 and 413 pages, never 500', async () => {
    const page = await get('/');
    const { cookie, token } = csrfFrom(page);
    const malformed = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(token)}&to=klingon`,
    });
    expect(malformed.statusCode).toBe(400);
    const json = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(json.statusCode).toBe(400);
    const oversized = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(token)}&to=${'x'.repeat(2 * 1024 * 1024)}`,
    });
    expect(oversized.statusCode).toBe(413);
    expect(oversized.body).toContain('te groot');
    const unknownType = await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(unknownType.statusCode).toBe(415);
  });

  it('changes no state on GET', async () => {
    const response = await get('/language?to=en');
    expect(response.statusCode).toBe(404);
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('bp-lang');
  });

  it('declares an access rule on every route', () => {
    expect(portal.routeTable.length).toBeGreaterThan(5);
    for (const route of portal.routeTable) {
      expect(
        ['public', 'business', 'sponsor', 'staff', 'development'],
        `${route.method} ${route.url}`,
      ).toContain(route.access);
    }
  });

  it('refuses to register a route without an access rule', () => {
    const app = Fastify();
    const table: RouteRecord[] = [];
    requireAccessRules(app, table);
    app.get('/ruled', { config: { access: { kind: 'public' } } }, () => 'ok');
    expect(() => app.get('/no-rule', () => 'open')).toThrow(/declares no access rule/);
    expect(table).toEqual([
      { method: 'GET', url: '/ruled', access: 'public' },
      { method: 'HEAD', url: '/ruled', access: 'public' },
    ]);
  });

  it('serves fingerprinted assets with a year of caching', async () => {
    const home = await get('/');
    const href = /href="(\/assets\/app\.[0-9a-f]{10}\.css)"/.exec(home.body)?.[1];
    expect(href).toBeDefined();
    const css = await get(href ?? '');
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toContain('immutable');
    expect(css.headers['content-type']).toContain('text/css');
    expect((await get('/assets/app.0000000000.css')).statusCode).toBe(404);
  });

  it('reports health and readiness', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await get('/readyz');
    expect(ready.statusCode).toBe(200);
    // The demo data was refreshed at start.
    expect(ready.json()).toEqual({ status: 'ready', refresh: 'fresh' });
  });

  it('measures every page by its route pattern, never by the raw URL', async () => {
    await get('/');
    await get('/dashboard');
    await get('/assets/not-a-real-asset-4711.css');
    await get('/no-such-page/4711');
    const metrics = (await get('/metrics')).body;
    const count = (labels: string) =>
      new RegExp(`^http_request_duration_seconds_count\\{${labels}\\} [1-9]`, 'm').test(metrics);
    expect(count('method="GET",route="/",status="200"')).toBe(true);
    expect(count('method="GET",route="/dashboard",status="303"')).toBe(true);
    expect(count('method="GET",route="/assets/:file",status="404"')).toBe(true);
    expect(count('method="GET",route="unmatched",status="404"')).toBe(true);
    expect(metrics).not.toContain('4711');
  });

  it('shows the development mailbox only outside production', async () => {
    const response = await get('/dev/mailbox', { 'accept-language': 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Development mailbox');
  });
});
