import type { FastifyRequest } from 'fastify';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { businessSession, staffSession } from '../../test/helpers/sessions.ts';
import { representationCheck } from '../organisations/representatives/representation.ts';
import { actorQuery, actorResolver } from './resolve-actor.ts';
import { SessionStore, sessionIdHash } from './sessions/sessions.ts';

/**
 * Issue 9: the session and the actor cost at most one query per request (plus an update of the
 * idle timeout at most once a minute), whatever the actor: a company for itself, an intermediary
 * acting for a sponsor by registration, or a request that carries both a business and a staff cookie.
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let AGENCY: string;
const executed: string[] = [];
const counting: KyselyPlugin = {
  transformQuery: (args) => {
    executed.push(args.node.kind);
    return args.node;
  },
  transformResult: (args) => Promise.resolve(args.result),
};
let resolve: (request: FastifyRequest) => ReturnType<ReturnType<typeof actorResolver>>;

beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  const db = portal.database.db.withPlugin(counting);
  resolve = actorResolver(db, new SessionStore(db), representationCheck());
});
afterAll(async () => portal.close());
beforeEach(() => {
  executed.length = 0;
});

/** A request as the resolver sees it: its path and its cookies. */
function request(url: string, ...cookies: string[]): FastifyRequest {
  const jar = Object.fromEntries(cookies.map((c) => c.split('=') as [string, string]));
  return { url, cookies: jar, routeOptions: { config: {} } } as unknown as FastifyRequest;
}

async function orgId(kvk: string): Promise<string> {
  const row = await portal.database.db
    .selectFrom('organisations')
    .select('id')
    .where('kvk_number', '=', kvk)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('resolving the actor of a request', () => {
  it('reads a company acting for itself, with its recognitions, in one query', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    executed.length = 0;
    const actor = await resolve(request('/dashboard', cookie));
    expect(actor).toMatchObject({ kind: 'business', kvkNumber: EMPLOYER, via: 'self' });
    expect(actor.kind === 'business' && actor.recognitions.length).toBeGreaterThan(0);
    expect(executed).toHaveLength(1);
  });

  it('reads an intermediary acting for a sponsor by registration, with its scope, in one query', async () => {
    const sponsor = await orgId(EMPLOYER);
    const registration = await portal.database.db
      .insertInto('representative_registrations')
      .values({
        intermediary_organisation_id: await orgId(AGENCY),
        sponsor_organisation_id: sponsor,
        scope: JSON.stringify(['applications']) as never,
        valid_from: '2020-01-01',
        valid_until: '2099-12-31',
        state: 'approved',
        notify_email: 'agency@example.nl',
        language: 'nl',
        file_key: 'authorisations/test.pdf',
        file_name: 'machtiging.pdf',
        file_size: 1000,
        file_sha256: '0'.repeat(64),
        submitted_by: 'test',
        submitted_at: new Date(),
        due_on: '2020-01-15',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cookie = await businessSession(portal, {
      kvkNumber: AGENCY,
      actingFor: { organisationId: sponsor, registrationId: registration.id },
    });
    executed.length = 0;
    const actor = await resolve(request('/dashboard', cookie));
    expect(actor).toMatchObject({
      kind: 'business',
      kvkNumber: EMPLOYER,
      intermediaryKvk: AGENCY,
      via: 'registered',
      scope: ['applications'],
    });
    expect(executed).toHaveLength(1);

    // Withdrawn: the next request acts for the intermediary itself again, still in one query.
    await portal.database.db
      .updateTable('representative_registrations')
      .set({ state: 'withdrawn' })
      .where('id', '=', registration.id)
      .execute();
    executed.length = 0;
    expect(await resolve(request('/dashboard', cookie))).toMatchObject({ kvkNumber: AGENCY, via: 'self' });
    expect(executed).toHaveLength(1);
  });

  it('reads both sessions of a request with a business and a staff cookie in one query', async () => {
    const business = await loginAs(portal, EMPLOYER);
    const staff = await staffSession(portal, { roles: ['team_zakelijk'] });
    executed.length = 0;
    expect(await resolve(request('/backoffice', business, staff))).toMatchObject({ kind: 'staff' });
    expect(await resolve(request('/dashboard', business, staff))).toMatchObject({ kind: 'business' });
    expect(executed).toHaveLength(2);
  });

  it('writes the extended idle timeout at most once a minute', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    await portal.database.db
      .updateTable('sessions')
      .set({ idle_expires_at: new Date(Date.now() + 5 * 60_000) })
      .where('id_hash', '=', sessionIdHash(cookie.split('=')[1]) ?? '')
      .execute();
    executed.length = 0;
    await resolve(request('/dashboard', cookie));
    expect(executed).toEqual(['RawNode', 'UpdateQueryNode']);
    executed.length = 0;
    await resolve(request('/dashboard', cookie));
    expect(executed).toEqual(['RawNode']);
  });

  it('asks nothing of the database for a request without a session cookie', async () => {
    expect(await resolve(request('/dashboard'))).toMatchObject({ kind: 'anonymous' });
    expect(executed).toHaveLength(0);
  });
});

describe('the actor query with many organisations', () => {
  /** The relations a plan reads by a sequential scan (EXPLAIN's JSON, walked). */
  function scanned(plan: Record<string, unknown>): string[] {
    const own = plan['Node Type'] === 'Seq Scan' ? [String(plan['Relation Name'])] : [];
    const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
    return [...own, ...children.flatMap(scanned)];
  }

  it('finds the organisation by its key, not by reading them all (it did, on every request)', async () => {
    const db = portal.database.db;
    await sql`insert into organisations (kvk_number, name, legal_form, visiting_address)
      select '98' || lpad(g::text, 6, '0'), 'Organisatie ' || g, 'bv', '{}'::jsonb
        from generate_series(1, 3000) g
      on conflict do nothing`.execute(db);
    await sql`analyze organisations`.execute(db);
    const self = await loginAs(portal, EMPLOYER);
    const idHash = sessionIdHash(self.split('=')[1]);
    if (!idHash) throw new Error('no session id');
    const result = await sql<{ 'QUERY PLAN': unknown }>`explain (format json) ${actorQuery(
      [{ kind: 'business', idHash }],
      representationCheck(),
    )}`.execute(db);
    const raw = result.rows[0]?.['QUERY PLAN'];
    const [explained] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
      Plan: Record<string, unknown>;
    }[];
    if (!explained) throw new Error('no plan');
    expect(scanned(explained.Plan)).not.toContain('organisations');
    // …and it still reads the right one.
    expect(await resolve(request('/dashboard', self))).toMatchObject({
      kind: 'business',
      kvkNumber: EMPLOYER,
    });
  });
});
