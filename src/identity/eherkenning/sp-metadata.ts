import { ATTRIBUTE, BINDING, NS } from './constants.ts';
import { PORTAL_SERVICE } from './service-catalogue.ts';
import type { ServiceProvider } from './service-provider.ts';
import { certificateBody, escapeXml } from './xml.ts';

const REQUESTED_ATTRIBUTES = [
  ATTRIBUTE.legalSubjectId,
  ATTRIBUTE.actingSubjectId,
  ATTRIBUTE.branchRestriction,
  ATTRIBUTE.intermediateEntityId,
];

function keyDescriptor(use: 'signing' | 'encryption', certificate: string): string {
  return (
    `<md:KeyDescriptor use="${use}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(certificate)}` +
    `</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`
  );
}

/**
 * SAML metadata 2.4.4 SPSSODescriptor: signed requests, signed assertions wanted, both ACS
 * bindings (POST and Artifact), and the AttributeConsumingService the AuthnRequest names by index.
 */
export function serviceProviderMetadataXml(sp: ServiceProvider): string {
  const names = Object.entries(PORTAL_SERVICE.name)
    .map(([lang, name]) => `<md:ServiceName xml:lang="${lang}">${escapeXml(name)}</md:ServiceName>`)
    .join('');
  const attributes = REQUESTED_ATTRIBUTES.map(
    (name) => `<md:RequestedAttribute Name="${name}" isRequired="${name === ATTRIBUTE.legalSubjectId}"/>`,
  ).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntityDescriptor xmlns:md="${NS.md}" xmlns:ds="${NS.ds}" entityID="${escapeXml(sp.entityId)}">` +
    `<md:SPSSODescriptor protocolSupportEnumeration="${NS.samlp}" AuthnRequestsSigned="true" WantAssertionsSigned="true">` +
    keyDescriptor('signing', sp.keys.certificate) +
    keyDescriptor('encryption', sp.keys.certificate) +
    `<md:AssertionConsumerService Binding="${BINDING.artifact}" Location="${escapeXml(sp.acsArtifactUrl)}" index="0" isDefault="true"/>` +
    `<md:AssertionConsumerService Binding="${BINDING.post}" Location="${escapeXml(sp.acsPostUrl)}" index="1"/>` +
    `<md:AttributeConsumingService index="${sp.serviceIndex}" isDefault="true">${names}${attributes}</md:AttributeConsumingService>` +
    `</md:SPSSODescriptor>` +
    `</md:EntityDescriptor>\n`
  );
}
