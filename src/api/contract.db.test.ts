import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCase, makeEmployee, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { insertCase, insertEvent, organisationIdOf } from '../cases/testing.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { issueTestToken, registerTestClient, type TestClient } from './testing.ts';

/**
 * The API driven from its own OpenAPI document (issue 16, "done when"): every operation the
 * document lists is called with valid input generated from its parameter schemas (fast-check)
 * and answers as documented (status, body valid against the document's schema); invalid input
 * derived from the same schemas gets a 400 problem naming the parameter; and tenant isolation
 * holds per operation (another organisation's client, a client without the scope, an agency
 * outside its authorisation, a revoked client).
 */
type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Json;
}
interface Op {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
  security: { clientCredentials: string[] }[];
}

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let AGENCY: string;
let doc: Json;
let operations: Op[];
let tokenUrl: string;
const tokens = new Map<string, string>();
const CASE = 'IND-OAS-000001';
const clients = {} as Record<'owner' | 'other' | 'noScope' | 'noReports' | 'agency' | 'revoked', TestClient>;
let fixtures: Record<string, string>;
/** Per operation with a request body: a valid body, and invalid ones with the field each must name. */
let bodies: Record<string, { valid: Json; invalid: [Json, string][] }>;

async function tokenOf(client: TestClient): Promise<string> {
  const cached = tokens.get(client.id);
  if (cached) return cached;
  const token = await issueTestToken(portal.app, client, tokenUrl);
  tokens.set(client.id, token);
  return token;
}

