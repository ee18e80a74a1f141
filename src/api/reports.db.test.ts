import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { organisationIdOf } from '../cases/testing.ts';
import { reportDeadline } from '../employees/index.ts';
import { amsterdamToday, nextDay } from '../platform/time/working-days.ts';
import { issueTestToken, registerTestClient, type TestClient } from './testing.ts';

/**
 * Filing reports under the duty to inform through the API (issue 16 on the employees service of
 * issue 11): a retry with the same Idempotency-Key files once, the deadline and late flag are
 * the form's, an unknown V-number is named, the API client is the actor in the audit log, and an
 * agency files only within its authorisation.
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let AGENCY: string;
let tokenUrl: string;
let orgA: string;
let orgB: string;
let owner: TestClient;
let agency: TestClient;
const tokens = new Map<string, string>();
const db = () => portal.database.db;

beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  UNIVERSITY = (await makeOrganisation(portal, { recognised: ['study', 'research'] })).kvk;
  AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  tokenUrl = `${portal.config.publicUrl}/api/v1/oauth/token`;
  orgA = await organisationIdOf(db(), EMPLOYER);
  orgB = await organisationIdOf(db(), UNIVERSITY);
  owner = await registerTestClient(db(), EMPLOYER, ['employees', 'reports']);
  agency = await registerTestClient(db(), AGENCY, ['reports']);
});
afterAll(async () => portal.close());

async function tokenOf(client: TestClient): Promise<string> {
  const cached = tokens.get(client.id);
  if (cached) return cached;
  const token = await issueTestToken(portal.app, client, tokenUrl);
  tokens.set(client.id, token);
  return token;
}

async function file(
  body: Record<string, unknown>,
  options: { key?: string | null; client?: TestClient; path?: string; kvk?: string } = {},
) {
  const key = options.key === undefined ? crypto.randomUUID() : options.key;
  return portal.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${options.kvk ?? EMPLOYER}/${options.path ?? 'employee-reports'}`,
    headers: {
      authorization: `Bearer ${await tokenOf(options.client ?? owner)}`,
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    payload: JSON.stringify(body),
  });
}

async function insertEmployee(organisationId: string, vNumber: string) {
  await db()
    .insertInto('employees')
    .values({
      organisation_id: organisationId,
      source_id: `test-${vNumber}`,
      v_number: vNumber,
      given_names: 'Test',
      surname: 'Werknemer',
      date_of_birth: '1990-04-01',
      nationality: 'IND',
      permit_type: 'hsm_residence',
      permit_end_date: '2029-01-01',
      sponsorship_state: 'active',
      registered_on: '2024-01-01',
      deregistered_on: null,
    })
    .execute();
}

async function reportsOf(vNumber: string) {
  return db()
    .selectFrom('employee_reports')
    .select(['reference', 'organisation_id', 'late', 'deadline', 'acting_subject', 'intermediary_kvk'])
    .where('v_number', '=', vNumber)
    .execute();
}

interface Problem {
  status: number;
  invalidParams?: { name: string; in: string; reason: string }[];
}

describe('filing a de-registration through the API', () => {
  it('a retry with the same Idempotency-Key files once and gets the first response', async () => {
    await insertEmployee(orgA, '5500000001');
    const body = {
      vNumber: '5500000001',
      reason: 'employment_ended',
      occurredOn: amsterdamToday(),
    };
    const first = await file(body, { key: 'retry-1' });
    expect(first.statusCode, first.body).toBe(201);
    const report = first.json<{ reference: string; endsSponsorship: boolean; late: boolean }>();
    expect(report).toMatchObject({ endsSponsorship: true, late: false, kind: 'deregistration' });
    const retry = await file(body, { key: 'retry-1' });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await reportsOf('5500000001')).toHaveLength(1);
    // The same key with another body is refused, and files nothing.
    const other = await file({ ...body, occurredOn: nextDay(amsterdamToday(), -1) }, { key: 'retry-1' });
    expect(other.statusCode).toBe(422);
    expect(String(other.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(await reportsOf('5500000001')).toHaveLength(1);
    // Without a key: 400 naming the header, nothing filed.
    const keyless = await file(body, { key: null });
    expect(keyless.statusCode).toBe(400);
    expect(keyless.json<Problem>().invalidParams?.[0]).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
    });
    // A new key for the same employee: de-registered already, a 409 naming the V-number.
    const again = await file(body);
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().invalidParams?.[0]?.name).toBe('vNumber');
    expect(await reportsOf('5500000001')).toHaveLength(1);
  });

  it('is audited by the employees service with the API client as actor', async () => {
    await insertEmployee(orgA, '5500000002');
    const response = await file({
      vNumber: '5500000002',
      reason: 'did_not_come',
      occurredOn: amsterdamToday(),
    });
    expect(response.statusCode, response.body).toBe(201);
    const { reference } = response.json<{ reference: string }>();
    // The service's row commits with the report; the call's own row is written in onResponse, just after the reply.
    const rows = await vi.waitFor(async () => {
      const found = await db()
        .selectFrom('audit_log')
        .select(['event', 'outcome', 'actor_subject', 'organisation_id'])
        .where((eb) =>
          eb.or([
            eb(sql`details->>'reference'`, '=', reference),
            eb.and([eb('object_type', '=', 'api'), eb('object_id', '=', reference)]),
          ]),
        )
        .orderBy('event')
        .execute();
      expect(found).toHaveLength(2);
      return found;
    });
    expect(rows).toEqual([
      {
        event: 'api.employee-report.filed',
        outcome: 'success',
        actor_subject: `api-client:${owner.id}`,
        organisation_id: orgA,
      },
      {
        event: 'employee.deregistered',
        outcome: 'success',
        actor_subject: `api-client:${owner.id}`,
        organisation_id: orgA,
      },
    ]);
    expect((await reportsOf('5500000002'))[0]?.acting_subject).toBe(`api-client:${owner.id}`);
  });

  it('on the last day of the period the report is on time; a day later it is late (and needs why)', async () => {
    const today = amsterdamToday();
    // The earliest day of change still on time today: 4 weeks back, or further when the
    // period's end fell on a weekend or holiday and moved on to today (Algemene termijnenwet).
    let lastOnTime = nextDay(today, -28);
    while (reportDeadline(nextDay(lastOnTime, -1)) >= today) lastOnTime = nextDay(lastOnTime, -1);
    const oneDayLate = nextDay(lastOnTime, -1);
    await insertEmployee(orgA, '5500000003');
    await insertEmployee(orgA, '5500000004');

    const onTime = await file({ vNumber: '5500000003', reason: 'employment_ended', occurredOn: lastOnTime });
    expect(onTime.statusCode, onTime.body).toBe(201);
    expect(onTime.json()).toMatchObject({
      late: false,
      deadline: reportDeadline(lastOnTime),
      occurredOn: lastOnTime,
    });
    expect(reportDeadline(lastOnTime) >= today).toBe(true);

    const withoutWhy = await file({
      vNumber: '5500000004',
      reason: 'employment_ended',
      occurredOn: oneDayLate,
    });
    expect(withoutWhy.statusCode).toBe(400);
    expect(withoutWhy.json<Problem>().invalidParams?.map((p) => p.name)).toEqual(['explanation']);
    const late = await file({
      vNumber: '5500000004',
      reason: 'employment_ended',
      occurredOn: oneDayLate,
      explanation: 'HR was understaffed',
    });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({ late: true, deadline: reportDeadline(oneDayLate) });
    expect(reportDeadline(oneDayLate) < today).toBe(true);
    expect((await reportsOf('5500000004'))[0]?.late).toBe(true);
  });

  it('an unknown V-number, or another organisation’s employee, is a 400 naming vNumber', async () => {
    await insertEmployee(orgB, '5500000009');
    for (const vNumber of ['5500000099', '5500000009', '12AB']) {
      const response = await file({ vNumber, reason: 'employment_ended', occurredOn: amsterdamToday() });
      expect(response.statusCode).toBe(400);
      const problem = response.json<Problem>();
      expect(problem.invalidParams?.map((p) => p.name)).toContain('vNumber');
      expect(problem.invalidParams?.find((p) => p.name === 'vNumber')?.reason).toMatch(/V-number/);
    }
    expect(await reportsOf('5500000009')).toHaveLength(0);
  });

  it('an agency files for a sponsor only when its authorisation covers registering employees', async () => {
    await insertEmployee(orgA, '5500000005');
    const body = { vNumber: '5500000005', reason: 'employment_ended', occurredOn: amsterdamToday() };
    expect((await file(body, { client: agency })).statusCode).toBe(404);
    const agencyId = await organisationIdOf(db(), AGENCY);
    const authorise = (scope: string[]) =>
      sql`insert into representative_registrations (intermediary_organisation_id, sponsor_organisation_id,
      scope, valid_from, valid_until, state, notify_email, language, file_key, file_name, file_size,
      file_sha256, submitted_by, submitted_at, due_on)
      values (${agencyId}, ${orgA}, ${JSON.stringify(scope)}::jsonb, current_date - 1, current_date + 30, 'approved',
        'hr@example.nl', 'nl', 'k', 'machtiging.pdf', 1, ${'0'.repeat(64)}, 'x', now(), current_date)`.execute(
        db(),
      );
    await authorise(['documents']);
    expect((await file(body, { client: agency })).statusCode).toBe(403);
    await sql`update representative_registrations set state = 'withdrawn' where intermediary_organisation_id = ${agencyId}`.execute(
      db(),
    );
    await authorise(['register']);
    const filed = await file(body, { client: agency });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(await reportsOf('5500000005')).toEqual([
      expect.objectContaining({ organisation_id: orgA, intermediary_kvk: AGENCY }),
    ]);
  });
});

describe('registrations and changes about the sponsor through the API', () => {
  it('registers an employee, checks the salary criterion, refuses a second active registration', async () => {
    const body = {
      vNumber: '5500000006',
      givenNames: 'Grace',
      surname: 'Hopper',
      dateOfBirth: '1985-12-09',
      startDate: amsterdamToday(),
      job: 'Software engineer',
      monthlySalaryCents: 100_00,
      permit: 'hsm_residence',
    };
    const below = await file(body, { path: 'employee-registrations' });
    expect(below.statusCode).toBe(400);
    expect(below.json<Problem>().invalidParams?.map((p) => p.name)).toEqual(['monthlySalaryCents']);
    const registered = await file(
      { ...body, monthlySalaryCents: 10_000_00 },
      { path: 'employee-registrations' },
    );
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({ kind: 'registration', vNumber: '5500000006', late: false });
    await insertEmployee(orgA, '5500000007');
    const already = await file(
      { ...body, vNumber: '5500000007', monthlySalaryCents: 10_000_00 },
      {
        path: 'employee-registrations',
      },
    );
    expect(already.statusCode).toBe(409);
    expect(already.json<Problem>().invalidParams?.[0]?.name).toBe('vNumber');
  });

  it('a new administration address is due within 2 weeks and needs the address', async () => {
    const occurredOn = nextDay(amsterdamToday(), -3);
    const missing = await file(
      { reason: 'administration_address', occurredOn },
      { path: 'sponsor-change-reports' },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json<Problem>().invalidParams?.map((p) => p.name)).toEqual(['address']);
    const filed = await file(
      { reason: 'administration_address', occurredOn, address: 'Kade 1, 1011 AA Amsterdam' },
      { path: 'sponsor-change-reports' },
    );
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({
      kind: 'sponsor_change',
      vNumber: null,
      deadline: reportDeadline(occurredOn, 2),
      late: false,
    });
  });
});

describe('the employees list through the API', () => {
  it('is the employees page’s query: pages by cursor, finds by V-number, refuses a forged cursor', async () => {
    // Enough employees for several pages of three.
    for (let i = 0; i < 7; i += 1) await insertEmployee(orgA, `55000001${String(i).padStart(2, '0')}`);
    const token = await tokenOf(owner);
    const get = (query: string) =>
      portal.app.inject({
        method: 'GET',
        url: `/api/v1/organisations/${EMPLOYER}/employees?${query}`,
        headers: { authorization: `Bearer ${token}` },
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await get(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<{ employees: { id: string }[]; nextCursor: string | null }>();
      seen.push(...page.employees.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    const total = await db()
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organisation_id', '=', orgA)
      .executeTakeFirstOrThrow();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(Number(total.n));

    await insertEmployee(orgA, '5500000008');
    const found = await get('q=5500000008');
    expect(found.json<{ employees: { vNumber: string }[] }>().employees.map((e) => e.vNumber)).toEqual([
      '5500000008',
    ]);
    for (const key of ['abc', '2026-02-31', '9999-99-99']) {
      const forged = Buffer.from(JSON.stringify([key, crypto.randomUUID()])).toString('base64url');
      const response = await get(`cursor=${forged}`);
      expect(response.statusCode, key).toBe(400);
      expect(response.json<Problem>().invalidParams?.[0]?.name).toBe('cursor');
    }
    const permit = await get('permitType=tourist');
    expect(permit.json<Problem>().invalidParams?.[0]?.name).toBe('permitType');
  });
});
