import { ATTRIBUTE, LOA_URI, NS, QUALIFIER, STATUS, type Loa } from '../eherkenning/constants.ts';
import { newSamlId } from '../eherkenning/authn-request.ts';
import type { KeyPair } from '../eherkenning/key-pair.ts';
import { rootIssuer, signXml } from '../eherkenning/signing.ts';
import { escapeXml } from '../eherkenning/xml.ts';
import type { ParsedAuthnRequest } from './authn-request.ts';
import { encryptXml } from './encrypt.ts';

/** What the person at the test broker chose. */
export interface BrokerChoices {
  kvkNumber: string;
  actingSubject: string;
  loa: Loa;
  rsin?: string | null;
  branchNumber?: string | null;
  intermediaryKvk?: string | null;
  /** Whether the person holds the portal's service authorisation; without it the answer is RequestDenied. */
  authorised: boolean;
  /**
   * The person pressed "Cancel" at the broker: the afsprakenstelsel's answer is
   * Responder/AuthnFailed (Error handling, "Cancelling"), not a refusal of the authorisation.
   */
  cancelled?: boolean;
}

/** The portal as the broker knows it from its metadata and service catalogue entry. */
export interface BrokerAudience {
  entityId: string;
  encryptionCertificate: string;
  serviceId: string;
  serviceUuid: string;
}

/**
 * Knobs for tests that craft hostile or faulty responses. The running broker uses none of them.
 */
export interface CraftOptions {
  now?: Date;
  validForMs?: number;
  issuer?: string;
  audience?: string;
  recipient?: string;
  destination?: string;
  inResponseTo?: string;
  loaUri?: string;
  serviceId?: string;
  encryptAssertion?: boolean;
  encryptIdentifiers?: boolean;
  signAssertion?: boolean;
  signResponse?: boolean;
  signingKeys?: KeyPair;
  signatureAlgorithm?: string;
  digestAlgorithm?: string;
}

export interface BrokerSigner {
  entityId: string;
  keys: KeyPair;
}

const SAML_NS = `xmlns:saml="${NS.saml}"`;

async function identifier(
  value: string,
  qualifier: string,
  audience: BrokerAudience,
  encrypt: boolean,
): Promise<string> {
  const nameId = `<saml:NameID ${SAML_NS} NameQualifier="${escapeXml(qualifier)}">${escapeXml(value)}</saml:NameID>`;
  if (!encrypt) return nameId;
  return `<saml:EncryptedID>${await encryptXml(nameId, audience.encryptionCertificate)}</saml:EncryptedID>`;
}

function attribute(name: string, values: string[]): string {
  return `<saml:Attribute Name="${escapeXml(name)}">${values.map((v) => `<saml:AttributeValue>${v}</saml:AttributeValue>`).join('')}</saml:Attribute>`;
}

/** eHerkenning attribute statement: service, legal subject (KVK, RSIN), acting subject, branch, intermediary. */
async function attributeStatement(
  choices: BrokerChoices,
  audience: BrokerAudience,
  o: CraftOptions,
): Promise<string> {
  const enc = o.encryptIdentifiers ?? true;
  const legal = [await identifier(choices.kvkNumber, QUALIFIER.kvk, audience, enc)];
  if (choices.rsin) legal.push(await identifier(choices.rsin, QUALIFIER.rsin, audience, enc));
  const parts = [
    attribute(ATTRIBUTE.serviceId, [escapeXml(o.serviceId ?? audience.serviceId)]),
    attribute(ATTRIBUTE.serviceUuid, [escapeXml(audience.serviceUuid)]),
    attribute(ATTRIBUTE.legalSubjectId, legal),
    attribute(ATTRIBUTE.actingSubjectId, [
      await identifier(choices.actingSubject, `urn:etoegang:EB:${audience.entityId}`, audience, enc),
    ]),
  ];
  if (choices.branchNumber)
    parts.push(attribute(ATTRIBUTE.branchRestriction, [escapeXml(choices.branchNumber)]));
  if (choices.intermediaryKvk) {
    parts.push(
      attribute(ATTRIBUTE.intermediateEntityId, [
        await identifier(choices.intermediaryKvk, QUALIFIER.intermediaryKvk, audience, enc),
      ]),
    );
  }
  return `<saml:AttributeStatement>${parts.join('')}</saml:AttributeStatement>`;
}

