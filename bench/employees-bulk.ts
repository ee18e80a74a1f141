import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { organisationIdOf } from '../src/cases/testing.ts';
import { previewBulk } from '../src/employees/bulk.ts';
import type { BusinessActor } from '../src/platform/auth/actor.ts';
import { amsterdamToday, nextDay } from '../src/platform/time/working-days.ts';
import { createTestPortal } from '../test/helpers/portal.ts';

/**
 * `npx tsx bench/employees-bulk.ts`: memory of the portal while a CSV of 50,000 bulk
 * de-registrations (issue 11) is parsed, checked and stored for its preview. Target: resident
 * memory grows by less than 50 MB (the file is parsed as it streams, rows are written in
 * batches of 1,000). Baseline: the same for a file of 500 rows, in the same run. The file is
 * generated while it is read, so the generator adds nothing. PGlite by default; PostgreSQL with
 * `TEST_DRIVER=postgres` (as the test helpers read it).
 */
const ROWS = Number(process.env.BENCH_BULK_ROWS ?? 50_000);
const BASELINE_ROWS = 500;
const TARGET_MB = 50;

const portal = await createTestPortal({ LOG_LEVEL: 'silent' });
const db = portal.database.db;
const kvk = '69599084';
const organisationId = await organisationIdOf(db, kvk);
// The sponsor's employees: V-numbers 5000000000 … in the read model, so every row is looked up.
await sql`
  insert into employees (organisation_id, source_id, v_number, given_names, surname, date_of_birth,
    nationality, permit_type, permit_end_date, sponsorship_state, registered_on)
  select ${organisationId}::uuid, 'bench-' || n, (5000000000 + n)::text, 'Bench', 'Person ' || n,
    date '1990-01-01', 'IND', 'hsm_residence', date '2029-01-01', 'active', date '2024-01-01'
  from generate_series(1, ${ROWS}) as n`.execute(db);

const actor: BusinessActor = {
  kind: 'business',
  sessionId: 'bench',
  organisationId,
  organisationName: 'Bench',
  kvkNumber: kvk,
  branchNumber: null,
  actingSubject: 'bench',
  loa: 'loa3',
  intermediaryKvk: null,
  via: 'self',
  recognitions: ['work'],
};
const date = nextDay(amsterdamToday(), -3);

function* csv(rows: number): Generator<string> {
  yield '\uFEFFv_number;reason;date;explanation\r\n';
  for (let n = 1; n <= rows; n += 1) {
    yield `${5000000000 + n};employment_ended;${date};"Laatste werkdag, contract niet verlengd"\r\n`;
  }
}

const mb = (bytes: number) => bytes / (1024 * 1024);

async function measure(rows: number): Promise<{ growthMb: number; seconds: number; valid: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const result = await previewBulk(db, actor, Readable.from(csv(rows)), amsterdamToday());
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { growthMb: mb(peak - before), seconds, valid: result.valid };
}

await measure(BASELINE_ROWS); // warm-up (code paths, statement caches)
const baseline = await measure(BASELINE_ROWS);
const large = await measure(ROWS);
console.log(
  JSON.stringify(
    {
      rows: ROWS,
      valid: large.valid,
      rssGrowthMb: Number(large.growthMb.toFixed(1)),
      baselineRows: BASELINE_ROWS,
      baselineRssGrowthMb: Number(baseline.growthMb.toFixed(1)),
      extraMbOverBaseline: Number((large.growthMb - baseline.growthMb).toFixed(1)),
      seconds: Number(large.seconds.toFixed(1)),
      secondsPerBaselineRow: Number((large.seconds / ROWS / (baseline.seconds / BASELINE_ROWS)).toFixed(2)),
      targetMb: TARGET_MB,
      met: large.growthMb < TARGET_MB,
    },
    null,
    2,
  ),
);
await portal.close();
