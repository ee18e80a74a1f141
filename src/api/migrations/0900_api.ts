import { sql, type Kysely } from 'kysely';

/**
 * The sponsor API (issue 16): registered clients and their keys, short-lived access tokens,
 * single-use client-assertion ids, stored responses for `Idempotency-Key`, and webhooks
 * (subscriptions, events written in the refresh's transaction, deliveries and their attempts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table api_clients (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id) on delete cascade,
    name text not null check (length(name) between 1 and 100),
    scopes jsonb not null,
    public_jwk jsonb not null,
    key_thumbprint text not null,
    state text not null default 'active' check (state in ('active', 'revoked')),
    created_by text not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    revoked_by text,
    last_used_at timestamptz
  )`.execute(db);
  await sql`create index api_clients_organisation_idx on api_clients (organisation_id, created_at)`.execute(
    db,
  );

  // Only a hash of a token is stored: a copy of the table gives no usable token.
  await sql`create table api_access_tokens (
    token_hash text primary key,
    client_id uuid not null references api_clients(id) on delete cascade,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index api_access_tokens_expires_idx on api_access_tokens (expires_at)`.execute(db);

  // RFC 7523 3: a `jti` is accepted once; kept until the assertion has expired.
  await sql`create table api_client_assertions (
    client_id uuid not null references api_clients(id) on delete cascade,
    jti text not null,
    expires_at timestamptz not null,
    primary key (client_id, jti)
  )`.execute(db);

  // draft-ietf-httpapi-idempotency-key-header: one row per client and key.
  await sql`create table api_idempotency_keys (
    client_id uuid not null references api_clients(id) on delete cascade,
    key text not null,
    request_hash text not null,
    state text not null check (state in ('processing', 'done')),
    response_status integer,
    response_body jsonb,
    created_at timestamptz not null default now(),
    primary key (client_id, key)
  )`.execute(db);
  await sql`create index api_idempotency_keys_created_idx on api_idempotency_keys (created_at)`.execute(db);

  await sql`create table api_webhook_subscriptions (
    id uuid primary key default gen_random_uuid(),
    client_id uuid not null references api_clients(id) on delete cascade,
    organisation_id uuid not null references organisations(id) on delete cascade,
    url text not null,
    event_types jsonb not null,
    secret text not null,
    state text not null default 'active' check (state in ('active', 'deleted')),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index api_webhook_subscriptions_organisation_idx
    on api_webhook_subscriptions (organisation_id) where state = 'active'`.execute(db);

  // The webhook outbox: written in the refresh's transaction, delivered after commit.
  await sql`create table api_webhook_events (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id) on delete cascade,
    type text not null,
    source_key text not null,
    subject text not null,
    data jsonb not null,
    occurred_at timestamptz not null,
    created_at timestamptz not null default now(),
    unique (type, source_key)
  )`.execute(db);
  await sql`create table api_webhook_deliveries (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references api_webhook_events(id) on delete cascade,
    subscription_id uuid not null references api_webhook_subscriptions(id) on delete cascade,
    state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    claimed_until timestamptz,
    last_status integer,
    last_error text,
    delivered_at timestamptz,
    created_at timestamptz not null default now(),
    unique (event_id, subscription_id)
  )`.execute(db);
  await sql`create index api_webhook_deliveries_due_idx
    on api_webhook_deliveries (next_attempt_at) where state = 'pending'`.execute(db);
  await sql`create index api_webhook_deliveries_subscription_idx
    on api_webhook_deliveries (subscription_id, created_at)`.execute(db);
  await sql`create table api_webhook_attempts (
    id bigserial primary key,
    delivery_id uuid not null references api_webhook_deliveries(id) on delete cascade,
    at timestamptz not null default now(),
    status_code integer,
    error text,
    duration_ms integer not null
  )`.execute(db);
  await sql`create index api_webhook_attempts_delivery_idx on api_webhook_attempts (delivery_id, at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'api_webhook_attempts',
    'api_webhook_deliveries',
    'api_webhook_events',
    'api_webhook_subscriptions',
    'api_idempotency_keys',
    'api_client_assertions',
    'api_access_tokens',
    'api_clients',
  ])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
