import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { brokerMetadataXml, signMetadata } from '../../../test/helpers/broker-metadata.ts';
import {
  FIXTURE_BROKER,
  fixtureBrokerKeys,
  fixturePath,
} from '../../../test/fixtures/eherkenning/fixture.ts';
import { makeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';
import { loginCookieFor, startLogin } from '../../../test/helpers/saml.ts';
import { schemaErrors } from '../../../test/helpers/xml-schema.ts';
import { ensureKeyPair, type KeyPair } from './key-pair.ts';
import { buildBrokerResponse } from '../test-broker/response.ts';
import { NS } from './constants.ts';
import { descendants, parseXml, strictText } from './xml.ts';

/**
 * Issue 15: the portal connected to metadata shaped as a real eHerkenning broker publishes it
 * (test/fixtures/eherkenning/broker-metadata.xml: a signed EntitiesDescriptor, one entity with an
 * IDPSSODescriptor and an SPSSODescriptor, SSO and artifact resolution on different hosts).
 */
const brokerEnv = (metadataPath: string) => ({
  TEST_BROKER: 'false',
  EHERKENNING_IDP_METADATA: metadataPath,
  EHERKENNING_IDP_METADATA_CERT: fixturePath('metadata-signer.cert.pem'),
  EHERKENNING_IDP_ENTITY_ID: FIXTURE_BROKER.entityId,
  EHERKENNING_BROKER_OIN: '00000003999999990000',
  EHERKENNING_SERVICE_INSTANCE_UUID: '0b6f3c2e-9d41-4a8e-b7c5-1f2e3d4c5b6a',
});

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
beforeAll(async () => {
  portal = await createTestPortal(brokerEnv(fixturePath('broker-metadata.xml')));
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
});
afterAll(async () => portal.close());

/** A login of a person of `kvk` (an organisation in the portal `to`), signed with `keys`. */
async function postSignedWith(keys: KeyPair, to: TestPortal = portal, kvk = EMPLOYER) {
  const { sp } = to.eherkenning;
  const request = await startLogin(to);
  const xml = await buildBrokerResponse(
    { entityId: FIXTURE_BROKER.entityId, keys },
    request,
    {
      entityId: sp.entityId,
      encryptionCertificate: sp.keys.certificate,
      serviceId: sp.serviceId,
      serviceUuid: sp.serviceUuid,
    },
    { kvkNumber: kvk, actingSubject: 'p', loa: 'loa3', authorised: true },
  );
  return to.app.inject({
    method: 'POST',
    url: '/saml/acs',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookieFor(xml) },
    payload: new URLSearchParams({ SAMLResponse: Buffer.from(xml).toString('base64') }).toString(),
  });
}

describe('a portal connected to a real-shaped broker', () => {
  it('/login sends the browser to the broker’s SSO endpoint with a loa3 AuthnRequest', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/login' });
    expect(response.statusCode).toBe(303);
    const location = new URL(String(response.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(FIXTURE_BROKER.ssoUrl);
    const xml = inflateRawSync(
      Buffer.from(location.searchParams.get('SAMLRequest') ?? '', 'base64'),
    ).toString('utf8');
    const request = parseXml(xml).documentElement;
    expect(request?.getAttribute('Destination')).toBe(FIXTURE_BROKER.ssoUrl);
    const loa = descendants(request as never, NS.saml, 'AuthnContextClassRef')[0];
    expect(loa && strictText(loa)).toBe('urn:etoegang:core:assurance-class:loa3');
  });

  it('accepts a response signed with the broker’s current key and with its next key (rollover)', async () => {
    for (const which of [1, 2] as const) {
      const response = await postSignedWith(fixtureBrokerKeys(which));
      expect(response.statusCode, `key ${which}`).toBe(303);
      expect(String(response.headers['set-cookie'])).toContain('__Host-bp-session=');
    }
  });

  it('refuses a response signed with a key that is not in the broker metadata', async () => {
    const foreign = await ensureKeyPair(mkdtempSync(join(tmpdir(), 'foreign-')), 'x', 'x');
    const response = await postSignedWith(foreign);
    expect(response.statusCode).toBe(400);
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('__Host-bp-session=');
  });
});

describe('what the portal hands this broker', () => {
  it('GET /saml/service-catalogue: the configured service, valid against the etoegang 1.13 schema', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/saml/service-catalogue' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(schemaErrors(response.body, 'serviceCatalogue')).toEqual([]);
    expect(response.body).toContain(
      '<esc:HerkenningsmakelaarId>00000003999999990000</esc:HerkenningsmakelaarId>',
    );
    expect(response.body).toContain(
      '<esc:ServiceUUID>0b6f3c2e-9d41-4a8e-b7c5-1f2e3d4c5b6a</esc:ServiceUUID>',
    );
  });

  it('GET /saml/metadata: valid against the SAML metadata schema', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/saml/metadata' });
    expect(response.statusCode).toBe(200);
    expect(schemaErrors(response.body, 'metadata')).toEqual([]);
  });
});

describe('start-up with broker metadata that cannot be trusted', () => {
  const variant = (edit: (xml: string) => string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'broker-md-')), 'broker-metadata.xml');
    writeFileSync(path, edit(readFileSync(fixturePath('broker-metadata.xml'), 'utf8')));
    return path;
  };

  it('the same file with one byte changed is refused with a clear message', async () => {
    const path = variant((xml) => xml.replace('ars.makelaar', 'ars.makelaaR'));
    await expect(createTestPortal(brokerEnv(path))).rejects.toThrow(
      /eHerkenning: the broker metadata signature is not valid/,
    );
  });

  it('the file without its signature is refused', async () => {
    const path = variant((xml) => xml.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/, ''));
    await expect(createTestPortal(brokerEnv(path))).rejects.toThrow(/broker metadata is not signed/);
  });
});

describe('metadata from the broker’s URL, reloaded while the portal runs', () => {
  it('takes up the broker’s next signing key, and stops logins once the metadata has expired', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'federation-'));
    const federation = await ensureKeyPair(dir, 'federation', 'federation');
    writeFileSync(join(dir, 'federation.pem'), federation.certificate);
    const [current, next] = [fixtureBrokerKeys(1), fixtureBrokerKeys(2)];
    const publish = (certificates: string[], validUntil = new Date(Date.now() + 86_400_000)) =>
      signMetadata(
        brokerMetadataXml({
          ...FIXTURE_BROKER,
          validUntil,
          cacheDuration: 'PT1S',
          signingCertificates: certificates,
        }),
        federation,
      );
    let served = publish([current.certificate]);
    const server = createServer((_req, res) => res.writeHead(200).end(served));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const running = await createTestPortal({
      ...brokerEnv(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metadata`),
      EHERKENNING_IDP_METADATA_CERT: join(dir, 'federation.pem'),
    });
    try {
      const { kvk } = await makeOrganisation(running);
      expect((await postSignedWith(next, running, kvk)).statusCode).toBe(400);
      served = publish([current.certificate, next.certificate]);
      await vi.waitFor(async () => expect((await postSignedWith(next, running, kvk)).statusCode).toBe(303), {
        timeout: 15_000,
        interval: 500,
      });

      served = publish([current.certificate, next.certificate], new Date(Date.now() + 3000));
      await vi.waitFor(
        async () => {
          const login = await running.app.inject({ method: 'GET', url: '/login' });
          expect(login.statusCode).toBe(400);
          expect(login.headers.location).toBeUndefined();
        },
        { timeout: 15_000, interval: 500 },
      );
    } finally {
      await running.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
