import { readFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Logger } from '../../platform/logging.ts';
import { identityView } from '../schema.ts';
import { loadTestBrokerKeys } from '../test-broker/keys.ts';
import { testBroker, testBrokerMetadataXml, type TestBroker } from '../test-broker/metadata.ts';
import { configuredSoapTransport, type SoapTransport } from './artifact.ts';
import { loadBrokerMetadata, staticBrokerMetadata, type BrokerMetadataSource } from './broker-metadata.ts';
import { reject } from './errors.ts';
import { MetadataError, parseIdpMetadata, type IdpMetadata } from './idp-metadata.ts';
import { loadServiceProviderKeys } from './key-pair.ts';
import { databaseAssertionReplayStore, databaseRequestIdStore } from './repository.ts';
import type { ValidationContext } from './response-validator.ts';
import { serviceProviderFromConfig, type ServiceProvider } from './service-provider.ts';

export interface EHerkenning {
  sp: ServiceProvider;
  /**
   * The one broker the portal trusts: from EHERKENNING_IDP_METADATA, else the built-in test
   * broker. Read at each use: the metadata is reloaded on a schedule.
   */
  readonly idp: IdpMetadata;
  ctx: ValidationContext;
  /** How ArtifactResolve reaches the broker (set by the app for the in-process test broker). */
  transport: SoapTransport;
  /** The built-in test broker, when it runs (development only). */
  testBroker: TestBroker | null;
  metadata: BrokerMetadataSource;
  /** Stops the metadata reload. */
  close(): void;
}

/**
 * Loads keys and metadata at start-up. In production the broker's metadata (verified against
 * EHERKENNING_IDP_METADATA_CERT) and the portal's key pair come from configuration; in
 * development they default to the test broker and a key pair generated into the data directory.
 */
export async function setUpEHerkenning(config: Config, db: Database, logger?: Logger): Promise<EHerkenning> {
  const sp = serviceProviderFromConfig(config, await loadServiceProviderKeys(config));
  const broker = config.features.testBroker
    ? testBroker(config.publicUrl, await loadTestBrokerKeys(config.dataDir))
    : null;
  const metadata = await brokerMetadata(config, broker, logger);
  const view = identityView(db);
  const ctx: ValidationContext = {
    sp,
    get idp() {
      return currentOrReject(metadata);
    },
    requests: databaseRequestIdStore(view),
    assertions: databaseAssertionReplayStore(view),
  };
  return {
    sp,
    get idp() {
      return currentOrReject(metadata);
    },
    ctx,
    transport: configuredSoapTransport(config.eherkenning),
    testBroker: broker,
    metadata,
    close: () => {
      metadata.close();
    },
  };
}

/** Expired metadata ends the login like any refused message: a clear page, logged, no 500. */
function currentOrReject(metadata: BrokerMetadataSource): IdpMetadata {
  try {
    return metadata.current();
  } catch (error) {
    if (error instanceof MetadataError) reject('broker_metadata_expired', error.message);
    throw error;
  }
}

async function brokerMetadata(
  config: Config,
  broker: TestBroker | null,
  logger: Logger | undefined,
): Promise<BrokerMetadataSource> {
  const eh = config.eherkenning;
  if (!eh.idpMetadataPath) {
    if (!broker) throw new Error('EHERKENNING_IDP_METADATA is required when the test broker is off');
    return staticBrokerMetadata(parseIdpMetadata(testBrokerMetadataXml(broker)));
  }
  if (!eh.idpMetadataCertPath) {
    // Development only: config.ts requires the certificate in production.
    logger?.warn('EHERKENNING_IDP_METADATA_CERT is not set: the broker metadata signature is not checked');
  }
  return loadBrokerMetadata({
    location: eh.idpMetadataPath,
    trust: {
      ...(eh.idpMetadataCertPath ? { signingCertificates: readCertificates(eh.idpMetadataCertPath) } : {}),
      ...(eh.idpEntityId ? { entityId: eh.idpEntityId } : {}),
    },
    refreshMs: eh.idpMetadataRefreshMs,
    onReloadError: (error) =>
      logger?.warn(
        { reason: error.message },
        'broker metadata reload failed; the loaded metadata stays in use',
      ),
  });
}

/** Every certificate in a PEM file: during a rollover the file holds the old and the new one. */
export function readCertificates(path: string): string[] {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new MetadataError(`cannot read EHERKENNING_IDP_METADATA_CERT ${path}: ${(error as Error).message}`);
  }
  const certificates = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (certificates.length === 0) throw new MetadataError(`${path} holds no PEM certificate`);
  return certificates.map((c) => `${c}\n`);
}
