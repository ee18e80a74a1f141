import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/**
 * The case system's share of the benchmark set (`npm run seed -- --size large`): the
 * benchmark organisations (KVK numbers starting with 9, seeded by organisations' large seed)
 * as the IND knows them, their recognitions, persons, cases and status history, generated
 * inside the database. Case numbers start with C, so they never meet the portal's own
 * benchmark rows (B…) or the demo set.
 */
export async function seedCaseSystemLarge(
  db: Database,
  options: { cases?: number; log?: (message: string) => void } = {},
): Promise<void> {
  const cases = options.cases ?? 1_000_000;
  const log = options.log ?? (() => undefined);

  log('case system: organisations and recognitions');
  await sql`
    insert into cs_organisations (kvk_number, name, legal_form, visiting_address, employee_count)
    select kvk_number, name, legal_form, visiting_address, employee_count
    from organisations where kvk_number like '9%'
    on conflict (kvk_number) do nothing`.execute(db);
  await sql`
    insert into cs_recognitions (kvk_number, category, state, start_date)
    select o.kvk_number, r.category, r.state, r.start_date
    from recognitions r join organisations o on o.id = r.organisation_id
    where o.kvk_number like '9%'
    on conflict do nothing`.execute(db);

  log('case system: employees');
  await sql`
    insert into cs_employees (kvk_number, v_number, given_names, surname, date_of_birth, nationality,
                              permit_type, permit_end_date, sponsorship_state, registered_on)
    select o.kvk_number, lpad((o.n * 100 + g)::text, 10, '4'), 'Werknemer', 'Nummer ' || g,
           date '1980-01-01' + (g % 7000), 'IND',
           (array['hsm_residence','eu_blue_card','researcher','study','au_pair'])[1 + (g % 5)],
           current_date + ((g * 37) % 900) - 60, 'active', date '2024-01-01'
    from (select kvk_number, row_number() over (order by kvk_number) as n from cs_organisations
          where kvk_number like '9%') o
    cross join generate_series(1, 20) g
    on conflict do nothing`.execute(db);

  log(`case system: cases: ${cases}`);
  const batch = 100_000;
  for (let start = 0; start < cases; start += batch) {
    const size = Math.min(batch, cases - start);
    await sql`
      with orgs as (select kvk_number, row_number() over (order by kvk_number) - 1 as n
                    from cs_organisations where kvk_number like '9%'),
           total as (select count(*) as c from orgs),
           made as (
             insert into cs_cases (case_number, application_id, kvk_number, type_code, state, submission,
                                   received_at, decision_due_on, target_date)
             select 'C' || lpad((${start} + g)::text, 9, '0'), gen_random_uuid(), o.kvk_number,
                    (array['hsm_entry_mvv','hsm_residence','eu_blue_card','researcher','study','au_pair'])[1 + (g % 6)],
                    (array['received','in_progress','information_requested','granted','rejected','withdrawn','mvv_issued','document_ready'])[1 + (g % 8)],
                    '{}'::jsonb,
                    now() - make_interval(days => (g % 700)),
                    (now() - make_interval(days => (g % 700)) + interval '90 days')::date,
                    (now() - make_interval(days => (g % 700)) + interval '14 days')::date
             from generate_series(1, ${size}) g
             join orgs o on o.n = (g % (select c from total))
             on conflict (case_number) do nothing
             returning id, state, received_at)
      insert into cs_case_events (case_id, at, status, reason, actor)
      select m.id, m.received_at + make_interval(days => s - 1), case when s = 1 then 'received' else m.state end,
             case when s = 1 then 'intake' else m.state end, 'seed'
      from made m cross join generate_series(1, 2) s
      where s = 1 or m.state <> 'received'`.execute(db);
    log(`  ${start + size}`);
  }
}
