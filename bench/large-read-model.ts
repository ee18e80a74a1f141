import { sql } from 'kysely';
import { createTestPortal } from '../test/helpers/portal.ts';

/**
 * The large read model of the P1 and API benchmarks (bench/status-list.ts, bench/api-cases.ts):
 * a portal on the configured driver (PGlite by default, PostgreSQL with TEST_DRIVER=postgres)
 * whose read-model rows are written directly with generate_series, as the refresh would leave
 * them: the demo employer with BENCH_SPONSOR_CASES (10,000) cases among BENCH_CASES (100,000),
 * the rest spread over BENCH_CASES / 200 other organisations. Then `vacuum analyze` and, on
 * PostgreSQL, a checkpoint, so that neither falls into the measurement. Listens on a free port.
 */
export const SPONSOR_KVK = '69599084';
export const DURATION = Number(process.env.BENCH_SECONDS ?? 5);

export async function largeReadModelPortal() {
  const TOTAL = Number(process.env.BENCH_CASES ?? 100_000);
  const SPONSOR_CASES = Number(process.env.BENCH_SPONSOR_CASES ?? 10_000);

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
        join organisations o on o.kvk_number = lpad((90000000 + 1 + g % ${others})::text, 8, '0')`.execute(
    db,
  );
  // As the refresh and autovacuum leave a read model: statistics, and the visibility map set.
  await sql`vacuum analyze`.execute(db);
  // …and written out, so that no checkpoint of the seed runs during the measurement.
  if (driver === 'PostgreSQL') await sql`checkpoint`.execute(db);
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
  return { portal, db, driver, base };
}
