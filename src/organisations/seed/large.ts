import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/**
 * A large data set for benchmarks: thousands of organisations and a million cases,
 * generated inside the database (generate_series) so it takes minutes, not hours.
 * KVK numbers start with 9 so they never collide with the demo set.
 */
export async function seedLarge(
  db: Database,
  options: { organisations?: number; cases?: number; log?: (message: string) => void } = {},
): Promise<void> {
  const organisations = options.organisations ?? 5_000;
  const cases = options.cases ?? 1_000_000;
  const log = options.log ?? (() => undefined);

  log(`organisations: ${organisations}`);
  await sql`
    insert into organisations (kvk_number, name, legal_form, visiting_address, employee_count)
    select lpad((90000000 + g)::text, 8, '0'), 'Benchmark Organisatie ' || g, 'Besloten vennootschap',
           jsonb_build_object('street', 'Laan', 'houseNumber', g::text, 'postalCode', '1000 AA', 'city', 'Utrecht', 'country', 'NLD'),
           (g % 500) + 5
    from generate_series(1, ${organisations}) g
    on conflict (kvk_number) do nothing`.execute(db);

  log('recognitions');
  await sql`
    insert into recognitions (organisation_id, category, state, start_date)
    select id, (array['work','research','study','exchange'])[1 + (abs(hashtext(id::text)) % 4)], 'active', date '2020-01-01'
    from organisations where kvk_number like '9%'
    on conflict do nothing`.execute(db);

  log('employees');
  await sql`
    insert into employees (organisation_id, given_names, surname, date_of_birth, nationality, registered_on)
    select o.id, 'Werknemer', 'Nummer ' || g, date '1980-01-01' + (g % 7000), 'IND', date '2024-01-01'
    from (select id, row_number() over (order by kvk_number) as n from organisations where kvk_number like '9%') o
    cross join generate_series(1, ${Math.max(1, Math.floor(cases / organisations / 2))}) g`.execute(db);

  log(`cases: ${cases}`);
  const batch = 100_000;
  for (let start = 0; start < cases; start += batch) {
    const size = Math.min(batch, cases - start);
    await sql`
      with orgs as (select id, row_number() over (order by kvk_number) - 1 as n from organisations where kvk_number like '9%'),
           total as (select count(*) as c from orgs)
      insert into cases (organisation_id, case_number, application_type, state, submitted_at, decision_due_on)
      select o.id,
             'B' || lpad((${start} + g)::text, 9, '0'),
             (array['hsm_residence','eu_blue_card','researcher','study','au_pair'])[1 + (g % 5)],
             (array['received','in_progress','information_requested','granted','rejected','withdrawn'])[1 + (g % 6)],
             now() - make_interval(days => (g % 700)),
             (now() - make_interval(days => (g % 700)) + interval '90 days')::date
      from generate_series(1, ${size}) g
      join orgs o on o.n = (g % (select c from total))
      on conflict (case_number) do nothing`.execute(db);
    log(`  ${start + size}`);
  }
}
