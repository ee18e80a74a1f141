import { execFile } from 'node:child_process';
import { profiled } from './profile.ts';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DURATION, largeReadModelPortal, SPONSOR_KVK } from './large-read-model.ts';
import { businessSession } from '../test/helpers/sessions.ts';
import { recordStatements, replayApp, statementsOf } from './replay.ts';

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
 * The read model is bench/large-read-model.ts (rows written with generate_series, as the refresh
 * would leave them): one sponsor (the demo employer) with BENCH_SPONSOR_CASES cases, the rest
 * spread over BENCH_CASES / 200 other organisations. Target: ratio ≥ 0.25 and p99 < 50 ms.
 */
recordStatements();
const { portal, base } = await largeReadModelPortal();
const databaseUrl = portal.config.databaseUrl ?? 'memory://';
const onPostgres = !databaseUrl.startsWith('memory://');

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
  // On PostgreSQL each page's floor too: its statements and its bytes, replayed by a bare route
  // (bench/replay.ts), measured right after the page.
  const recorded = [];
  if (onPostgres)
    for (const [, path] of pages) {
      // Recorded on the second request: the first may read what the portal then keeps.
      await portal.app.inject({ method: 'GET', url: path, headers: { cookie } });
      const { result, statements } = await statementsOf(() =>
        portal.app.inject({ method: 'GET', url: path, headers: { cookie } }),
      );
      if (result.statusCode !== 200) throw new Error(`${path}: ${result.statusCode}`);
      recorded.push({ statements, contentType: String(result.headers['content-type']), body: result.body });
    }
  const replay = onPostgres ? await replayApp(databaseUrl, recorded) : null;
  // A second of each URL first, unmeasured (JIT, connection pool).
  await measure(`${base}/healthz`, {}, 1);
  for (const [, path] of pages) await measure(`${base}${path}`, { cookie }, 1);
  if (replay) for (const [i] of pages.entries()) await measure(replay.url(i), {}, 1);
  // The baseline before and after the pages, their mean the divisor (the machine is shared).
  const before = await measure(`${base}/healthz`);
  const results = [];
  // BENCH_PROFILE=<folder>: a CPU profile of each request's run (bench/profile.ts).
  for (const [i, [name, path]] of pages.entries()) {
    const page = await profiled(name, () => measure(`${base}${path}`, { cookie }));
    const floor = replay ? await measure(replay.url(i)) : null;
    results.push({ name, ...page, floor, statements: recorded[i]?.statements.length ?? 0 });
  }
  const after = await measure(`${base}/healthz`);
  const baseline = (before.rate + after.rate) / 2;
  console.log(
    `baseline /healthz: ${baseline.toFixed(0)} req/s (${before.rate.toFixed(0)} before, ${after.rate.toFixed(0)} after), ` +
      `p99 ${before.p99} / ${after.p99} ms, portal CPU ${((before.cpuMs + after.cpuMs) / 2).toFixed(2)} ms per request`,
  );
  for (const { name, rate, p99, cpuMs, floor, statements } of results) {
    console.log(
      `${name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline, p99 ${p99} ms, ` +
        `portal CPU ${cpuMs.toFixed(2)} ms per request` +
        (floor
          ? `; its ${statements} statements and bytes replayed bare: ${floor.rate.toFixed(0)} req/s = ` +
            `${(floor.rate / baseline).toFixed(2)} × baseline, p99 ${floor.p99} ms`
          : ''),
    );
  }
  await replay?.close();
} finally {
  await portal.close();
}
