import { createVerify } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { NS, SIGNATURE_ALGORITHM } from '../eherkenning/constants.ts';
import { child, parseXml, strictText } from '../eherkenning/xml.ts';

/** What the broker needs from an AuthnRequest (SAML core 3.4.1). */
export interface ParsedAuthnRequest {
  id: string;
  issuer: string;
  acsUrl: string;
  protocolBinding: string | null;
  serviceIndex: number | null;
  relayState: string | null;
}

export class AuthnRequestError extends Error {
  override name = 'AuthnRequestError';
}

/**
 * HTTP-Redirect binding (SAML bindings 3.4.4.1): checks the signature over the query as sent
 * (the raw, still URL-encoded parameters) with the SP certificate, then inflates and parses.
 */
export function parseRedirectAuthnRequest(rawQuery: string, spCertificate: string): ParsedAuthnRequest {
  const raw = rawParams(rawQuery);
  const { SAMLRequest, RelayState, SigAlg, Signature } = raw;
  if (!SAMLRequest || !SigAlg || !Signature) throw new AuthnRequestError('the request must be signed');
  if (decodeURIComponent(SigAlg) !== SIGNATURE_ALGORITHM) throw new AuthnRequestError('unsupported SigAlg');
  const signed = `SAMLRequest=${SAMLRequest}${RelayState === undefined ? '' : `&RelayState=${RelayState}`}&SigAlg=${SigAlg}`;
  const ok = createVerify('RSA-SHA256')
    .update(signed)
    .verify(spCertificate, decodeURIComponent(Signature), 'base64');
  if (!ok) throw new AuthnRequestError('the request signature is not valid');
  const xml = inflateRawSync(Buffer.from(decodeURIComponent(SAMLRequest), 'base64'), {
    maxOutputLength: 64 * 1024,
  }).toString('utf8');
  return {
    ...parseAuthnRequestXml(xml),
    relayState: RelayState === undefined ? null : decodeURIComponent(RelayState),
  };
}

function rawParams(query: string): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const part of query.replace(/^\?/, '').split('&')) {
    const [key, value] = part.split('=', 2);
    if (key && value !== undefined && !(key in out)) out[key] = value;
  }
  return out;
}

export function parseAuthnRequestXml(xml: string): Omit<ParsedAuthnRequest, 'relayState'> {
  const root = parseXml(xml).documentElement;
  if (root?.namespaceURI !== NS.samlp || root.localName !== 'AuthnRequest')
    throw new AuthnRequestError('not an AuthnRequest');
  const issuer = child(root, NS.saml, 'Issuer');
  const id = root.getAttribute('ID');
  const acsUrl = root.getAttribute('AssertionConsumerServiceURL');
  if (!id || !issuer || !acsUrl)
    throw new AuthnRequestError('ID, Issuer and AssertionConsumerServiceURL are required');
  const index = root.getAttribute('AttributeConsumingServiceIndex');
  return {
    id,
    issuer: strictText(issuer),
    acsUrl,
    protocolBinding: root.getAttribute('ProtocolBinding'),
    serviceIndex: index === null ? null : Number(index),
  };
}
