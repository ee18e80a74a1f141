import type { Element } from '@xmldom/xmldom';
import { ATTRIBUTE, NS, QUALIFIER } from './constants.ts';
import { decryptElement } from './decrypt.ts';
import { reject } from './errors.ts';
import { rejectComments, parseMessage } from './preflight.ts';
import { child, children, isElement, strictText } from './xml.ts';
import { XmlError } from './xml.ts';

/** Who logged in, read from the verified assertion only (never from a request parameter). */
export interface EHerkenningIdentity {
  /** KVK number of the represented company (legal subject), 8 digits. */
  kvkNumber: string;
  /** RSIN of the legal subject, 9 digits, when the broker sends it. */
  rsin: string | null;
  /** Branch number (vestigingsnummer), 12 digits, when the authorisation is limited to a branch. */
  branchNumber: string | null;
  /** Opaque pseudonym of the person acting (ActingSubjectID); never a name. */
  actingSubject: string;
  /** KVK number of the intermediary under a chain authorisation (ketenmachtiging). */
  intermediaryKvk: string | null;
  loa: 'loa3' | 'loa4';
  serviceUuid: string | null;
  assertionId: string;
  /** The id of our AuthnRequest this login answers (InResponseTo), to bind it to the browser. */
  inResponseTo: string;
  sessionIndex: string | null;
  authenticatedAt: Date;
}

/** One attribute value: plain text, or a (decrypted) NameID with its NameQualifier. */
export interface AttributeValue {
  value: string;
  qualifier: string | null;
}

/** Reads a NameID strictly: text only, so a comment cannot split the identifier. */
function nameIdValue(nameId: Element): AttributeValue {
  return { value: strictTextOrReject(nameId), qualifier: nameId.getAttribute('NameQualifier') };
}

function strictTextOrReject(el: Element): string {
  try {
    return strictText(el);
  } catch (error) {
    if (error instanceof XmlError) reject('xml_comment', `${el.localName} holds more than text`);
    throw error;
  }
}

/** Core 2.2.4: EncryptedID → NameID, decrypted with our key; the plaintext gets the same strict checks. */
async function decryptNameId(encryptedId: Element, privateKey: string): Promise<Element> {
  const doc = parseMessage(await decryptElement(encryptedId, privateKey));
  rejectComments(doc);
  const nameId = doc.documentElement;
  if (!nameId || nameId.namespaceURI !== NS.saml || nameId.localName !== 'NameID')
    reject('malformed', 'EncryptedID does not hold a NameID');
  return nameId;
}

/** A NameID, an EncryptedID, or neither (then the caller takes the text). */
async function identifierIn(parent: Element, privateKey: string): Promise<AttributeValue | undefined> {
  const nameId = child(parent, NS.saml, 'NameID');
  if (nameId) return nameIdValue(nameId);
  const encrypted = child(parent, NS.saml, 'EncryptedID');
  if (encrypted) return nameIdValue(await decryptNameId(encrypted, privateKey));
  return undefined;
}

async function attributeValue(valueEl: Element, privateKey: string): Promise<AttributeValue> {
  return (await identifierIn(valueEl, privateKey)) ?? { value: strictTextOrReject(valueEl), qualifier: null };
}

/** Core 2.7.3: every Attribute and EncryptedAttribute of every AttributeStatement, by name. */
export async function readAttributes(
  assertion: Element,
  privateKey: string,
): Promise<Map<string, AttributeValue[]>> {
  const out = new Map<string, AttributeValue[]>();
  for (const statement of children(assertion, NS.saml, 'AttributeStatement')) {
    const attributes = children(statement, NS.saml, 'Attribute');
    for (const encrypted of children(statement, NS.saml, 'EncryptedAttribute')) {
      const doc = parseMessage(await decryptElement(encrypted, privateKey));
      rejectComments(doc);
      if (isElement(doc.documentElement) && doc.documentElement.localName === 'Attribute')
        attributes.push(doc.documentElement);
    }
    for (const attribute of attributes) {
      const name = attribute.getAttribute('Name') ?? '';
      const values = await Promise.all(
        children(attribute, NS.saml, 'AttributeValue').map((v) => attributeValue(v, privateKey)),
      );
      out.set(name, [...(out.get(name) ?? []), ...values]);
    }
  }
  return out;
}

function single(values: AttributeValue[], pattern: RegExp, what: string): string | null {
  const distinct = [...new Set(values.map((v) => v.value))];
  if (distinct.length === 0) return null;
  if (distinct.length > 1) reject('invalid_identity', `more than one ${what}`);
  const value = distinct[0] ?? '';
  if (!pattern.test(value)) reject('invalid_identity', `${what} has the wrong format`);
  return value;
}

const withQualifier = (values: AttributeValue[] | undefined, qualifier: string) =>
  (values ?? []).filter((v) => v.qualifier === qualifier);

/** The legal subject, acting subject, branch and intermediary as eHerkenning sends them. */
export async function readIdentity(
  assertion: Element,
  privateKey: string,
  attributes: Map<string, AttributeValue[]>,
): Promise<
  Omit<EHerkenningIdentity, 'loa' | 'assertionId' | 'inResponseTo' | 'sessionIndex' | 'authenticatedAt'>
> {
  const legal = attributes.get(ATTRIBUTE.legalSubjectId);
  const kvk = single(
    [...withQualifier(legal, QUALIFIER.kvk), ...(attributes.get(QUALIFIER.kvk) ?? [])],
    /^\d{8}$/,
    'KVK number',
  );
  if (!kvk) reject('missing_identity', 'no KVK number of the legal subject');
  const rsin = single(withQualifier(legal, QUALIFIER.rsin), /^\d{9}$/, 'RSIN');
  const intermediary = single(
    [
      ...withQualifier(legal, QUALIFIER.intermediaryKvk),
      ...withQualifier(attributes.get(ATTRIBUTE.intermediateEntityId), QUALIFIER.intermediaryKvk),
    ],
    /^\d{8}$/,
    'intermediary KVK number',
  );
  const branch = single(attributes.get(ATTRIBUTE.branchRestriction) ?? [], /^\d{12}$/, 'branch number');
  const acting = await actingSubject(assertion, privateKey, attributes);
  const serviceUuid = single(attributes.get(ATTRIBUTE.serviceUuid) ?? [], /^[0-9a-f-]{36}$/i, 'ServiceUUID');
  return {
    kvkNumber: kvk,
    rsin,
    branchNumber: branch,
    actingSubject: acting,
    intermediaryKvk: intermediary,
    serviceUuid,
  };
}

/** ActingSubjectID attribute, else the Subject's (Encrypted)NameID (eHerkenning 1.9 puts it there). */
async function actingSubject(
  assertion: Element,
  privateKey: string,
  attributes: Map<string, AttributeValue[]>,
): Promise<string> {
  const fromAttribute = single(
    attributes.get(ATTRIBUTE.actingSubjectId) ?? [],
    /^[\x21-\x7e]{1,256}$/,
    'acting subject',
  );
  if (fromAttribute) return fromAttribute;
  const subject = child(assertion, NS.saml, 'Subject');
  const fromSubject = subject ? await identifierIn(subject, privateKey) : undefined;
  if (!fromSubject || !/^[\x21-\x7e]{1,256}$/.test(fromSubject.value))
    reject('missing_identity', 'no acting subject');
  return fromSubject.value;
}
