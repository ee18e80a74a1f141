import { BINDING, NS } from '../eherkenning/constants.ts';
import type { KeyPair } from '../eherkenning/key-pair.ts';
import { certificateBody, escapeXml } from '../eherkenning/xml.ts';

export const TEST_BROKER_PATHS = {
  metadata: '/test-broker/metadata',
  sso: '/test-broker/sso',
  artifactResolve: '/test-broker/artifact-resolve',
} as const;

/** The test broker as an identity provider: who it is, where it listens, with what key it signs. */
export interface TestBroker {
  entityId: string;
  ssoUrl: string;
  artifactResolveUrl: string;
  keys: KeyPair;
}

export function testBroker(publicUrl: string, keys: KeyPair): TestBroker {
  return {
    entityId: `${publicUrl}${TEST_BROKER_PATHS.metadata}`,
    ssoUrl: `${publicUrl}${TEST_BROKER_PATHS.sso}`,
    artifactResolveUrl: `${publicUrl}${TEST_BROKER_PATHS.artifactResolve}`,
    keys,
  };
}

/** SAML metadata 2.4.3 IDPSSODescriptor: what the portal trusts by default in development. */
export function testBrokerMetadataXml(broker: TestBroker): string {
  const cert = certificateBody(broker.keys.certificate);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntityDescriptor xmlns:md="${NS.md}" xmlns:ds="${NS.ds}" entityID="${escapeXml(broker.entityId)}">` +
    `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:ArtifactResolutionService Binding="${BINDING.soap}" Location="${escapeXml(broker.artifactResolveUrl)}" index="0" isDefault="true"/>` +
    `<md:SingleSignOnService Binding="${BINDING.redirect}" Location="${escapeXml(broker.ssoUrl)}"/>` +
    `<md:SingleSignOnService Binding="${BINDING.post}" Location="${escapeXml(broker.ssoUrl)}"/>` +
    `</md:IDPSSODescriptor>` +
    `</md:EntityDescriptor>\n`
  );
}
