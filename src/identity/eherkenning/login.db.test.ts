import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureKeyPair } from './key-pair.ts';
import { buildBrokerResponse, type BrokerChoices, type CraftOptions } from '../test-broker/response.ts';
import { SESSION_COOKIES } from '../sessions/sessions.ts';
import { makeOrganisation, type MadeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';
import { loginCookieFor, nextBrowserAddress, startLogin, XSW } from '../../../test/helpers/saml.ts';
import { join } from 'node:path';
import type { KeyPair } from './key-pair.ts';

/**
 * Issue 3 and quality check 1, at the real endpoints: a crafted response posted to the
 * assertion consumer service is refused, no session is created, and the refusal is audited.
 */
let portal: TestPortal;
let foreignKeys: KeyPair;
/** A recognised employer with two branches, a university, and an agency (test/helpers/factories.ts). */
let employer: MadeOrganisation;
let university: MadeOrganisation;
let agency: MadeOrganisation;
beforeAll(async () => {
  portal = await createTestPortal();
  employer = await makeOrganisation(portal, {
    name: 'Zeewind Systems B.V.',
    branches: ['Zeewind Systems Amsterdam', 'Zeewind Systems Eindhoven'],
  });
  university = await makeOrganisation(portal, {
    recognised: ['study', 'research'],
    name: 'Hogeschool van de Polder',
  });
  agency = await makeOrganisation(portal, { agency: true });
  foreignKeys = await ensureKeyPair(join(portal.dataDir, 'attacker'), 'attacker', 'attacker');
});
afterAll(async () => portal.close());

/** A person of the employer, authorised (the broker's answer unless a test says otherwise). */
const employerChoices = (): BrokerChoices => ({
  kvkNumber: employer.kvk,
  actingSubject: 'person-1',
  loa: 'loa3',
  authorised: true,
});

function audience() {
  const { sp } = portal.eherkenning;
  return {
    entityId: sp.entityId,
    encryptionCertificate: sp.keys.certificate,
    serviceId: sp.serviceId,
    serviceUuid: sp.serviceUuid,
  };
}

async function respond(choices: Partial<BrokerChoices> = {}, options: CraftOptions = {}): Promise<string> {
  const broker = portal.eherkenning.testBroker;
  if (!broker) throw new Error('the test broker is off');
  return buildBrokerResponse(
    broker,
    await startLogin(portal),
    audience(),
    { ...employerChoices(), ...choices },
    options,
  );
}

/** Posts a response from the browser that started its login (unless another cookie is given). */
async function post(xml: string, relayState = '/dashboard', cookie = loginCookieFor(xml)) {
  return portal.app.inject({
    method: 'POST',
    url: '/saml/acs',
    remoteAddress: nextBrowserAddress(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({
      SAMLResponse: Buffer.from(xml).toString('base64'),
      RelayState: relayState,
    }).toString(),
  });
}

function sessionCookie(response: { headers: Record<string, unknown> }): string | undefined {
  const header = response.headers['set-cookie'];
  const all = (Array.isArray(header) ? header : [header]).filter((c): c is string => typeof c === 'string');
  return all.find((c) => c.startsWith(`${SESSION_COOKIES.business}=`))?.split(';')[0];
}

async function lastLoginAudit() {
  return portal.database.db
    .selectFrom('audit_log')
    .select(['outcome', 'reason', 'details'])
    .where('event', '=', 'login')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

async function expectRefused(xml: string, reason: string, cookie?: string) {
  const response = await post(xml, '/dashboard', cookie);
  expect(response.statusCode).toBeGreaterThanOrEqual(400);
  expect(response.statusCode).toBeLessThan(500);
  expect(sessionCookie(response)).toBeUndefined();
  expect(response.body).not.toContain('SAML');
  const entry = await lastLoginAudit();
  expect(entry.outcome).toBe('failure');
  expect(entry.reason).toBe(reason);
  return response;
}

describe('logging in with eHerkenning', () => {
  it('starts with a signed AuthnRequest for loa3 that the portal remembers', async () => {
    const response = await portal.app.inject({ method: 'GET', url: '/login?return=%2Fdashboard' });
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toContain('/test-broker/sso?SAMLRequest=');
    const request = await startLogin(portal);
    const stored = await portal.database.db
      .selectFrom('saml_requests')
      .select('id')
      .where('id', '=', request.id)
      .executeTakeFirst();
    expect(stored?.id).toBe(request.id);
  });

  it('an accepted POST response creates a session and lands on the page asked for', async () => {
    const response = await post(await respond(), '/dashboard');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/dashboard');
    const cookie = sessionCookie(response);
    expect(cookie).toBeDefined();
    expect(String(response.headers['set-cookie'])).toMatch(
      /__Host-bp-session=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    );
    const dashboard = await portal.app.inject({
      method: 'GET',
      url: '/dashboard',
      headers: { cookie: cookie ?? '' },
    });
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain(employer.name);
    expect((await lastLoginAudit()).outcome).toBe('success');
  });

  it('the full round trip through the test broker works with the artifact binding', async () => {
    const start = await portal.app.inject({ method: 'GET', url: '/login?return=%2Fdashboard' });
    const brokerPage = await portal.app.inject({
      method: 'GET',
      url: String(start.headers.location).replace(portal.config.publicUrl, ''),
    });
    expect(brokerPage.statusCode).toBe(200);
    const { cookie, token } = csrfFrom(brokerPage);
    const raw = /name="request" value="([^"]+)"/.exec(brokerPage.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const answer = await portal.app.inject({
      method: 'POST',
      url: '/test-broker/sso/answer',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: token,
        request: raw,
        organisation: university.kvk,
        actingSubject: 'person-2',
        loa: 'loa4',
        authorised: 'yes',
        binding: 'artifact',
        action: 'login',
      }).toString(),
    });
    expect(answer.statusCode).toBe(303);
    const acs = String(answer.headers.location);
    expect(acs).toContain('/saml/artifact?SAMLart=');
    const loginCookie = [start.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-bp-login='));
    const landed = await portal.app.inject({
      method: 'GET',
      url: acs.replace(portal.config.publicUrl, ''),
      headers: { cookie: loginCookie?.split(';')[0] ?? '' },
    });
    expect(landed.statusCode).toBe(303);
    expect(landed.headers.location).toBe('/dashboard');
    const dashboard = await portal.app.inject({
      method: 'GET',
      url: '/dashboard',
      headers: { cookie: sessionCookie(landed) ?? '' },
    });
    expect(dashboard.body).toContain(university.name);
    // The artifact is single use.
    const again = await portal.app.inject({ method: 'GET', url: acs.replace(portal.config.publicUrl, '') });
    expect(sessionCookie(again)).toBeUndefined();
  });

  it('D8: cancelling at the broker answers Responder/AuthnFailed and the user is told they cancelled', async () => {
    const start = await portal.app.inject({ method: 'GET', url: '/login?return=%2Fdashboard' });
    const brokerPage = await portal.app.inject({
      method: 'GET',
      url: String(start.headers.location).replace(portal.config.publicUrl, ''),
    });
    const { cookie, token } = csrfFrom(brokerPage);
    const raw = /name="request" value="([^"]+)"/.exec(brokerPage.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const answer = await portal.app.inject({
      method: 'POST',
      url: '/test-broker/sso/answer',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: token,
        request: raw,
        organisation: employer.kvk,
        actingSubject: 'person-3',
        loa: 'loa3',
        authorised: 'yes',
        binding: 'artifact',
        action: 'cancel',
      }).toString(),
    });
    expect(answer.statusCode).toBe(303);
    const loginCookie = [start.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-bp-login='));
    const landed = await portal.app.inject({
      method: 'GET',
      url: String(answer.headers.location).replace(portal.config.publicUrl, ''),
      headers: { cookie: loginCookie?.split(';')[0] ?? '', 'accept-language': 'en' },
    });
    expect(sessionCookie(landed)).toBeUndefined();
    expect(landed.body).toContain('Logging in was cancelled');
    expect(landed.body).not.toContain('no authorisation');
    expect((await lastLoginAudit()).reason).toBe('status_authn_failed');
    // The Dutch page says the same.
    const nl = await expectRefused(await respond({ cancelled: true }), 'status_authn_failed');
    expect(nl.body).toContain('Inloggen is afgebroken');
    expect(nl.body).not.toContain('niet gemachtigd');
  });

  describe('a login is bound to the browser that started it (issue 13, finding 1)', () => {
    async function loggedInVictim() {
      const victim = await post(await respond({ kvkNumber: university.kvk, actingSubject: 'victim' }));
      const cookie = sessionCookie(victim) ?? '';
      expect(cookie).not.toBe('');
      return cookie;
    }

    it('a response the attacker started, posted from the victim’s browser, is refused and audited; the victim stays logged in', async () => {
      const victimSession = await loggedInVictim();
      const attackerResponse = await respond({ actingSubject: 'attacker' });
      // The victim's browser has its session but not the attacker's login-binding cookie.
      const response = await post(attackerResponse, '/dashboard', victimSession);
      expect(response.statusCode).toBe(400);
      expect(sessionCookie(response)).toBeUndefined();
      expect(String(response.headers['set-cookie'] ?? '')).not.toContain('__Host-bp-session=;');
      expect((await lastLoginAudit()).reason).toBe('not_bound_to_browser');
      const dashboard = await portal.app.inject({
        method: 'GET',
        url: '/dashboard',
        headers: { cookie: victimSession },
      });
      expect(dashboard.statusCode).toBe(200);
      expect(dashboard.body).toContain(university.name);
    });

    it('a response to another login than the one this browser started is refused', async () => {
      const attackerResponse = await respond({ actingSubject: 'attacker' });
      await startLogin(portal);
      const ownStart = await portal.app.inject({ method: 'GET', url: '/login?return=%2Fdashboard' });
      const ownCookie = [ownStart.headers['set-cookie']]
        .flat()
        .find((c) => c?.startsWith('__Host-bp-login='));
      expect(ownCookie).toMatch(/HttpOnly; Secure; SameSite=None/);
      await expectRefused(attackerResponse, 'not_bound_to_browser', ownCookie?.split(';')[0]);
    });

    it('a RelayState other than the one this browser asked for is refused', async () => {
      const xml = await respond();
      const response = await post(xml, '/applications/new');
      expect(response.statusCode).toBe(400);
      expect(sessionCookie(response)).toBeUndefined();
      expect((await lastLoginAudit()).reason).toBe('not_bound_to_browser');
    });

    it('an artifact link sent to another browser does not log it in', async () => {
      const response = await portal.app.inject({
        method: 'GET',
        url: '/saml/artifact?SAMLart=AAQAAA&RelayState=%2Fdashboard',
      });
      expect(response.statusCode).toBe(400);
      expect((await lastLoginAudit()).reason).toBe('not_bound_to_browser');
    });
  });

  describe('branch restriction (vestigingsbeperking, issue 13, finding 9)', () => {
    it('a branch the organisation does not have is refused at login', async () => {
      const response = await expectRefused(await respond({ branchNumber: '999999999999' }), 'unknown_branch');
      expect(response.statusCode).toBe(403);
      // D22: the page names the branch as the problem, not the KVK number.
      expect(response.body).toContain('Deze vestiging kennen wij niet bij uw organisatie');
      expect(response.body).not.toContain('kent het KVK-nummer');
    });

    it('a login for one of its branches gets in, but reaches only the general pages', async () => {
      const eindhoven = employer.branches[1];
      if (!eindhoven) throw new Error('the employer has two branches');
      const response = await post(await respond({ branchNumber: eindhoven.number }));
      const cookie = sessionCookie(response) ?? '';
      expect(cookie).not.toBe('');
      const page = (url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie } });
      const dashboard = await page('/dashboard');
      expect(dashboard.statusCode).toBe(200);
      // D22: the dashboard names the branch, not only its number.
      expect(dashboard.body).toContain(`${eindhoven.name} (vestigingsnummer ${eindhoven.number})`);
      for (const url of ['/applications', '/account', '/support/reports', '/authorisations'])
        expect((await page(url)).statusCode, url).toBe(403);
    });
  });

  it('a chain authorisation logs the intermediary in for the sponsor, shown as such', async () => {
    const response = await post(await respond({ intermediaryKvk: agency.kvk }));
    const dashboard = await portal.app.inject({
      method: 'GET',
      url: '/dashboard',
      headers: { cookie: sessionCookie(response) ?? '', 'accept-language': 'en' },
    });
    expect(dashboard.body).toContain(employer.name);
    expect(dashboard.body).toContain(`As intermediary (KVK ${agency.kvk}) with a chain authorisation`);
  });

  it('a KVK number the IND does not know gets the "not available for you" page, not an error', async () => {
    const response = await expectRefused(await respond({ kvkNumber: '12345678' }), 'unknown_organisation');
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Deze dienst is niet voor u beschikbaar');
  });

  it('a person without the service authorisation gets a page that says how to get it', async () => {
    const response = await expectRefused(await respond({ authorised: false }), 'status_request_denied');
    expect(response.body).toContain('niet gemachtigd');
  });

  it('loa2 and loa2plus are refused with a page explaining that EH3 is needed', async () => {
    for (const loa of ['loa2', 'loa2plus'] as const) {
      const response = await expectRefused(await respond({ loa }), 'loa_too_low');
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('EH3');
    }
  });

  it('a replayed response is refused the second time', async () => {
    const xml = await respond();
    expect(sessionCookie(await post(xml))).toBeDefined();
    await expectRefused(xml, 'replayed_assertion');
  });

  it('a response to a request the portal never sent is refused', async () => {
    // From a browser that did start a login here, so the binding holds and the id is what fails.
    const started = await startLogin(portal);
    const cookie = loginCookieFor(`InResponseTo="${started.id}"`);
    await expectRefused(await respond({}, { inResponseTo: '_never-sent' }), 'unknown_in_response_to', cookie);
  });

  it('a wrong audience, destination or recipient is refused', async () => {
    await expectRefused(await respond({}, { audience: 'https://other.example/sp' }), 'wrong_audience');
    await expectRefused(await respond({}, { destination: 'https://other.example/acs' }), 'wrong_destination');
    await expectRefused(await respond({}, { recipient: 'https://other.example/acs' }), 'wrong_recipient');
  });

  it('an expired response is refused', async () => {
    await expectRefused(
      await respond({}, { now: new Date(Date.now() - 3_600_000), validForMs: 300_000 }),
      'expired',
    );
  });

  it('a certificate in KeyInfo that is not the configured broker’s is refused', async () => {
    await expectRefused(await respond({}, { signingKeys: foreignKeys }), 'invalid_signature');
  });

  it('an unsigned assertion inside a signed response is refused', async () => {
    await expectRefused(await respond({}, { signAssertion: false }), 'assertion_unsigned');
  });

  it('an HMAC signature algorithm is refused', async () => {
    const xml = (await respond()).replace(
      /http:\/\/www\.w3\.org\/2001\/04\/xmldsig-more#rsa-sha256/g,
      'http://www.w3.org/2000/09/xmldsig#hmac-sha1',
    );
    await expectRefused(xml, 'algorithm_not_allowed');
  });

  it('a comment inside the KVK value is refused', async () => {
    const xml = (await respond({}, { encryptAssertion: false, encryptIdentifiers: false })).replace(
      `>${employer.kvk}<`,
      `>${employer.kvk.slice(0, 4)}<!---->${employer.kvk.slice(4)}<`,
    );
    expect(xml).toContain(`${employer.kvk.slice(0, 4)}<!---->${employer.kvk.slice(4)}`);
    await expectRefused(xml, 'xml_comment');
  });

  for (const [name, wrap] of Object.entries(XSW)) {
    it(`${name} signature wrapping is refused`, async () => {
      const xml = await respond({}, { encryptAssertion: false, encryptIdentifiers: false });
      await expectRefused(wrap(xml), 'wrapping_detected');
    });
  }

  it('a response larger than the cap is refused before parsing', async () => {
    const xml = (await respond()).replace(
      '</samlp:Response>',
      `<!--${'x'.repeat(300 * 1024)}--></samlp:Response>`,
    );
    await expectRefused(xml, 'too_large');
  });

  it('a malformed post is refused without a 500', async () => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/saml/acs',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'SAMLResponse=%%%not-base64',
    });
    expect(response.statusCode).toBe(400);
    expect(sessionCookie(response)).toBeUndefined();
  });

  it('publishes SP metadata and the service catalogue entry', async () => {
    const metadata = await portal.app.inject({ method: 'GET', url: '/saml/metadata' });
    expect(metadata.body).toContain('AssertionConsumerService');
    expect(metadata.body).toContain('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact');
    const catalogue = await portal.app.inject({ method: 'GET', url: '/saml/service-catalogue' });
    expect(catalogue.body).toContain(`urn:etoegang:DV:${portal.config.eherkenning.oin}:services:1`);
  });
});
