import type { Config } from '../../config.ts';
import type { Database } from '../../platform/db/database.ts';
import { identityView } from '../schema.ts';
import { loadTestBrokerKeys } from '../test-broker/keys.ts';
import { testBroker, testBrokerMetadataXml, type TestBroker } from '../test-broker/metadata.ts';
import { configuredSoapTransport, type SoapTransport } from './artifact.ts';
import { loadIdpMetadata, parseIdpMetadata, type IdpMetadata } from './idp-metadata.ts';
import { loadServiceProviderKeys } from './key-pair.ts';
import { databaseAssertionReplayStore, databaseRequestIdStore } from './repository.ts';
import type { ValidationContext } from './response-validator.ts';
import { serviceProviderFromConfig, type ServiceProvider } from './service-provider.ts';

export interface EHerkenning {
  sp: ServiceProvider;
  /** The one broker the portal trusts: from EHERKENNING_IDP_METADATA, else the built-in test broker. */
  idp: IdpMetadata;
  ctx: ValidationContext;
  /** How ArtifactResolve reaches the broker (set by the app for the in-process test broker). */
  transport: SoapTransport;
  /** The built-in test broker, when it runs (development only). */
  testBroker: TestBroker | null;
}

/**
 * Loads keys and metadata at start-up. In production the broker's metadata and the portal's
 * key pair come from configuration; in development they default to the test broker and a key
 * pair generated into the data directory.
 */
export async function setUpEHerkenning(config: Config, db: Database): Promise<EHerkenning> {
  const sp = serviceProviderFromConfig(config, await loadServiceProviderKeys(config));
  const broker = config.features.testBroker
    ? testBroker(config.publicUrl, await loadTestBrokerKeys(config.dataDir))
    : null;
  let idp: IdpMetadata;
  if (config.eherkenning.idpMetadataPath) idp = loadIdpMetadata(config.eherkenning.idpMetadataPath);
  else if (broker) idp = parseIdpMetadata(testBrokerMetadataXml(broker));
  else throw new Error('EHERKENNING_IDP_METADATA is required when the test broker is off');
  const view = identityView(db);
  return {
    sp,
    idp,
    ctx: { sp, idp, requests: databaseRequestIdStore(view), assertions: databaseAssertionReplayStore(view) },
    transport: configuredSoapTransport(config.eherkenning),
    testBroker: broker,
  };
}
