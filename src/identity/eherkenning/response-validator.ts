import type { Element } from '@xmldom/xmldom';
import {
  checkConditions,
  checkIssuer,
  checkLoa,
  checkSubjectConfirmation,
  type TimeWindow,
} from './assertion-checks.ts';
import { ATTRIBUTE, NS } from './constants.ts';
import { decryptElement } from './decrypt.ts';
import { reject, SamlRejection, type RejectionReason } from './errors.ts';
import { readAttributes, readIdentity, type EHerkenningIdentity } from './identity.ts';
import type { IdpMetadata } from './idp-metadata.ts';
import {
  checkDestination,
  checkSignaturePlacement,
  checkStatus,
  parseMessage,
  rejectComments,
  rejectDuplicateIds,
  requireAssertionSignature,
  responseShape,
} from './preflight.ts';
import type { ServiceProvider } from './service-provider.ts';
import type { AssertionReplayStore, RequestIdStore } from './stores.ts';
import { child } from './xml.ts';

export const MAX_RESPONSE_BYTES = 256 * 1024;
export const CLOCK_SKEW_MS = 60_000;

export interface ValidationContext {
  sp: ServiceProvider;
  idp: IdpMetadata;
  requests: RequestIdStore;
  assertions: AssertionReplayStore;
  clockSkewMs?: number;
  maxResponseBytes?: number;
  /** eHerkenning always encrypts the assertion; only tests of the signature checks turn this on. */
  allowUnencryptedAssertions?: boolean;
  now?: () => Date;
}

export type Binding = 'post' | 'artifact';

/** HTTP-POST binding (SAML bindings 3.5.4): the base64 SAMLResponse form field. */
export async function validatePostResponse(
  ctx: ValidationContext,
  samlResponse: string,
): Promise<EHerkenningIdentity> {
  const max = ctx.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  // The cap comes before decoding and parsing, so a huge body costs nothing (base64 is 4/3 of the bytes).
  if (samlResponse.length > Math.ceil((max * 4) / 3) + 4)
    reject('too_large', 'the response is larger than allowed');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(samlResponse)) reject('malformed', 'SAMLResponse is not base64');
  return validateResponseXml(ctx, Buffer.from(samlResponse, 'base64').toString('utf8'), 'post');
}

/** A samlp:Response as XML text (from the POST form or out of an ArtifactResponse). */
export async function validateResponseXml(
  ctx: ValidationContext,
  xml: string,
  binding: Binding,
): Promise<EHerkenningIdentity> {
  if (Buffer.byteLength(xml, 'utf8') > (ctx.maxResponseBytes ?? MAX_RESPONSE_BYTES))
    reject('too_large', 'the response is larger than allowed');
  const acsUrl = binding === 'post' ? ctx.sp.acsPostUrl : ctx.sp.acsArtifactUrl;
  const shape = await checkRawResponse(ctx, xml, acsUrl);
  const verified = await verifyWithLibrary(ctx, xml, acsUrl);
  const assertion = parseMessage(verified).documentElement;
  if (!assertion || assertion.namespaceURI !== NS.saml || assertion.localName !== 'Assertion')
    reject('malformed', 'no verified assertion');
  return acceptAssertion(ctx, assertion, acsUrl, shape.inResponseTo);
}

/** Structure, algorithms, Destination and Status on the raw message and on the raw decrypted assertion. */
async function checkRawResponse(ctx: ValidationContext, xml: string, acsUrl: string) {
  const doc = parseMessage(xml);
  rejectComments(doc);
  const shape = responseShape(doc);
  rejectDuplicateIds(shape.response);
  checkSignaturePlacement(shape.response);
  checkDestination(shape.response, acsUrl);
  await checkStatusOrConsume(ctx, shape.response, shape.inResponseTo);
  const raw = shape.encryptedAssertion
    ? await decryptedAssertion(shape.encryptedAssertion, ctx.sp.keys.privateKey)
    : shape.assertion;
  if (!raw) reject('malformed', 'the response holds no assertion');
  if (!shape.encryptedAssertion && !ctx.allowUnencryptedAssertions)
    reject('assertion_not_encrypted', 'eHerkenning assertions must be encrypted');
  requireAssertionSignature(raw);
  return shape;
}

/** A non-Success response still answers (and so uses up) our request; then the status is the reason. */
async function checkStatusOrConsume(
  ctx: ValidationContext,
  response: Element,
  inResponseTo: string | null,
): Promise<void> {
  try {
    checkStatus(response);
  } catch (error) {
    if (!inResponseTo || !(await ctx.requests.consume(inResponseTo)))
      reject('unknown_in_response_to', 'an error status for a request we did not send');
    throw error;
  }
}

