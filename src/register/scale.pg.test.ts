import { PostgresQueryCompiler, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import type { DB } from '../platform/db/schema.ts';
import { listActivity } from '../activity/repository.ts';
import '../main/modules.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { listRegister } from './repository.ts';

/**
 * Issue 17: the register and the activity log survive a crawler — no query scans a table at
 * 50,000 organisations (10,000 recognised) and 300,000 audit rows (bench-sized data generated in SQL). PostgreSQL only (the
 * planner's choice is what counts; PGlite is the same planner on far smaller data): the plans of
 * the register's and the activity log's queries, as the code builds them, use an index.
 */
let database: TestDatabase;
let db: Kysely<DB>;
let orgId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await sql`insert into organisations (kvk_number, name, legal_form, visiting_address)
    select lpad((20000000 + g)::text, 8, '0'), 'Organisatie ' || md5(g::text) || ' B.V.', 'Besloten Vennootschap',
      jsonb_build_object('street', 'Straat', 'houseNumber', '1', 'postalCode', '1000 AA',
        'city', (array['Amsterdam','Rotterdam','Utrecht','Leiden','Delft','Groningen'])[1 + g % 6], 'country', 'NL')
    from generate_series(1, 50000) g`.execute(db);
  await sql`insert into recognitions (organisation_id, category, state, start_date)
    select id, (array['work','research','study','exchange'])[1 + (row_number() over ()) % 4], 'active', date '2020-01-01'
    from organisations where kvk_number like '2%' and kvk_number::int % 5 = 0`.execute(db);
  orgId = (
    await db
      .selectFrom('organisations')
      .select('id')
      .where('kvk_number', '=', '20000005')
      .executeTakeFirstOrThrow()
  ).id;
  await sql`insert into audit_log (at, event, outcome, actor_kind, actor_kvk, actor_subject, intermediary_kvk, organisation_id)
    select now() - (g || ' seconds')::interval, 'cases.export', 'success', 'business', '20000005', 'p' || (g % 50),
      case when g % 3 = 0 then '87654321' else null end, o.ids[1 + g % 5000]
    from generate_series(1, 300000) g,
      (select array_agg(id) as ids from (select id from organisations order by kvk_number limit 5000) x) o`.execute(
    db,
  );
  await sql`analyze`.execute(db);
}, 600_000);
afterAll(async () => database.close());

async function plan(query: { compile(): { sql: string; parameters: readonly unknown[] } }): Promise<string> {
  const compiled = query.compile();
  const result = await sql<{
    'QUERY PLAN': string;
  }>`explain ${sql.raw(inline(compiled.sql, compiled.parameters))}`.execute(db);
  return result.rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** EXPLAIN takes no parameters: the values are inlined as literals (test data only). */
function inline(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = parameters[Number(n) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
  });
}

/** Captures the SQL a repository function runs (a plugin sees each query), then EXPLAINs each. */
async function plansOf(run: (db: Kysely<DB>) => Promise<unknown>): Promise<string[]> {
  const compiler = new PostgresQueryCompiler();
  const queries: { sql: string; parameters: readonly unknown[] }[] = [];
  const recording = db.withPlugin({
    transformQuery: (args) => {
      queries.push(compiler.compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  });
  await run(recording);
  expect(queries.length).toBeGreaterThan(0);
  return Promise.all(queries.map((q) => plan({ compile: () => q })));
}

const noSeqScan = (plans: string[]) => {
  for (const p of plans) expect(p, p).not.toMatch(/Seq Scan on (organisations|recognitions|audit_log)/);
};

describe('at scale, every query of the register uses an index', () => {
  it.each([
    ['the first page', { q: '', place: '', category: '' as const }],
    ['a category', { q: '', place: '', category: 'exchange' as const }],
    ['a KVK number', { q: '20000005', place: '', category: '' as const }],
    ['words of the name', { q: 'organisatie 1a2b', place: '', category: '' as const }],
    ['a place', { q: '', place: 'leid', category: 'study' as const }],
  ])('%s', async (_, query) => {
    noSeqScan(await plansOf((d) => listRegister(d, query, '2026-11-30', null, 50)));
  });
});

describe('at scale, the activity log pages by index', () => {
  const actor = (extra: Partial<BusinessActor> = {}): BusinessActor => ({
    kind: 'business',
    sessionId: 's',
    organisationId: orgId,
    organisationName: 'x',
    kvkNumber: '20000005',
    branchNumber: null,
    actingSubject: 'p1',
    loa: 'loa3',
    intermediaryKvk: null,
    via: 'self',
    recognitions: ['work'],
    ...extra,
  });
  const none = { who: '', action: '' as const, from: '', to: '' };
  it.each([
    ['the sponsor’s first page', {}, none],
    ['a period', {}, { ...none, from: '2026-01-01', to: '2026-12-31' }],
    ['an agency', { intermediaryKvk: '87654321', via: 'chain' as const }, none],
    ['a person', {}, { ...none, who: 'person:p7' }],
  ])('%s', async (_, extra, filters) => {
    const who = actor(extra);
    noSeqScan(await plansOf((d) => listActivity(d, who, filters, null, 50)));
    noSeqScan(
      await plansOf((d) => listActivity(d, who, filters, { at: '2026-11-30 10:00:00+01', id: 1000 }, 50)),
    );
  });
});
