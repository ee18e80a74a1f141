import { createSign, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { LOA_URI, NS, SIGNATURE_ALGORITHM, BINDING } from './constants.ts';
import type { IdpMetadata } from './idp-metadata.ts';
import { safeRelayState } from './relay-state.ts';
import type { ServiceProvider } from './service-provider.ts';
import { escapeXml } from './xml.ts';

/** How long a request id stays usable for the response (the login must finish within this). */
export const REQUEST_LIFETIME_MS = 15 * 60 * 1000;

export interface AuthnRequestResult {
  /** Where to send the browser: the broker's SSO URL with the signed request in the query. */
  url: string;
  requestId: string;
  expiresAt: Date;
  relayState: string | null;
}

/** SAML core 1.3.4: an ID starts with a letter or underscore; 160 random bits make it unguessable. */
export function newSamlId(): string {
  return `_${randomBytes(20).toString('hex')}`;
}

/**
 * SAML core 3.4.1 AuthnRequest as eHerkenning wants it: the service named by
 * AttributeConsumingServiceIndex, loa3 as the minimum level, the response to our ACS.
 * ProtocolBinding asks for the artifact binding, which brokers commonly require.
 */
export function authnRequestXml(
  sp: ServiceProvider,
  destination: string,
  id: string,
  issueInstant: Date,
): string {
  return (
    `<samlp:AuthnRequest xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="${id}" Version="2.0" ` +
    `IssueInstant="${issueInstant.toISOString()}" Destination="${escapeXml(destination)}" ` +
    `AssertionConsumerServiceURL="${escapeXml(sp.acsArtifactUrl)}" ProtocolBinding="${BINDING.artifact}" ` +
    `AttributeConsumingServiceIndex="${sp.serviceIndex}">` +
    `<saml:Issuer>${escapeXml(sp.entityId)}</saml:Issuer>` +
    `<samlp:RequestedAuthnContext Comparison="minimum">` +
    `<saml:AuthnContextClassRef>${LOA_URI.loa3}</saml:AuthnContextClassRef>` +
    `</samlp:RequestedAuthnContext>` +
    `</samlp:AuthnRequest>`
  );
}

/**
 * HTTP-Redirect binding (SAML bindings 3.4.4.1): DEFLATE, base64, and a signature over
 * `SAMLRequest=…&RelayState=…&SigAlg=…` in the query, not inside the XML.
 */
export function buildAuthnRequest(
  sp: ServiceProvider,
  idp: IdpMetadata,
  options: { relayState?: unknown; now?: Date } = {},
): AuthnRequestResult {
  const destination = idp.ssoRedirectUrl;
  if (!destination) throw new Error('the broker metadata has no HTTP-Redirect SingleSignOnService');
  const now = options.now ?? new Date();
  const requestId = newSamlId();
  const relayState = options.relayState === undefined ? null : safeRelayState(options.relayState);
  const encoded = deflateRawSync(
    Buffer.from(authnRequestXml(sp, destination, requestId, now), 'utf8'),
  ).toString('base64');
  let query = `SAMLRequest=${encodeURIComponent(encoded)}`;
  if (relayState) query += `&RelayState=${encodeURIComponent(relayState)}`;
  query += `&SigAlg=${encodeURIComponent(SIGNATURE_ALGORITHM)}`;
  const signature = createSign('RSA-SHA256').update(query).sign(sp.keys.privateKey, 'base64');
  query += `&Signature=${encodeURIComponent(signature)}`;
  const separator = destination.includes('?') ? '&' : '?';
  return {
    url: `${destination}${separator}${query}`,
    requestId,
    expiresAt: new Date(now.getTime() + REQUEST_LIFETIME_MS),
    relayState,
  };
}
