import { readFileSync } from 'node:fs';
import { BINDING, NS } from './constants.ts';
import { certificatePem, children, descendants, parseXml, strictText, type XmlError } from './xml.ts';
import type { Element } from '@xmldom/xmldom';

/** What the portal trusts about its broker: read from the configured metadata only (SAML metadata 2.0). */
export interface IdpMetadata {
  entityId: string;
  ssoRedirectUrl: string | undefined;
  ssoPostUrl: string | undefined;
  /** Indexed ArtifactResolutionService endpoints (metadata 2.4.3, bindings 3.6.4). */
  artifactResolutionServices: { index: number; url: string }[];
  /** Signing certificates (PEM). Only these verify broker signatures; KeyInfo in messages is ignored. */
  signingCertificates: string[];
}

export class MetadataError extends Error {
  override name = 'MetadataError';
}

export function loadIdpMetadata(path: string): IdpMetadata {
  return parseIdpMetadata(readFileSync(path, 'utf8'));
}

export function parseIdpMetadata(xml: string): IdpMetadata {
  let doc;
  try {
    doc = parseXml(xml);
  } catch (error) {
    throw new MetadataError(`broker metadata is not valid XML: ${(error as XmlError).message}`);
  }
  const root = doc.documentElement;
  if (root?.namespaceURI !== NS.md || root.localName !== 'EntityDescriptor') {
    throw new MetadataError('broker metadata must have one md:EntityDescriptor as its root');
  }
  const entityId = root.getAttribute('entityID');
  const idp = children(root, NS.md, 'IDPSSODescriptor')[0];
  if (!entityId || !idp) throw new MetadataError('broker metadata needs an entityID and an IDPSSODescriptor');
  const sso = (binding: string) =>
    children(idp, NS.md, 'SingleSignOnService')
      .find((e) => e.getAttribute('Binding') === binding)
      ?.getAttribute('Location') ?? undefined;
  const metadata: IdpMetadata = {
    entityId,
    ssoRedirectUrl: sso(BINDING.redirect),
    ssoPostUrl: sso(BINDING.post),
    artifactResolutionServices: artifactServices(idp),
    signingCertificates: signingCertificates(idp),
  };
  if (!metadata.ssoRedirectUrl && !metadata.ssoPostUrl)
    throw new MetadataError('broker metadata has no SingleSignOnService');
  if (metadata.signingCertificates.length === 0)
    throw new MetadataError('broker metadata has no signing certificate');
  return metadata;
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
