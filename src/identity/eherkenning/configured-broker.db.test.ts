import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';
import { loginCookieFor, startLogin } from '../../../test/helpers/saml.ts';
import { loadTestBrokerKeys } from '../test-broker/keys.ts';
import { testBroker, testBrokerMetadataXml, type TestBroker } from '../test-broker/metadata.ts';
import { buildBrokerResponse } from '../test-broker/response.ts';

/** Issue 3: a portal configured with another broker's metadata trusts that broker only. */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let other: TestBroker;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'other-broker-'));
  other = testBroker('https://broker.example', await loadTestBrokerKeys(dir));
  const metadataPath = join(dir, 'metadata.xml');
  writeFileSync(metadataPath, testBrokerMetadataXml(other));
  portal = await createTestPortal({ EHERKENNING_IDP_METADATA: metadataPath });
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
});
afterAll(async () => portal.close());

async function postFrom(broker: TestBroker) {
  const { sp } = portal.eherkenning;
  const request = await startLogin(portal);
  const xml = await buildBrokerResponse(
    broker,
    request,
    {
      entityId: sp.entityId,
      encryptionCertificate: sp.keys.certificate,
      serviceId: sp.serviceId,
      serviceUuid: sp.serviceUuid,
    },
    { kvkNumber: EMPLOYER, actingSubject: 'p', loa: 'loa3', authorised: true },
  );
  return portal.app.inject({
    method: 'POST',
    url: '/saml/acs',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookieFor(xml) },
    payload: new URLSearchParams({ SAMLResponse: Buffer.from(xml).toString('base64') }).toString(),
  });
}

describe('the configured broker', () => {
  it('sends the login to the configured broker', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/login' });
    expect(String(response.headers.location)).toMatch(
      /^https:\/\/broker\.example\/test-broker\/sso\?SAMLRequest=/,
    );
  });

  it('accepts a response from the configured broker', async () => {
    const response = await postFrom(other);
    expect(response.statusCode).toBe(303);
    expect(String(response.headers['set-cookie'])).toContain('__Host-bp-session=');
  });

  it('refuses a response from the built-in test broker it no longer trusts', async () => {
    const builtIn = portal.eherkenning.testBroker;
    expect(builtIn).not.toBeNull();
    if (!builtIn) return;
    const response = await postFrom(builtIn);
    expect(response.statusCode).toBe(400);
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('__Host-bp-session=');
  });
});
