import { profiled } from './profile.ts';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { issueTestToken, registerTestClient } from '../src/api/testing.ts';
import { DURATION, largeReadModelPortal, SPONSOR_KVK } from './large-read-model.ts';
import { recordStatements, replayApp, statementsOf } from './replay.ts';

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
 * The read model is bench/large-read-model.ts (generate_series, as for bench/status-list.ts): the demo
 * employer with BENCH_SPONSOR_CASES cases among BENCH_CASES. The load runs in a process of its
 * own (bench/load.ts), as `npm run bench` does, 10 connections, BENCH_SECONDS each. On PostgreSQL
 * each call's floor is measured right after it: its statements and its answer replayed by a bare
 * route (bench/replay.ts; the audit row, written later in batches, is not among them).
 */
recordStatements();
const { portal, db, base } = await largeReadModelPortal();
const databaseUrl = portal.config.databaseUrl ?? 'memory://';

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
  const calls = [
    ['API cases, first page', api],
    ['API cases, next page (keyset)', `${api}?cursor=${encodeURIComponent(cursor)}`],
    ['API cases, sorted by expected date', `${api}?sort=expectedAsc`],
    [
      'API cases, filter status + period',
      `${api}?status=granted&submittedFrom=2026-06-01&submittedTo=2026-11-30`,
    ],
  ] as const;
  const recorded = [];
  if (!databaseUrl.startsWith('memory://'))
    for (const [, url] of calls) {
      const path = url.slice(base.length);
      await portal.app.inject({ method: 'GET', url: path, headers: auth });
      const { result, statements } = await statementsOf(() =>
        portal.app.inject({ method: 'GET', url: path, headers: auth }),
      );
      if (result.statusCode !== 200) throw new Error(`${path}: ${result.statusCode}`);
      recorded.push({ statements, contentType: String(result.headers['content-type']), body: result.body });
    }
  const replay = recorded.length ? await replayApp(databaseUrl, recorded) : null;
  await measure(`${base}/healthz`); // warm-up (JIT, connection pool)
  await measure(api, auth);
  if (replay) await measure(replay.url(0));
  const before = await measure(`${base}/healthz`);
  const results: [string, { rate: number; cpuMs: number }, { rate: number } | null][] = [];
  for (const [i, [name, url]] of calls.entries()) {
    const call = await profiled(name, () => measure(url, auth)); // BENCH_PROFILE: bench/profile.ts
    results.push([name, call, replay ? await measure(replay.url(i)) : null]);
  }
  const after = await measure(`${base}/healthz`);
  const baseline = (before.rate + after.rate) / 2;
  console.log(
    `baseline /healthz: ${baseline.toFixed(0)} req/s (before ${before.rate.toFixed(0)}, after ${after.rate.toFixed(0)}), ` +
      `portal CPU ${((before.cpuMs + after.cpuMs) / 2).toFixed(2)} ms per request`,
  );
  for (const [name, { rate, cpuMs }, floor] of results)
    console.log(
      `${name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline, portal CPU ${cpuMs.toFixed(2)} ms per request` +
        (floor
          ? `; its statements and answer replayed bare: ${floor.rate.toFixed(0)} req/s = ${(floor.rate / baseline).toFixed(2)} × baseline`
          : ''),
    );
  await replay?.close();
} finally {
  await portal.close();
}
