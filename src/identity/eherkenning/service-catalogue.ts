import { randomUUID } from 'node:crypto';
import { LOA_URI, NS, QUALIFIER, type Loa } from './constants.ts';
import type { ServiceProvider } from './service-provider.ts';
import { signXml } from './signing.ts';
import { certificateBody, escapeXml } from './xml.ts';

/** Namespace of the etoegang 1.13 service catalogue (service-catalog-1.13.xsd). */
export const ESC_NS = 'urn:etoegang:1.13:service-catalog';
/** The afsprakenstelsel version the catalogue follows (esc:Version). */
const CATALOGUE_VERSION = 'urn:etoegang:1.13:53';

type Texts = { nl: string; en: string };

export interface RequestedAttribute {
  name: string;
  required: boolean;
  /** Why the portal needs it (esc:PurposeStatement), in both languages. */
  purpose: Texts;
}

/**
 * The portal's one eHerkenning service, as the broker registers it. The deployment's values
 * (OIN, UUIDs, broker, URLs, certificate) come from configuration through the ServiceProvider.
 */
export interface ServiceDefinition {
  organisation: Texts;
  /** esc:ServiceName, at most 64 characters. */
  name: Texts;
  /** esc:ServiceDescription, at most 1024 characters. */
  description: Texts;
  loa: Extract<Loa, 'loa3' | 'loa4'>;
  /** Identifiers the legal subject may be known by (etoegang EntityConcernedTypes). */
  entityConcernedTypes: string[];
  /** Restrictions of an authorisation the portal understands (a branch: vestigingsnummer). */
  serviceRestrictions: string[];
  /** Attributes beyond the identifiers every assertion carries. */
  requestedAttributes: RequestedAttribute[];
  /** Chain authorisation (ketenmachtiging): intermediaries may act for a sponsor. */
  intermediation: 'noIntermediation' | 'generalAvailable';
}

export const PORTAL_SERVICE: ServiceDefinition = {
  organisation: { nl: 'Immigratie- en Naturalisatiedienst', en: 'Immigration and Naturalisation Service' },
  name: {
    nl: 'Immigratie- en Naturalisatiedienst: toegang tot het portaal',
    en: 'Immigration and Naturalisation Service: access to the portal',
  },
  description: {
    nl: 'Zakelijke klanten van de IND, zoals erkende referenten en hun gemachtigden, dienen in het portaal aanvragen in en volgen hun zaken.',
    en: 'Business customers of the IND, such as recognised sponsors and their representatives, submit applications and follow their cases in the portal.',
  },
  // The portal refuses anything below loa3 (assertion-checks.ts).
  loa: 'loa3',
  entityConcernedTypes: [QUALIFIER.kvk, QUALIFIER.rsin],
  serviceRestrictions: ['urn:etoegang:1.9:ServiceRestriction:Vestigingsnr'],
  requestedAttributes: [],
  intermediation: 'generalAvailable',
};

const lang = (element: string, texts: Texts) =>
  (['nl', 'en'] as const)
    .map((l) => `<esc:${element} xml:lang="${l}">${escapeXml(texts[l])}</esc:${element}>`)
    .join('');

const list = (element: string, values: string[]) =>
  values.map((v) => `<esc:${element}>${escapeXml(v)}</esc:${element}>`).join('');

function serviceDefinitionXml(sp: ServiceProvider, service: ServiceDefinition): string {
  const attributes = service.requestedAttributes
    .map(
      (a) =>
        `<esc:RequestedAttribute Name="${escapeXml(a.name)}" isRequired="${a.required}">` +
        `${lang('PurposeStatement', a.purpose)}</esc:RequestedAttribute>`,
    )
    .join('');
  return (
    `<esc:ServiceDefinition esc:IsPublic="true">` +
    `<esc:ServiceUUID>${escapeXml(sp.serviceUuid)}</esc:ServiceUUID>` +
    lang('ServiceName', service.name) +
    lang('ServiceDescription', service.description) +
    `<saml:AuthnContextClassRef>${LOA_URI[service.loa]}</saml:AuthnContextClassRef>` +
    `<esc:HerkenningsmakelaarId>${escapeXml(sp.brokerOin)}</esc:HerkenningsmakelaarId>` +
    list('EntityConcernedTypesAllowed', service.entityConcernedTypes) +
    list('ServiceRestrictionsAllowed', service.serviceRestrictions) +
    attributes +
    `</esc:ServiceDefinition>`
  );
}

function serviceInstanceXml(sp: ServiceProvider, service: ServiceDefinition): string {
  const url = (element: string, value: string) =>
    `<esc:${element} xml:lang="nl">${escapeXml(value)}</esc:${element}>`;
  return (
    `<esc:ServiceInstance esc:IsPublic="true">` +
    `<esc:ServiceID>${escapeXml(sp.serviceId)}</esc:ServiceID>` +
    `<esc:ServiceUUID>${escapeXml(sp.serviceInstanceUuid)}</esc:ServiceUUID>` +
    `<esc:InstanceOfService>${escapeXml(sp.serviceUuid)}</esc:InstanceOfService>` +
    url('ServiceURL', sp.serviceUrl) +
    url('PrivacyPolicyURL', sp.privacyPolicyUrl) +
    `<esc:HerkenningsmakelaarId>${escapeXml(sp.brokerOin)}</esc:HerkenningsmakelaarId>` +
    `<esc:SSOSupport>false</esc:SSOSupport>` +
    `<esc:ServiceCertificate><md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data>` +
    `<ds:X509Certificate>${certificateBody(sp.keys.certificate)}</ds:X509Certificate>` +
    `</ds:X509Data></ds:KeyInfo></md:KeyDescriptor></esc:ServiceCertificate>` +
    `<esc:ServiceIntermediation intermediationAllowed="${service.intermediation}"/>` +
    `</esc:ServiceInstance>`
  );
}

/**
 * The service catalogue (dienstencatalogus) per the etoegang 1.13 schema: esc:ServiceCatalogue,
 * signed by the portal, holding the portal as esc:ServiceProvider with its esc:ServiceDefinition
 * (what the service is and needs) and esc:ServiceInstance (this deployment: service id, URLs,
 * encryption certificate). The broker registers it in the federation's catalogue.
 */
export function serviceCatalogueXml(
  sp: ServiceProvider,
  service: ServiceDefinition = PORTAL_SERVICE,
  now: Date = new Date(),
): string {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<esc:ServiceCatalogue xmlns:esc="${ESC_NS}" xmlns:md="${NS.md}" xmlns:ds="${NS.ds}" xmlns:saml="${NS.saml}" ` +
    `ID="_${randomUUID()}" esc:IssueInstant="${now.toISOString()}" esc:Version="${CATALOGUE_VERSION}">` +
    `<esc:ServiceProvider esc:IsPublic="true">` +
    `<esc:ServiceProviderID>${escapeXml(sp.oin)}</esc:ServiceProviderID>` +
    lang('OrganizationDisplayName', service.organisation) +
    serviceDefinitionXml(sp, service) +
    serviceInstanceXml(sp, service) +
    `</esc:ServiceProvider>` +
    `</esc:ServiceCatalogue>\n`;
  return signXml(xml, {
    privateKey: sp.keys.privateKey,
    certificate: sp.keys.certificate,
    elementXPath: '/*',
    afterXPath: '/*',
    placement: 'prepend',
  });
}
