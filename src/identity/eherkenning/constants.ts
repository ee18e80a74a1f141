/**
 * Names from SAML 2.0 (OASIS saml-core-2.0-os, saml-bindings-2.0-os) and the eHerkenning
 * interface specifications (afsprakenstelsel eToegang, "Interface specificaties DV-HM").
 */
export const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  xenc: 'http://www.w3.org/2001/04/xmlenc#',
  soap: 'http://schemas.xmlsoap.org/soap/envelope/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export const BINDING = {
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  artifact: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact',
  soap: 'urn:oasis:names:tc:SAML:2.0:bindings:SOAP',
} as const;

/** SAML core 3.2.2.2: top-level and second-level status codes. */
export const STATUS = {
  success: 'urn:oasis:names:tc:SAML:2.0:status:Success',
  requester: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
  responder: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
  authnFailed: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
  requestDenied: 'urn:oasis:names:tc:SAML:2.0:status:RequestDenied',
  noAuthnContext: 'urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext',
} as const;

/** eHerkenning assurance levels as AuthnContextClassRef values. */
export const LOA_URI = {
  loa2: 'urn:etoegang:core:assurance-class:loa2',
  loa2plus: 'urn:etoegang:core:assurance-class:loa2plus',
  loa3: 'urn:etoegang:core:assurance-class:loa3',
  loa4: 'urn:etoegang:core:assurance-class:loa4',
} as const;
export type Loa = keyof typeof LOA_URI;

/** eHerkenning attribute names (afsprakenstelsel, "Attribuutcatalogus" and 1.13 interface spec). */
export const ATTRIBUTE = {
  serviceId: 'urn:etoegang:core:ServiceID',
  serviceUuid: 'urn:etoegang:core:ServiceUUID',
  legalSubjectId: 'urn:etoegang:core:LegalSubjectID',
  actingSubjectId: 'urn:etoegang:core:ActingSubjectID',
  /** Chain authorisation (ketenmachtiging): the intermediary's identifier. */
  intermediateEntityId: 'urn:etoegang:core:IntermediateEntityID',
  branchRestriction: 'urn:etoegang:1.9:ServiceRestriction:Vestigingsnr',
} as const;

/** NameQualifier values that say what kind of identifier a (decrypted) NameID holds. */
export const QUALIFIER = {
  kvk: 'urn:etoegang:1.9:EntityConcernedID:KvKnr',
  rsin: 'urn:etoegang:1.9:EntityConcernedID:RSIN',
  intermediaryKvk: 'urn:etoegang:1.9:IntermediateEntityID:KvKnr',
} as const;

/**
 * Algorithms we accept (eHerkenning follows the Logius/NCSC TLS and XML-signature guidance:
 * no SHA-1, no HMAC; RSA-OAEP key transport and AES-GCM content encryption).
 */
export const ALLOWED_SIGNATURE_ALGORITHMS: readonly string[] = [
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
];
export const ALLOWED_DIGEST_ALGORITHMS: readonly string[] = [
  'http://www.w3.org/2001/04/xmlenc#sha256',
  'http://www.w3.org/2001/04/xmlenc#sha512',
];
export const ALLOWED_ENCRYPTION_ALGORITHMS: readonly string[] = [
  'http://www.w3.org/2009/xmlenc11#aes128-gcm',
  'http://www.w3.org/2009/xmlenc11#aes256-gcm',
  'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
  'http://www.w3.org/2009/xmlenc11#rsa-oaep',
];
export const SIGNATURE_ALGORITHM = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export const DIGEST_ALGORITHM = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/** The service id the portal is known by in the eHerkenning service catalogue. */
export function serviceId(oin: string, serviceIndex: number): string {
  return `urn:etoegang:DV:${oin}:services:${serviceIndex}`;
}
