import type { Document, Element } from '@xmldom/xmldom';
import { NS, QUALIFIER } from '../../src/identity/eherkenning/constants.ts';
import { children, descendants, parseXml, serialize } from '../../src/identity/eherkenning/xml.ts';
import {
  parseRedirectAuthnRequest,
  type ParsedAuthnRequest,
} from '../../src/identity/test-broker/authn-request.ts';
import type { TestPortal } from './portal.ts';

let browsers = 0;
/** A client address of its own for each simulated browser, so a long test file stays under the login rate limit. */
export function nextBrowserAddress(): string {
  browsers += 1;
  return `10.13.${Math.floor(browsers / 250) % 250}.${(browsers % 250) + 1}`;
}

/** The login-binding cookie /login set in the "browser" that started each request, by request id. */
const loginCookies = new Map<string, string>();

/** Starts a real login at the portal and returns the AuthnRequest as the broker sees it. */
export async function startLogin(portal: TestPortal, returnTo = '/dashboard'): Promise<ParsedAuthnRequest> {
  const response = await portal.app.inject({
    method: 'GET',
    url: `/login?return=${encodeURIComponent(returnTo)}`,
    remoteAddress: nextBrowserAddress(),
  });
  const location = String(response.headers.location);
  const request = parseRedirectAuthnRequest(new URL(location).search, portal.eherkenning.sp.keys.certificate);
  const setCookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-bp-login='));
  if (setCookie) loginCookies.set(request.id, setCookie.split(';')[0] ?? '');
  return { ...request, acsUrl: portal.eherkenning.sp.acsPostUrl };
}

/** The cookie of the browser that started the login a response answers (by its InResponseTo). */
export function loginCookieFor(responseXml: string): string {
  const id = /InResponseTo="([^"]+)"/.exec(responseXml)?.[1];
  return (id && loginCookies.get(id)) ?? '';
}

/**
 * The XML signature wrapping family (XSW1–8, Somorovsky et al., "On Breaking SAML", 2012),
 * each as a transformation of a signed response with a plaintext signed assertion. The evil
 * copies name KVK 99999999.
 */
const signatureOf = (el: Element) => children(el, NS.ds, 'Signature')[0] as Element;

function parts(xml: string): { doc: Document; response: Element; assertion: Element } {
  const doc = parseXml(xml);
  const response = doc.documentElement as Element;
  const assertion = children(response, NS.saml, 'Assertion')[0] as Element;
  return { doc, response, assertion };
}

function evilCopy(el: Element, keepSignature: boolean): Element {
  const copy = el.cloneNode(true) as Element;
  copy.setAttribute('ID', '_evil');
  if (!keepSignature) copy.removeChild(signatureOf(copy));
  for (const nameId of descendants(copy, NS.saml, 'NameID')) {
    if (nameId.getAttribute('NameQualifier') === QUALIFIER.kvk) nameId.textContent = '99999999';
  }
  return copy;
}

function withoutSignature(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  copy.removeChild(signatureOf(copy));
  return copy;
}

export const XSW: Record<string, (xml: string) => string> = {
  XSW1: (xml) => {
    const { doc, response } = parts(xml);
    signatureOf(response).appendChild(withoutSignature(response));
    response.setAttribute('ID', '_evil-response');
    for (const n of descendants(children(response, NS.saml, 'Assertion')[0] as Element, NS.saml, 'NameID'))
      n.textContent = '99999999';
    return serialize(doc);
  },
  XSW2: (xml) => {
    const { doc, response } = parts(xml);
    response.insertBefore(withoutSignature(response), signatureOf(response));
    response.setAttribute('ID', '_evil-response');
    return serialize(doc);
  },
  XSW3: (xml) => {
    const { doc, response, assertion } = parts(xml);
    response.insertBefore(evilCopy(assertion, false), assertion);
    return serialize(doc);
  },
  XSW4: (xml) => {
    const { doc, response, assertion } = parts(xml);
    const evil = evilCopy(assertion, false);
    response.replaceChild(evil, assertion);
    evil.appendChild(assertion);
    return serialize(doc);
  },
  XSW5: (xml) => {
    const { doc, response, assertion } = parts(xml);
    const evil = evilCopy(assertion, true);
    const original = withoutSignature(assertion);
    response.replaceChild(evil, assertion);
    response.appendChild(original);
    return serialize(doc);
  },
  XSW6: (xml) => {
    const { doc, response, assertion } = parts(xml);
    const evil = evilCopy(assertion, true);
    const original = withoutSignature(assertion);
    response.replaceChild(evil, assertion);
    signatureOf(evil).appendChild(original);
    return serialize(doc);
  },
  XSW7: (xml) => {
    const { doc, response, assertion } = parts(xml);
    const extensions = doc.createElementNS(NS.samlp, 'samlp:Extensions');
    response.replaceChild(evilCopy(assertion, false), assertion);
    extensions.appendChild(assertion);
    response.insertBefore(extensions, children(response, NS.samlp, 'Status')[0] ?? null);
    return serialize(doc);
  },
  XSW8: (xml) => {
    const { doc, response, assertion } = parts(xml);
    const evil = evilCopy(assertion, true);
    const object = doc.createElementNS(NS.ds, 'ds:Object');
    object.appendChild(withoutSignature(assertion));
    response.replaceChild(evil, assertion);
    signatureOf(evil).appendChild(object);
    return serialize(doc);
  },
};
