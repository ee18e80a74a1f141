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
 * to a bulk `COPY` of the same rows into empty tables of the same definition (indexes and
 * constraints included) in the same run — the issue's baseline — and, beside it, to the stricter
 * `insert … select` (no parsing at all); then a refresh with nothing changed, and (unless
 * BENCH_SKIP_CHANGED=1) a refresh in which every case changed status. PostgreSQL at
 * BENCH_PG_ADMIN_URL (default the local server; a throw-away database is created and dropped);
 * BENCH_DRIVER=pglite for PGlite in memory. Targets: ratio ≤ 3, nothing changed < 1 s.
 *
 * The COPY is server-side (`copy … to '<file>'`, then the timed `copy … from '<file>'`), so it
 * needs a superuser on a server on this machine (BENCH_COPY_DIR, default /tmp, writable by the
 * server); on PGlite it goes through PGlite's own file system (`/dev/blob` is not needed).
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

  // The baselines: the same rows into empty tables of the same definition, one statement each.
  const tables = ['organisations', 'employees', 'cases', 'case_events'] as const;
  for (const prefix of ['copy', 'select'])
    for (const table of tables)
      await sql`create table ${sql.table(`${prefix}_${table}`)} (like ${sql.table(table)} including all)`.execute(
        db,
      );
  const copyDir = pglite ? '/tmp' : (process.env.BENCH_COPY_DIR ?? '/tmp');
  const file = (table: string) => sql.lit(`${copyDir}/${name}_${table}.copy`);
  for (const table of tables) await sql`copy ${sql.table(table)} to ${file(table)}`.execute(db);
  started = Date.now();
  for (const table of tables) await sql`copy ${sql.table(`copy_${table}`)} from ${file(table)}`.execute(db);
  const copyMs = Date.now() - started;
  started = Date.now();
  for (const table of tables)
    await sql`insert into ${sql.table(`select_${table}`)} select * from ${sql.table(table)}`.execute(db);
  const selectMs = Date.now() - started;
  for (const prefix of ['copy', 'select'])
    for (const table of tables) await sql`drop table ${sql.table(`${prefix}_${table}`)}`.execute(db);

  started = Date.now();
  const unchanged = await refresh(stream);
  const unchangedMs = Date.now() - started;

  let changed: Awaited<ReturnType<typeof refresh>> | undefined;
  let changedMs = 0;
  if (process.env.BENCH_SKIP_CHANGED !== '1') {
    started = Date.now();
    changed = await refresh(new GeneratedChangeStream(CASES, 1));
    changedMs = Date.now() - started;
  }

  const rows = Object.values(first.rows).reduce((a, b) => a + b, 0);
  console.log(`driver ${pglite ? 'pglite' : 'postgresql'}, ${CASES} cases, ${rows} rows, pages of ${BATCH}`);
  console.log(`refresh into an empty read model: ${seconds(refreshMs)} s`);
  console.log(`COPY of the same rows:             ${seconds(copyMs)} s`);
  console.log(`insert … select of the same rows:  ${seconds(selectMs)} s`);
  console.log(
    `ratio to COPY: ${(refreshMs / copyMs).toFixed(2)} (target ≤ 3); to insert … select: ${(refreshMs / selectMs).toFixed(2)}`,
  );
  console.log(
    `refresh with nothing changed: ${seconds(unchangedMs)} s, ${unchanged.batches} pages (target < 1 s)`,
  );
  if (changed)
    console.log(
      `refresh with every case changed: ${seconds(changedMs)} s (${JSON.stringify(changed.rows)}), ratio to COPY ${(changedMs / copyMs).toFixed(2)}`,
    );
} finally {
  await database.close();
  if (!pglite)
    for (const table of ['organisations', 'employees', 'cases', 'case_events'])
      await import('node:fs/promises').then((fs) =>
        fs.rm(`${process.env.BENCH_COPY_DIR ?? '/tmp'}/${name}_${table}.copy`, { force: true }),
      );
  if (!pglite) {
    const admin = new pg.Client({ connectionString: ADMIN });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
