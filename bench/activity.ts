import { sql } from 'kysely';
import { profiled } from './profile.ts';
import { createTestPortal } from '../test/helpers/portal.ts';
import { businessSession } from '../test/helpers/sessions.ts';

/**
 * The organisation's activity log at size (issue 17's page, with issue 16's API filling it): the
 * demo employer with BENCH_ROWS audit rows (500,000 by default: an HR system listing cases once a
 * minute for a year, two API clients), a few hundred by people and by IND, and its pages with each
 * filter, each timed over 200 requests one after another (median and p99).
 *
 *   NODE_ENV=production TEST_DRIVER=postgres TEST_PG_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     npx tsx bench/activity.ts          # PostgreSQL
 *   NODE_ENV=production BENCH_ROWS=100000 npx tsx bench/activity.ts    # PGlite (in memory)
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 500_000);
const EMPLOYER = '69599084';
const CLIENT = 'api-client:11111111-1111-4111-8111-111111111111';

const portal = await createTestPortal({ LOG_LEVEL: 'silent', DEMO_DATA: 'true' });
const db = portal.database.db;
try {
  const started = Date.now();
  const { id } = await db
    .selectFrom('organisations')
    .select('id')
    .where('kvk_number', '=', EMPLOYER)
    .executeTakeFirstOrThrow();
  await sql`insert into audit_log (at, event, outcome, actor_kind, actor_kvk, actor_subject, organisation_id)
    select now() - make_interval(secs => g * 60), 'api.cases.listed', 'success', 'business', ${EMPLOYER},
      case when g % 2 = 0 then ${CLIENT} else 'api-client:22222222-2222-4222-8222-222222222222' end,
      ${id}::uuid
    from generate_series(1, ${ROWS}) g`.execute(db);
  await sql`insert into audit_log (at, event, outcome, actor_kind, actor_kvk, actor_subject, staff_user, organisation_id)
    select now() - make_interval(hours => g * 20),
      (array['application.submitted', 'cases.export', 'recognition.grant'])[1 + g % 3], 'success',
      case when g % 3 = 2 then 'staff' else 'business' end, ${EMPLOYER},
      case when g % 3 = 2 then null else 'person-' || (g % 7) end,
      case when g % 3 = 2 then 'tz-anouk' else null end, ${id}::uuid
    from generate_series(1, 400) g`.execute(db);
  await sql`vacuum analyze audit_log`.execute(db);
  const driver = (portal.config.databaseUrl ?? 'memory://').startsWith('memory://') ? 'PGlite' : 'PostgreSQL';
  console.log(
    `${driver}: ${ROWS.toLocaleString('en')} + 400 audit rows of one organisation, seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  const cookie = await businessSession(portal, { kvkNumber: EMPLOYER });
  const pages = [
    ['(reference: the dashboard)', '/dashboard'],
    ['activity log, first page', '/activity'],
    ['filter: IND', '/activity?who=ind'],
    ['filter: one API client', `/activity?who=${encodeURIComponent(`person:${CLIENT}`)}`],
    ['filter: a person', '/activity?who=person%3Aperson-3'],
    ['filter: an action', '/activity?action=application.submitted'],
  ] as const;
  // The page allows 120 requests a minute per client address (routes.tsx): each request comes
  // from an address of its own, as from many users. Timed one request after another in the
  // portal's process (inject: no socket between the timer and the portal), after 200 unmeasured.
  let address = 0;
  const get = async (path: string) => {
    address++;
    const remoteAddress = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
    const response = await portal.app.inject({
      method: 'GET',
      url: path,
      headers: { cookie },
      remoteAddress,
    });
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode}`);
  };
  for (let i = 0; i < 200; i++) for (const [, path] of pages) await get(path);
  for (const [name, path] of pages) {
    const times: number[] = [];
    // BENCH_PROFILE=<folder>: a CPU profile of each page's 200 requests (bench/profile.ts).
    await profiled(name, async () => {
      for (let i = 0; i < 200; i++) {
        const t = process.hrtime.bigint();
        await get(path);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    });
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(2);
    console.log(`${name}: median ${at(0.5)} ms, p99 ${at(0.99)} ms (200 requests)`);
  }
} finally {
  await portal.close();
}
