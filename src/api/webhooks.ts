import { createHmac, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Logger } from '../platform/logging.ts';
import type { ReadModelBatch } from '../platform/module.ts';
import { actingFor, type ApiClient } from './oauth.ts';
import type { ApiScope, WebhookEventType } from './schema.ts';
import { postWebhook, type TargetPolicy } from './webhook-target.ts';

/**
 * Webhooks: events are written in the refresh's own transaction (the module contract's
 * `onReadModelBatch` hook: an event exists exactly when the read model change committed), then
 * delivered after commit by a pg-boss job with retries and exponential backoff. Each POST is a
 * CloudEvents 1.0 structured JSON event, signed per Standard Webhooks (webhook-id,
 * webhook-timestamp, webhook-signature: v1,base64(HMAC-SHA256(secret, id.timestamp.body))).
 *
 * The platform outbox carries mail only (its delivery job refuses other topics), so the webhook
 * outbox is this module's: api_webhook_events, one api_webhook_deliveries row per subscription.
 */
type Db = Kysely<DB>;

export const DELIVER_WEBHOOKS_JOB = 'api.webhooks.deliver';
export const MAX_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;
const CLAIM_SECONDS = 60;

/** The scope a client needs for each event type (status changes: status; documents: documents). */
export const SCOPE_OF_EVENT: Record<WebhookEventType, ApiScope> = {
  'case.status-changed': 'status',
  'document.created': 'documents',
};

export function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** Standard Webhooks signature of one message. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** Seconds until the next attempt after `attempts` failures: 30 s, 2 min, 8 min, … at most 6 h. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 4 ** Math.max(0, attempts - 1), 6 * 3600);
}

/**
 * The refresh's hook: the case events and documents of one committed page of the change
 * stream, for organisations with a subscription, become webhook events and deliveries in the
 * same transaction. A rerun over the same changes adds nothing (unique type + source id).
 */
export async function eventsFromBatch(trx: Db, batch: ReadModelBatch): Promise<void> {
  const { caseEventSourceIds, documentSourceIds, caseSourceIds } = batch;
  if (caseEventSourceIds.length + documentSourceIds.length + caseSourceIds.length === 0) return;
  const subscribed = (type: WebhookEventType, organisation: ReturnType<typeof sql.ref>) =>
    sql`exists (select 1 from api_webhook_subscriptions s where s.organisation_id = ${organisation}
      and s.state = 'active' and s.event_types @> jsonb_build_array(${type}::text))`;
  const created: { id: string }[] = [];
  if (caseEventSourceIds.length + caseSourceIds.length > 0) {
    const { rows } = await sql<{ id: string }>`
      insert into api_webhook_events (organisation_id, type, source_key, subject, data, occurred_at)
      select c.organisation_id, 'case.status-changed', e.source_id, c.case_number,
        jsonb_build_object('caseNumber', c.case_number, 'status', e.status, 'reason', e.reason,
          'at', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'deadline', e.deadline, 'applicationType', c.application_type),
        e.at
      from case_events e join cases c on c.id = e.case_id
      where (e.source_id = any(${caseEventSourceIds}::text[]) or e.case_source_id = any(${caseSourceIds}::text[]))
        and ${subscribed('case.status-changed', sql.ref('c.organisation_id'))}
      on conflict (type, source_key) do nothing
      returning id`.execute(trx);
    created.push(...rows);
  }
  if (documentSourceIds.length + caseSourceIds.length > 0) {
    const { rows } = await sql<{ id: string }>`
      insert into api_webhook_events (organisation_id, type, source_key, subject, data, occurred_at)
      select c.organisation_id, 'document.created', d.source_id, c.case_number,
        jsonb_build_object('documentId', d.id, 'caseNumber', c.case_number, 'kind', d.kind,
          'title', d.title, 'contentType', d.content_type,
          'createdAt', to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
        d.created_at
      from case_documents d join cases c on c.id = d.case_id and c.organisation_id = d.organisation_id
      where (d.source_id = any(${documentSourceIds}::text[]) or d.case_source_id = any(${caseSourceIds}::text[]))
        and ${subscribed('document.created', sql.ref('c.organisation_id'))}
      on conflict (type, source_key) do nothing
      returning id`.execute(trx);
    created.push(...rows);
  }
  if (created.length === 0) return;
  await sql`
    insert into api_webhook_deliveries (event_id, subscription_id)
    select ev.id, s.id from api_webhook_events ev
      join api_webhook_subscriptions s on s.organisation_id = ev.organisation_id and s.state = 'active'
        and s.event_types @> jsonb_build_array(ev.type)
    where ev.id = any(${created.map((r) => r.id)}::uuid[])
    on conflict (event_id, subscription_id) do nothing`.execute(trx);
}

