import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import * as foundation from '../platform/db/migrations/0001_foundation.ts';
import * as identityMigration from './migrations/0100_identity.ts';
import { buildAuthnRequest } from './eherkenning/authn-request.ts';
import { parseIdpMetadata, type IdpMetadata } from './eherkenning/idp-metadata.ts';
import { ensureKeyPair, type KeyPair } from './eherkenning/key-pair.ts';
import { databaseAssertionReplayStore, databaseRequestIdStore } from './eherkenning/repository.ts';
import type { ValidationContext } from './eherkenning/response-validator.ts';
import { serviceProviderFromConfig, type ServiceProvider } from './eherkenning/service-provider.ts';
import { identityView, type IdentityTables } from './schema.ts';
import type { PlatformTables } from '../platform/db/schema.ts';
import { parseRedirectAuthnRequest, type ParsedAuthnRequest } from './test-broker/authn-request.ts';
import { loadTestBrokerKeys } from './test-broker/keys.ts';
import { testBroker, testBrokerMetadataXml, type TestBroker } from './test-broker/metadata.ts';
import type { BrokerAudience, BrokerChoices } from './test-broker/response.ts';

/** Test set-up for the identity module: real keys, a real PGlite database, the test broker. */

export const PUBLIC_URL = 'https://portal.test';

export interface IdentityFixture {
  dataDir: string;
  handle: DatabaseHandle;
  db: Kysely<IdentityTables>;
  sp: ServiceProvider;
  broker: TestBroker;
  idp: IdpMetadata;
  audience: BrokerAudience;
  ctx: ValidationContext;
  /** A second key pair that nobody trusts (an attacker's). */
  foreignKeys: KeyPair;
}

export async function migratedDatabase(): Promise<{ handle: DatabaseHandle; db: Kysely<IdentityTables> }> {
  const handle = await openDatabase({});
  const raw = handle.db as unknown as Kysely<unknown>;
  await foundation.up(raw);
  await identityMigration.up(raw);
  // Until platform/db/schema.ts joins IdentityTables into DB, the test says so itself.
  return { handle, db: identityView(handle.db as unknown as Kysely<PlatformTables & IdentityTables>) };
}

export async function identityFixture(): Promise<IdentityFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'identity-test-'));
  const { handle, db } = await migratedDatabase();
  const spKeys = await ensureKeyPair(join(dataDir, 'saml'), 'sp', 'sp');
  const sp = serviceProviderFromConfig(
    {
      publicUrl: PUBLIC_URL,
      eherkenning: {
        idpMetadataPath: undefined,
        idpEntityId: undefined,
        idpMetadataCertPath: undefined,
        idpMetadataRefreshMs: 3_600_000,
        brokerOin: '00000003244440010000',
        serviceInstanceUuid: '3c1f6a4e-2d8b-4f0a-9e57-8b6c1d2e4f30',
        privacyPolicyUrl: `${PUBLIC_URL}/privacy`,
        spKeyPath: undefined,
        spCertPath: undefined,
        entityId: `${PUBLIC_URL}/saml/metadata`,
        oin: '00000001003214345000',
        serviceIndex: 1,
        serviceUuid: '7f8b2b4a-6c1e-4d57-9a53-2f1c0a9e4b11',
        artifactTlsKeyPath: undefined,
        artifactTlsCertPath: undefined,
        artifactTlsCaPath: undefined,
      },
    },
    spKeys,
  );
  const broker = testBroker(PUBLIC_URL, await loadTestBrokerKeys(dataDir));
  const idp = parseIdpMetadata(testBrokerMetadataXml(broker));
  const audience = {
    entityId: sp.entityId,
    encryptionCertificate: sp.keys.certificate,
    serviceId: sp.serviceId,
    serviceUuid: sp.serviceUuid,
  };
  const ctx: ValidationContext = {
    sp,
    idp,
    requests: databaseRequestIdStore(db),
    assertions: databaseAssertionReplayStore(db),
  };
  const foreignKeys = await ensureKeyPair(join(dataDir, 'attacker'), 'attacker', 'attacker');
  return { dataDir, handle, db, sp, broker, idp, audience, ctx, foreignKeys };
}

/** Starts a login as the portal does (request id stored) and lets the broker parse it. */
export async function startLogin(
  f: IdentityFixture,
  acs: 'post' | 'artifact' = 'post',
): Promise<ParsedAuthnRequest> {
  const { url, requestId, expiresAt } = buildAuthnRequest(f.sp, f.idp, { relayState: '/dashboard' });
  await f.ctx.requests.save(requestId, expiresAt);
  const parsed = parseRedirectAuthnRequest(new URL(url).search, f.sp.keys.certificate);
  // The portal asks for the artifact binding; POST tests answer at the POST ACS instead.
  return { ...parsed, acsUrl: acs === 'post' ? f.sp.acsPostUrl : f.sp.acsArtifactUrl };
}

export const CHOICES: BrokerChoices = {
  kvkNumber: '12345678',
  actingSubject: 'a1b2c3d4e5f6-pseudonym',
  loa: 'loa3',
  authorised: true,
};

export function base64(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}
