import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { issueTestToken, registerTestClient } from '../src/api/testing.ts';
import { createTestPortal } from '../test/helpers/portal.ts';

/**
 * Issue 16: the cases list through the API (`GET /api/v1/organisations/{kvk}/cases`, bearer
 * token, the client and its organisation resolved and the call audited on every request) as
 * requests/s relative to `/healthz` in the same run. Target: ≥ 0.5 × on PostgreSQL with the
 * large data set.
 *
 *   NODE_ENV=production TEST_DRIVER=postgres TEST_PG_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     BENCH_CASES=1000000 npx tsx bench/api-cases.ts        # PostgreSQL
 *   NODE_ENV=production BENCH_CASES=100000 npx tsx bench/api-cases.ts   # PGlite (in memory)
 *
 * The read model is written as bench/status-list.ts writes it (generate_series): the demo
 * employer with BENCH_SPONSOR_CASES cases among BENCH_CASES. The load runs in a process of its
 * own (bench/load.ts), as `npm run bench` does, 10 connections, BENCH_SECONDS each.
 */
const TOTAL = Number(process.env.BENCH_CASES ?? 100_000);
const SPONSOR_CASES = Number(process.env.BENCH_SPONSOR_CASES ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const SPONSOR_KVK = '69599084';

const started = Date.now();
const portal = await createTestPortal({ LOG_LEVEL: 'silent', DEMO_DATA: 'true' });
const db = portal.database.db;
const driver = (portal.config.databaseUrl ?? '').startsWith('memory://') ? 'PGlite' : 'PostgreSQL';
const sponsor = await db
  .selectFrom('organisations')
  .select('id')
  .where('kvk_number', '=', SPONSOR_KVK)
  .executeTakeFirstOrThrow();
const others = Math.max(1, Math.ceil((TOTAL - SPONSOR_CASES) / 200));
await sql`insert into organisations (kvk_number, name, legal_form, visiting_address)
  select lpad((90000000 + g)::text, 8, '0'), 'Bench organisatie ' || g, 'bv',
         '{"street":"Straat","houseNumber":"1","postalCode":"1000 AA","city":"Amsterdam","country":"NL"}'::jsonb
  from generate_series(1, ${others}) g`.execute(db);
const insertCases = (organisation: ReturnType<typeof sql>, count: number, prefix: string) =>
  sql`insert into cases (organisation_id, case_number, source_id, application_type, state, submitted_at,
        decision_due_on, target_date, employee_name, v_number)
      select ${organisation}, ${prefix} || lpad(g::text, 7, '0'), 'bench-' || ${prefix} || g,
        (array['hsm_entry_mvv','eu_blue_card','researcher','study','hsm_extension'])[1 + g % 5],
        (array['received','in_progress','information_requested','granted','rejected'])[1 + g % 5],
        timestamptz '2026-11-30 12:00:00+00' - make_interval(mins => g % 500000),
        date '2027-02-01' - (g % 300), date '2026-12-15' - (g % 300),
        'Achternaam' || (g % 997) || ', Voornaam', lpad((g % 1000000000)::text, 10, '0')
      from generate_series(1, ${count}) g`.execute(db);
await insertCases(sql`${sponsor.id}::uuid`, SPONSOR_CASES, 'BENCH-S-');
await sql`insert into cases (organisation_id, case_number, source_id, application_type, state, submitted_at,
        decision_due_on, target_date, employee_name, v_number)
      select o.id, 'BENCH-O-' || lpad(g::text, 8, '0'), 'bench-o-' || g, 'hsm_entry_mvv', 'received',
        timestamptz '2026-11-30 12:00:00+00' - make_interval(mins => g % 500000), date '2027-02-01', null,
        'Ander, Iemand', null
      from generate_series(1, ${Math.max(0, TOTAL - SPONSOR_CASES)}) g
      join organisations o on o.kvk_number = lpad((90000000 + 1 + g % ${others})::text, 8, '0')`.execute(db);
await sql`analyze`.execute(db);
const count = await db
  .selectFrom('cases')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .executeTakeFirstOrThrow();
console.log(
  `${driver}: ${Number(count.n).toLocaleString('en')} cases, sponsor ${SPONSOR_CASES.toLocaleString('en')}; seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);

await portal.app.listen({ host: '127.0.0.1', port: 0 });
const address = portal.app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const client = await registerTestClient(db, SPONSOR_KVK, ['status']);
const token = await issueTestToken(portal.app, client, `${portal.config.publicUrl}/api/v1/oauth/token`);
const auth = { authorization: `Bearer ${token}` };

const LOAD_GENERATOR = fileURLToPath(new URL('./load.ts', import.meta.url));
const execFileAsync = promisify(execFile);

/** Requests/s of one URL, the load from a process of its own (never block this one: it serves). */
async function measure(url: string, headers: Record<string, string> = {}) {
  const request = JSON.stringify({ url, headers, connections: 10, duration: DURATION });
  const cpu = process.cpuUsage();
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', LOAD_GENERATOR, request]);
  const used = process.cpuUsage(cpu);
  const result = JSON.parse(stdout) as { rate: number; total: number; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  // The portal's CPU time per request (this process serves; the load is another process): less
  // sensitive than requests/s to what else the machine is doing.
  return { rate: result.rate, cpuMs: (used.user + used.system) / 1000 / Math.max(1, result.total) };
}

try {
  const api = `${base}/api/v1/organisations/${SPONSOR_KVK}/cases`;
  const first = await portal.app.inject({
    method: 'GET',
    url: `${api.slice(base.length)}?limit=25`,
    headers: auth,
  });
  const cursor = first.json<{ nextCursor: string | null }>().nextCursor;
  if (!cursor) throw new Error('no next page in the API');
  await measure(`${base}/healthz`); // warm-up (JIT, connection pool)
  await measure(api, auth);
  const before = await measure(`${base}/healthz`);
  const results: [string, { rate: number; cpuMs: number }][] = [];
  for (const [name, url] of [
    ['API cases, first page', api],
    ['API cases, next page (keyset)', `${api}?cursor=${encodeURIComponent(cursor)}`],
    ['API cases, sorted by expected date', `${api}?sort=expectedAsc`],
    [
      'API cases, filter status + period',
      `${api}?status=granted&submittedFrom=2026-06-01&submittedTo=2026-11-30`,
    ],
  ] as const)
    results.push([name, await measure(url, auth)]);
  const after = await measure(`${base}/healthz`);
  const baseline = (before.rate + after.rate) / 2;
  console.log(
    `baseline /healthz: ${baseline.toFixed(0)} req/s (before ${before.rate.toFixed(0)}, after ${after.rate.toFixed(0)}), ` +
      `portal CPU ${((before.cpuMs + after.cpuMs) / 2).toFixed(2)} ms per request`,
  );
  for (const [name, { rate, cpuMs }] of results)
    console.log(
      `${name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline, portal CPU ${cpuMs.toFixed(2)} ms per request`,
    );
} finally {
  await portal.close();
}