interface DueDelivery {
  id: string;
  attempts: number;
  url: string;
  secret: string;
  client_id: string;
  client_state: string;
  subscription_state: string;
  client_organisation_id: string;
  client_kvk: string;
  client_name: string;
  scopes: ApiScope[];
  event_id: string;
  type: WebhookEventType;
  subject: string;
  data: Record<string, unknown>;
  occurred_at: Date;
  organisation_kvk: string;
}

export interface DeliveryDeps {
  db: Db;
  publicUrl: string;
  logger?: Logger;
  /** Where deliveries may go (webhook-target.ts): https only in production, public addresses only. */
  policy: TargetPolicy;
}

/** The CloudEvents 1.0 structured-mode JSON of an event. */
export function cloudEvent(
  publicUrl: string,
  row: Pick<DueDelivery, 'event_id' | 'type' | 'subject' | 'data' | 'occurred_at' | 'organisation_kvk'>,
) {
  return {
    specversion: '1.0',
    id: row.event_id,
    source: `${publicUrl}/api/v1/organisations/${row.organisation_kvk}`,
    type: `nl.ind.business-portal.${row.type}`,
    subject: row.subject,
    time: new Date(row.occurred_at).toISOString(),
    datacontenttype: 'application/json',
    data: row.data,
  };
}

/** Delivers what is due (one attempt each); returns how many were attempted. */
export async function deliverDue(deps: DeliveryDeps, limit = 50): Promise<number> {
  const { db } = deps;
  const claimed = await sql<{ id: string }>`
    update api_webhook_deliveries set claimed_until = now() + make_interval(secs => ${CLAIM_SECONDS})
    where id in (select id from api_webhook_deliveries
      where state = 'pending' and next_attempt_at <= now()
        and (claimed_until is null or claimed_until < now())
      order by next_attempt_at limit ${limit} for update skip locked)
    returning id`.execute(db);
  for (const { id } of claimed.rows) await deliverOne(deps, id);
  return claimed.rows.length;
}

