import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { RefreshService } from '../refresh/index.ts';
import { at, FakeChangeStream, sampleChanges } from '../refresh/testing.ts';
import { registerTestClient } from './testing.ts';
import { eventsFromBatch, purgeWebhookOutbox } from './webhooks.ts';

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

  it('the outbox keeps ended deliveries for the retention period, pending ones until they end, and sends nothing twice', async () => {
    const db = database.db;
    const stream = new FakeChangeStream().put(...sampleChanges(1));
    expect((await refresh(stream).runNow('cli')).state).toBe('done');
    await subscribe('10000001', ['case.status-changed', 'document.created']);
    await db.deleteFrom('refresh_cursor').execute();
    expect((await refresh(stream).runNow('cli')).state).toBe('done');
    const deliveries = await db.selectFrom('api_webhook_deliveries').select(['id', 'event_id']).execute();
    expect(deliveries.length).toBeGreaterThanOrEqual(2);
    const [pending, ...ended] = deliveries;
    if (!pending) throw new Error('no delivery');
    // Everything made 40 days ago; all but one delivered then, with an attempt each.
    await sql`update api_webhook_events set created_at = now() - interval '40 days'`.execute(db);
    await sql`update api_webhook_deliveries set created_at = now() - interval '40 days'`.execute(db);
    await sql`update api_webhook_deliveries set state = 'delivered', attempts = 1,
      delivered_at = now() - interval '40 days' where id <> ${pending.id}`.execute(db);
    await db
      .insertInto('api_webhook_attempts')
      .values(deliveries.map((d) => ({ delivery_id: d.id, status_code: 500, duration_ms: 12 })))
      .execute();

    await purgeWebhookOutbox(db, 45); // not yet
    expect(await db.selectFrom('api_webhook_deliveries').select('id').execute()).toHaveLength(
      deliveries.length,
    );

    await purgeWebhookOutbox(db, 30);
    const left = await db.selectFrom('api_webhook_deliveries').select('id').execute();
    expect(left.map((d) => d.id)).toEqual([pending.id]);
    const attempts = await db.selectFrom('api_webhook_attempts').select('delivery_id').execute();
    expect(attempts.map((a) => a.delivery_id)).toEqual([pending.id]);
    const kept = await db.selectFrom('api_webhook_events').select(['id', 'data', 'source_key']).execute();
    for (const event of kept)
      expect(event.data, event.source_key).toEqual(
        event.id === pending.event_id ? expect.objectContaining({ caseNumber: 'IND-2026-0000001' }) : {},
      );
    expect(ended.every((d) => kept.some((e) => e.id === d.event_id))).toBe(true);

    // The refresh reads the same changes again (a rebuilt read model): nothing is sent again.
    await db.deleteFrom('refresh_cursor').execute();
    expect((await refresh(stream).runNow('cli')).state).toBe('done');
    expect(await db.selectFrom('api_webhook_deliveries').select('id').execute()).toHaveLength(1);
  });
});
