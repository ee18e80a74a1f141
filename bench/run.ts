import pg from 'pg';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { reactBuild } from '../src/main/react-production.ts';
import { profiled } from './profile.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../test/helpers/portal.ts';
import { businessSession } from '../test/helpers/sessions.ts';
import { DEMO_ORGANISATIONS } from '../src/organisations/index.ts';
import { recordStatements, replayApp, statementsOf } from './replay.ts';

// Before any portal opens its pool: each PostgreSQL page's floor is its statements replayed.
recordStatements();

/** The pages are measured on the demo data, as `npm start` seeds it: its employer and its agency. */
const demoKvk = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.kvk ?? '';
const EMPLOYER = demoKvk('employer');
const AGENCY = demoKvk('intermediary');

/**
 * `npm run bench`: HTTP throughput of the main pages, each as a ratio to the baseline
 * (`/healthz`, which does no work) measured in the same run on the same machine, on the
 * embedded default (PGlite) and on PostgreSQL side by side. `npm run bench` preloads React's
 * production build as `npm start` does. PostgreSQL is the server at BENCH_PG_ADMIN_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres; a database is made for the run and
 * dropped); `BENCH_PG_ADMIN_URL=none` measures PGlite only. The load generator runs in a
 * process of its own (bench/load.ts). Other benchmarks in this folder run
 * on their own: see bench/README.md.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
/** `BENCH_PAGES=dashboard,account (sponsor)` measures only those pages (while working on them). */
const ONLY = process.env.BENCH_PAGES?.split(',').map((name) => name.trim());
/** `BENCH_EMBEDDED=none` skips the embedded default (PGlite). */
const EMBEDDED = process.env.BENCH_EMBEDDED !== 'none';
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const LOAD_GENERATOR = fileURLToPath(new URL('./load.ts', import.meta.url));
const execFileAsync = promisify(execFile);

/**
 * Requests per second of one URL, with autocannon in a process of its own (bench/load.ts), so the
 * portal (this process) and the load generator each have a core of this machine.
 */
interface Measured {
  /** Requests per second (autocannon's average over the run). */
  rate: number;
  /** CPU time of the portal's process (user and system) per request, in milliseconds. */
  cpuMs: number;
}

