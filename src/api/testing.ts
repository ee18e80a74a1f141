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
