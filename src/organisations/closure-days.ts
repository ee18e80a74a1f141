import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import {
  amsterdamToday,
  createCalendar,
  IND_CALENDAR_OPTIONS,
  type WorkingDayCalendar,
} from '../platform/time/working-days.ts';

/**
 * The IND's working-day calendar: Dutch public holidays, Liberation Day, and the closure days
 * staff configure.
 * Read from the database each time it is needed (the table is tiny).
 */
export async function loadCalendar(db: Kysely<DB>): Promise<WorkingDayCalendar> {
  const rows = await db.selectFrom('closure_days').select('day').execute();
  return createCalendar({ ...IND_CALENDAR_OPTIONS, closureDays: rows.map((r) => r.day) });
}

export async function listClosureDays(db: Kysely<DB>, now = new Date()) {
  return db
    .selectFrom('closure_days')
    .select(['day', 'description'])
    .where('day', '>=', `${amsterdamToday(now).slice(0, 4)}-01-01`)
    .orderBy('day')
    .execute();
}
