import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';

/** Quality check 8: a burst at login gets 429 for the sender only. */
let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(async () => portal.close());

describe('login bursts', () => {
  it('answer 429 to the sender and leave other clients alone', async () => {
    const from = (remoteAddress: string) =>
      portal.app.inject({ method: 'GET', url: '/login', remoteAddress });
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await from('198.51.100.7')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const limited = await from('198.51.100.7');
    expect(limited.body).toContain('Te veel verzoeken');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await from('203.0.113.9')).statusCode).toBe(303);
  });
});

describe('rate-limit keys behind a proxy (issue 13, finding 2)', () => {
  let proxied: TestPortal;
  beforeAll(async () => {
    proxied = await createTestPortal({ TRUST_PROXY: '10.9.0.1' });
  });
  afterAll(async () => proxied.close());

  const login = (remoteAddress: string, forwardedFor: string) =>
    proxied.app.inject({
      method: 'GET',
      url: '/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('a client cannot choose its own key with X-Forwarded-For: the 31st login in a minute is refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await login('198.51.100.50', `192.0.2.${i + 1}`)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('behind the configured proxy each forwarded client has its own limit', async () => {
    for (let i = 0; i < 31; i++) await login('10.9.0.1', '203.0.113.77');
    expect((await login('10.9.0.1', '203.0.113.77')).statusCode).toBe(429);
    expect((await login('10.9.0.1', '203.0.113.78')).statusCode).toBe(303);
  });
});
