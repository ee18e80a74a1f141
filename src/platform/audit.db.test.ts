import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Actor } from './auth/actor.ts';
import { DeferredAudit } from './audit.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(async () => portal.close());

const staff: Actor = {
  kind: 'staff',
  sessionId: 'audit-test-session',
  userId: 'audit-test',
  name: 'Audit Test',
  roles: ['administrator'],
};

/** The rows of one test, by the request id it gave them. */
async function rowsOf(requestId: string) {
  return portal.database.db
    .selectFrom('audit_log')
    .select(['event', 'outcome', 'staff_user', 'object_id', 'at'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
}

describe('deferred audit rows (the API calls’ rows, written together after their responses)', () => {
  it('keeps the rows until they are written, then writes every one with the time of its own call', async () => {
    const marker = randomUUID();
    const failed = vi.fn();
    const deferred = new DeferredAudit(portal.database.db, failed, { delayMs: 60_000 });
    const before = new Date();
    for (const objectId of ['a', 'b', 'c'])
      deferred.add(staff, { event: 'access.denied', outcome: 'denied', objectId, requestId: marker });
    const after = new Date();
    expect(await rowsOf(marker)).toEqual([]);
    await deferred.flush();
    const rows = await rowsOf(marker);
    expect(rows.map((row) => [row.object_id, row.staff_user, row.outcome])).toEqual([
      ['a', 'audit-test', 'denied'],
      ['b', 'audit-test', 'denied'],
      ['c', 'audit-test', 'denied'],
    ]);
    for (const row of rows) {
      expect(new Date(row.at).getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(new Date(row.at).getTime()).toBeLessThanOrEqual(after.getTime());
    }
    expect(failed).not.toHaveBeenCalled();
  });

  it('writes by itself after the delay, and at once when enough rows wait', async () => {
    const soon = randomUUID();
    const byDelay = new DeferredAudit(portal.database.db, vi.fn(), { delayMs: 10 });
    byDelay.add(staff, { event: 'access.denied', outcome: 'denied', requestId: soon });
    await vi.waitFor(async () => expect(await rowsOf(soon)).toHaveLength(1));

    const full = randomUUID();
    const bySize = new DeferredAudit(portal.database.db, vi.fn(), { delayMs: 60_000, maxRows: 2 });
    bySize.add(staff, { event: 'access.denied', outcome: 'denied', requestId: full });
    bySize.add(staff, { event: 'access.denied', outcome: 'denied', requestId: full });
    await vi.waitFor(async () => expect(await rowsOf(full)).toHaveLength(2));
  });

  it('reports a write that fails with the number of rows, and goes on writing later rows', async () => {
    const failed = vi.fn();
    const deferred = new DeferredAudit(portal.database.db, failed, { delayMs: 60_000 });
    deferred.add(staff, { event: 'access.denied', outcome: 'denied', organisationId: 'not-a-uuid' });
    deferred.add(staff, { event: 'access.denied', outcome: 'denied' });
    await deferred.flush();
    expect(failed).toHaveBeenCalledTimes(1);
    expect(failed.mock.calls[0]?.[1]).toBe(2);
    const marker = randomUUID();
    deferred.add(staff, { event: 'access.denied', outcome: 'denied', requestId: marker });
    await deferred.flush();
    expect(await rowsOf(marker)).toHaveLength(1);
    expect(failed).toHaveBeenCalledTimes(1);
  });
});