async function decryptedAssertion(encrypted: Element, privateKey: string): Promise<Element> {
  const doc = parseMessage(await decryptElement(encrypted, privateKey));
  rejectComments(doc);
  const assertion = doc.documentElement;
  if (!assertion || assertion.namespaceURI !== NS.saml || assertion.localName !== 'Assertion')
    reject('malformed', 'EncryptedAssertion does not hold an Assertion');
  rejectDuplicateIds(assertion);
  checkSignaturePlacement(assertion);
  return assertion;
}

/**
 * @node-saml/node-saml verifies the signatures against the metadata certificates only (xml-crypto
 * ignores KeyInfo), decrypts, and checks issuer, audience and time. It returns the assertion
 * as it was signed: everything after this reads that text only.
 */
async function verifyWithLibrary(ctx: ValidationContext, xml: string, acsUrl: string): Promise<string> {
  // Loaded with the first login, not at start (issue 9: memory of a serving portal).
  const { SAML, ValidateInResponseTo } = await import('@node-saml/node-saml');
  const saml = new SAML({
    idpCert: ctx.idp.signingCertificates,
    idpIssuer: ctx.idp.entityId,
    issuer: ctx.sp.entityId,
    audience: ctx.sp.entityId,
    callbackUrl: acsUrl,
    decryptionPvk: ctx.sp.keys.privateKey,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: ctx.clockSkewMs ?? CLOCK_SKEW_MS,
    // InResponseTo is checked against our database store below, not node-saml's cache.
    validateInResponseTo: ValidateInResponseTo.never,
  });
  try {
    const { profile } = await saml.validatePostResponseAsync({
      SAMLResponse: Buffer.from(xml, 'utf8').toString('base64'),
    });
    const assertionXml = profile?.getAssertionXml?.();
    if (!assertionXml) reject('malformed', 'no assertion in the response');
    return assertionXml;
  } catch (error) {
    if (error instanceof SamlRejection) throw error;
    return reject(libraryReason(error), 'the SAML library refused the response', error);
  }
}

function libraryReason(error: unknown): RejectionReason {
  const message = error instanceof Error ? error.message : '';
  const table: [RegExp, RejectionReason][] = [
    [/audience/i, 'wrong_audience'],
    [/not yet valid/i, 'not_yet_valid'],
    [/expired/i, 'expired'],
    [/issuer/i, 'wrong_issuer'],
    [/signature|signed/i, 'invalid_signature'],
    [/decrypt|encrypt/i, 'decryption_failed'],
  ];
  return table.find(([pattern]) => pattern.test(message))?.[1] ?? 'malformed';
}

/** Our own checks on the verified assertion, then the identity. Single-use state changes last-but-one. */
async function acceptAssertion(
  ctx: ValidationContext,
  assertion: Element,
  acsUrl: string,
  inResponseTo: string | null,
): Promise<EHerkenningIdentity> {
  const window: TimeWindow = { now: ctx.now?.() ?? new Date(), skewMs: ctx.clockSkewMs ?? CLOCK_SKEW_MS };
  checkIssuer(assertion, ctx.idp.entityId);
  const expiresAt = checkConditions(assertion, ctx.sp.entityId, window);
  const requestId = checkSubjectConfirmation(assertion, acsUrl, inResponseTo, window);
  const assertionId = assertion.getAttribute('ID') ?? '';
  if (!assertionId) reject('malformed', 'the assertion has no ID');
  // Core 3.2.2 / profiles 4.1.4.5: an assertion is used once; a request is answered once.
  if (!(await ctx.assertions.markSeen(assertionId, expiresAt)))
    reject('replayed_assertion', 'this assertion was used before');
  if (!(await ctx.requests.consume(requestId)))
    reject('unknown_in_response_to', 'the response does not answer an open request of ours');
  const loa = checkLoa(assertion);
  const attributes = await readAttributes(assertion, ctx.sp.keys.privateKey);
  const serviceIds = attributes.get(ATTRIBUTE.serviceId) ?? [];
  if (serviceIds.some((v) => v.value !== ctx.sp.serviceId))
    reject('wrong_service', 'the assertion is for another service');
  const identity = await readIdentity(assertion, ctx.sp.keys.privateKey, attributes);
  const authn = child(assertion, NS.saml, 'AuthnStatement');
  return {
    ...identity,
    loa,
    assertionId,
    inResponseTo: requestId,
    sessionIndex: authn?.getAttribute('SessionIndex') ?? null,
    authenticatedAt: new Date(
      authn?.getAttribute('AuthnInstant') ?? assertion.getAttribute('IssueInstant') ?? window.now,
    ),
  };
}
