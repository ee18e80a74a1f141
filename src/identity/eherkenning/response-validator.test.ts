import type { Document, Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrokerResponse, type BrokerChoices, type CraftOptions } from '../test-broker/response.ts';
import { base64, CHOICES, identityFixture, startLogin, type IdentityFixture } from '../testing.ts';
import { NS, QUALIFIER } from './constants.ts';
import { SamlRejection, type RejectionReason } from './errors.ts';
import { validatePostResponse, type ValidationContext } from './response-validator.ts';
import { children, descendants, parseXml, serialize } from './xml.ts';

/** Quality check 1 (SAML) and issue 3: every refusal has its own crafted response and reason. */

let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

async function respond(choices: Partial<BrokerChoices> = {}, options: CraftOptions = {}): Promise<string> {
  const request = await startLogin(f);
  return buildBrokerResponse(f.broker, request, f.audience, { ...CHOICES, ...choices }, options);
}

async function reasonFor(xml: string, ctx: ValidationContext = f.ctx): Promise<RejectionReason> {
  try {
    await validatePostResponse(ctx, base64(xml));
  } catch (error) {
    if (error instanceof SamlRejection) return error.reason;
    throw error;
  }
  throw new Error('the response was accepted');
}

describe('a valid eHerkenning response', () => {
  it('yields the identity from the encrypted assertion and encrypted identifiers', async () => {
    const xml = await respond({
      rsin: '123456782',
      branchNumber: '000012345678',
      intermediaryKvk: '87654321',
      loa: 'loa4',
    });
    const identity = await validatePostResponse(f.ctx, base64(xml));
    expect(identity).toMatchObject({
      kvkNumber: '12345678',
      rsin: '123456782',
      branchNumber: '000012345678',
      actingSubject: CHOICES.actingSubject,
      intermediaryKvk: '87654321',
      loa: 'loa4',
      serviceUuid: f.sp.serviceUuid,
    });
  });

  it('without branch, RSIN or intermediary those are null, and loa3 is enough', async () => {
    const identity = await validatePostResponse(f.ctx, base64(await respond()));
    expect(identity).toMatchObject({
      kvkNumber: '12345678',
      loa: 'loa3',
      rsin: null,
      branchNumber: null,
      intermediaryKvk: null,
    });
  });

  it('is accepted when only the assertion is signed (the Response signature is optional)', async () => {
    const identity = await validatePostResponse(f.ctx, base64(await respond({}, { signResponse: false })));
    expect(identity.kvkNumber).toBe('12345678');
  });

  it('is accepted just after NotOnOrAfter, within the 60 s clock skew', async () => {
    const xml = await respond(
      {},
      { now: new Date(Date.now() - 5 * 60_000 - 30_000), validForMs: 5 * 60_000 },
    );
    expect((await validatePostResponse(f.ctx, base64(xml))).kvkNumber).toBe('12345678');
  });
});

