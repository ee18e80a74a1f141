import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import pg from 'pg';
import { createTestPortal } from '../test/helpers/portal.ts';

/**
 * `npx tsx bench/floor.ts`: the floor under the page and API ratios of issues 9, 10 and 16. A bare
 * Fastify app (no portal code: no session, no React, no kysely) with a `pg` pool of 10 on the
 * machine's PostgreSQL (BENCH_PG_ADMIN_URL), measured with the same load generator as
 * `npm run bench` (bench/load.ts, its own process, 10 connections, BENCH_SECONDS):
 *
 *   /healthz          → `{ status: 'ok' }`, no database (the baseline every ratio is taken to)
 *   /one-query        → one round trip (`select 1`), then the same JSON
 *   /two-queries      → two round trips one after the other (as a session lookup and a page's query)
 *   /four-queries     → four (as an API call: token, organisation, page, audit row)
 *   /page             → two round trips, then a fixed HTML string of BENCH_PAGE_BYTES (28,500: the
 *                       status list's first page), as a page with no work of its own would answer
 *   /json             → one round trip, then a fixed JSON body of BENCH_JSON_BYTES (the API's page)
 *
 * Whatever the portal does, a page that needs N round trips to the database cannot be faster than
 * `/N-queries` here; the ratio printed is therefore an upper bound for it on this machine. The
 * issues take their ratios to the portal's own `/healthz`, so that is measured in the same run
 * too (the whole portal on PGlite, as the P1 bench builds it; its `/healthz` reads no database), and
 * each route is printed as a ratio to both.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LOAD_GENERATOR = fileURLToPath(new URL('./load.ts', import.meta.url));
const execFileAsync = promisify(execFile);

const pool = new pg.Pool({ connectionString: ADMIN_URL, max: 10 });
const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ status: 'ok' }));
const queries = (n: number) => async () => {
  for (let i = 0; i < n; i++) await pool.query('select 1 as one');
  return { status: 'ok' };
};
app.get('/one-query', queries(1));
app.get('/two-queries', queries(2));
app.get('/four-queries', queries(4));
const PAGE = `<!doctype html><html lang="nl"><body>${'<p>Achternaam, Voornaam</p>'.repeat(Math.ceil(Number(process.env.BENCH_PAGE_BYTES ?? 28_500) / 28))}</body></html>`;
app.get('/page', async (_request, reply) => {
  for (let i = 0; i < 2; i++) await pool.query('select 1 as one');
  return reply.type('text/html; charset=utf-8').send(PAGE);
});
const JSON_BODY = JSON.stringify({
  items: Array.from({ length: Math.ceil(Number(process.env.BENCH_JSON_BYTES ?? 9_000) / 90) }, (_, i) => ({
    id: `c${i}`,
    state: 'received',
    name: 'Achternaam, Voornaam',
    due: '2027-02-01',
  })),
});
app.get('/json', async (_request, reply) => {
  await pool.query('select 1 as one');
  return reply.type('application/json; charset=utf-8').send(JSON_BODY);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const portal = await createTestPortal({ LOG_LEVEL: 'silent' });
await portal.app.listen({ host: '127.0.0.1', port: 0 });
const portalAddress = portal.app.server.address();
const portalHealth = `http://127.0.0.1:${typeof portalAddress === 'object' && portalAddress ? portalAddress.port : 0}/healthz`;

async function measure(path: string) {
  const url = path.startsWith('http') ? path : `${base}${path}`;
  const request = JSON.stringify({ url, headers: {}, connections: 10, duration: DURATION });
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', LOAD_GENERATOR, request]);
  const result = JSON.parse(stdout) as { rate: number; non2xx: number; errors: number; p99: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: not all 2xx`);
  return result;
}

try {
  await measure('/healthz'); // warm-up
  await measure('/one-query');
  await measure(portalHealth);
  const before = await measure('/healthz');
  const portalBefore = await measure(portalHealth);
  const rows: [string, number, number][] = [];
  for (const path of ['/one-query', '/two-queries', '/four-queries', '/page', '/json']) {
    const r = await measure(path);
    rows.push([path, r.rate, r.p99]);
  }
  const portalAfter = await measure(portalHealth);
  const after = await measure('/healthz');
  const baseline = (before.rate + after.rate) / 2;
  const portalBaseline = (portalBefore.rate + portalAfter.rate) / 2;
  console.log(
    `bare Fastify /healthz: ${baseline.toFixed(0)} req/s (before ${before.rate.toFixed(0)}, after ${after.rate.toFixed(0)})`,
  );
  console.log(
    `the portal's /healthz: ${portalBaseline.toFixed(0)} req/s (before ${portalBefore.rate.toFixed(0)}, after ${portalAfter.rate.toFixed(0)})`,
  );
  for (const [path, rate, p99] of rows)
    console.log(
      `${path}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × bare /healthz = ` +
        `${(rate / portalBaseline).toFixed(2)} × the portal's /healthz, p99 ${p99} ms`,
    );
} finally {
  await portal.close();
  await app.close();
  await pool.end();
}
