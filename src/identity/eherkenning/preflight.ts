import type { Document, Element } from '@xmldom/xmldom';
import {
  ALLOWED_DIGEST_ALGORITHMS,
  ALLOWED_SIGNATURE_ALGORITHMS,
  ENVELOPED,
  EXC_C14N,
  NS,
  STATUS,
} from './constants.ts';
import { reject, type RejectionReason } from './errors.ts';
import { allElements, child, children, containsComment, descendants, parseXml, strictText } from './xml.ts';

/**
 * Checks on the raw message before any signature is verified. They are deliberately strict:
 * a broker never needs comments, a second assertion, an assertion outside its place, a
 * duplicate ID or a signature that does not cover its own parent, and each of those is how
 * the XML-signature-wrapping attacks (XSW1–8, Somorovsky et al. 2012) and the comment
 * truncation attack work.
 */

export function parseMessage(xml: string): Document {
  try {
    return parseXml(xml);
  } catch (error) {
    return reject('malformed', 'the message is not well-formed XML', error);
  }
}

export function rejectComments(doc: Document): void {
  if (containsComment(doc))
    reject('xml_comment', 'comments and processing instructions are not allowed in SAML messages');
}

/** SAML core 1.3.4: IDs are unique in a document; a copy is the core of every wrapping attack. */
export function rejectDuplicateIds(root: Element): void {
  const seen = new Set<string>();
  for (const el of allElements(root)) {
    for (const name of ['ID', 'Id', 'id']) {
      const id = el.getAttribute(name);
      if (id === null || id === '') continue;
      if (seen.has(id)) reject('wrapping_detected', 'an ID occurs more than once');
      seen.add(id);
    }
  }
}

/**
 * SAML core 5.4.1–5.4.2: a signature is an enveloped child of the Response or Assertion it signs,
 * with exactly one Reference to that element's ID and only the enveloped + exclusive c14n transforms.
 */
export function checkSignaturePlacement(root: Element): void {
  for (const signature of descendants(root, NS.ds, 'Signature').concat(
    root.localName === 'Signature' ? [root] : [],
  )) {
    const parent = signature.parentNode as Element | null;
    const signable =
      parent &&
      (isSaml(parent, NS.samlp, 'Response') ||
        isSaml(parent, NS.saml, 'Assertion') ||
        isSaml(parent, NS.samlp, 'ArtifactResolve') ||
        isSaml(parent, NS.samlp, 'ArtifactResponse'));
    if (!parent || !signable)
      reject('wrapping_detected', 'a signature is not an enveloped child of a SAML message or assertion');
    const references = descendants(signature, NS.ds, 'Reference');
    if (references.length !== 1) reject('wrapping_detected', 'a signature must have exactly one Reference');
    const uri = references[0]?.getAttribute('URI') ?? '';
    if (uri !== `#${parent.getAttribute('ID') ?? ''}` || uri === '#') {
      reject('wrapping_detected', 'a signature does not reference its own parent');
    }
    checkAlgorithms(signature);
  }
}

function isSaml(el: Element, ns: string, localName: string): boolean {
  return el.namespaceURI === ns && el.localName === localName;
}

/** Only RSA-SHA256/512 with SHA-256/512 digests; no SHA-1, no HMAC (key confusion), no XSLT/XPath transforms. */
export function checkAlgorithms(signature: Element): void {
  const algorithm = (el: Element | undefined) => el?.getAttribute('Algorithm') ?? '';
  const allowed = (list: readonly string[], value: string, what: string) => {
    if (!list.includes(value)) reject('algorithm_not_allowed', `${what} ${value}`);
  };
  for (const method of descendants(signature, NS.ds, 'SignatureMethod'))
    allowed(ALLOWED_SIGNATURE_ALGORITHMS, algorithm(method), 'signature');
  for (const method of descendants(signature, NS.ds, 'DigestMethod'))
    allowed(ALLOWED_DIGEST_ALGORITHMS, algorithm(method), 'digest');
  for (const transform of descendants(signature, NS.ds, 'Transform'))
    allowed([ENVELOPED, EXC_C14N], algorithm(transform), 'transform');
  for (const method of descendants(signature, NS.ds, 'CanonicalizationMethod'))
    allowed([EXC_C14N], algorithm(method), 'c14n');
}

export interface ResponseShape {
  response: Element;
  assertion: Element | undefined;
  encryptedAssertion: Element | undefined;
  inResponseTo: string | null;
}

/** SAML core 3.2.2 / profiles 4.1.4.2: one Response, at most one (encrypted) assertion as its direct child. */
export function responseShape(doc: Document): ResponseShape {
  const response = doc.documentElement;
  if (!response || !isSaml(response, NS.samlp, 'Response'))
    reject('malformed', 'the root is not a samlp:Response');
  const anywhere =
    descendants(doc, NS.saml, 'Assertion').length + descendants(doc, NS.saml, 'EncryptedAssertion').length;
  const direct = children(response, NS.saml, 'Assertion');
  const directEncrypted = children(response, NS.saml, 'EncryptedAssertion');
  if (anywhere > 1 || direct.length + directEncrypted.length !== anywhere) {
    reject('wrapping_detected', 'assertions must appear once, as a direct child of the Response');
  }
  return {
    response,
    assertion: direct[0],
    encryptedAssertion: directEncrypted[0],
    inResponseTo: response.getAttribute('InResponseTo'),
  };
}

/** SAML core 3.2.2: Destination must be present on a signed response and must be the endpoint it arrived at. */
export function checkDestination(response: Element, expected: string): void {
  if (response.getAttribute('Destination') !== expected)
    reject('wrong_destination', 'Destination is not our assertion consumer service');
}

/** SAML core 3.2.2.2: anything but Success ends the login; second-level codes say why. */
export function checkStatus(response: Element): void {
  const status = child(response, NS.samlp, 'Status');
  const code = status ? child(status, NS.samlp, 'StatusCode') : undefined;
  const value = code?.getAttribute('Value');
  if (value === STATUS.success) return;
  const sub = code ? child(code, NS.samlp, 'StatusCode')?.getAttribute('Value') : undefined;
  const reasons: Record<string, RejectionReason> = {
    [STATUS.authnFailed]: 'status_authn_failed',
    [STATUS.requestDenied]: 'status_request_denied',
    [STATUS.noAuthnContext]: 'status_no_authn_context',
  };
  const message = status ? child(status, NS.samlp, 'StatusMessage') : undefined;
  reject(
    (sub ? reasons[sub] : undefined) ?? 'status_error',
    `${value ?? 'no status'} / ${sub ?? '-'}${message ? ` (${safeText(message)})` : ''}`,
  );
}

function safeText(el: Element): string {
  try {
    return strictText(el).slice(0, 200);
  } catch {
    return '';
  }
}

/** Profiles 4.1.3.5 and eHerkenning: the assertion is signed by the broker (a signed Response alone is not enough). */
export function requireAssertionSignature(assertion: Element): void {
  if (children(assertion, NS.ds, 'Signature').length !== 1)
    reject('assertion_unsigned', 'the assertion carries no signature of its own');
}
