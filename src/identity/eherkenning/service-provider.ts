import type { Config } from '../../config.ts';
import { serviceId } from './constants.ts';
import type { KeyPair } from './key-pair.ts';

/** The portal as a SAML service provider (dienstverlener, DV). */
export interface ServiceProvider {
  entityId: string;
  /** Assertion consumer service for the HTTP-POST binding (bindings 3.5). */
  acsPostUrl: string;
  /** Assertion consumer service for the HTTP-Artifact binding (bindings 3.6). */
  acsArtifactUrl: string;
  oin: string;
  serviceIndex: number;
  serviceUuid: string;
  /** The service instance (ServiceInstance in the service catalogue) this deployment is. */
  serviceInstanceUuid: string;
  /** The broker's OIN (HerkenningsmakelaarId). */
  brokerOin: string;
  /** Where users start the service and read the privacy statement (service catalogue). */
  serviceUrl: string;
  privacyPolicyUrl: string;
  /** `urn:etoegang:DV:<OIN>:services:<index>` */
  serviceId: string;
  /** Signs requests and decrypts assertions (one pair for both, as the SP metadata says). */
  keys: KeyPair;
}

export const SAML_PATHS = {
  metadata: '/saml/metadata',
  serviceCatalogue: '/saml/service-catalogue',
  login: '/login',
  acsPost: '/saml/acs',
  acsArtifact: '/saml/artifact',
} as const;

export function serviceProviderFromConfig(
  config: Pick<Config, 'publicUrl' | 'eherkenning'>,
  keys: KeyPair,
): ServiceProvider {
  const eh = config.eherkenning;
  return {
    entityId: eh.entityId,
    acsPostUrl: `${config.publicUrl}${SAML_PATHS.acsPost}`,
    acsArtifactUrl: `${config.publicUrl}${SAML_PATHS.acsArtifact}`,
    oin: eh.oin,
    serviceIndex: eh.serviceIndex,
    serviceUuid: eh.serviceUuid,
    serviceInstanceUuid: eh.serviceInstanceUuid,
    brokerOin: eh.brokerOin,
    serviceUrl: config.publicUrl,
    privacyPolicyUrl: eh.privacyPolicyUrl,
    serviceId: serviceId(eh.oin, eh.serviceIndex),
    keys,
  };
}
