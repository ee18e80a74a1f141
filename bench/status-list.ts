import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { createTestPortal } from '../test/helpers/portal.ts';
import { businessSession } from '../test/helpers/sessions.ts';

/**
 * Benchmark P1 (issue 10): the status list of a sponsor with 10,000 cases in a large read
 * model, as requests/s relative to `/healthz` in the same run, and its p99 latency.
 *
 *   NODE_ENV=production TEST_DRIVER=postgres TEST_PG_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     BENCH_CASES=1000000 npx tsx bench/status-list.ts        # PostgreSQL
 *   NODE_ENV=production BENCH_CASES=100000 npx tsx bench/status-list.ts   # PGlite (in memory)
 *
 * NODE_ENV=production as in production: React's development build renders several times slower.
 * The load comes from a process of its own (bench/load.ts, as `npm run bench`), so autocannon does
 * not take the portal's event loop and core; the portal's CPU time per request is printed beside it.
 *
 * The read-model rows are written directly with generate_series (as the refresh would leave
 * them): one sponsor (the demo employer) with BENCH_SPONSOR_CASES cases, the rest spread over
 * BENCH_CASES / 200 other organisations. Target: ratio ≥ 0.25 and p99 < 50 ms.
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
const cookie = await businessSession(portal, { kvkNumber: SPONSOR_KVK });

const LOAD_GENERATOR = fileURLToPath(new URL('./load.ts', import.meta.url));
const execFileAsync = promisify(execFile);

async function measure(url: string, headers: Record<string, string> = {}, duration = DURATION) {
  const request = JSON.stringify({ url, headers, connections: 10, duration });
  const cpu = process.cpuUsage();
  const { stdout } = await execFileAsync(process.execPath, [LOAD_GENERATOR, request]);
  const used = process.cpuUsage(cpu);
  const result = JSON.parse(stdout) as {
    rate: number;
    total: number;
    non2xx: number;
    errors: number;
    p99: number;
  };
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} responses were not 2xx, ${result.errors} errors`);
  return {
    rate: result.rate,
    p99: result.p99,
    cpuMs: (used.user + used.system) / 1000 / Math.max(1, result.total),
  };
}

try {
  // A cursor into the middle of the list: page 2 onwards is what keyset paging keeps cheap.
  const firstPage = await portal.app.inject({ method: 'GET', url: '/cases', headers: { cookie } });
  const next = /href="(\/cases\?after=[^"]+)"/.exec(firstPage.body)?.[1]?.replace(/&amp;/g, '&');
  if (!next) throw new Error('no next page on the status list');
  const pages = [
    ['(reference: the dashboard, no case data)', '/dashboard'],
    ['status list, first page', '/cases'],
    ['status list, next page (keyset)', next],
    ['status list, sorted by expected date', '/cases?sort=expected_asc'],
    ['status list, search by name', '/cases?q=achternaam12'],
    ['status list, filter status + period', '/cases?status=granted&from=2026-06-01&to=2026-11-30'],
  ] as const;
  // A second of each URL first, unmeasured (JIT, connection pool).
  await measure(`${base}/healthz`, {}, 1);
  for (const [, path] of pages) await measure(`${base}${path}`, { cookie }, 1);
  // The baseline before and after the pages, their mean the divisor (the machine is shared).
  const before = await measure(`${base}/healthz`);
  const results = [];
  for (const [name, path] of pages) results.push({ name, ...(await measure(`${base}${path}`, { cookie })) });
  const after = await measure(`${base}/healthz`);
  const baseline = (before.rate + after.rate) / 2;
  console.log(
    `baseline /healthz: ${baseline.toFixed(0)} req/s (${before.rate.toFixed(0)} before, ${after.rate.toFixed(0)} after), ` +
      `p99 ${before.p99} / ${after.p99} ms, portal CPU ${((before.cpuMs + after.cpuMs) / 2).toFixed(2)} ms per request`,
  );
  for (const { name, rate, p99, cpuMs } of results) {
    console.log(
      `${name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline, p99 ${p99} ms, ` +
        `portal CPU ${cpuMs.toFixed(2)} ms per request`,
    );
  }
} finally {
  await portal.close();
}