describe('assurance level (eHerkenning: EH3 or higher)', () => {
  it('loa2 is refused as loa_too_low', async () => {
    expect(await reasonFor(await respond({ loa: 'loa2' }))).toBe('loa_too_low');
  });
  it('loa2plus is refused as loa_too_low', async () => {
    expect(await reasonFor(await respond({ loa: 'loa2plus' }))).toBe('loa_too_low');
  });
  it('an unknown AuthnContextClassRef is refused as loa_unknown', async () => {
    const xml = await respond(
      {},
      { loaUri: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport' },
    );
    expect(await reasonFor(xml)).toBe('loa_unknown');
  });
});

describe('request and assertion are single use', () => {
  it('a replayed response is refused as replayed_assertion', async () => {
    const xml = await respond();
    await validatePostResponse(f.ctx, base64(xml));
    expect(await reasonFor(xml)).toBe('replayed_assertion');
  });
  it('a response to a request we never sent is refused as unknown_in_response_to', async () => {
    expect(await reasonFor(await respond({}, { inResponseTo: '_never-sent' }))).toBe(
      'unknown_in_response_to',
    );
  });
  it('a second response to the same request is refused as unknown_in_response_to', async () => {
    const request = await startLogin(f);
    const first = await buildBrokerResponse(f.broker, request, f.audience, CHOICES);
    const second = await buildBrokerResponse(f.broker, request, f.audience, CHOICES);
    await validatePostResponse(f.ctx, base64(first));
    expect(await reasonFor(second)).toBe('unknown_in_response_to');
  });
  it('an expired request id is refused as unknown_in_response_to', async () => {
    const request = await startLogin(f);
    await f.db
      .updateTable('saml_requests')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', request.id)
      .execute();
    expect(await reasonFor(await buildBrokerResponse(f.broker, request, f.audience, CHOICES))).toBe(
      'unknown_in_response_to',
    );
  });
});

describe('addressed to us', () => {
  it('a wrong Audience is refused as wrong_audience', async () => {
    expect(await reasonFor(await respond({}, { audience: 'https://other-portal.example/saml' }))).toBe(
      'wrong_audience',
    );
  });
  it('a wrong Response Destination is refused as wrong_destination', async () => {
    expect(await reasonFor(await respond({}, { destination: 'https://other-portal.example/acs' }))).toBe(
      'wrong_destination',
    );
  });
  it('a wrong SubjectConfirmationData Recipient is refused as wrong_recipient', async () => {
    expect(await reasonFor(await respond({}, { recipient: 'https://other-portal.example/acs' }))).toBe(
      'wrong_recipient',
    );
  });
  it('an assertion for another service is refused as wrong_service', async () => {
    expect(
      await reasonFor(await respond({}, { serviceId: 'urn:etoegang:DV:00000009999999999000:services:7' })),
    ).toBe('wrong_service');
  });
  it('an assertion from another issuer is refused as wrong_issuer', async () => {
    expect(await reasonFor(await respond({}, { issuer: 'https://rogue-broker.example' }))).toBe(
      'wrong_issuer',
    );
  });
});

describe('time window', () => {
  it('an expired assertion is refused as expired', async () => {
    const xml = await respond({}, { now: new Date(Date.now() - 10 * 60_000), validForMs: 5 * 60_000 });
    expect(await reasonFor(xml)).toBe('expired');
  });
  it('an assertion from the future is refused as not_yet_valid', async () => {
    expect(await reasonFor(await respond({}, { now: new Date(Date.now() + 10 * 60_000) }))).toBe(
      'not_yet_valid',
    );
  });
});

describe('status', () => {
  it('RequestDenied (no service authorisation) is refused as status_request_denied', async () => {
    expect(await reasonFor(await respond({ authorised: false }))).toBe('status_request_denied');
  });
  it('a non-Success status next to a validly signed assertion is refused as status_error', async () => {
    const doc = parseXml(await respond({}, { signResponse: false }));
    descendants(doc, NS.samlp, 'StatusCode')[0]?.setAttribute(
      'Value',
      'urn:oasis:names:tc:SAML:2.0:status:Requester',
    );
    expect(await reasonFor(serialize(doc))).toBe('status_error');
  });
});

describe('signatures and algorithms', () => {
  it('a response signed with a key not in the metadata (its own cert in KeyInfo) is refused as invalid_signature', async () => {
    expect(await reasonFor(await respond({}, { signingKeys: f.foreignKeys }))).toBe('invalid_signature');
  });
  it('an unsigned assertion inside a signed response is refused as assertion_unsigned', async () => {
    expect(await reasonFor(await respond({}, { signAssertion: false }))).toBe('assertion_unsigned');
  });
  it('an HMAC signature method is refused as algorithm_not_allowed', async () => {
    const xml = (await respond())
      .replace(/xmldsig-more#rsa-sha256/g, '../2000/09/xmldsig#hmac-sha1')
      .replace('http://www.w3.org/2001/04/../2000/09/', 'http://www.w3.org/2000/09/');
    expect(xml).toContain('http://www.w3.org/2000/09/xmldsig#hmac-sha1');
    expect(await reasonFor(xml)).toBe('algorithm_not_allowed');
  });
  it('an RSA-SHA1 signature is refused as algorithm_not_allowed', async () => {
    const xml = await respond({}, { signatureAlgorithm: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1' });
    expect(await reasonFor(xml)).toBe('algorithm_not_allowed');
  });
  it('a SHA-1 digest is refused as algorithm_not_allowed', async () => {
    expect(
      await reasonFor(await respond({}, { digestAlgorithm: 'http://www.w3.org/2000/09/xmldsig#sha1' })),
    ).toBe('algorithm_not_allowed');
  });
  it('a response trusted by another broker configuration is refused (only the configured metadata counts)', async () => {
    const otherIdp = { ...f.idp, signingCertificates: [f.foreignKeys.certificate] };
    expect(await reasonFor(await respond(), { ...f.ctx, idp: otherIdp })).toBe('invalid_signature');
  });
});

describe('message shape', () => {
  it('a response over 256 KiB is refused as too_large before parsing', async () => {
    const huge = Buffer.alloc(300 * 1024, 'a').toString('base64');
    await expect(validatePostResponse(f.ctx, huge)).rejects.toMatchObject({ reason: 'too_large' });
  });
  it('a DOCTYPE (entity expansion) is refused as malformed', async () => {
    const xml = `<!DOCTYPE r [<!ENTITY a "aaaa">]>${await respond()}`;
    expect(await reasonFor(xml)).toBe('malformed');
  });
  it('a plaintext assertion is refused as assertion_not_encrypted (eHerkenning always encrypts)', async () => {
    expect(await reasonFor(await respond({}, { encryptAssertion: false }))).toBe('assertion_not_encrypted');
  });
  it('a KVK number that is not 8 digits is refused as invalid_identity', async () => {
    expect(await reasonFor(await respond({ kvkNumber: '1234567' }))).toBe('invalid_identity');
  });
});

/**
 * Attacks on a plaintext, signed assertion (the validator is told to accept plaintext here, so the
 * signature checks themselves are exercised). Evil copies say KVK 99999999.
 */
describe('XML signature wrapping and comment tricks', () => {
  const plain: ValidationContext = {} as ValidationContext;
  beforeAll(() => Object.assign(plain, f.ctx, { allowUnencryptedAssertions: true }));
  const plainResponse = () => respond({}, { encryptAssertion: false, encryptIdentifiers: false });

  function parts(xml: string): { doc: Document; response: Element; assertion: Element } {
    const doc = parseXml(xml);
    const response = doc.documentElement as Element;
    const assertion = children(response, NS.saml, 'Assertion')[0] as Element;
    return { doc, response, assertion };
  }
  const signatureOf = (el: Element) => children(el, NS.ds, 'Signature')[0] as Element;
  function evilCopy(el: Element, keepSignature: boolean): Element {
    const copy = el.cloneNode(true) as Element;
    copy.setAttribute('ID', '_evil');
    if (!keepSignature) copy.removeChild(signatureOf(copy));
    for (const nameId of descendants(copy, NS.saml, 'NameID')) {
      if (nameId.getAttribute('NameQualifier') === QUALIFIER.kvk) nameId.textContent = '99999999';
    }
    return copy;
  }

  it('the unmodified plaintext response is accepted (control)', async () => {
    expect((await validatePostResponse(plain, base64(await plainResponse()))).kvkNumber).toBe('12345678');
  });

  it('a comment inside the KVK value is refused as xml_comment', async () => {
    const xml = (await plainResponse()).replace('>12345678<', '>1234<!---->5678<');
    expect(xml).toContain('1234<!---->5678');
    expect(await reasonFor(xml, plain)).toBe('xml_comment');
  });

  it('XSW1: evil Response with the original signed Response inside its Signature', async () => {
    const { doc, response } = parts(await plainResponse());
    const original = response.cloneNode(true) as Element;
    original.removeChild(signatureOf(original));
    signatureOf(response).appendChild(original);
    response.setAttribute('ID', '_evil-response');
    for (const n of descendants(children(response, NS.saml, 'Assertion')[0] as Element, NS.saml, 'NameID'))
      n.textContent = '99999999';
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW2: evil Response with the original signed Response as a detached sibling before the Signature', async () => {
    const { doc, response } = parts(await plainResponse());
    const original = response.cloneNode(true) as Element;
    original.removeChild(signatureOf(original));
    response.insertBefore(original, signatureOf(response));
    response.setAttribute('ID', '_evil-response');
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW3: an unsigned evil assertion before the signed original', async () => {
    const { doc, response, assertion } = parts(await plainResponse());
    response.insertBefore(evilCopy(assertion, false), assertion);
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW4: an evil assertion that wraps the signed original', async () => {
    const { doc, response, assertion } = parts(await plainResponse());
    const evil = evilCopy(assertion, false);
    response.replaceChild(evil, assertion);
    evil.appendChild(assertion);
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW5: evil assertion keeps the signature; the original is appended to the Response', async () => {
    const { doc, response, assertion } = parts(await plainResponse());
    const evil = evilCopy(assertion, true);
    const original = assertion.cloneNode(true) as Element;
    original.removeChild(signatureOf(original));
    response.replaceChild(evil, assertion);
    response.appendChild(original);
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW6: evil assertion keeps the signature; the original sits inside that Signature', async () => {
    const { doc, response, assertion } = parts(await plainResponse());
    const evil = evilCopy(assertion, true);
    const original = assertion.cloneNode(true) as Element;
    original.removeChild(signatureOf(original));
    response.replaceChild(evil, assertion);
    signatureOf(evil).appendChild(original);
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW7: the signed original hidden in an Extensions element, an unsigned evil assertion in its place', async () => {
    const { doc, response, assertion } = parts(await plainResponse());
    const extensions = doc.createElementNS(NS.samlp, 'samlp:Extensions');
    response.replaceChild(evilCopy(assertion, false), assertion);
    extensions.appendChild(assertion);
    response.insertBefore(extensions, children(response, NS.samlp, 'Status')[0] ?? null);
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('XSW8: evil assertion with the signature; the original inside a ds:Object in that Signature', async () => {
    const { doc, response, assertion } = parts(await plainResponse());
    const evil = evilCopy(assertion, true);
    const original = assertion.cloneNode(true) as Element;
    original.removeChild(signatureOf(original));
    const object = doc.createElementNS(NS.ds, 'ds:Object');
    object.appendChild(original);
    response.replaceChild(evil, assertion);
    signatureOf(evil).appendChild(object);
    expect(await reasonFor(serialize(doc), plain)).toBe('wrapping_detected');
  });

  it('a modified KVK in the signed assertion (no wrapping) is refused as invalid_signature', async () => {
    const xml = (
      await respond({}, { encryptAssertion: false, encryptIdentifiers: false, signResponse: false })
    ).replace('>12345678<', '>99999999<');
    expect(await reasonFor(xml, plain)).toBe('invalid_signature');
  });

  it('an unsigned plaintext assertion inside a signed response is refused as assertion_unsigned', async () => {
    const xml = await respond({}, { encryptAssertion: false, signAssertion: false });
    expect(await reasonFor(xml, plain)).toBe('assertion_unsigned');
  });
});
