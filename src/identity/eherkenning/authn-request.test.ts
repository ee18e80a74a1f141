import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthnRequestError, parseRedirectAuthnRequest } from '../test-broker/authn-request.ts';
import { identityFixture, type IdentityFixture } from '../testing.ts';
import { buildAuthnRequest, REQUEST_LIFETIME_MS } from './authn-request.ts';
import { NS } from './constants.ts';
import { descendants, parseXml, strictText } from './xml.ts';

let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

describe('AuthnRequest (HTTP-Redirect, SAML bindings 3.4.4.1)', () => {
  it('asks loa3 as a minimum for our service index and ACS, signed in the query', () => {
    const now = new Date('2025-03-01T10:00:00Z');
    const result = buildAuthnRequest(f.sp, f.idp, { relayState: '/cases', now });
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}`).toBe(f.idp.ssoRedirectUrl);
    expect(url.searchParams.get('SigAlg')).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect(url.searchParams.get('RelayState')).toBe('/cases');
    expect(result.expiresAt.getTime() - now.getTime()).toBe(REQUEST_LIFETIME_MS);
    const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString(
      'utf8',
    );
    const root = parseXml(xml).documentElement;
    expect(root?.getAttribute('ID')).toBe(result.requestId);
    expect(root?.getAttribute('AttributeConsumingServiceIndex')).toBe('1');
    expect(root?.getAttribute('AssertionConsumerServiceURL')).toBe(f.sp.acsArtifactUrl);
    const requested = descendants(root as never, NS.samlp, 'RequestedAuthnContext')[0];
    expect(requested?.getAttribute('Comparison')).toBe('minimum');
    expect(strictText(descendants(requested as never, NS.saml, 'AuthnContextClassRef')[0] as never)).toBe(
      'urn:etoegang:core:assurance-class:loa3',
    );
  });

  it('the broker verifies the signature with the SP certificate and reads the request', () => {
    const { url, requestId } = buildAuthnRequest(f.sp, f.idp, { relayState: '/x' });
    const parsed = parseRedirectAuthnRequest(new URL(url).search, f.sp.keys.certificate);
    expect(parsed).toMatchObject({ id: requestId, issuer: f.sp.entityId, serviceIndex: 1, relayState: '/x' });
  });

  it('a tampered query fails the signature check', () => {
    const { url } = buildAuthnRequest(f.sp, f.idp, { relayState: '/x' });
    const tampered = new URL(url).search.replace('RelayState=%2Fx', 'RelayState=%2Fy');
    expect(() => parseRedirectAuthnRequest(tampered, f.sp.keys.certificate)).toThrow(AuthnRequestError);
  });

  it('an unsafe RelayState is dropped, not sent', () => {
    const result = buildAuthnRequest(f.sp, f.idp, { relayState: 'https://evil.example/' });
    expect(result.relayState).toBeNull();
    expect(new URL(result.url).searchParams.has('RelayState')).toBe(false);
  });

  it('every request has a fresh, unguessable id', () => {
    const ids = new Set(Array.from({ length: 20 }, () => buildAuthnRequest(f.sp, f.idp).requestId));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^_[0-9a-f]{40}$/);
  });
});
