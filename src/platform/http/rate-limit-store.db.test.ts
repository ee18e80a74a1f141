import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';

/**
 * Issue 13, finding 2: with several instances the limits hold across them. Two portals (two
 * "instances") share the Redis at REDIS_URL (default: the one on this machine).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
let first: TestPortal;
let second: TestPortal;
beforeAll(async () => {
  first = await createTestPortal({ REDIS_URL });
  second = await createTestPortal({ REDIS_URL });
});
afterAll(async () => {
  await first.close();
  await second.close();
});

describe('rate limits shared by several instances', () => {
  it('30 logins a minute per client hold across two instances', async () => {
    // A client address of this run only, so an earlier run's counts in Redis do not matter.
    const client = `198.18.${randomInt(0, 255)}.${randomInt(1, 255)}`;
    const login = (portal: TestPortal) =>
      portal.app.inject({ method: 'GET', url: '/login', remoteAddress: client });
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await login(i % 2 === 0 ? first : second)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    // Another client is not affected on either instance.
    const other = `198.19.${randomInt(0, 255)}.${randomInt(1, 255)}`;
    expect((await second.app.inject({ method: 'GET', url: '/login', remoteAddress: other })).statusCode).toBe(
      303,
    );
  });
});
