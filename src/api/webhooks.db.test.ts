import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { RefreshService } from '../refresh/index.ts';
import { at, FakeChangeStream, sampleChanges } from '../refresh/testing.ts';
import { registerTestClient } from './testing.ts';
import { eventsFromBatch } from './webhooks.ts';

/**
 * Webhook events are written by the refresh itself, in the transaction of the page that
 * brought the change (the module contract's onReadModelBatch): only for organisations with a
 * subscription, once per change however often the refresh reads it, and not at all when the
 * page rolls back.
 */
let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => database.close());

const refresh = (stream: FakeChangeStream, hooks = [eventsFromBatch], batchSize = 3) =>
  new RefreshService({ database, caseSystem: stream, hooks, options: { batchSize, staleAfterHours: 26 } });

async function subscribe(kvkNumber: string, eventTypes: string[]) {
  const db = database.db;
  const client = await registerTestClient(db, kvkNumber, ['status', 'documents']);
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('kvk_number', '=', kvkNumber)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('api_webhook_subscriptions')
    .values({
      client_id: client.id,
      organisation_id: organisation.id,
      url: 'https://hr.example/hook',
      event_types: JSON.stringify(eventTypes),
      secret: 'whsec_dGVzdA==',
    })
    .execute();
}

const events = () =>
  database.db
    .selectFrom('api_webhook_events as e')
    .innerJoin('api_webhook_deliveries as d', 'd.event_id', 'e.id')
    .select(['e.type', 'e.source_key', 'e.subject'])
    .orderBy('e.source_key')
    .execute();

describe('webhook events from the refresh', () => {
  it('a subscribed organisation’s status changes and documents become events once, in the refresh’s pages', async () => {
    const stream = new FakeChangeStream().put(...sampleChanges(1));
    expect((await refresh(stream).runNow('cli')).state).toBe('done');
    expect(await events()).toEqual([]); // nobody subscribed yet: nothing written
    await subscribe('10000001', ['case.status-changed', 'document.created']);

    // Later changes: a new status and a new letter. Pages of 3: the event arrives in a page
    // before its case's change, and is picked up when the case's page links it.
    const later = sampleChanges(1, '2026-11-03T08:00:00Z').filter((c) => c.kind !== 'organisation');
    for (const change of later) if (change.kind === 'case') change.status = 'granted';
    stream.put(...later, {
      kind: 'case_event',
      id: 'ev-1-3',
      changedAt: at('2026-11-03T09:00:00Z'),
      caseId: 'case-1',
      at: at('2026-11-03T09:00:00Z'),
      status: 'granted',
      reason: 'granted',
      deadline: null,
      documentId: null,
    });
    expect((await refresh(stream).runNow('cli')).state).toBe('done');
    const written = await events();
    expect(written.filter((e) => e.type === 'case.status-changed').map((e) => e.source_key)).toEqual([
      'ev-1-1',
      'ev-1-2',
      'ev-1-3',
    ]);
    expect(written.filter((e) => e.type === 'document.created').map((e) => e.source_key)).toEqual(['doc-1']);
    expect(new Set(written.map((e) => e.subject))).toEqual(new Set(['IND-2026-0000001']));

    // Read again from the start (a rebuilt read model): no event twice.
    await database.db.deleteFrom('refresh_cursor').execute();
    expect((await refresh(stream).runNow('cli')).state).toBe('done');
    expect(await events()).toEqual(written);
  });

  it('a failing hook rolls its page back with the read model change, and the refresh fails', async () => {
    const stream = new FakeChangeStream().put(...sampleChanges(2));
    const failing = () => Promise.reject(new Error('hook failed'));
    const summary = await refresh(stream, [failing], 1000).runNow('cli');
    expect(summary.state).toBe('failed');
    const cases = await database.db
      .selectFrom('cases')
      .select('id')
      .where('source_id', '=', 'case-2')
      .execute();
    expect(cases).toEqual([]);
  });
});
