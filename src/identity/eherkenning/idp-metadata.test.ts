import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrokerMetadataXml } from '../test-broker/metadata.ts';
import { identityFixture, type IdentityFixture } from '../testing.ts';
import { MetadataError, parseIdpMetadata } from './idp-metadata.ts';

let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

describe('broker metadata', () => {
  it('reads entity id, SSO endpoints, artifact resolution service and signing certificate', () => {
    const idp = parseIdpMetadata(testBrokerMetadataXml(f.broker));
    expect(idp.entityId).toBe(f.broker.entityId);
    expect(idp.ssoRedirectUrl).toBe(f.broker.ssoUrl);
    expect(idp.ssoPostUrl).toBe(f.broker.ssoUrl);
    expect(idp.artifactResolutionServices).toEqual([{ index: 0, url: f.broker.artifactResolveUrl }]);
    expect(idp.signingCertificates).toHaveLength(1);
    expect(idp.signingCertificates[0]?.replace(/\s/g, '')).toBe(f.broker.keys.certificate.replace(/\s/g, ''));
  });

  it('ignores encryption-only keys', () => {
    const xml = testBrokerMetadataXml(f.broker).replace('use="signing"', 'use="encryption"');
    expect(() => parseIdpMetadata(xml)).toThrow(/no signing certificate/);
  });

  it('refuses metadata that is not an EntityDescriptor, or has a DOCTYPE', () => {
    expect(() => parseIdpMetadata('<x/>')).toThrow(MetadataError);
    expect(() =>
      parseIdpMetadata(`<!DOCTYPE x>${testBrokerMetadataXml(f.broker).replace(/^<\?xml[^>]*>\n/, '')}`),
    ).toThrow(MetadataError);
  });
});
