import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

/** Small DOM helpers shared by the SP and the test broker. Every lookup checks the namespace. */

export class XmlError extends Error {
  override name = 'XmlError';
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PI_NODE = 7;
const COMMENT_NODE = 8;
const DOCTYPE_NODE = 10;

/** Parses XML strictly: any parser error, a DOCTYPE (entity expansion, XXE) or a processing instruction fails. */
export function parseXml(xml: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlError('a DOCTYPE is not allowed');
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new XmlError(`${level}: ${message}`);
    },
  });
  const doc = parser.parseFromString(xml, 'text/xml');
  for (let n = doc.firstChild; n; n = n.nextSibling) {
    // The XML declaration shows up as a processing instruction named "xml"; it is harmless.
    if (n.nodeType === PI_NODE && n.nodeName === 'xml') continue;
    if (n.nodeType === DOCTYPE_NODE || n.nodeType === PI_NODE)
      throw new XmlError('no processing instructions allowed');
  }
  if (!doc.documentElement) throw new XmlError('no document element');
  return doc;
}

export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

export function is(el: Element, ns: string, localName: string): boolean {
  return el.namespaceURI === ns && el.localName === localName;
}

/** Direct element children with this namespace and local name. */
export function children(parent: Element | Document, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && is(n, ns, localName)) out.push(n);
  }
  return out;
}

export function child(parent: Element, ns: string, localName: string): Element | undefined {
  return children(parent, ns, localName)[0];
}

/** Every descendant element with this namespace and local name, in document order. */
export function descendants(root: Element | Document, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      if (is(n, ns, localName)) out.push(n);
      walk(n);
    }
  };
  walk(root);
  return out;
}

/** Every element in the tree (the root included). */
export function allElements(root: Element): Element[] {
  const out: Element[] = [root];
  const walk = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (isElement(n)) {
        out.push(n);
        walk(n);
      }
    }
  };
  walk(root);
  return out;
}

export function containsComment(root: Node): boolean {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === COMMENT_NODE || (n.nodeType === PI_NODE && n.nodeName !== 'xml')) return true;
    if (containsComment(n)) return true;
  }
  return false;
}

/**
 * The text of an element that must hold text only. A comment, an element or a processing
 * instruction inside makes it fail: "12345678<!---->9" must not be read as either half
 * (the comment truncation attack, CVE-2017-11427 family).
 */
export function strictText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== TEXT_NODE && n.nodeType !== CDATA_NODE)
      throw new XmlError(`<${el.localName}> must hold text only`);
    text += n.nodeValue ?? '';
  }
  return text.trim();
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** PEM certificate → the base64 body used in ds:X509Certificate. */
export function certificateBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

/** base64 body of ds:X509Certificate → PEM. */
export function certificatePem(body: string): string {
  const clean = body.replace(/\s+/g, '');
  const lines = clean.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
