import autocannon from 'autocannon';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { reactBuild } from '../src/main/react-production.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../test/helpers/portal.ts';
import { businessSession } from '../test/helpers/sessions.ts';
import { AGENCY, EMPLOYER } from '../test/helpers/organisations.ts';

/**
 * `npm run bench`: HTTP throughput of the main pages, each as a ratio to the baseline
 * (`/healthz`, which does no work) measured in the same run on the same machine, on the
 * embedded default (PGlite) and on PostgreSQL side by side. `npm run bench` preloads React's
 * production build as `npm start` does. PostgreSQL is the server at BENCH_PG_ADMIN_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres; a database is made for the run and
 * dropped); `BENCH_PG_ADMIN_URL=none` measures PGlite only. Other benchmarks in this folder run
 * on their own: see bench/README.md.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function measure(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, headers, connections: 10, duration: DURATION });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} responses were not 2xx`);
  return result.requests.average;
}

interface Page {
  name: string;
  path: string;
  cookie?: string;
}

/** The pages measured: public ones, and every kind of logged-in page a company uses most. */
async function pagesOf(portal: TestPortal, base: string): Promise<Page[]> {
  const employer = await businessSession(portal, { kvkNumber: EMPLOYER });
  const agency = await businessSession(portal, { kvkNumber: AGENCY });
  // A draft application to show its first form page.
  const list = await fetch(`${base}/applications`, { headers: { cookie: employer } });
  const { cookie: csrfCookie, token } = csrfFrom({
    headers: { 'set-cookie': list.headers.getSetCookie() },
    body: await list.text(),
  });
  const started = await fetch(`${base}/applications`, {
    method: 'POST',
    headers: { cookie: `${employer}; ${csrfCookie}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: `_csrf=${encodeURIComponent(token)}&type=hsm_residence`,
    redirect: 'manual',
  });
  const form = started.headers.get('location');
  if (!form) throw new Error('could not start an application');
  return [
    { name: 'home page', path: '/' },
    { name: 'eHerkenning page', path: '/logging-in' },
    { name: 'dashboard', path: '/dashboard', cookie: employer },
    { name: 'applications', path: '/applications', cookie: employer },
    { name: 'application form page', path: form, cookie: employer },
    { name: 'account (sponsor)', path: '/account', cookie: employer },
    { name: 'authorisations', path: '/authorisations', cookie: agency },
    { name: 'reports', path: '/support/reports', cookie: employer },
  ];
}

/** Runs every page against one portal; the ratios to its own /healthz. */
async function run(label: string, env: Record<string, string>): Promise<Map<string, number>> {
  const portal = await createTestPortal({ LOG_LEVEL: 'silent', ...env });
  try {
    await portal.app.listen({ host: '127.0.0.1', port: 0 });
    const address = portal.app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const pages = await pagesOf(portal, base);
    const baseline = await measure(`${base}/healthz`);
    console.log(`${label}: baseline /healthz ${baseline.toFixed(0)} req/s`);
    const ratios = new Map<string, number>();
    for (const page of pages) {
      const rate = await measure(`${base}${page.path}`, page.cookie ? { cookie: page.cookie } : {});
      ratios.set(page.name, rate / baseline);
      console.log(`  ${page.name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline`);
    }
    return ratios;
  } finally {
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
const embedded = await run('embedded (PGlite)', { DATABASE_URL: 'memory://' });
const database = await postgresDatabase();
let postgres: Map<string, number> | null = null;
if (database) {
  try {
    postgres = await run('PostgreSQL', { DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
}
console.log('\n| page | PGlite × /healthz | PostgreSQL × /healthz |\n| --- | --- | --- |');
for (const [name, ratio] of embedded) {
  console.log(`| ${name} | ${ratio.toFixed(2)} | ${postgres?.get(name)?.toFixed(2) ?? '–'} |`);
}
