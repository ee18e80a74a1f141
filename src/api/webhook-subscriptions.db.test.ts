import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { issueTestToken, registerTestClient } from './testing.ts';

/**
 * A subscription's address is checked when it is made (server-side request forgery): with
 * WEBHOOK_PRIVATE_NETWORKS off, as in production, no loopback, private or link-local host, and
 * no credentials in the address; each refusal names the field in the caller's language.
 */
let portal: TestPortal;
let kvk: string;
let token: string;

beforeAll(async () => {
  portal = await createTestPortal({ WEBHOOK_PRIVATE_NETWORKS: 'false' });
  kvk = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  const client = await registerTestClient(portal.database.db, kvk, ['status', 'documents']);
  token = await issueTestToken(portal.app, client, `${portal.config.publicUrl}/api/v1/oauth/token`);
});
afterAll(() => portal.close());

let key = 0;
const subscribe = (url: string, language = 'nl') =>
  portal.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${kvk}/webhook-subscriptions`,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'accept-language': language,
      'idempotency-key': `ssrf-${(key += 1)}`,
    },
    payload: JSON.stringify({ url, eventTypes: ['case.status-changed'] }),
  });

type Problem = { status: number; invalidParams: { name: string; in: string; reason: string }[] };

describe('webhook subscription addresses', () => {
  it('refuses local, private and link-local hosts, with the reason in Dutch and English', async () => {
    const refused = [
      'https://localhost/hook',
      'https://127.0.0.1:8443/hook',
      'https://10.20.30.40/hook',
      'https://192.168.1.10/hook',
      'https://[::1]/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://intranet/hook',
    ];
    for (const url of refused) {
      const response = await subscribe(url);
      expect(response.statusCode, url).toBe(400);
      const problem = response.json<Problem>();
      expect(problem.invalidParams.map(({ name, in: where }) => ({ name, in: where }))).toEqual([
        { name: 'url', in: 'body' },
      ]);
      expect(problem.invalidParams[0]?.reason).toContain('lokaal of privénetwerk');
    }
    const english = await subscribe('https://10.0.0.1/hook', 'en');
    expect(english.json<Problem>().invalidParams[0]?.reason).toContain('local or private network');
    // None of them stored (the other tests of this file may have stored an accepted one, in any order).
    const rows = await portal.database.db
      .selectFrom('api_webhook_subscriptions')
      .select('url')
      .where('url', 'in', [...refused, 'https://10.0.0.1/hook'])
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a user name or password in the address', async () => {
    const response = await subscribe('https://hr:secret@hr.example.com/hook', 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().invalidParams[0]?.reason).toContain(
      'Leave the user name and password out',
    );
  });

  it('accepts an address on the internet', async () => {
    const response = await subscribe('https://hr.example.com/hooks/ind');
    expect(response.statusCode).toBe(201);
  });
});
