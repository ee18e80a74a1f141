import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt, errors as joseErrors, importJWK, jwtVerify, type JWK } from 'jose';
import { sql, type Kysely } from 'kysely';
import type { DB, RecognitionCategory } from '../platform/db/schema.ts';
import { PREPARED } from '../platform/db/database.ts';
import { algorithmsOf } from './keys.ts';
import type { ApiScope } from './schema.ts';

/**
 * OAuth 2.0 client credentials with `private_key_jwt` (RFC 6749 4.4, RFC 7521/7523, OpenID
 * Connect Core 9): the client proves itself with a JWT signed by the key registered in the
 * portal; the portal answers with an opaque bearer token that lives a few minutes. Only the
 * token's hash is stored, and every call reads the client's state with it, so a revocation
 * takes effect on the next call.
 */
type Db = Kysely<DB>;

export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
export const TOKEN_SECONDS = 300;
/** The longest an assertion may live (exp − now), and the clock skew allowed on iat/nbf. */
export const ASSERTION_MAX_SECONDS = 300;
const SKEW_SECONDS = 30;

export interface TokenResult {
  status: number;
  body: Record<string, string | number>;
  /** The client a token was issued to (for the audit log). */
  client?: ApiClient;
}

const oauthError = (error: string, description: string, status = 400): TokenResult => ({
  status,
  body: { error, error_description: description },
});

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The token endpoint's work (RFC 6749 5.1/5.2 answers); `audience` is the endpoint's own URL. */
export async function issueToken(
  db: Db,
  audience: string,
  form: Record<string, unknown>,
): Promise<TokenResult> {
  const field = (name: string) => (typeof form[name] === 'string' ? form[name] : undefined);
  if (field('grant_type') !== 'client_credentials')
    return oauthError('unsupported_grant_type', 'grant_type must be client_credentials');
  if (field('client_assertion_type') !== ASSERTION_TYPE)
    return oauthError('invalid_client', `client_assertion_type must be ${ASSERTION_TYPE}`, 401);
  const assertion = field('client_assertion');
  if (!assertion || assertion.length > 8000)
    return oauthError('invalid_client', 'client_assertion is missing', 401);
  let claimed: string | undefined;
  try {
    claimed = decodeJwt(assertion).iss;
  } catch {
    return oauthError('invalid_client', 'client_assertion is not a JWT', 401);
  }
  const clientId = field('client_id') ?? claimed;
  if (!clientId || !UUID.test(clientId) || (claimed !== undefined && claimed !== clientId))
    return oauthError('invalid_client', 'unknown client', 401);
  const client = await db
    .selectFrom('api_clients as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.public_jwk', 'c.scopes', 'o.id as organisation_id', 'o.kvk_number', 'o.name'])
    .where('c.id', '=', clientId)
    .where('c.state', '=', 'active')
    .executeTakeFirst();
  if (!client) return oauthError('invalid_client', 'unknown or revoked client', 401);
  const jwk = client.public_jwk as JWK;
  let payload;
  try {
    const key = await importJWK(jwk, algorithmsOf(jwk)[0]);
    ({ payload } = await jwtVerify(assertion, key, {
      algorithms: algorithmsOf(jwk),
      issuer: client.id,
      subject: client.id,
      audience,
      clockTolerance: SKEW_SECONDS,
      requiredClaims: ['exp', 'jti', 'iss', 'sub', 'aud'],
    }));
  } catch (error) {
    const reason =
      error instanceof joseErrors.JWTExpired
        ? 'the assertion has expired'
        : error instanceof joseErrors.JWTClaimValidationFailed
          ? `the assertion's ${error.claim} claim is not valid`
          : 'the assertion is not signed with the registered key by an allowed algorithm';
    return oauthError('invalid_client', reason, 401);
  }
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp ?? 0;
  if (exp - now > ASSERTION_MAX_SECONDS + SKEW_SECONDS)
    return oauthError(
      'invalid_client',
      `the assertion may live at most ${ASSERTION_MAX_SECONDS} seconds`,
      401,
    );
  const jti = String(payload.jti);
  if (jti.length > 200) return oauthError('invalid_client', 'the jti is too long', 401);
  // RFC 7523 3 (7): a jti once; the row is kept until the assertion could no longer be used.
  const fresh = await db
    .insertInto('api_client_assertions')
    .values({ client_id: client.id, jti, expires_at: new Date((exp + SKEW_SECONDS) * 1000) })
    .onConflict((oc) => oc.columns(['client_id', 'jti']).doNothing())
    .returning('jti')
    .executeTakeFirst();
  if (!fresh) return oauthError('invalid_client', 'the assertion was used before (jti)', 401);

  const requested = field('scope')?.split(' ').filter(Boolean);
  const granted = client.scopes;
  if (requested && requested.some((s) => !(granted as string[]).includes(s)))
    return oauthError('invalid_scope', 'a requested scope was not registered for this client');
  const scopes = requested && requested.length > 0 ? requested : granted;
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('api_access_tokens')
    .values({
      token_hash: tokenHash(token),
      client_id: client.id,
      expires_at: new Date(Date.now() + TOKEN_SECONDS * 1000),
    })
    .execute();
  return {
    status: 200,
    client: {
      id: client.id,
      scopes: client.scopes,
      organisationId: client.organisation_id,
      kvkNumber: client.kvk_number,
      organisationName: client.name,
    },
    body: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_SECONDS, scope: scopes.join(' ') },
  };
}