async function deliverOne(deps: DeliveryDeps, id: string): Promise<void> {
  const { db } = deps;
  const row = (await db
    .selectFrom('api_webhook_deliveries as d')
    .innerJoin('api_webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .innerJoin('api_clients as c', 'c.id', 's.client_id')
    .innerJoin('organisations as co', 'co.id', 'c.organisation_id')
    .innerJoin('api_webhook_events as e', 'e.id', 'd.event_id')
    .innerJoin('organisations as eo', 'eo.id', 'e.organisation_id')
    .select([
      'd.id',
      'd.attempts',
      's.url',
      's.secret',
      's.state as subscription_state',
      'c.id as client_id',
      'c.state as client_state',
      'c.scopes',
      'co.id as client_organisation_id',
      'co.kvk_number as client_kvk',
      'co.name as client_name',
      'e.id as event_id',
      'e.type',
      'e.subject',
      'e.data',
      'e.occurred_at',
      'eo.kvk_number as organisation_kvk',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst()) as DueDelivery | undefined;
  if (!row) return;
  // Checked at delivery, as every call is: a revoked client, an ended subscription or an
  // authorisation that no longer covers the event gets nothing.
  const client: ApiClient = {
    id: row.client_id,
    scopes: row.scopes,
    organisationId: row.client_organisation_id,
    kvkNumber: row.client_kvk,
    organisationName: row.client_name,
  };
  const reach =
    row.client_state === 'active' && row.subscription_state === 'active'
      ? await actingFor(db, client, row.organisation_kvk)
      : undefined;
  if (!reach?.scopes.includes(SCOPE_OF_EVENT[row.type])) {
    await db
      .updateTable('api_webhook_deliveries')
      .set({
        state: 'failed',
        claimed_until: null,
        last_error: 'the subscription or its authorisation ended',
      })
      .where('id', '=', id)
      .execute();
    return;
  }
  const body = JSON.stringify(cloudEvent(deps.publicUrl, row));
  const timestamp = Math.floor(Date.now() / 1000);
  const started = Date.now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    const response = await postWebhook(row.url, {
      timeoutMs: TIMEOUT_MS,
      policy: deps.policy,
      headers: {
        'content-type': 'application/cloudevents+json; charset=utf-8',
        'user-agent': 'IND-Business-Portal-Webhooks/1',
        'webhook-id': row.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': sign(row.secret, row.id, timestamp, body),
      },
      body,
    });
    status = response.status;
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (failure) {
    error =
      failure instanceof Error ? (failure.name === 'TimeoutError' ? 'timeout' : failure.message) : 'failed';
  }
  const attempts = row.attempts + 1;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('api_webhook_attempts')
      .values({
        delivery_id: id,
        status_code: status,
        error: error?.slice(0, 300) ?? null,
        duration_ms: Date.now() - started,
      })
      .execute();
    await trx
      .updateTable('api_webhook_deliveries')
      .set(
        error === null
          ? {
              state: 'delivered',
              attempts,
              delivered_at: new Date(),
              claimed_until: null,
              last_status: status,
              last_error: null,
            }
          : {
              state: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
              attempts,
              claimed_until: null,
              last_status: status,
              last_error: error.slice(0, 300),
              next_attempt_at: sql<Date>`now() + make_interval(secs => ${backoffSeconds(attempts)})`,
            },
      )
      .where('id', '=', id)
      .execute();
  });
  if (error) deps.logger?.info({ deliveryId: id, attempts }, 'webhook delivery failed; will retry');
}

// ----- subscriptions (the API's operations) -------------------------------------------------

export async function listSubscriptions(db: Db, clientId: string, organisationId: string) {
  return db
    .selectFrom('api_webhook_subscriptions')
    .select(['id', 'url', 'event_types', 'created_at'])
    .where('client_id', '=', clientId)
    .where('organisation_id', '=', organisationId)
    .where('state', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function createSubscription(
  db: Db,
  input: { clientId: string; organisationId: string; url: string; eventTypes: WebhookEventType[] },
) {
  const secret = newSecret();
  const row = await db
    .insertInto('api_webhook_subscriptions')
    .values({
      client_id: input.clientId,
      organisation_id: input.organisationId,
      url: input.url,
      event_types: JSON.stringify([...new Set(input.eventTypes)]),
      secret,
    })
    .returning(['id', 'url', 'event_types', 'created_at'])
    .executeTakeFirstOrThrow();
  return { ...row, secret };
}

export async function deleteSubscription(db: Db, clientId: string, organisationId: string, id: string) {
  const row = await db
    .updateTable('api_webhook_subscriptions')
    .set({ state: 'deleted' })
    .where('id', '=', id)
    .where('client_id', '=', clientId)
    .where('organisation_id', '=', organisationId)
    .where('state', '=', 'active')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Retention of the webhook outbox (hourly, with the API's other clean-up): a delivery that ended
 * (delivered, or failed for good) more than `retentionDays` ago goes with its attempts, and an
 * event left without deliveries keeps only what stops it being sent again when the refresh reads
 * its change once more (type, source id, subject, time): its data (status reason, document
 * title) is removed. Deliveries still pending are never touched.
 */
export async function purgeWebhookOutbox(db: Db, retentionDays: number): Promise<void> {
  await sql`
    delete from api_webhook_deliveries
    where state in ('delivered', 'failed')
      and coalesce(delivered_at, next_attempt_at, created_at) < now() - make_interval(days => ${retentionDays})
      and created_at < now() - make_interval(days => ${retentionDays})`.execute(db);
  await sql`
    update api_webhook_events ev set data = '{}'::jsonb
    where ev.data <> '{}'::jsonb and ev.created_at < now() - make_interval(days => ${retentionDays})
      and not exists (select 1 from api_webhook_deliveries d where d.event_id = ev.id)`.execute(db);
}
