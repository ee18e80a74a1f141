import type { Element, Node } from '@xmldom/xmldom';
import { BINDING, NS } from './constants.ts';
import { SamlRejection } from './errors.ts';
import { checkAlgorithms, rejectDuplicateIds } from './preflight.ts';
import { verifyEnvelopedSignature } from './signing.ts';
import {
  certificatePem,
  children,
  descendants,
  isElement,
  parseXml,
  strictText,
  type XmlError,
} from './xml.ts';

/** What the portal trusts about its broker: read from the configured metadata only (SAML metadata 2.0). */
export interface IdpMetadata {
  entityId: string;
  ssoRedirectUrl: string | undefined;
  ssoPostUrl: string | undefined;
  /** Indexed ArtifactResolutionService endpoints (metadata 2.4.3, bindings 3.6.4). */
  artifactResolutionServices: { index: number; url: string }[];
  /**
   * Signing certificates (PEM). Only these verify broker signatures; KeyInfo in messages is
   * ignored. Brokers list two during a key rollover: a message signed with either is accepted.
   */
  signingCertificates: string[];
  /** metadata 2.3.1 validUntil: the earliest on the path from the root to the IDPSSODescriptor. */
  validUntil: Date | null;
  /** metadata 2.3.1 cacheDuration: how long the document may be used before it is fetched again. */
  cacheDurationMs: number | null;
}

/** How the metadata is trusted and which entity in it is the broker. */
export interface MetadataTrust {
  /**
   * Certificates (PEM) one of which must have signed the metadata document. Undefined: an
   * unsigned document is accepted (development and the built-in test broker only; config.ts
   * requires the certificate in production).
   */
  signingCertificates?: readonly string[];
  /** The broker's entity id; without it, the only entity with an IDPSSODescriptor. */
  entityId?: string;
  now?: Date;
}

export class MetadataError extends Error {
  override name = 'MetadataError';
}

const ENTITIES = 'EntitiesDescriptor';
const ENTITY = 'EntityDescriptor';

/**
 * Reads broker metadata as brokers publish it (SAML metadata 2.3): an `md:EntitiesDescriptor`
 * (possibly nested) or one `md:EntityDescriptor`, signed over the root (metadata 3), valid until
 * `validUntil`. Throws MetadataError with a sentence an operator can act on.
 */
export function parseIdpMetadata(xml: string, trust: MetadataTrust = {}): IdpMetadata {
  let doc;
  try {
    doc = parseXml(xml);
  } catch (error) {
    throw new MetadataError(`broker metadata is not valid XML: ${(error as XmlError).message}`);
  }
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== NS.md || (root.localName !== ENTITIES && root.localName !== ENTITY)) {
    throw new MetadataError(
      'broker metadata must have md:EntitiesDescriptor or md:EntityDescriptor as its root',
    );
  }
  if (trust.signingCertificates) verifyMetadataSignature(xml, root, trust.signingCertificates);
  const entity = brokerEntity(root, trust.entityId);
  const idp = children(entity, NS.md, 'IDPSSODescriptor').find((d) =>
    (d.getAttribute('protocolSupportEnumeration') ?? '').split(/\s+/).includes(NS.samlp),
  );
  if (!idp)
    throw new MetadataError(`the broker entity ${entityIdOf(entity)} has no SAML 2.0 IDPSSODescriptor`);
  const path = ancestry(idp);
  const metadata: IdpMetadata = {
    entityId: entityIdOf(entity),
    ssoRedirectUrl: ssoLocation(idp, BINDING.redirect),
    ssoPostUrl: ssoLocation(idp, BINDING.post),
    artifactResolutionServices: artifactServices(idp),
    signingCertificates: signingCertificates(idp),
    validUntil: earliest(path.map((e) => dateAttribute(e, 'validUntil'))),
    cacheDurationMs: smallest(path.map((e) => durationAttribute(e, 'cacheDuration'))),
  };
  if (!metadata.ssoRedirectUrl && !metadata.ssoPostUrl)
    throw new MetadataError('broker metadata has no SingleSignOnService');
  if (metadata.signingCertificates.length === 0)
    throw new MetadataError('broker metadata has no signing certificate');
  const now = trust.now ?? new Date();
  if (metadata.validUntil && metadata.validUntil <= now) {
    throw new MetadataError(`broker metadata expired at ${metadata.validUntil.toISOString()} (validUntil)`);
  }
  return metadata;
}

/**
 * SAML metadata 3 and XML-DSig: one enveloped signature, a direct child of the root, whose one
 * Reference is the root's ID, made with one of the configured certificates. The certificate in
 * KeyInfo is never used. Unique IDs keep the Reference from pointing at a wrapped copy.
 */