/** The client behind a bearer token, read on every call (revocation and expiry count at once). */
export interface ApiClient {
  id: string;
  scopes: readonly ApiScope[];
  organisationId: string;
  kvkNumber: string;
  organisationName: string;
}

/** How the API scopes map onto the services of a registered authorisation (organisations). */
const SERVICE_OF: Record<ApiScope, string> = {
  status: 'status',
  documents: 'documents',
  employees: 'register',
  reports: 'register',
};

export interface ActingFor {
  organisationId: string;
  kvkNumber: string;
  name: string;
  recognitions: RecognitionCategory[];
  /** The client's scopes, narrowed to the authorisation's services when acting for another organisation. */
  scopes: ApiScope[];
  /** The agency's KVK number when acting for a sponsor by a registered authorisation. */
  intermediaryKvk: string | null;
}

/**
 * The organisation a call acts for: the client's own, or a sponsor that registered an
 * authorisation for the client's organisation that is approved and valid today (the check the
 * portal's sessions make, organisations/representatives/representation.ts). Undefined otherwise.
 */
export async function actingFor(
  db: Db,
  client: ApiClient,
  kvkNumber: string,
): Promise<ActingFor | undefined> {
  if (!/^\d{8}$/.test(kvkNumber)) return undefined;
  const recognitions = sql<RecognitionCategory[]>`coalesce((select jsonb_agg(rc.category order by rc.category)
    from recognitions rc where rc.organisation_id = o.id and rc.state = 'active'), '[]'::jsonb)`;
  if (kvkNumber === client.kvkNumber) {
    const row = await db
      .selectFrom('organisations as o')
      .select(['o.id', 'o.kvk_number', 'o.name', recognitions.as('recognitions')])
      .where('o.id', '=', client.organisationId)
      .executeTakeFirstOrThrow();
    return {
      organisationId: row.id,
      kvkNumber: row.kvk_number,
      name: row.name,
      recognitions: row.recognitions,
      scopes: [...client.scopes],
      intermediaryKvk: null,
    };
  }
  const row = await db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as o', 'o.id', 'r.sponsor_organisation_id')
    .select(['o.id', 'o.kvk_number', 'o.name', 'r.scope', recognitions.as('recognitions')])
    .where('r.intermediary_organisation_id', '=', client.organisationId)
    .where('o.kvk_number', '=', kvkNumber)
    .where('r.state', '=', 'approved')
    .where(sql<boolean>`r.valid_from <= (now() at time zone 'Europe/Amsterdam')::date`)
    .where(sql<boolean>`r.valid_until >= (now() at time zone 'Europe/Amsterdam')::date`)
    .orderBy('r.valid_until', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  const services = row.scope as unknown as string[];
  return {
    organisationId: row.id,
    kvkNumber: row.kvk_number,
    name: row.name,
    recognitions: row.recognitions,
    scopes: client.scopes.filter((scope) => services.includes(SERVICE_OF[scope])),
    intermediaryKvk: client.kvkNumber,
  };
}

/** What one call needs to know: its client and, for a path with an organisation, whom it acts for. */
export interface Authenticated {
  client: ApiClient;
  /** Undefined without `kvkNumber`; null when the client may not act for that organisation. */
  org?: ActingFor | null;
}

/**
 * A call's authentication in one round trip (issue 16's benchmark: each call used to make one
 * query for the token, one for the organisation acted for and one to note the client's last use):
 * the token with its active client and organisation; with `kvkNumber`, the organisation acted
 * for as `actingFor` resolves it (the client's own, or a sponsor with an approved registration
 * for the client's organisation valid today); and the client's `last_used_at`, at most once a
 * minute, in the same statement. Undefined when the token is unknown, expired or its client is
 * revoked — read on every call, so a revocation takes effect on the next one. A prepared
 * statement: its planning cost three times its execution (0.9 of 1.1 ms, bench/README).
 */
export async function authenticate(
  db: Db,
  token: string,
  kvkNumber?: string,
): Promise<Authenticated | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const kvk = kvkNumber !== undefined && /^\d{8}$/.test(kvkNumber) ? kvkNumber : null;
  const { rows } = await sql<{
    id: string;
    scopes: ApiScope[];
    organisation_id: string;
    kvk_number: string;
    name: string;
    acting_id: string | null;
    acting_kvk: string | null;
    acting_name: string | null;
    acting_scope: string[] | null;
    acting_own: boolean | null;
    acting_recognitions: RecognitionCategory[] | null;
  }>`${sql.raw(PREPARED)}with client as (
      select c.id, c.scopes, o.id as organisation_id, o.kvk_number, o.name
      from api_access_tokens t
      join api_clients c on c.id = t.client_id
      join organisations o on o.id = c.organisation_id
      where t.token_hash = ${tokenHash(token)} and t.expires_at > now() and c.state = 'active'
    ), touched as (
      update api_clients set last_used_at = now()
      where id = (select id from client)
        and (last_used_at is null or last_used_at < now() - interval '1 minute')
    )
    select client.*, a.id as acting_id, a.kvk_number as acting_kvk, a.name as acting_name,
      a.scope as acting_scope, a.own as acting_own,
      case when a.id is null then null else coalesce((select jsonb_agg(rc.category order by rc.category)
        from recognitions rc where rc.organisation_id = a.id and rc.state = 'active'), '[]'::jsonb) end
        as acting_recognitions
    from client
    left join lateral (
      select client.organisation_id as id, client.kvk_number, client.name, null::jsonb as scope, true as own
      where client.kvk_number = ${kvk}
      union all
      (select o.id, o.kvk_number, o.name, r.scope, false
        from representative_registrations r
        join organisations o on o.id = r.sponsor_organisation_id
        where r.intermediary_organisation_id = client.organisation_id
          and o.kvk_number = ${kvk} and o.kvk_number <> client.kvk_number
          and r.state = 'approved'
          and r.valid_from <= (now() at time zone 'Europe/Amsterdam')::date
          and r.valid_until >= (now() at time zone 'Europe/Amsterdam')::date
        order by r.valid_until desc
        limit 1)
    ) a on true`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const client: ApiClient = {
    id: row.id,
    scopes: row.scopes,
    organisationId: row.organisation_id,
    kvkNumber: row.kvk_number,
    organisationName: row.name,
  };
  if (kvkNumber === undefined) return { client };
  if (!row.acting_id || !row.acting_kvk || row.acting_name === null) return { client, org: null };
  const services = row.acting_scope ?? [];
  return {
    client,
    org: {
      organisationId: row.acting_id,
      kvkNumber: row.acting_kvk,
      name: row.acting_name,
      recognitions: row.acting_recognitions ?? [],
      scopes: row.acting_own
        ? [...client.scopes]
        : client.scopes.filter((scope) => services.includes(SERVICE_OF[scope])),
      intermediaryKvk: row.acting_own ? null : client.kvkNumber,
    },
  };
}

