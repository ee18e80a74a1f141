import { sql, type Kysely } from 'kysely';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { DB } from '../platform/db/schema.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import { readPublicKey } from './keys.ts';
import { API_SCOPES, type ApiScope } from './schema.ts';

/**
 * API clients as a sponsor's (or an agency's) user registers them in the portal. Every query
 * takes the organisation the user acts for: a client of another organisation is not found.
 */
type Db = Kysely<DB>;

export const CLIENT_NAME_MAX = 100;

export interface ClientInput {
  name: string;
  scopes: string[];
  publicKey: string;
}
export type ClientField = 'name' | 'scopes' | 'publicKey';
export type ClientErrors = Partial<Record<ClientField, MessageKey>>;

export interface ClientSummary {
  id: string;
  name: string;
  scopes: ApiScope[];
  state: 'active' | 'revoked';
  key_thumbprint: string;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const isScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

/** Who may manage the organisation's API clients: a user acting for it themselves, not a representative. */
export function mayManageClients(actor: BusinessActor): boolean {
  return actor.via === 'self' && actor.branchNumber === null;
}

export async function registerClient(
  db: Db,
  actor: BusinessActor,
  input: ClientInput,
  requestId?: string,
): Promise<{ errors: ClientErrors } | { id: string }> {
  const errors: ClientErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'api.clients.error.name';
  else if (name.length > CLIENT_NAME_MAX) errors.name = 'api.clients.error.nameLength';
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0 || !scopes.every(isScope)) errors.scopes = 'api.clients.error.scopes';
  const key = await readPublicKey(input.publicKey);
  if ('problem' in key) errors.publicKey = `api.clients.error.key.${key.problem}`;
  if (Object.keys(errors).length > 0 || 'problem' in key) return { errors };
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('api_clients')
      .values({
        organisation_id: actor.organisationId,
        name,
        scopes: JSON.stringify(scopes),
        public_jwk: JSON.stringify(key.jwk),
        key_thumbprint: key.thumbprint,
        created_by: actor.actingSubject,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, {
      event: 'api.client.registered',
      outcome: 'success',
      objectType: 'api_client',
      objectId: inserted.id,
      ...(requestId ? { requestId } : {}),
      details: { clientId: inserted.id, scopes: scopes.join(' '), keyThumbprint: key.thumbprint },
    });
    return inserted;
  });
  return { id: row.id };
}

const SUMMARY = [
  'id',
  'name',
  'scopes',
  'state',
  'key_thumbprint',
  'created_at',
  'revoked_at',
  'last_used_at',
] as const;

export async function listClients(db: Db, organisationId: string): Promise<ClientSummary[]> {
  return db
    .selectFrom('api_clients')
    .select(SUMMARY)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findClient(
  db: Db,
  organisationId: string,
  id: string,
): Promise<ClientSummary | undefined> {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom('api_clients')
    .select(SUMMARY)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Revokes a client at once: its tokens are deleted, and every call checks the client's state
 * (a token that was read before still fails on its next call).
 */
export async function revokeClient(
  db: Db,
  actor: BusinessActor,
  id: string,
  requestId?: string,
): Promise<boolean> {
  if (!UUID.test(id)) return false;
  return db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('api_clients')
      .set({ state: 'revoked', revoked_at: sql<Date>`now()`, revoked_by: actor.actingSubject })
      .where('organisation_id', '=', actor.organisationId)
      .where('id', '=', id)
      .where('state', '=', 'active')
      .returning('id')
      .executeTakeFirst();
    if (!revoked) return false;
    await trx.deleteFrom('api_access_tokens').where('client_id', '=', id).execute();
    await trx
      .updateTable('api_webhook_subscriptions')
      .set({ state: 'deleted' })
      .where('client_id', '=', id)
      .execute();
    await audit(trx, actor, {
      event: 'api.client.revoked',
      outcome: 'success',
      objectType: 'api_client',
      objectId: id,
      ...(requestId ? { requestId } : {}),
      details: { clientId: id },
    });
    return true;
  });
}

export interface SubscriptionView {
  id: string;
  url: string;
  event_types: string[];
  state: string;
  created_at: Date;
  organisation_name: string;
}

export interface AttemptView {
  id: string;
  at: Date;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  event_type: string;
  subject: string;
  delivery_state: string;
  attempts: number;
  url: string;
}

/** The client's webhook subscriptions and its latest delivery attempts (the client page). */
export async function webhooksOf(
  db: Db,
  organisationId: string,
  clientId: string,
): Promise<{ subscriptions: SubscriptionView[]; attempts: AttemptView[] }> {
  const owned = (eb: Db) =>
    eb
      .selectFrom('api_webhook_subscriptions as s')
      .innerJoin('api_clients as c', 'c.id', 's.client_id')
      .where('c.organisation_id', '=', organisationId)
      .where('c.id', '=', clientId);
  const subscriptions = await owned(db)
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.url', 's.event_types', 's.state', 's.created_at', 'o.name as organisation_name'])
    .orderBy('s.created_at', 'desc')
    .execute();
  const attempts = await owned(db)
    .innerJoin('api_webhook_deliveries as d', 'd.subscription_id', 's.id')
    .innerJoin('api_webhook_events as e', 'e.id', 'd.event_id')
    .innerJoin('api_webhook_attempts as a', 'a.delivery_id', 'd.id')
    .select([
      'a.id',
      'a.at',
      'a.status_code',
      'a.error',
      'a.duration_ms',
      'e.type as event_type',
      'e.subject',
      'd.state as delivery_state',
      'd.attempts',
      's.url',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(50)
    .execute();
  return { subscriptions: subscriptions, attempts };
}
