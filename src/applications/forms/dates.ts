import { amsterdamToday } from '../../platform/time/working-days.ts';

/**
 * Calendar dates as 'YYYY-MM-DD' strings (as stored), with arithmetic in UTC so that no time
 * zone or daylight-saving change moves a date. "Today" is the day in Europe/Amsterdam.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Today's date in Amsterdam: platform/time's, which builds its formatter once (not per request). */
export function todayInAmsterdam(now: Date): string {
  return amsterdamToday(now);
}

/** Parses 'YYYY-MM-DD' (what a date input sends) or 'D-M-YYYY'; undefined if not a real date. */
export function parseDate(input: string): string | undefined {
  const iso = ISO.exec(input);
  const dutch = iso ? null : DUTCH.exec(input);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

function toDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(value: string, days: number): string {
  const date = toDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds months; the day is clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(value: string, months: number): string {
  const date = toDate(value);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.toISOString().slice(0, 10);
}

/** Age in whole years on a day (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
