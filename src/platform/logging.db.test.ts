import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../test/helpers/portal.ts';
import { loginCookieFor, startLogin } from '../../test/helpers/saml.ts';
import { buildBrokerResponse } from '../identity/test-broker/response.ts';
import { createLogger } from './logging.ts';

/** Quality check 9: no BSN, passport number, session id or SAML message in the logs. */
const CANARY_BSN = '999990019';
const CANARY_PASSPORT = 'NXCANARY42';
let lines = '';
let portal: TestPortal;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines += chunk.toString('utf8');
      done();
    },
  });
  portal = await createTestPortal({ LOG_LEVEL: 'debug' }, { logger: createLogger('debug', sink) });
});
afterAll(async () => portal.close());

describe('the logs', () => {
  it('hold none of the personal data, session ids or SAML messages that passed through', async () => {
    await portal.app.inject({ method: 'GET', url: `/?bsn=${CANARY_BSN}&passport=${CANARY_PASSPORT}` });
    const page = await portal.app.inject({ method: 'GET', url: '/' });
    const { cookie, token } = csrfFrom(page);
    await portal.app.inject({
      method: 'POST',
      url: '/language',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(token)}&to=${CANARY_PASSPORT}&bsn=${CANARY_BSN}`,
    });

    const { sp, testBroker } = portal.eherkenning;
    if (!testBroker) throw new Error('the test broker is off');
    const { kvk } = await makeOrganisation(portal);
    const request = await startLogin(portal);
    const xml = await buildBrokerResponse(
      testBroker,
      request,
      {
        entityId: sp.entityId,
        encryptionCertificate: sp.keys.certificate,
        serviceId: sp.serviceId,
        serviceUuid: sp.serviceUuid,
      },
      { kvkNumber: kvk, actingSubject: 'canary-person', loa: 'loa3', authorised: true },
    );
    const samlResponse = Buffer.from(xml).toString('base64');
    const login = await portal.app.inject({
      method: 'POST',
      url: '/saml/acs',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookieFor(xml) },
      payload: new URLSearchParams({ SAMLResponse: samlResponse }).toString(),
    });
    const sessionToken = /__Host-bp-session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1] ?? '';
    expect(sessionToken).not.toBe('');
    await portal.app.inject({
      method: 'GET',
      url: '/dashboard',
      headers: { cookie: `__Host-bp-session=${sessionToken}` },
    });
    // A refused response is logged too, with its reason only.
    await portal.app.inject({
      method: 'POST',
      url: '/saml/acs',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookieFor(xml) },
      payload: new URLSearchParams({ SAMLResponse: samlResponse }).toString(),
    });

    expect(lines).toContain('login refused');
    for (const secret of [
      CANARY_BSN,
      CANARY_PASSPORT,
      sessionToken,
      samlResponse.slice(0, 40),
      'SAMLResponse',
      'samlp:Response',
      'canary-person',
    ]) {
      expect(lines.includes(secret), `the logs contain ${secret.slice(0, 20)}`).toBe(false);
    }
  });
});