async function measure(
  url: string,
  headers: Record<string, string> = {},
  duration = DURATION,
): Promise<Measured> {
  const request = JSON.stringify({ url, headers, connections: 10, duration });
  const cpu = process.cpuUsage();
  const { stdout } = await execFileAsync(process.execPath, [LOAD_GENERATOR, request]);
  const used = process.cpuUsage(cpu);
  const result = JSON.parse(stdout) as { rate: number; total: number; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} responses were not 2xx, ${result.errors} errors`);
  return { rate: result.rate, cpuMs: (used.user + used.system) / 1000 / Math.max(1, result.total) };
}

interface Page {
  name: string;
  path: string;
  cookie?: string;
}

function headersOf(page: Page): Record<string, string> {
  return page.cookie ? { cookie: page.cookie } : {};
}

/** The pages measured: public ones, and every kind of logged-in page a company uses most. */
async function pagesOf(portal: TestPortal, base: string): Promise<Page[]> {
  // Each visitor as a browser that has seen a page: the session cookie and the CSRF cookie set
  // on the first page (without it, every page would make a new CSRF secret and set its cookie).
  const browser = async (session: string) => {
    const first = await fetch(`${base}/dashboard`, { headers: { cookie: session } });
    const { cookie, token } = csrfFrom({
      headers: { 'set-cookie': first.headers.getSetCookie() },
      body: await first.text(),
    });
    return { cookie: `${session}; ${cookie}`, token };
  };
  const { cookie: employer, token } = await browser(await businessSession(portal, { kvkNumber: EMPLOYER }));
  const { cookie: agency } = await browser(await businessSession(portal, { kvkNumber: AGENCY }));
  // A draft application to show its first form page.
  const started = await fetch(`${base}/applications`, {
    method: 'POST',
    headers: { cookie: employer, 'content-type': 'application/x-www-form-urlencoded' },
    body: `_csrf=${encodeURIComponent(token)}&type=hsm_residence`,
    redirect: 'manual',
  });
  const form = started.headers.get('location');
  if (!form) throw new Error('could not start an application');
  const all: Page[] = [
    { name: 'home page', path: '/' },
    { name: 'eHerkenning page', path: '/logging-in' },
    { name: 'dashboard', path: '/dashboard', cookie: employer },
    { name: 'applications', path: '/applications', cookie: employer },
    { name: 'application form page', path: form, cookie: employer },
    { name: 'account (sponsor)', path: '/account', cookie: employer },
    { name: 'authorisations', path: '/authorisations', cookie: agency },
    { name: 'reports', path: '/support/reports', cookie: employer },
  ];
  return ONLY ? all.filter((page) => ONLY.includes(page.name)) : all;
}

/**
 * Runs every page against one portal; the ratios to its own /healthz. On PostgreSQL also each
 * page's floor: the statements it sent and the bytes it answered, replayed by a bare route
 * (bench/replay.ts), measured right after the page — the most that page can reach here without
 * changing its SQL or its markup.
 */
async function run(
  label: string,
  env: Record<string, string>,
): Promise<Map<string, { ratio: number; floor?: number }>> {
  const portal = await createTestPortal({ LOG_LEVEL: 'silent', ...env });
  let replay: Awaited<ReturnType<typeof replayApp>> | null = null;
  try {
    await portal.app.listen({ host: '127.0.0.1', port: 0 });
    const address = portal.app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const pages = await pagesOf(portal, base);
    const databaseUrl = portal.config.databaseUrl ?? 'memory://';
    if (!databaseUrl.startsWith('memory://')) {
      const recorded = [];
      for (const page of pages) {
        // The second request is recorded: the first may read what the portal then keeps.
        await (await fetch(`${base}${page.path}`, { headers: headersOf(page) })).text();
        const { result, statements } = await statementsOf(async () => {
          const response = await fetch(`${base}${page.path}`, { headers: headersOf(page) });
          return { response, body: await response.text() };
        });
        if (result.response.status !== 200) throw new Error(`${page.path}: ${result.response.status}`);
        recorded.push({
          statements,
          contentType: result.response.headers.get('content-type') ?? 'text/html',
          body: result.body,
        });
      }
      replay = await replayApp(databaseUrl, recorded);
    }
    // A second of each URL first, unmeasured, so the figures are of code the JIT has compiled.
    for (const page of [{ name: 'baseline', path: '/healthz' }, ...pages]) {
      await measure(`${base}${page.path}`, headersOf(page), 1);
    }
    if (replay) for (const [i] of pages.entries()) await measure(replay.url(i), {}, 1);
    // The baseline before and after the pages, their mean the divisor: the machine is shared
    // and its load changes during a run.
    const before = await measure(`${base}/healthz`);
    const measured = new Map<string, Measured & { floor?: Measured }>();
    // BENCH_PROFILE=<folder>: a CPU profile of each page's run, `<database>-<page>.cpuprofile`.
    for (const [i, page] of pages.entries()) {
      const result = await profiled(`${label}-${page.name}`, () =>
        measure(`${base}${page.path}`, headersOf(page)),
      );
      const floor = replay ? await measure(replay.url(i)) : undefined;
      measured.set(page.name, { ...result, ...(floor ? { floor } : {}) });
    }
    const after = await measure(`${base}/healthz`);
    const baseline = (before.rate + after.rate) / 2;
    const baselineCpu = (before.cpuMs + after.cpuMs) / 2;
    console.log(
      `${label}: baseline /healthz ${baseline.toFixed(0)} req/s (${before.rate.toFixed(0)} before the pages, ` +
        `${after.rate.toFixed(0)} after), portal CPU ${baselineCpu.toFixed(2)} ms per request`,
    );
    const ratios = new Map<string, { ratio: number; floor?: number }>();
    for (const [name, { rate, cpuMs, floor }] of measured) {
      ratios.set(name, { ratio: rate / baseline, ...(floor ? { floor: floor.rate / baseline } : {}) });
      console.log(
        `  ${name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline; ` +
          `portal CPU ${cpuMs.toFixed(2)} ms per request = ${(cpuMs / baselineCpu).toFixed(1)} × baseline` +
          (floor
            ? `; replayed bare ${floor.rate.toFixed(0)} req/s = ${(floor.rate / baseline).toFixed(2)} × baseline`
            : ''),
      );
    }
    return ratios;
  } finally {
    await replay?.close();
    await portal.close();
  }
}

/** A new PostgreSQL database for the run, or null when there is none to use. */
async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (ADMIN_URL === 'none') return null;
  const name = `bp_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    console.log(`PostgreSQL not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

console.log(`React build: ${reactBuild()}; ${DURATION} s per page, 10 connections`);
const embedded = EMBEDDED ? await run('embedded (PGlite)', { DATABASE_URL: 'memory://' }) : null;
const database = await postgresDatabase();
let postgres: Map<string, { ratio: number; floor?: number }> | null = null;
if (database) {
  try {
    postgres = await run('PostgreSQL', { DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
}
console.log(
  '\n| page | PGlite × /healthz | PostgreSQL × /healthz | its statements and bytes replayed bare (PostgreSQL) × /healthz |\n| --- | --- | --- | --- |',
);
for (const name of new Set([...(embedded?.keys() ?? []), ...(postgres?.keys() ?? [])])) {
  const cell = (value: number | undefined) => value?.toFixed(2) ?? '–';
  console.log(
    `| ${name} | ${cell(embedded?.get(name)?.ratio)} | ${cell(postgres?.get(name)?.ratio)} | ${cell(postgres?.get(name)?.floor)} |`,
  );
}
