import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formCsrf } from '../../test/helpers/organisations.ts';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { insertCase, insertDocument, insertEvent, organisationIdOf } from '../cases/testing.ts';
import { registerTestClient, type TestClient } from './testing.ts';
import { backoffSeconds, deliverDue, eventsFromBatch, sign } from './webhooks.ts';

/**
 * The sponsor API end to end on the running portal (inject): tokens by private_key_jwt,
 * revocation at once, idempotent POSTs, webhooks signed and retried, client pages, audit.
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let AGENCY: string;
let NON_RECOGNISED: string;
let tokenUrl: string;
let employer: TestClient;
let orgA: string;
const CASE_A = 'IND-API-000001';

beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  UNIVERSITY = (await makeOrganisation(portal, { recognised: ['study', 'research'] })).kvk;
  AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  NON_RECOGNISED = (await makeOrganisation(portal, { recognised: [] })).kvk;
  tokenUrl = `${portal.config.publicUrl}/api/v1/oauth/token`;
  const db = portal.database.db;
  orgA = await organisationIdOf(db, EMPLOYER);
  const caseA = await insertCase(db, orgA, {
    caseNumber: CASE_A,
    state: 'in_progress',
    targetDate: '2026-12-01',
  });
  await insertEvent(db, orgA, caseA, { at: '2026-10-01T09:00:00Z', status: 'received', reason: 'intake' });
  employer = await registerTestClient(db, EMPLOYER, ['status', 'documents', 'employees']);
});
afterAll(async () => portal.close());

async function tokenRequest(form: Record<string, string>) {
  return portal.app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
  });
}

const grant = (assertion: string) => ({
  grant_type: 'client_credentials',
  client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
  client_assertion: assertion,
});

async function tokenFor(client: TestClient): Promise<string> {
  const response = await tokenRequest(grant(await client.assertion(tokenUrl)));
  expect(response.statusCode).toBe(200);
  return response.json<{ access_token: string }>().access_token;
}

const get = (url: string, token: string) =>
  portal.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

describe('tokens (private_key_jwt, RFC 7523)', () => {
  it('a client with a valid assertion gets a short-lived bearer token and reads its cases', async () => {
    const response = await tokenRequest(grant(await employer.assertion(tokenUrl)));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ access_token: string; expires_in: number; token_type: string }>();
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBeLessThanOrEqual(300);
    const cases = await get(`/api/v1/organisations/${EMPLOYER}/cases?q=${CASE_A}`, body.access_token);
    expect(cases.statusCode).toBe(200);
    expect(cases.headers['api-version']).toBe('1.0.0');
    const issued = await portal.database.db
      .selectFrom('audit_log')
      .select(['actor_subject', 'organisation_id'])
      .where('event', '=', 'api.token.issued')
      .where('actor_subject', '=', `api-client:${employer.id}`)
      .execute();
    expect(issued.length).toBeGreaterThan(0);
    expect(issued[0]?.organisation_id).toBe(orgA);
    expect(cases.json<{ cases: { caseNumber: string }[] }>().cases.map((c) => c.caseNumber)).toEqual([
      CASE_A,
    ]);
  });

  it('an assertion is accepted once (jti), for this audience only, and for at most 5 minutes', async () => {
    const once = await employer.assertion(tokenUrl);
    expect((await tokenRequest(grant(once))).statusCode).toBe(200);
    const replay = await tokenRequest(grant(once));
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: 'invalid_client' });
    const elsewhere = await tokenRequest(grant(await employer.assertion('https://other.example/token')));
    expect(elsewhere.statusCode).toBe(401);
    const long = await tokenRequest(grant(await employer.assertion(tokenUrl, { lifetimeSeconds: 3600 })));
    expect(long.statusCode).toBe(401);
    expect(long.json<{ error_description: string }>().error_description).toMatch(/300 seconds/);
  });

  it('refuses an assertion signed with another key, with HMAC, or unsigned', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: employer.id,
      sub: employer.id,
      aud: tokenUrl,
      jti: crypto.randomUUID(),
      exp: now + 60,
    };
    const otherKey = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('a shared secret of thirty-two bytes!'));
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    for (const assertion of [otherKey, hmac, unsigned]) {
      const response = await tokenRequest(grant(assertion));
      expect(response.statusCode).toBe(401);
    }
    expect((await tokenRequest({ ...grant(otherKey), grant_type: 'password' })).statusCode).toBe(400);
  });

  it('a revoked client is refused at once, with a token it already holds', async () => {
    const client = await registerTestClient(portal.database.db, EMPLOYER, ['status'], 'to revoke');
    const token = await tokenFor(client);
    const lastUsed = () =>
      portal.database.db
        .selectFrom('api_clients')
        .select('last_used_at')
        .where('id', '=', client.id)
        .executeTakeFirstOrThrow();
    expect((await lastUsed()).last_used_at).toBeNull();
    expect((await get(`/api/v1/organisations/${EMPLOYER}/cases`, token)).statusCode).toBe(200);
    // The call notes the client's last use (shown to its owner), in the same statement as the token.
    const used = (await lastUsed()).last_used_at;
    expect(used).toBeInstanceOf(Date);
    expect(Date.now() - (used as Date).getTime()).toBeLessThan(60_000);
    const session = await loginAs(portal, EMPLOYER);
    const { cookie, token: csrf } = await formCsrf(portal, `/account/api-clients/${client.id}`, session);
    const revoke = await portal.app.inject({
      method: 'POST',
      url: `/account/api-clients/${client.id}/revoke`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(csrf)}`,
    });
    expect(revoke.statusCode).toBe(303);
    const after = await get(`/api/v1/organisations/${EMPLOYER}/cases`, token);
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await tokenRequest(grant(await client.assertion(tokenUrl)))).statusCode).toBe(401);
    const audit = await portal.database.db
      .selectFrom('audit_log')
      .select(['event', 'object_id'])
      .where('event', '=', 'api.client.revoked')
      .where('object_id', '=', client.id)
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('audit and problems', () => {
  it('records every call in the audit log with the client id', async () => {
    const token = await tokenFor(employer);
    const response = await get(`/api/v1/organisations/${EMPLOYER}/cases/${CASE_A}`, token);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ statusHistory: { status: string }[]; expectedDecisionDate: string }>();
    expect(body.statusHistory.map((e) => e.status)).toEqual(['received']);
    expect(body.expectedDecisionDate).toBe('2026-12-01');
    // The audit row is written in onResponse, just after the reply.
    const rows = await vi.waitFor(async () => {
      const found = await portal.database.db
        .selectFrom('audit_log')
        .select(['event', 'actor_subject', 'details', 'organisation_id'])
        .where('event', '=', 'api.case.read')
        .execute();
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    expect(rows[0]?.actor_subject).toBe(`api-client:${employer.id}`);
    expect(rows[0]?.organisation_id).toBe(orgA);
    expect(rows[0]?.details).toMatchObject({ clientId: employer.id, status: 200 });
  });

  it('answers invalid input with problem details naming each parameter, in the asked language', async () => {
    const token = await tokenFor(employer);
    const response = await portal.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${EMPLOYER}/cases?submittedFrom=2026-02-31&limit=500&colour=red`,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'nl' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json<{ title: string; status: number; invalidParams: { name: string }[] }>();
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Ongeldige invoer');
    expect(problem.invalidParams.map((p) => p.name).sort()).toEqual(['colour', 'limit', 'submittedFrom']);
    // Each reason in the asked language too (zod's messages; Dutch from its Dutch locale).
    const reasonOf = (body: { invalidParams: { name: string; reason: string }[] }, name: string) =>
      body.invalidParams.find((p) => p.name === name)?.reason;
    const dutch = response.json<{ invalidParams: { name: string; reason: string }[] }>();
    expect(reasonOf(dutch, 'limit')).toMatch(/^Te groot/);
    expect(reasonOf(dutch, 'colour')).toMatch(/^Onbekende key/);
    const english = await portal.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${EMPLOYER}/cases?submittedFrom=2026-02-31&limit=500&colour=red`,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    const inEnglish = english.json<{ invalidParams: { name: string; reason: string }[] }>();
    expect(reasonOf(inEnglish, 'limit')).toMatch(/^Too big/);
    expect(reasonOf(inEnglish, 'colour')).toMatch(/^Unrecognized key/);
  });
});

describe('agencies and scopes', () => {
  it('an agency’s client acts for a sponsor only with an authorisation, and only within its scope', async () => {
    const db = portal.database.db;
    const agencyId = await organisationIdOf(db, AGENCY);
    const agency = await registerTestClient(db, AGENCY, ['status', 'documents']);
    const token = await tokenFor(agency);
    expect((await get(`/api/v1/organisations/${EMPLOYER}/cases`, token)).statusCode).toBe(404);
    await sql`insert into representative_registrations (intermediary_organisation_id, sponsor_organisation_id,
      scope, valid_from, valid_until, state, notify_email, language, file_key, file_name, file_size,
      file_sha256, submitted_by, submitted_at, due_on)
      values (${agencyId}, ${orgA}, '["status"]'::jsonb, current_date - 1, current_date + 30, 'approved',
        'hr@example.nl', 'nl', 'k', 'machtiging.pdf', 1, ${'0'.repeat(64)}, 'x', now(), current_date)`.execute(
      db,
    );
    const listed = await get(`/api/v1/organisations/${EMPLOYER}/cases`, token);
    expect(listed.statusCode).toBe(200);
    expect((await get(`/api/v1/organisations/${EMPLOYER}/documents`, token)).statusCode).toBe(403);
    expect((await get(`/api/v1/organisations/${UNIVERSITY}/cases`, token)).statusCode).toBe(404);
    const organisations = (await get('/api/v1/organisations', token)).json<{
      organisations: { kvkNumber: string; actingAs: string; scopes: string[] }[];
    }>();
    expect(organisations.organisations).toContainEqual(
      expect.objectContaining({ kvkNumber: EMPLOYER, actingAs: 'representative', scopes: ['status'] }),
    );
  });

  it('a non-recognised organisation’s client reads its organisation but no cases', async () => {
    const client = await registerTestClient(portal.database.db, NON_RECOGNISED, ['status']);
    const token = await tokenFor(client);
    expect((await get(`/api/v1/organisations/${NON_RECOGNISED}`, token)).statusCode).toBe(200);
    expect((await get(`/api/v1/organisations/${NON_RECOGNISED}/cases`, token)).statusCode).toBe(403);
  });
});

describe('Idempotency-Key', () => {
  const post = (token: string, key: string | undefined, body: unknown) =>
    portal.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${EMPLOYER}/webhook-subscriptions`,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      payload: JSON.stringify(body),
    });

  it('a retry with the same key and body files once and returns the first response', async () => {
    const token = await tokenFor(employer);
    const body = { url: 'https://hr.example/hooks', eventTypes: ['case.status-changed'] };
    const key = crypto.randomUUID();
    const first = await post(token, key, body);
    expect(first.statusCode).toBe(201);
    const again = await post(token, key, {
      eventTypes: ['case.status-changed'],
      url: 'https://hr.example/hooks',
    });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const rows = await portal.database.db
      .selectFrom('api_webhook_subscriptions')
      .select('id')
      .where('url', '=', 'https://hr.example/hooks')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('the same key with another body is refused (422); no key is a 400', async () => {
    const token = await tokenFor(employer);
    const key = crypto.randomUUID();
    expect(
      (await post(token, key, { url: 'https://a.example/h', eventTypes: ['document.created'] })).statusCode,
    ).toBe(201);
    const other = await post(token, key, { url: 'https://b.example/h', eventTypes: ['document.created'] });
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
    const missing = await post(token, undefined, {
      url: 'https://c.example/h',
      eventTypes: ['document.created'],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ invalidParams: { name: string }[] }>().invalidParams[0]?.name).toBe(
      'Idempotency-Key',
    );
  });
});

describe('webhooks', () => {
  let server: Server;
  let received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let answer = 500;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.statusCode = answer;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a status change and a new document reach the subscriber signed, as CloudEvents, retried after a failure', async () => {
    const db = portal.database.db;
    const orgB = await organisationIdOf(db, UNIVERSITY);
    const client = await registerTestClient(db, UNIVERSITY, ['status', 'documents']);
    const token = await tokenFor(client);
    const created = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${UNIVERSITY}/webhook-subscriptions`,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': 'k-1',
      },
      payload: JSON.stringify({ url, eventTypes: ['case.status-changed', 'document.created'] }),
    });
    expect(created.statusCode).toBe(201);
    const { secret } = created.json<{ secret: string }>();
    expect(secret).toMatch(/^whsec_/);

    // As the refresh writes a page: rows, then the hook in the same transaction.
    const caseId = await insertCase(db, orgB, { caseNumber: 'IND-HOOK-1', state: 'granted' });
    await insertEvent(db, orgB, caseId, { at: '2026-11-02T10:00:00Z', status: 'granted', reason: 'granted' });
    const document = await insertDocument(db, orgB, caseId, { title: 'Beschikking' });
    const eventIds = await db
      .selectFrom('case_events')
      .select('source_id')
      .where('case_id', '=', caseId)
      .execute();
    const batch = {
      caseSourceIds: [],
      caseEventSourceIds: eventIds.map((e) => e.source_id),
      documentSourceIds: [document.sourceId],
    };
    await db.transaction().execute((trx) => eventsFromBatch(trx, batch));
    await db.transaction().execute((trx) => eventsFromBatch(trx, batch)); // a rerun adds nothing

    // Outside private networks (as in production) the local receiver is not reached at all.
    answer = 204;
    received = [];
    const closed = { production: false, privateNetworks: false };
    expect(await deliverDue({ db, publicUrl: portal.config.publicUrl, policy: closed })).toBe(2);
    expect(received).toHaveLength(0);
    const refused = await db
      .selectFrom('api_webhook_deliveries')
      .select(['last_error', 'attempts'])
      .execute();
    expect(refused.map((d) => d.last_error)).toEqual([
      'refused: private address',
      'refused: private address',
    ]);
    await db
      .updateTable('api_webhook_deliveries')
      .set({ attempts: 0, next_attempt_at: new Date(0), last_error: null })
      .execute();

    answer = 500;
    const deps = {
      db,
      publicUrl: portal.config.publicUrl,
      policy: { production: false, privateNetworks: true },
    };
    expect(await deliverDue(deps)).toBe(2);
    expect(received).toHaveLength(2);
    const failed = await db
      .selectFrom('api_webhook_deliveries')
      .selectAll()
      .where('state', '=', 'pending')
      .execute();
    expect(failed.filter((d) => d.attempts === 1)).toHaveLength(2);
    expect(await deliverDue(deps)).toBe(0); // backing off
    expect(backoffSeconds(1)).toBe(30);

    await db
      .updateTable('api_webhook_deliveries')
      .set({ next_attempt_at: new Date(0) })
      .execute();
    answer = 204;
    received = [];
    expect(await deliverDue(deps)).toBe(2);
    const types = [];
    for (const message of received) {
      const id = String(message.headers['webhook-id']);
      const timestamp = Number(message.headers['webhook-timestamp']);
      expect(message.headers['webhook-signature']).toBe(sign(secret, id, timestamp, message.body));
      expect(message.headers['content-type']).toMatch(/application\/cloudevents\+json/);
      const event = JSON.parse(message.body) as {
        specversion: string;
        type: string;
        subject: string;
        data: object;
      };
      expect(event.specversion).toBe('1.0');
      expect(event.subject).toBe('IND-HOOK-1');
      types.push(event.type);
    }
    expect(types.sort()).toEqual([
      'nl.ind.business-portal.case.status-changed',
      'nl.ind.business-portal.document.created',
    ]);

    // The owner sees the attempts on the client's page.
    const page = await portal.app.inject({
      method: 'GET',
      url: `/account/api-clients/${client.id}`,
      headers: { cookie: await loginAs(portal, UNIVERSITY), 'accept-language': 'en' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Delivered (HTTP 204)');
    expect(page.body).toContain('Failed: HTTP 500');
    // Another organisation's user does not.
    const other = await portal.app.inject({
      method: 'GET',
      url: `/account/api-clients/${client.id}`,
      headers: { cookie: await loginAs(portal, EMPLOYER) },
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('registering a client in the portal', () => {
  async function register(fields: Record<string, string | string[]>, lang = 'nl') {
    const session = await loginAs(portal, EMPLOYER);
    const { cookie, token } = await formCsrf(portal, '/account/api-clients/new', session);
    const form = new URLSearchParams({ _csrf: token });
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    return portal.app.inject({
      method: 'POST',
      url: '/account/api-clients',
      headers: { cookie: `${cookie}; bp-lang=${lang}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
  }

  it('registers a client with a PEM key and shows its id', async () => {
    const { publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
    const response = await register({
      name: 'Personio',
      scopes: ['status', 'documents'],
      publicKey: await exportSPKI(publicKey),
    });
    expect(response.statusCode).toBe(303);
    const location = String(response.headers.location);
    expect(location).toMatch(/^\/account\/api-clients\/[0-9a-f-]{36}\?registered=1$/);
  });

  it('refuses a weak key, a private key and no scope, keeping what was typed', async () => {
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    const response = await register({ name: 'Zwak', publicKey: String(weak) });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Deze RSA-sleutel is te kort');
    expect(response.body).toContain('Kies minstens één recht');
    expect(response.body).toContain('value="Zwak"');
    const privateJwk = await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);
    const leaked = await register(
      { name: 'Lek', scopes: 'status', publicKey: JSON.stringify(privateJwk) },
      'en',
    );
    expect(leaked.statusCode).toBe(400);
    expect(leaked.body).toContain('This is a private key');
  });

  it('a representative acting by registration cannot manage the sponsor’s clients', async () => {
    const session = await loginAs(portal, EMPLOYER, { intermediary: AGENCY });
    const page = await portal.app.inject({
      method: 'GET',
      url: '/account/api-clients',
      headers: { cookie: session },
    });
    expect([403, 303]).toContain(page.statusCode);
  });
});
