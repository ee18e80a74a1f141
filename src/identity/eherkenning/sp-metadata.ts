import { BINDING, LOA_URI, NS, ATTRIBUTE } from './constants.ts';
import type { ServiceProvider } from './service-provider.ts';
import { certificateBody, escapeXml } from './xml.ts';

export const SERVICE_NAME = {
  nl: 'Immigratie- en Naturalisatiedienst: toegang tot het portaal',
  en: 'Immigration and Naturalisation Service: access to the portal',
} as const;

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
  const names = Object.entries(SERVICE_NAME)
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

/**
 * The service catalogue entry (dienstcatalogus, eHerkenning "Service catalog" schema in spirit):
 * the service id and UUID the broker puts in the assertion, the required level, the attributes,
 * names in Dutch and English. The broker federation registers it; we publish it for reference.
 */
export function serviceCatalogueXml(sp: ServiceProvider): string {
  const names = Object.entries(SERVICE_NAME)
    .map(([lang, name]) => `<esc:ServiceName xml:lang="${lang}">${escapeXml(name)}</esc:ServiceName>`)
    .join('');
  const attributes = REQUESTED_ATTRIBUTES.map((name) => `<esc:RequestedAttribute Name="${name}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<esc:ServiceDefinition xmlns:esc="urn:etoegang:1.13:service-catalog" xmlns:saml="${NS.saml}">` +
    `<esc:ServiceUUID>${escapeXml(sp.serviceUuid)}</esc:ServiceUUID>` +
    `<esc:ServiceID>${escapeXml(sp.serviceId)}</esc:ServiceID>` +
    `<esc:ServiceProvider>${escapeXml(`urn:etoegang:DV:${sp.oin}:entities:0`)}</esc:ServiceProvider>` +
    `<esc:EntityID>${escapeXml(sp.entityId)}</esc:EntityID>` +
    `<esc:AttributeConsumingServiceIndex>${sp.serviceIndex}</esc:AttributeConsumingServiceIndex>` +
    names +
    `<saml:AuthnContextClassRef>${LOA_URI.loa3}</saml:AuthnContextClassRef>` +
    `<esc:EntityConcernedTypesAllowed>urn:etoegang:1.9:EntityConcernedID:KvKnr</esc:EntityConcernedTypesAllowed>` +
    attributes +
    `</esc:ServiceDefinition>\n`
  );
}
