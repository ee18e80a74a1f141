import { BINDING, NS } from '../../src/identity/eherkenning/constants.ts';
import type { KeyPair } from '../../src/identity/eherkenning/key-pair.ts';
import { signXml } from '../../src/identity/eherkenning/signing.ts';
import { certificateBody, escapeXml } from '../../src/identity/eherkenning/xml.ts';

/**
 * Broker metadata shaped as an etoegang 1.13 broker (herkenningsmakelaar) publishes it: a signed
 * md:EntitiesDescriptor with cacheDuration and validUntil, one entity that is identity provider
 * towards service providers (IDPSSODescriptor) and service provider towards the authentication
 * services (SPSSODescriptor), single sign-on on one host and artifact resolution on another.
 */
export interface BrokerMetadataSpec {
  /** ID of the EntitiesDescriptor, the signature's Reference. */
  id?: string;
  entityId: string;
  ssoUrl: string;
  artifactResolutionUrl: string;
  /** The broker's message-signing certificates (two during a key rollover). */
  signingCertificates: string[];
  validUntil?: Date;
  cacheDuration?: string;
}

const ETOEGANG_METADATA_EXTENSION = 'urn:etoegang:1.13:metadata-extension';

function keyDescriptor(use: 'signing' | 'encryption', certificate: string): string {
  return (
    `\n      <md:KeyDescriptor use="${use}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>` +
    `${certificateBody(certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`
  );
}

export function brokerMetadataXml(spec: BrokerMetadataSpec): string {
  const sso = escapeXml(spec.ssoUrl);
  const signing = spec.signingCertificates.map((c) => keyDescriptor('signing', c)).join('');
  const encryption = keyDescriptor('encryption', spec.signingCertificates[0] ?? '');
  const validity =
    (spec.cacheDuration ? ` cacheDuration="${spec.cacheDuration}"` : '') +
    (spec.validUntil ? ` validUntil="${spec.validUntil.toISOString()}"` : '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntitiesDescriptor xmlns:md="${NS.md}" xmlns:ds="${NS.ds}" xmlns:saml="${NS.saml}" xmlns:ext="${ETOEGANG_METADATA_EXTENSION}" ID="${spec.id ?? '_broker-metadata'}" Name="urn:etoegang:HM:entities"${validity}>
  <md:EntityDescriptor entityID="${escapeXml(spec.entityId)}">
    <md:IDPSSODescriptor protocolSupportEnumeration="${NS.samlp}" WantAuthnRequestsSigned="true">${signing}${encryption}
      <md:ArtifactResolutionService Binding="${BINDING.soap}" Location="${escapeXml(spec.artifactResolutionUrl)}" index="0" isDefault="true"/>
      <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
      <md:SingleSignOnService Binding="${BINDING.artifact}" Location="${sso}"/>
      <md:SingleSignOnService Binding="${BINDING.post}" Location="${sso}"/>
      <md:SingleSignOnService Binding="${BINDING.redirect}" Location="${sso}"/>
    </md:IDPSSODescriptor>
    <md:SPSSODescriptor protocolSupportEnumeration="${NS.samlp}" AuthnRequestsSigned="true" WantAssertionsSigned="true">${signing}${encryption}
      <md:ArtifactResolutionService Binding="${BINDING.soap}" Location="${escapeXml(spec.artifactResolutionUrl)}" index="0" isDefault="true"/>
      <md:AssertionConsumerService Binding="${BINDING.artifact}" Location="${sso}/acs" index="0" isDefault="true"/>
      <md:AssertionConsumerService Binding="${BINDING.post}" Location="${sso}/acs" index="1"/>
    </md:SPSSODescriptor>
    <md:Organization>
      <md:OrganizationName xml:lang="nl">Voorbeeldmakelaar B.V.</md:OrganizationName>
      <md:OrganizationDisplayName xml:lang="nl">Voorbeeldmakelaar</md:OrganizationDisplayName>
      <md:OrganizationURL xml:lang="nl">https://makelaar.example</md:OrganizationURL>
    </md:Organization>
  </md:EntityDescriptor>
</md:EntitiesDescriptor>
`;
}

/** Signs the whole document the way a federation signs metadata: enveloped, first child of the root. */
export function signMetadata(xml: string, signer: KeyPair): string {
  return signXml(xml, {
    privateKey: signer.privateKey,
    certificate: signer.certificate,
    elementXPath: '/*',
    afterXPath: '/*',
    placement: 'prepend',
  });
}
