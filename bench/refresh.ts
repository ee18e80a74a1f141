import { sql } from 'kysely';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../src/main/modules.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { RefreshService } from '../src/refresh/service.ts';
import { GeneratedChangeStream } from '../src/refresh/testing.ts';

/**
 * `npx tsx bench/refresh.ts [cases]` (P2, issue 10): a refresh of N changed cases (each with its
 * employee and one status event, over N/100 organisations) into an empty read model, as a ratio
 * to copying the same rows with `insert … select` into empty tables of the same definition
 * (indexes and constraints included) in the same run; then a refresh with nothing changed,
 * and a refresh in which every case changed status. PostgreSQL at BENCH_PG_ADMIN_URL (default
 * the local server; a throw-away database is created and dropped); BENCH_DRIVER=pglite for PGlite
 * in memory. Targets: ratio ≤ 3, nothing changed < 1 s.
 */
const CASES = Number(process.argv[2] ?? 100_000);
const BATCH = Number(process.env.REFRESH_BATCH_SIZE ?? 5000);
const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pglite = process.env.BENCH_DRIVER === 'pglite';

const name = `bp_bench_${randomBytes(4).toString('hex')}`;
let url = 'memory://';
if (!pglite) {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(ADMIN);
  u.pathname = `/${name}`;
  url = u.toString();
}
const database = await openDatabase({ databaseUrl: url });
const db = database.db;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

try {
  await prepareDatabase(database);
  const refresh = (stream: GeneratedChangeStream) =>
    new RefreshService({
      database,
      caseSystem: stream,
      options: { batchSize: BATCH, staleAfterHours: 26 },
    }).runNow('cli');

  const stream = new GeneratedChangeStream(CASES);
  let started = Date.now();
  const first = await refresh(stream);
  const refreshMs = Date.now() - started;
  if (first.state !== 'done') throw new Error(`refresh ${first.state}: ${first.error ?? ''}`);

  // The baseline: the same rows into empty tables of the same definition, one statement each.
  const tables = ['organisations', 'employees', 'cases', 'case_events'] as const;
  for (const table of tables)
    await sql`create table ${sql.table(`copy_${table}`)} (like ${sql.table(table)} including all)`.execute(
      db,
    );
  started = Date.now();
  for (const table of tables)
    await sql`insert into ${sql.table(`copy_${table}`)} select * from ${sql.table(table)}`.execute(db);
  const copyMs = Date.now() - started;

  started = Date.now();
  const unchanged = await refresh(stream);
  const unchangedMs = Date.now() - started;

  started = Date.now();
  const changed = await refresh(new GeneratedChangeStream(CASES, 1));
  const changedMs = Date.now() - started;

  const rows = Object.values(first.rows).reduce((a, b) => a + b, 0);
  console.log(`driver ${pglite ? 'pglite' : 'postgresql'}, ${CASES} cases, ${rows} rows, pages of ${BATCH}`);
  console.log(`refresh into an empty read model: ${seconds(refreshMs)} s`);
  console.log(`insert … select of the same rows:  ${seconds(copyMs)} s`);
  console.log(`ratio: ${(refreshMs / copyMs).toFixed(2)} (target ≤ 3)`);
  console.log(
    `refresh with nothing changed: ${seconds(unchangedMs)} s, ${unchanged.batches} pages (target < 1 s)`,
  );
  console.log(
    `refresh with every case changed: ${seconds(changedMs)} s (${JSON.stringify(changed.rows)}), ratio ${(changedMs / copyMs).toFixed(2)}`,
  );
} finally {
  await database.close();
  if (!pglite) {
    const admin = new pg.Client({ connectionString: ADMIN });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
