/**
 * The case system's reads on the large data set: a page of the change export (`changesSince`,
 * 1,000 changes) from the start and from the middle, and the case officer's queue (first page,
 * and the overdue filter), each against a primary-key lookup of one case in the same run.
 * Seed first: `DATA_DIR=/tmp/bench-cs npm run seed -- --size large --cases 100000`, then
 * `DATA_DIR=/tmp/bench-cs npx tsx bench/casesystem.ts` (or DATABASE_URL for PostgreSQL).
 */
import { sql } from 'kysely';
import '../src/main/modules.ts'; // installs the message catalogue
import { loadConfig } from '../src/config.ts';
import { listQueue } from '../src/casesystem/backoffice/queries.ts';
import { createCaseSystem } from '../src/casesystem/index.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { createFileStore } from '../src/platform/files/file-store.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const db = database.db;
const cs = createCaseSystem({ db, files: createFileStore(config), safetyLagMs: 2000 });
const runs = Number(process.env.BENCH_RUNS ?? 5);

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

const { rows } = await sql<{ n: number; mid: string }>`
  select count(*)::int as n,
         (select to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || id
          from cs_cases order by changed_at, id offset (select count(*) / 2 from cs_cases) limit 1) as mid
  from cs_cases`.execute(db);
const { n, mid } = rows[0] ?? { n: 0, mid: '' };
const [changedAt = '', id = ''] = mid.split('|');
const one = await db.selectFrom('cs_cases').select('id').limit(1).executeTakeFirstOrThrow();

const baseline = await median(() => db.selectFrom('cs_cases').selectAll().where('id', '=', one.id).execute());
const figures = {
  'changesSince(null, 1000)': await median(() => cs.changesSince(null, 1000)),
  'changesSince(middle, 1000)': await median(() => cs.changesSince({ changedAt, id }, 1000)),
  'queue, first page (open)': await median(() =>
    listQueue(db, { status: 'open', overdue: false }, new Date()),
  ),
  'queue, overdue': await median(() => listQueue(db, { status: 'open', overdue: true }, new Date())),
};
console.log(
  `cs_cases: ${n}; driver: ${database.driver}; baseline (one case by id): ${baseline.toFixed(2)} ms`,
);
for (const [name, ms] of Object.entries(figures)) {
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(0).padStart(6)}× baseline`,
  );
}
await database.close();
