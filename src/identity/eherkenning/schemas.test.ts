import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../../../test/helpers/xml-schema.ts';
import { handleArtifactResolve } from '../test-broker/artifact-resolve.ts';
import { createArtifact, databaseArtifactStore } from '../test-broker/artifacts.ts';
import { buildBrokerResponse } from '../test-broker/response.ts';
import { CHOICES, identityFixture, startLogin, type IdentityFixture } from '../testing.ts';
import { artifactResolveXml, soapEnvelope } from './artifact.ts';
import { buildAuthnRequest } from './authn-request.ts';
import { NS, QUALIFIER } from './constants.ts';
import { PORTAL_SERVICE, serviceCatalogueXml } from './service-catalogue.ts';
import { verifyEnvelopedSignature } from './signing.ts';
import { serviceProviderMetadataXml } from './sp-metadata.ts';
import { child, parseXml, serialize } from './xml.ts';

/**
 * Issue 15: what the portal hands its broker, and what the test broker answers, is valid against
 * the etoegang 1.13 and SAML 2.0 schemas (xmllint --schema, ../shared/standards/eherkenning/).
 */
let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

describe('the service catalogue (etoegang 1.13, service-catalog-1.13.xsd)', () => {
  it('is valid against the schema and signed by the portal', () => {
    const xml = serviceCatalogueXml(f.sp);
    expect(schemaErrors(xml, 'serviceCatalogue')).toEqual([]);
    const root = parseXml(xml).documentElement;
    expect(root?.localName).toBe('ServiceCatalogue');
    const signature = root && child(root, NS.ds, 'Signature');
    expect(signature && verifyEnvelopedSignature(xml, signature, [f.sp.keys.certificate])).toBe(true);
    expect(signature && verifyEnvelopedSignature(xml, signature, [f.foreignKeys.certificate])).toBe(false);
  });

  it('carries the configured service: UUIDs, service id, broker, LoA, URLs and certificate', () => {
    const xml = serviceCatalogueXml(f.sp);
    expect(xml).toContain(`<esc:ServiceProviderID>${f.sp.oin}</esc:ServiceProviderID>`);
    expect(xml).toContain(`<esc:ServiceUUID>${f.sp.serviceUuid}</esc:ServiceUUID>`);
    expect(xml).toContain(`<esc:ServiceUUID>${f.sp.serviceInstanceUuid}</esc:ServiceUUID>`);
    expect(xml).toContain('<esc:ServiceID>urn:etoegang:DV:00000001003214345000:services:1</esc:ServiceID>');
    expect(xml).toContain(`<esc:HerkenningsmakelaarId>${f.sp.brokerOin}</esc:HerkenningsmakelaarId>`);
    expect(xml).toContain(
      '<saml:AuthnContextClassRef>urn:etoegang:core:assurance-class:loa3</saml:AuthnContextClassRef>',
    );
    expect(xml).toContain(
      `<esc:EntityConcernedTypesAllowed>${QUALIFIER.kvk}</esc:EntityConcernedTypesAllowed>`,
    );
    expect(xml).toContain(
      `<esc:PrivacyPolicyURL xml:lang="nl">${f.sp.privacyPolicyUrl}</esc:PrivacyPolicyURL>`,
    );
    expect(xml).toContain(`<esc:ServiceName xml:lang="en">${PORTAL_SERVICE.name.en}</esc:ServiceName>`);
    expect(xml).toContain(`<esc:ServiceDescription xml:lang="nl">${PORTAL_SERVICE.description.nl}`);
  });

  it('requested attributes, with a purpose in both languages, stay valid', () => {
    const xml = serviceCatalogueXml(f.sp, {
      ...PORTAL_SERVICE,
      requestedAttributes: [
        {
          name: 'urn:etoegang:core:ActingSubjectID',
          required: true,
          purpose: { nl: 'Om te zien wie handelde', en: 'To see who acted' },
        },
      ],
    });
    expect(schemaErrors(xml, 'serviceCatalogue')).toEqual([]);
    expect(xml).toContain('<esc:PurposeStatement xml:lang="en">To see who acted</esc:PurposeStatement>');
  });

  it('the check can fail: the old catalogue (no IsPublic, ServiceID first) is invalid', () => {
    const old =
      `<esc:ServiceDefinition xmlns:esc="urn:etoegang:1.13:service-catalog">` +
      `<esc:ServiceUUID>${f.sp.serviceUuid}</esc:ServiceUUID><esc:ServiceID>${f.sp.serviceId}</esc:ServiceID>` +
      `</esc:ServiceDefinition>`;
    const errors = schemaErrors(old, 'serviceCatalogue');
    expect(errors.join('\n')).toMatch(/IsPublic/);
    expect(errors.join('\n')).toMatch(/ServiceID/);
  });
});

describe('SAML messages (saml-schema-metadata-2.0.xsd, the protocol types)', () => {
  it('the SP metadata is a valid md:EntityDescriptor', () => {
    expect(schemaErrors(serviceProviderMetadataXml(f.sp), 'metadata')).toEqual([]);
  });

  it('the AuthnRequest sent to the broker is a valid samlp:AuthnRequest', () => {
    const { url } = buildAuthnRequest(f.sp, f.idp, { relayState: '/dashboard' });
    const encoded = new URL(url).searchParams.get('SAMLRequest') ?? '';
    const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
    expect(schemaErrors(xml, 'protocol')).toEqual([]);
  });

  it('the signed ArtifactResolve is valid', () => {
    const xml = artifactResolveXml(
      f.sp,
      f.broker.artifactResolveUrl,
      createArtifact(f.broker.entityId),
      '_r1',
      new Date(),
    );
    expect(schemaErrors(xml, 'protocol')).toEqual([]);
  });

  it('the test broker’s Response (signed, encrypted assertion) is valid', async () => {
    const request = await startLogin(f);
    const xml = await buildBrokerResponse(f.broker, request, f.audience, CHOICES);
    expect(schemaErrors(xml, 'protocol')).toEqual([]);
  });

  it('the test broker’s ArtifactResponse around that Response is valid', async () => {
    const store = databaseArtifactStore(f.db);
    const request = await startLogin(f, 'artifact');
    const artifact = createArtifact(f.broker.entityId);
    await store.put(
      artifact,
      await buildBrokerResponse(f.broker, request, f.audience, CHOICES),
      new Date(Date.now() + 60_000),
    );
    const resolve = artifactResolveXml(f.sp, f.broker.artifactResolveUrl, artifact, '_r2', new Date());
    const reply = await handleArtifactResolve(
      f.broker,
      { entityId: f.sp.entityId, signingCertificate: f.sp.keys.certificate },
      store,
      soapEnvelope(resolve),
    );
    const body = child(parseXml(reply.body).documentElement as never, NS.soap, 'Body');
    const artifactResponse = body && child(body, NS.samlp, 'ArtifactResponse');
    expect(artifactResponse && child(artifactResponse, NS.samlp, 'Response')).toBeDefined();
    expect(schemaErrors(serialize(artifactResponse as never), 'protocol')).toEqual([]);
  });
});
