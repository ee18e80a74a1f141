import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal({ DEV_STAFF_ISSUER: 'true' });
});
afterAll(async () => portal.close());

function cookiesOf(res: { headers: Record<string, unknown> }): string[] {
  const sc = res.headers['set-cookie'];
  return (Array.isArray(sc) ? sc : sc ? [sc] : []).map((c: string) => c.split(';')[0] ?? '');
}

it('smoke', async () => {
  const jar = new Map<string, string>();
  const add = (res: { headers: Record<string, unknown> }) => {
    for (const c of cookiesOf(res)) {
      const [k, ...v] = c.split('=');
      jar.set(k!, v.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const go = async (method: 'GET' | 'POST', url: string, payload?: string) => {
    const u = new URL(url, 'http://localhost:3000');
    const res = await portal.app.inject({
      method,
      url: u.pathname + u.search,
      headers: {
        host: u.host,
        cookie: cookie(),
        ...(payload ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      payload,
    });
    add(res);
    console.log(
      method,
      url.slice(0, 120),
      res.statusCode,
      res.headers.location?.toString().slice(0, 200),
      res.statusCode >= 400 ? res.body.slice(0, 800) : '',
    );
    return res;
  };
  let res = await go('GET', '/staff/login');
  res = await go('GET', String(res.headers.location));
  const page = await go('GET', String(res.headers.location));
  const { token } = csrfFrom(page);
  const uid = /interaction\/([^"]+)"/.exec(page.body)?.[1];
  res = await go(
    'POST',
    `/dev-issuer/interaction/${uid}`,
    `_csrf=${encodeURIComponent(token)}&account=tz-anouk`,
  );
  res = await go('GET', String(res.headers.location));
  res = await go('GET', String(res.headers.location));
  res = await go('GET', String(res.headers.location));
  expect(res.statusCode).toBe(200);
});
