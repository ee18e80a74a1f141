import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brokerMetadataXml,
  signMetadata,
  type BrokerMetadataSpec,
} from '../../../test/helpers/broker-metadata.ts';
import {
  FIXTURE_BROKER,
  fixtureBrokerKeys,
  fixturePath,
} from '../../../test/fixtures/eherkenning/fixture.ts';
import { schemaErrors } from '../../../test/helpers/xml-schema.ts';
import { testBrokerMetadataXml } from '../test-broker/metadata.ts';
import { identityFixture, type IdentityFixture } from '../testing.ts';
import { MetadataError, parseDuration, parseIdpMetadata } from './idp-metadata.ts';

let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

const fixtureXml = () => readFileSync(fixturePath('broker-metadata.xml'), 'utf8');
const fixtureTrust = () => ({
  signingCertificates: [readFileSync(fixturePath('metadata-signer.cert.pem'), 'utf8')],
});
const body = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');

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

  it('refuses metadata that is not an EntityDescriptor or EntitiesDescriptor, or has a DOCTYPE', () => {
    expect(() => parseIdpMetadata('<x/>')).toThrow(MetadataError);
    expect(() =>
      parseIdpMetadata(`<!DOCTYPE x>${testBrokerMetadataXml(f.broker).replace(/^<\?xml[^>]*>\n/, '')}`),
    ).toThrow(MetadataError);
  });
});

describe('broker metadata as a broker publishes it (test/fixtures/eherkenning)', () => {
  it('the fixture is valid SAML metadata', () => {
    expect(schemaErrors(fixtureXml(), 'metadata')).toEqual([]);
  });

  it('reads the broker entity of a signed EntitiesDescriptor with both descriptors', () => {
    const idp = parseIdpMetadata(fixtureXml(), fixtureTrust());
    expect(idp.entityId).toBe(FIXTURE_BROKER.entityId);
    expect(idp.ssoRedirectUrl).toBe(FIXTURE_BROKER.ssoUrl);
    expect(idp.ssoPostUrl).toBe(FIXTURE_BROKER.ssoUrl);
    // Artifact resolution on another host than single sign-on.
    expect(idp.artifactResolutionServices).toEqual([{ index: 0, url: FIXTURE_BROKER.artifactResolutionUrl }]);
    expect(idp.validUntil?.toISOString()).toBe(FIXTURE_BROKER.validUntil.toISOString());
    expect(idp.cacheDurationMs).toBe(6 * 3600_000);
  });

  it('trusts both signing certificates during a key rollover, from the IDPSSODescriptor only', () => {
    const idp = parseIdpMetadata(fixtureXml(), fixtureTrust());
    expect(idp.signingCertificates.map(body)).toEqual([
      body(fixtureBrokerKeys(1).certificate),
      body(fixtureBrokerKeys(2).certificate),
    ]);
  });

  it('refuses the file with one byte changed', () => {
    const tampered = fixtureXml().replace('login.makelaar.example', 'login.makelaar.exampl3');
    expect(() => parseIdpMetadata(tampered, fixtureTrust())).toThrow(/signature is not valid/);
  });

  it('refuses it unsigned, or signed with a key other than the configured one', () => {
    const spec: BrokerMetadataSpec = { ...FIXTURE_BROKER, signingCertificates: [f.broker.keys.certificate] };
    expect(() => parseIdpMetadata(brokerMetadataXml(spec), fixtureTrust())).toThrow(/not signed/);
    const otherSigner = signMetadata(brokerMetadataXml(spec), f.foreignKeys);
    expect(() => parseIdpMetadata(otherSigner, fixtureTrust())).toThrow(/signature is not valid/);
    expect(parseIdpMetadata(otherSigner, { signingCertificates: [f.foreignKeys.certificate] }).entityId).toBe(
      FIXTURE_BROKER.entityId,
    );
  });

  it('refuses a signature that covers an element other than the root', () => {
    const xml = fixtureXml().replace(/URI="#[^"]+"/, 'URI="#_elsewhere"');
    expect(() => parseIdpMetadata(xml, fixtureTrust())).toThrow(/does not cover the whole document/);
  });

  it('refuses metadata past its validUntil', () => {
    expect(() =>
      parseIdpMetadata(fixtureXml(), { ...fixtureTrust(), now: new Date('2046-01-01T00:00:00Z') }),
    ).toThrow(/expired at 2045-12-31T23:00:00.000Z/);
  });

  it('picks the broker by entity id when several entities have an IDPSSODescriptor', () => {
    const one = brokerMetadataXml({ ...FIXTURE_BROKER, signingCertificates: [f.broker.keys.certificate] });
    const second = one
      .replace(/^[\s\S]*?(<md:EntityDescriptor)/, '$1')
      .replace(/<\/md:EntitiesDescriptor>\s*$/, '')
      .replaceAll(FIXTURE_BROKER.entityId, 'urn:etoegang:HM:00000003888888880000:entities:1')
      .replaceAll('login.makelaar.example', 'login.other.example');
    const both = one.replace('</md:EntitiesDescriptor>', `${second}</md:EntitiesDescriptor>`);
    expect(() => parseIdpMetadata(both)).toThrow(/set EHERKENNING_IDP_ENTITY_ID/);
    const chosen = parseIdpMetadata(both, { entityId: 'urn:etoegang:HM:00000003888888880000:entities:1' });
    expect(chosen.ssoRedirectUrl).toBe('https://login.other.example/saml/sso');
    expect(() => parseIdpMetadata(both, { entityId: 'urn:unknown' })).toThrow(/has no entity urn:unknown/);
  });

  it('reads xs:duration values for cacheDuration', () => {
    expect(parseDuration('PT6H')).toBe(6 * 3600_000);
    expect(parseDuration('P1DT30M')).toBe(24 * 3600_000 + 30 * 60_000);
    expect(parseDuration('PT0.5S')).toBe(500);
    expect(parseDuration('6 hours')).toBeNull();
    expect(parseDuration('PT')).toBeNull();
  });
});