beforeAll(async () => {
  portal = await createTestPortal();
  const employer = await makeOrganisation(portal, { recognised: ['work'] });
  EMPLOYER = employer.kvk;
  // An employee, and a case whose acknowledgement letter is a document that streams bytes.
  await makeEmployee(portal, employer);
  await makeCase(portal, employer);
  UNIVERSITY = (await makeOrganisation(portal, { recognised: ['study', 'research'] })).kvk;
  AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  tokenUrl = `${portal.config.publicUrl}/api/v1/oauth/token`;
  const db = portal.database.db;
  const orgA = await organisationIdOf(db, EMPLOYER);
  const caseId = await insertCase(db, orgA, { caseNumber: CASE });
  await insertEvent(db, orgA, caseId, { at: '2026-10-01T09:00:00Z', status: 'received', reason: 'intake' });
  const all = ['status', 'documents', 'employees', 'reports'] as const;
  clients.owner = await registerTestClient(db, EMPLOYER, [...all]);
  clients.other = await registerTestClient(db, UNIVERSITY, [...all]);
  clients.noScope = await registerTestClient(db, EMPLOYER, ['reports']);
  clients.noReports = await registerTestClient(db, EMPLOYER, ['status', 'documents', 'employees']);
  clients.agency = await registerTestClient(db, AGENCY, [...all]);
  clients.revoked = await registerTestClient(db, EMPLOYER, [...all]);
  await tokenOf(clients.revoked);
  await db
    .updateTable('api_clients')
    .set({ state: 'revoked' })
    .where('id', '=', clients.revoked.id)
    .execute();

  doc = (await portal.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<Json>();
  operations = Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ ...op, method, path })),
  );
  const token = await tokenOf(clients.owner);
  const subscription = await portal.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${EMPLOYER}/webhook-subscriptions`,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'setup',
    },
    payload: JSON.stringify({ url: 'https://hr.example/hook', eventTypes: ['case.status-changed'] }),
  });
  // The case's acknowledgement (the case system wrote the letter), so the download streams bytes.
  const documents = await portal.app.inject({
    method: 'GET',
    url: `/api/v1/organisations/${EMPLOYER}/documents?limit=1`,
    headers: { authorization: `Bearer ${token}` },
  });
  const document = documents.json<{ documents: { id: string }[] }>().documents[0];
  expect(document, 'the employer has a document').toBeDefined();
  const employee = await db
    .selectFrom('employees')
    .select('v_number')
    .where('organisation_id', '=', orgA)
    .where('sponsorship_state', '=', 'active')
    .where('v_number', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const today = amsterdamToday();
  const vNumber = employee.v_number ?? '';
  // A change that does not end the sponsorship, so filing it again (each test) stays valid.
  const change = { vNumber, reason: 'other_change', occurredOn: today, explanation: 'Nieuwe functie' };
  const registration = {
    vNumber: '4455667788',
    givenNames: 'Ada',
    surname: 'Lovelace',
    dateOfBirth: '1990-12-10',
    startDate: today,
    job: 'Onderzoeker',
    monthlySalaryCents: 450000,
    permit: 'researcher',
  };
  const sponsorChange = { reason: 'other', occurredOn: today, explanation: 'Nieuwe vestiging' };
  bodies = {
    createWebhookSubscription: {
      valid: { url: 'https://hr.example/hook', eventTypes: ['document.created'] },
      invalid: [
        [{}, 'url'],
        [{ url: 'not a url', eventTypes: ['document.created'] }, 'url'],
        [{ url: 'https://hr.example/h', eventTypes: [] }, 'eventTypes'],
        [{ url: 'https://hr.example/h', eventTypes: ['case.deleted'] }, 'eventTypes.0'],
        [{ url: 'https://hr.example/h', eventTypes: ['document.created'], extra: 1 }, 'extra'],
      ],
    },
    createEmployeeReport: {
      valid: change,
      invalid: [
        [{}, 'vNumber'],
        [{ ...change, reason: 'holiday' }, 'reason'],
        [{ ...change, occurredOn: '2026-02-30' }, 'occurredOn'],
        [{ ...change, occurredOn: '2999-01-01' }, 'occurredOn'],
        [{ ...change, explanation: '' }, 'explanation'],
        [{ ...change, vNumber: '0000000000' }, 'vNumber'],
        [{ ...change, colour: 'red' }, 'colour'],
      ],
    },
    createEmployeeRegistration: {
      valid: registration,
      invalid: [
        [{}, 'vNumber'],
        [{ ...registration, vNumber: '12AB' }, 'vNumber'],
        [{ ...registration, permit: 'tourist' }, 'permit'],
        [{ ...registration, dateOfBirth: '2020-01-01' }, 'dateOfBirth'],
        [{ ...registration, permit: 'hsm_residence', monthlySalaryCents: 100 }, 'monthlySalaryCents'],
        [{ ...registration, monthlySalaryCents: 12.5 }, 'monthlySalaryCents'],
      ],
    },
    createSponsorChangeReport: {
      valid: sponsorChange,
      invalid: [
        [{}, 'reason'],
        [{ ...sponsorChange, reason: 'administration_address' }, 'address'],
        [{ ...sponsorChange, explanation: '' }, 'explanation'],
        [{ ...sponsorChange, occurredOn: 'tomorrow' }, 'occurredOn'],
      ],
    },
  };
  fixtures = {
    kvkNumber: EMPLOYER,
    caseNumber: CASE,
    documentId: document?.id ?? '',
    subscriptionId: subscription.json<{ id: string }>().id,
  };
});
afterAll(async () => portal.close());

async function countReports(): Promise<number> {
  const row = await portal.database.db
    .selectFrom('employee_reports')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ----- a small validator for the document's schemas (the subset the generator emits) --------

function resolve(schema: Json): Json {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').at(-1) ?? '';
  return ((doc.components as Json).schemas as Record<string, Json>)[name] ?? {};
}

function validate(value: unknown, raw: Json, at = '$'): string[] {
  const schema = resolve(raw);
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Json[]).some((s) => validate(value, s, at).length === 0)
      ? []
      : [`${at}: no anyOf`];
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : schema.type
      ? [schema.type as string]
      : [];
  if (value === null) return types.includes('null') ? [] : [`${at}: null`];
  if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).includes(value))
    return [`${at}: not in enum`];
  if (types.includes('object') || schema.properties) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
    const object = value as Json;
    const errors = ((schema.required ?? []) as string[])
      .filter((key) => !(key in object))
      .map((key) => `${at}.${key}: missing`);
    for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>))
      if (key in object) errors.push(...validate(object[key], property, `${at}.${key}`));
    if (schema.additionalProperties === false)
      for (const key of Object.keys(object))
        if (!(key in ((schema.properties ?? {}) as Json))) errors.push(`${at}.${key}: not in the schema`);
    return errors;
  }
  if (types.includes('array')) {
    if (!Array.isArray(value)) return [`${at}: not an array`];
    return value.flatMap((item, index) => validate(item, schema.items as Json, `${at}[${index}]`));
  }
  if (types.includes('string')) {
    if (typeof value !== 'string') return [`${at}: not a string`];
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return [`${at}: not a date`];
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) return [`${at}: not a date-time`];
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
      return [`${at}: pattern`];
    return [];
  }
  if (types.includes('integer') || types.includes('number'))
    return typeof value === 'number' ? [] : [`${at}: not a number`];
  if (types.includes('boolean')) return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
  return [];
}

// ----- input generated from a parameter's schema ---------------------------------------------

function validValue(schema: Json): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.type === 'integer')
    return fc.integer({ min: Number(schema.minimum ?? 0), max: Number(schema.maximum ?? 1000) }).map(String);
  if (schema.format === 'date')
    return fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'uuid') return fc.uuid();
  return fc.string({
    minLength: Number(schema.minLength ?? 0),
    maxLength: Math.min(Number(schema.maxLength ?? 20), 20),
  });
}

/** Values the schema forbids, each with what makes it invalid. */
function invalidValues(schema: Json): string[] {
  const values: string[] = [];
  if (Array.isArray(schema.enum)) values.push('not-one-of-these');
  if (schema.type === 'integer') {
    values.push('abc', '1.5');
    if (typeof schema.minimum === 'number') values.push(String(schema.minimum - 1));
    if (typeof schema.maximum === 'number') values.push(String(schema.maximum + 1));
  }
  if (schema.format === 'date') values.push('2026-02-31', '31-12-2026', 'tomorrow');
  if (schema.format === 'uuid') values.push('not-a-uuid');
  if (typeof schema.pattern === 'string') values.push('x1');
  if (typeof schema.maxLength === 'number') values.push('a'.repeat(schema.maxLength + 1));
  return values;
}

function urlOf(op: Op, params: Record<string, string>, query: Record<string, string> = {}): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(query).toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

function bodyOf(op: Op): string | undefined {
  if (!op.requestBody) return undefined;
  const body = bodies[op.operationId];
  if (!body) throw new Error(`no test body for ${op.operationId}`);
  return JSON.stringify(body.valid);
}

async function call(
  op: Op,
  token: string | undefined,
  url: string,
  body = bodyOf(op),
  key = crypto.randomUUID(),
) {
  return portal.app.inject({
    method: op.method.toUpperCase() as 'GET',
    url,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json', 'idempotency-key': key } : {}),
    },
    ...(body ? { payload: body } : {}),
  });
}

const successOf = (op: Op) => Number(Object.keys(op.responses).find((s) => /^2/.test(s)));

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(response.headers['api-version']).toBe((doc.info as Json).version);
  const problem = JSON.parse(response.body) as Json;
  expect(validate(problem, { $ref: '#/components/schemas/Problem' })).toEqual([]);
  return problem;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with every operation the routes serve', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(operations.map((o) => o.operationId).sort()).toEqual(
      [
        'createEmployeeRegistration',
        'createEmployeeReport',
        'createSponsorChangeReport',
        'createWebhookSubscription',
        'deleteWebhookSubscription',
        'downloadDocument',
        'getCase',
        'getOrganisation',
        'listCases',
        'listDocuments',
        'listEmployees',
        'listOrganisations',
        'listWebhookSubscriptions',
      ].sort(),
    );
  });

  it('the reference page is readable in Dutch and English without a script', async () => {
    for (const [lang, heading] of [
      ['nl', 'API-referentie'],
      ['en', 'API reference'],
    ] as const) {
      const page = await portal.app.inject({
        method: 'GET',
        url: '/api/v1/docs',
        headers: { cookie: `bp-lang=${lang}` },
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(heading);
      for (const op of operations) expect(page.body).toContain(op.path.replaceAll('{', '{'));
    }
  });
});

describe('every operation, from the document', () => {
  it('answers valid input as documented (generated from the parameter schemas)', async () => {
    const token = await tokenOf(clients.owner);
    for (const op of operations) {
      const success = successOf(op);
      const response = await call(op, token, urlOf(op, fixtures));
      expect(response.statusCode, `${op.operationId}: ${response.body.slice(0, 300)}`).toBe(success);
      expect(response.headers['api-version']).toBe((doc.info as Json).version);
      const content = op.responses[String(success)]?.content ?? {};
      if (content['application/json'])
        expect(validate(response.json(), content['application/json'].schema), op.operationId).toEqual([]);
      else if (Object.keys(content).length > 0) {
        expect(Object.keys(content)).toContain(String(response.headers['content-type']).split(';')[0]);
        expect(response.rawPayload.length).toBeGreaterThan(0);
      }
      if (op.operationId === 'deleteWebhookSubscription') {
        // Deleted now: the same call finds nothing.
        expectProblem(await call(op, token, urlOf(op, fixtures)), 404);
      }
    }
  });

  it('never fails on generated valid query values, and answers in the documented shape', async () => {
    const token = await tokenOf(clients.owner);
    for (const op of operations.filter((o) => o.parameters.some((p) => p.in === 'query'))) {
      const query = Object.fromEntries(
        op.parameters
          .filter((p) => p.in === 'query')
          .map((p) => [p.name, fc.option(validValue(p.schema), { nil: undefined })]),
      );
      await fc.assert(
        fc.asyncProperty(fc.record(query), async (values) => {
          const defined = Object.fromEntries(
            Object.entries(values).filter(([, v]) => v !== undefined),
          ) as Record<string, string>;
          const response = await call(op, token, urlOf(op, fixtures, defined));
          // Valid by the schema, yet a rule across fields (a period the wrong way round, a
          // cursor of another list, a type not in the catalogue) is a 400 naming the field.
          if (response.statusCode === 400) {
            const problem = expectProblem(response, 400);
            expect((problem.invalidParams as unknown[]).length).toBeGreaterThan(0);
            return;
          }
          expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
          const schema = op.responses['200']?.content?.['application/json']?.schema;
          if (schema) expect(validate(response.json(), schema)).toEqual([]);
        }),
        { numRuns: 12 },
      );
    }
  });

  it('refuses each invalid parameter value with a 400 problem that names it', async () => {
    const token = await tokenOf(clients.owner);
    for (const op of operations) {
      for (const parameter of op.parameters.filter((p) => p.in === 'query' || p.in === 'path')) {
        for (const value of invalidValues(parameter.schema)) {
          const url =
            parameter.in === 'path'
              ? urlOf(op, { ...fixtures, [parameter.name]: value })
              : urlOf(op, fixtures, { [parameter.name]: value });
          const response = await call(op, token, url);
          // An invalid KVK number or id in the path may also be "not found": never a 500, never data.
          if (parameter.in === 'path' && response.statusCode === 404) continue;
          const problem = expectProblem(response, 400);
          const names = (problem.invalidParams as { name: string }[]).map((p) => p.name);
          expect(names, `${op.operationId} ${parameter.name}=${value}`).toContain(parameter.name);
        }
      }
      if (op.parameters.some((p) => p.in === 'query')) {
        const unknown = await call(op, token, urlOf(op, fixtures, { colour: 'red' }));
        expect((expectProblem(unknown, 400).invalidParams as { name: string }[])[0]?.name).toBe('colour');
      }
    }
  });

  it('refuses invalid request bodies with a 400 problem that names the field', async () => {
    const token = await tokenOf(clients.owner);
    for (const op of operations.filter((o) => o.requestBody)) {
      for (const [body, field] of bodies[op.operationId]?.invalid ?? []) {
        const response = await call(op, token, urlOf(op, fixtures), JSON.stringify(body));
        const problem = expectProblem(response, 400);
        const names = (problem.invalidParams as { name: string; in: string }[]).map((p) => p.name);
        expect(names, `${op.operationId} ${JSON.stringify(body)}`).toContain(field);
      }
      expectProblem(await call(op, token, urlOf(op, fixtures), '{"url": '), 400);
    }
  });

  it('refuses a POST without an Idempotency-Key with a 400 problem naming the header', async () => {
    const token = await tokenOf(clients.owner);
    for (const op of operations.filter((o) => o.requestBody)) {
      const key = op.parameters.find((p) => p.name === 'Idempotency-Key');
      expect(key, op.operationId).toMatchObject({ in: 'header', required: true });
      const response = await portal.app.inject({
        method: 'POST',
        url: urlOf(op, fixtures),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: bodyOf(op),
      });
      const problem = expectProblem(response, 400);
      expect(problem.invalidParams).toEqual([
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
      ]);
    }
  });

  it('without a valid token every operation is a 401 problem', async () => {
    for (const op of operations) {
      expectProblem(await call(op, undefined, urlOf(op, fixtures)), 401);
      expectProblem(await call(op, 'x'.repeat(43), urlOf(op, fixtures)), 401);
    }
  });
});

describe('tenant isolation, per operation', () => {
  const forOrganisation = () => operations.filter((o) => o.path.includes('{kvkNumber}'));

  it('another organisation’s client gets 404 for the organisation and reaches nothing of it', async () => {
    const token = await tokenOf(clients.other);
    const before = await countReports();
    for (const op of forOrganisation()) expectProblem(await call(op, token, urlOf(op, fixtures)), 404);
    expect(await countReports(), 'nothing filed for another organisation').toBe(before);
  });

  it('an agency’s client without an authorisation gets 404; with one, only within its scope', async () => {
    const token = await tokenOf(clients.agency);
    const before = await countReports();
    for (const op of forOrganisation()) expectProblem(await call(op, token, urlOf(op, fixtures)), 404);
    const db = portal.database.db;
    const [agencyId, sponsorId] = await Promise.all([
      organisationIdOf(db, AGENCY),
      organisationIdOf(db, EMPLOYER),
    ]);
    await sql`insert into representative_registrations (intermediary_organisation_id, sponsor_organisation_id,
      scope, valid_from, valid_until, state, notify_email, language, file_key, file_name, file_size,
      file_sha256, submitted_by, submitted_at, due_on)
      values (${agencyId}, ${sponsorId}, '["documents"]'::jsonb, current_date - 1, current_date + 30, 'approved',
        'hr@example.nl', 'nl', 'k', 'machtiging.pdf', 1, ${'0'.repeat(64)}, 'x', now(), current_date)`.execute(
      db,
    );
    for (const op of forOrganisation()) {
      const scope = op.security[0]?.clientCredentials[0];
      if (!scope || op.operationId.includes('Webhook') || op.operationId === 'getOrganisation') continue;
      const response = await call(op, token, urlOf(op, fixtures));
      if (scope === 'documents') expect(response.statusCode, op.operationId).toBe(200);
      else expectProblem(response, 403);
    }
    await sql`update representative_registrations set state = 'withdrawn' where intermediary_organisation_id = ${agencyId}`.execute(
      db,
    );
    for (const op of forOrganisation()) expectProblem(await call(op, token, urlOf(op, fixtures)), 404);
    expect(await countReports(), 'nothing filed outside the authorisation').toBe(before);
  });

  it('a client without the scope gets 403 for each scoped operation', async () => {
    const before = await countReports();
    for (const op of forOrganisation()) {
      const scope = op.security[0]?.clientCredentials[0];
      if (!scope) continue;
      const token = await tokenOf(scope === 'reports' ? clients.noReports : clients.noScope);
      expectProblem(await call(op, token, urlOf(op, fixtures)), 403);
    }
    expect(await countReports(), 'nothing filed without the scope').toBe(before);
  });

  it('a revoked client gets 401 for every operation', async () => {
    const token = await tokenOf(clients.revoked);
    const before = await countReports();
    for (const op of operations) expectProblem(await call(op, token, urlOf(op, fixtures)), 401);
    expect(await countReports(), 'nothing filed by a revoked client').toBe(before);
  });
});