function verifyMetadataSignature(xml: string, root: Element, certificates: readonly string[]): void {
  if (certificates.length === 0)
    throw new MetadataError('no certificate is configured to verify broker metadata');
  const signatures = children(root, NS.ds, 'Signature');
  if (signatures.length === 0) throw new MetadataError('broker metadata is not signed');
  if (signatures.length > 1) throw new MetadataError('broker metadata has more than one root signature');
  const signature = signatures[0] as Element;
  const references = descendants(signature, NS.ds, 'Reference');
  const id = root.getAttribute('ID');
  if (!id || references.length !== 1 || references[0]?.getAttribute('URI') !== `#${id}`)
    throw new MetadataError('the broker metadata signature does not cover the whole document');
  try {
    rejectDuplicateIds(root);
    checkAlgorithms(signature);
  } catch (error) {
    if (error instanceof SamlRejection) throw new MetadataError(`broker metadata: ${error.message}`);
    throw error;
  }
  if (!verifyEnvelopedSignature(xml, signature, certificates))
    throw new MetadataError(
      'the broker metadata signature is not valid: the file was changed or signed with another key ' +
        'than EHERKENNING_IDP_METADATA_CERT',
    );
}

/** The broker: the entity with the configured id, else the only one with an IDPSSODescriptor. */
function brokerEntity(root: Element, entityId: string | undefined): Element {
  const entities = root.localName === ENTITY ? [root] : descendants(root, NS.md, ENTITY);
  if (entityId) {
    const found = entities.find((e) => e.getAttribute('entityID') === entityId);
    if (!found)
      throw new MetadataError(
        `broker metadata has no entity ${entityId} (it has: ${entities.map(entityIdOf).join(', ') || 'none'})`,
      );
    return found;
  }
  const idps = entities.filter((e) => children(e, NS.md, 'IDPSSODescriptor').length > 0);
  if (idps.length === 1) return idps[0] as Element;
  if (idps.length === 0) throw new MetadataError('broker metadata has no entity with an IDPSSODescriptor');
  throw new MetadataError(
    `broker metadata has ${idps.length} entities with an IDPSSODescriptor: set EHERKENNING_IDP_ENTITY_ID to one of ${idps.map(entityIdOf).join(', ')}`,
  );
}

function entityIdOf(entity: Element): string {
  const id = entity.getAttribute('entityID');
  if (!id) throw new MetadataError('an md:EntityDescriptor in the broker metadata has no entityID');
  return id;
}

function ssoLocation(idp: Element, binding: string): string | undefined {
  return (
    children(idp, NS.md, 'SingleSignOnService')
      .find((e) => e.getAttribute('Binding') === binding)
      ?.getAttribute('Location') ?? undefined
  );
}

function artifactServices(idp: Element): IdpMetadata['artifactResolutionServices'] {
  return children(idp, NS.md, 'ArtifactResolutionService')
    .filter((e) => e.getAttribute('Binding') === BINDING.soap)
    .map((e) => ({ index: Number(e.getAttribute('index') ?? '0'), url: e.getAttribute('Location') ?? '' }))
    .filter((s) => Number.isInteger(s.index) && s.url !== '');
}

/** KeyDescriptor with use="signing" or without use (metadata 2.4.1.1: then it is for both). */
function signingCertificates(idp: Element): string[] {
  return children(idp, NS.md, 'KeyDescriptor')
    .filter((k) => (k.getAttribute('use') ?? 'signing') === 'signing' || k.getAttribute('use') === '')
    .flatMap((k) => descendants(k, NS.ds, 'X509Certificate'))
    .map((c) => certificatePem(strictText(c)));
}

/** The element and its ancestors up to the root, whose validUntil and cacheDuration all apply. */
function ancestry(el: Element): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = el; isElement(n); n = n.parentNode) out.push(n);
  return out;
}

function dateAttribute(el: Element, name: string): Date | null {
  const value = el.getAttribute(name);
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new MetadataError(`broker metadata: ${name}="${value}" is not a date`);
  return date;
}

function durationAttribute(el: Element, name: string): number | null {
  const value = el.getAttribute(name);
  if (!value) return null;
  const ms = parseDuration(value);
  if (ms === null) throw new MetadataError(`broker metadata: ${name}="${value}" is not an xs:duration`);
  return ms;
}

/** xs:duration (PnYnMnDTnHnMnS) in milliseconds; years and months counted as 365 and 30 days. */
export function parseDuration(value: string): number | null {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    value,
  );
  if (!match || value === 'P' || value.endsWith('T')) return null;
  // Unmatched groups are undefined: Number(undefined ?? 0) is 0.
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = match
    .slice(1)
    .map((part: string | undefined) => Number(part ?? 0));
  const days = y * 365 + mo * 30 + d;
  return ((days * 24 + h) * 60 + mi) * 60_000 + Math.round(s * 1000);
}

function earliest(dates: (Date | null)[]): Date | null {
  const present = dates.filter((d): d is Date => d !== null);
  return present.length === 0 ? null : new Date(Math.min(...present.map((d) => d.getTime())));
}

function smallest(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : Math.min(...present);
}
