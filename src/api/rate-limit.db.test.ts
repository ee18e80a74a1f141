import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { issueTestToken, registerTestClient, type TestClient } from './testing.ts';

/** Rate limits count per client (the portal's rate-limit plugin, keyed by the client id). */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
beforeAll(async () => {
  portal = await createTestPortal({ RATE_LIMIT_MAX: '4' });
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
});
afterAll(async () => portal.close());

const tokenOf = (client: TestClient) =>
  issueTestToken(portal.app, client, `${portal.config.publicUrl}/api/v1/oauth/token`);

it('a client over its limit gets 429 with Retry-After as a problem; another client is not held up', async () => {
  const [busy, calm] = await Promise.all([
    registerTestClient(portal.database.db, EMPLOYER, ['status'], 'busy'),
    registerTestClient(portal.database.db, EMPLOYER, ['status'], 'calm'),
  ]);
  const [busyToken, calmToken] = [await tokenOf(busy), await tokenOf(calm)];
  const call = (token: string) =>
    portal.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${EMPLOYER}/cases`,
      headers: { authorization: `Bearer ${token}` },
    });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i += 1) statuses.push((await call(busyToken)).statusCode);
  expect(statuses).toEqual([200, 200, 200, 200, 429]);
  const limited = await call(busyToken);
  expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect((await call(calmToken)).statusCode).toBe(200);
});