/** Every organisation the client may act for (its own first), for `GET /organisations`. */
export async function organisationsOf(db: Db, client: ApiClient): Promise<ActingFor[]> {
  const sponsors = await db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as o', 'o.id', 'r.sponsor_organisation_id')
    .select('o.kvk_number')
    .distinct()
    .where('r.intermediary_organisation_id', '=', client.organisationId)
    .where('r.state', '=', 'approved')
    .where(sql<boolean>`r.valid_from <= (now() at time zone 'Europe/Amsterdam')::date`)
    .where(sql<boolean>`r.valid_until >= (now() at time zone 'Europe/Amsterdam')::date`)
    .orderBy('o.kvk_number')
    .limit(1000)
    .execute();
  const all = [client.kvkNumber, ...sponsors.map((s) => s.kvk_number)];
  const result: ActingFor[] = [];
  for (const kvk of all) {
    const found = await actingFor(db, client, kvk);
    if (found) result.push(found);
  }
  return result;
}

/** Removes expired tokens and assertion ids (the API's daily clean-up job). */
export async function purgeExpired(db: Db): Promise<void> {
  await db
    .deleteFrom('api_access_tokens')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
  await db
    .deleteFrom('api_client_assertions')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
  await db
    .deleteFrom('api_idempotency_keys')
    .where('created_at', '<', sql<Date>`now() - interval '24 hours'`)
    .execute();
}
