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
