import { exportJWK, generateKeyPair } from 'jose';
import type { Kysely } from 'kysely';
import type { BusinessActor } from '../platform/auth/actor.ts';
import type { DB } from '../platform/db/schema.ts';
import { clientAssertion } from './assertion.ts';
import { registerClient } from './clients.ts';
import type { ApiScope } from './schema.ts';

/** API clients for tests and benchmarks: a key pair, the client registered, tokens on demand. */
export interface TestClient {
  id: string;
  privateKey: CryptoKey;
  assertion(audience: string, options?: { lifetimeSeconds?: number; jti?: string }): Promise<string>;
}

export async function registerTestClient(
  db: Kysely<DB>,
  kvkNumber: string,
  scopes: ApiScope[],
  name = 'HR-pakket',
): Promise<TestClient> {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('kvk_number', '=', kvkNumber)
    .executeTakeFirstOrThrow();
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const actor: BusinessActor = {
    kind: 'business',
    sessionId: 'test',
    organisationId: organisation.id,
    organisationName: organisation.name,
    kvkNumber,
    branchNumber: null,
    actingSubject: `pseudonym-${kvkNumber}`,
    loa: 'loa3',
    intermediaryKvk: null,
    via: 'self',
    recognitions: [],
  };
  const result = await registerClient(db, actor, {
    name,
    scopes,
    publicKey: JSON.stringify(await exportJWK(publicKey)),
  });
  if ('errors' in result) throw new Error(`client not registered: ${JSON.stringify(result.errors)}`);
  return {
    id: result.id,
    privateKey,
    assertion: (audience, options = {}) =>
      clientAssertion({ clientId: result.id, privateKey, audience, ...options }),
  };
}

/** What `issueTestToken` needs of the app: Fastify's `inject`, as tests and benchmarks hold it. */
interface Injects {
  inject(options: {
    method: 'POST';
    url: string;
    headers: Record<string, string>;
    payload: string;
  }): PromiseLike<{ statusCode: number; json(): unknown }>;
}

/**
 * An access token for the client, as its software gets one: client credentials with a
 * `private_key_jwt` assertion for the token endpoint at `tokenUrl` (the portal's public URL +
 * `/api/v1/oauth/token`).
 */
export async function issueTestToken(app: Injects, client: TestClient, tokenUrl: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await client.assertion(tokenUrl),
    }).toString(),
  });
  if (response.statusCode !== 200)
    throw new Error(`no token for client ${client.id}: ${response.statusCode}`);
  return (response.json() as { access_token: string }).access_token;
}
