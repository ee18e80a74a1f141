import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';

/**
 * Working days of the IND: Monday to Friday, except Dutch public holidays and the IND's own
 * closure days (domain brief, "Working days").
 *
 * Holidays come from `date-holidays` (NL), type 'public': New Year, Easter Monday, King's Day,
 * Ascension Day, Whit Monday, Christmas and Boxing Day (Easter Sunday and Whit Sunday fall on
 * a Sunday anyway). Good Friday and Liberation Day are days off for some organisations only:
 * each is an option, off by default. The IND's own calendar (IND_CALENDAR_OPTIONS) has
 * Liberation Day off: 5 May is a day off for central government every year. Closure days are
 * configured by staff (table closure_days).
 *
 * WHAT "SUBMITTED + N WORKING DAYS" MEANS (docs: the Team Zakelijk queue's due date)
 * 1. All days are calendar days in Europe/Amsterdam, whatever the server's time zone.
 * 2. The day of receipt: a submission made on a working day before 17:00 (Amsterdam) is received
 *    that day. A submission made at or after 17:00, or on a weekend, holiday or closure day, is
 *    received on the next working day. (Team Zakelijk works office hours; an evening or weekend
 *    submission cannot start being processed before the next working day.)
 * 3. The due date is the N-th working day after the day of receipt: the day of receipt itself
 *    does not count. Monday 10:00 → due next Monday; Friday 18:00 or Saturday → received
 *    Monday → due the Monday after.
 * So for every submission, exactly N working days lie in (day of receipt, due date], and the
 * due date is itself a working day.
 */

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

export const OFFICE_CLOSES_AT_HOUR = 17;
const TIME_ZONE = 'Europe/Amsterdam';

export interface CalendarOptions {
  /** IND closure days ('YYYY-MM-DD'), configured by staff. */
  closureDays?: Iterable<IsoDate>;
  /** Good Friday as a day off (default: no). */
  goodFriday?: boolean;
  /** Liberation Day (5 May) as a day off (default: no). */
  liberationDay?: boolean;
}

/**
 * The IND's working days: Liberation Day (5 May) is a day off every year for central
 * government ("op de vijfde mei de rijksdienst zoveel mogelijk gesloten"; [S] ambitie.nl
 * quoting the minister, bd.nl 2023; domain review #46). Good Friday is a working day for the
 * office (it counts as a holiday only for statutory periods, see decision-dates.ts).
 */
export const IND_CALENDAR_OPTIONS: Readonly<CalendarOptions> = { liberationDay: true };

export interface WorkingDayCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** Why a day is not a working day (for tests and explanations), or null when it is one. */
  reasonClosed(date: IsoDate): 'weekend' | 'holiday' | 'closure' | null;
}

// date-holidays takes ~0.1 s to load: loaded (synchronously) at the first calendar question,
// not at start-up.
const require = createRequire(import.meta.url);
let holidays: Holidays | undefined;
const holidayCache = new Map<number, Map<IsoDate, string>>();

/** The NL holidays of a year, keyed by date, with the rule date-holidays names them by. */
function holidaysOf(year: number): Map<IsoDate, string> {
  let cached = holidayCache.get(year);
  if (!cached) {
    cached = new Map();
    holidays ??= new (require('date-holidays') as typeof Holidays)('NL');
    for (const holiday of holidays.getHolidays(year)) {
      cached.set(holiday.date.slice(0, 10), `${holiday.type}:${holiday.rule}`);
    }
    holidayCache.set(year, cached);
  }
  return cached;
}

export function createCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  const closures = new Set(options.closureDays ?? []);
  const isHoliday = (date: IsoDate) => {
    const entry = holidaysOf(Number(date.slice(0, 4))).get(date);
    if (!entry) return false;
    if (entry.startsWith('public:')) return true;
    if (options.goodFriday && entry.endsWith(':easter -2')) return true;
    if (options.liberationDay && entry.endsWith(':05-05')) return true;
    return false;
  };
  const reasonClosed = (date: IsoDate) => {
    const weekday = dayOfWeek(date);
    if (weekday === 0 || weekday === 6) return 'weekend' as const;
    if (isHoliday(date)) return 'holiday' as const;
    if (closures.has(date)) return 'closure' as const;
    return null;
  };
  return { reasonClosed, isWorkingDay: (date) => reasonClosed(date) === null };
}

/** 0 = Sunday … 6 = Saturday, for a calendar date (no time zone involved). */
export function dayOfWeek(date: IsoDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function nextDay(date: IsoDate, days = 1): IsoDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar date and hour of a moment in Amsterdam. */
const dateAndHour = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

// Pages ask for today many times a second: the last answer is kept for the rest of its minute
// (Amsterdam has changed its offset by whole hours since 1940: a minute never straddles two dates).
let last: { minute: number; date: IsoDate; hour: number } | undefined;

export function amsterdamDateAndHour(moment: Date): { date: IsoDate; hour: number } {
  const minute = Math.floor(moment.getTime() / 60_000);
  if (last?.minute !== minute) {
    const parts = dateAndHour.formatToParts(moment);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    last = { minute, date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
  }
  return { date: last.date, hour: last.hour };
}

/** Today's date in Amsterdam. */
export function amsterdamToday(now: Date = new Date()): IsoDate {
  return amsterdamDateAndHour(now).date;
}

/** The day a submission made at `moment` counts as received (rule 2 above). */
export function receivedOn(moment: Date, calendar: WorkingDayCalendar): IsoDate {
  const { date, hour } = amsterdamDateAndHour(moment);
  if (calendar.isWorkingDay(date) && hour < OFFICE_CLOSES_AT_HOUR) return date;
  let day = nextDay(date);
  while (!calendar.isWorkingDay(day)) day = nextDay(day);
  return day;
}

/** The n-th working day after the day of receipt of a submission made at `moment` (rule 3). */
export function addWorkingDays(moment: Date, n: number, calendar: WorkingDayCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let day = receivedOn(moment, calendar);
  for (let counted = 0; counted < n;) {
    day = nextDay(day);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

/** Working days in the half-open range (from, to]. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (calendar.isWorkingDay(day)) count++;
  return count;
}