/** SAML core 2.3.3 Assertion with the parts profiles 4.1.4.2 requires of a bearer assertion. */
export async function assertionXml(
  broker: BrokerSigner,
  request: ParsedAuthnRequest,
  audience: BrokerAudience,
  choices: BrokerChoices,
  o: CraftOptions = {},
): Promise<{ id: string; xml: string }> {
  const now = o.now ?? new Date();
  const until = new Date(now.getTime() + (o.validForMs ?? 5 * 60 * 1000)).toISOString();
  const id = newSamlId();
  const subject = await identifier(
    choices.actingSubject,
    `urn:etoegang:EB:${audience.entityId}`,
    audience,
    o.encryptIdentifiers ?? true,
  );
  const xml =
    `<saml:Assertion ${SAML_NS} ID="${id}" Version="2.0" IssueInstant="${now.toISOString()}">` +
    `<saml:Issuer>${escapeXml(o.issuer ?? broker.entityId)}</saml:Issuer>` +
    `<saml:Subject>${subject}<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData InResponseTo="${escapeXml(o.inResponseTo ?? request.id)}" NotOnOrAfter="${until}" Recipient="${escapeXml(o.recipient ?? request.acsUrl)}"/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${now.toISOString()}" NotOnOrAfter="${until}">` +
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(o.audience ?? audience.entityId)}</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="${newSamlId()}"><saml:AuthnContext>` +
    `<saml:AuthnContextClassRef>${escapeXml(o.loaUri ?? LOA_URI[choices.loa])}</saml:AuthnContextClassRef>` +
    `</saml:AuthnContext></saml:AuthnStatement>` +
    (await attributeStatement(choices, audience, o)) +
    `</saml:Assertion>`;
  return { id, xml };
}

function sign(xml: string, keys: KeyPair, o: CraftOptions): string {
  return signXml(xml, {
    privateKey: keys.privateKey,
    certificate: keys.certificate,
    elementXPath: '/*',
    afterXPath: rootIssuer,
    ...(o.signatureAlgorithm ? { signatureAlgorithm: o.signatureAlgorithm } : {}),
    ...(o.digestAlgorithm ? { digestAlgorithm: o.digestAlgorithm } : {}),
  });
}

function statusXml(authorised: boolean, cancelled = false): string {
  if (cancelled)
    return (
      `<samlp:Status><samlp:StatusCode Value="${STATUS.responder}"><samlp:StatusCode Value="${STATUS.authnFailed}"/></samlp:StatusCode>` +
      `<samlp:StatusMessage>Authentication cancelled by the user</samlp:StatusMessage></samlp:Status>`
    );
  if (authorised) return `<samlp:Status><samlp:StatusCode Value="${STATUS.success}"/></samlp:Status>`;
  // The person lacks the service authorisation (machtiging): SAML core 3.2.2.2 Responder/RequestDenied.
  return (
    `<samlp:Status><samlp:StatusCode Value="${STATUS.responder}"><samlp:StatusCode Value="${STATUS.requestDenied}"/></samlp:StatusCode>` +
    `<samlp:StatusMessage>No authorisation for this service</samlp:StatusMessage></samlp:Status>`
  );
}

/**
 * A signed, encrypted SAML Response as an eHerkenning broker sends it: the assertion signed and
 * encrypted to the portal, identifiers as EncryptedID, the Response itself signed too.
 */
export async function buildBrokerResponse(
  broker: BrokerSigner,
  request: ParsedAuthnRequest,
  audience: BrokerAudience,
  choices: BrokerChoices,
  o: CraftOptions = {},
): Promise<string> {
  const keys = o.signingKeys ?? broker.keys;
  let assertion = '';
  if (choices.authorised && !choices.cancelled) {
    const plain = (await assertionXml(broker, request, audience, choices, o)).xml;
    const signed = o.signAssertion === false ? plain : sign(plain, keys, o);
    assertion =
      o.encryptAssertion === false
        ? signed
        : `<saml:EncryptedAssertion>${await encryptXml(signed, audience.encryptionCertificate)}</saml:EncryptedAssertion>`;
  }
  const now = o.now ?? new Date();
  const response =
    `<samlp:Response xmlns:samlp="${NS.samlp}" ${SAML_NS} ID="${newSamlId()}" Version="2.0" IssueInstant="${now.toISOString()}" ` +
    `Destination="${escapeXml(o.destination ?? request.acsUrl)}" InResponseTo="${escapeXml(o.inResponseTo ?? request.id)}">` +
    `<saml:Issuer>${escapeXml(o.issuer ?? broker.entityId)}</saml:Issuer>` +
    statusXml(choices.authorised, choices.cancelled) +
    assertion +
    `</samlp:Response>`;
  return o.signResponse === false ? response : sign(response, keys, o);
}
