import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from '../platform/db/schema.ts';

/** The sponsor API's tables (migration 0900_api). */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const API_SCOPES = ['status', 'employees', 'documents', 'reports'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const WEBHOOK_EVENT_TYPES = ['case.status-changed', 'document.created'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface ApiClientsTable {
  id: Generated<string>;
  /** The organisation that registered the client (a sponsor, or an agency acting for sponsors). */
  organisation_id: string;
  name: string;
  scopes: JSONColumnType<ApiScope[]>;
  public_jwk: JSONColumnType<Record<string, unknown>>;
  key_thumbprint: string;
  state: Generated<'active' | 'revoked'>;
  created_by: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  last_used_at: Timestamp | null;
}

export interface ApiAccessTokensTable {
  token_hash: string;
  client_id: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
}

export interface ApiClientAssertionsTable {
  client_id: string;
  jti: string;
  expires_at: Timestamp;
}

export interface ApiIdempotencyKeysTable {
  client_id: string;
  key: string;
  request_hash: string;
  state: 'processing' | 'done';
  response_status: number | null;
  response_body: JSONColumnType<object | null, string | null, string | null>;
  created_at: CreatedAt;
}

export interface ApiWebhookSubscriptionsTable {
  id: Generated<string>;
  client_id: string;
  organisation_id: string;
  url: string;
  event_types: JSONColumnType<WebhookEventType[]>;
  secret: string;
  state: Generated<'active' | 'deleted'>;
  created_at: CreatedAt;
}

export interface ApiWebhookEventsTable {
  id: Generated<string>;
  organisation_id: string;
  type: WebhookEventType;
  source_key: string;
  subject: string;
  data: JSONColumnType<Record<string, unknown>>;
  occurred_at: Timestamp;
  created_at: CreatedAt;
}

export interface ApiWebhookDeliveriesTable {
  id: Generated<string>;
  event_id: string;
  subscription_id: string;
  state: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  claimed_until: Timestamp | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ApiWebhookAttemptsTable {
  id: Generated<string>;
  delivery_id: string;
  at: CreatedAt;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface ApiTables {
  api_clients: ApiClientsTable;
  api_access_tokens: ApiAccessTokensTable;
  api_client_assertions: ApiClientAssertionsTable;
  api_idempotency_keys: ApiIdempotencyKeysTable;
  api_webhook_subscriptions: ApiWebhookSubscriptionsTable;
  api_webhook_events: ApiWebhookEventsTable;
  api_webhook_deliveries: ApiWebhookDeliveriesTable;
  api_webhook_attempts: ApiWebhookAttemptsTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends ApiTables {}
}
