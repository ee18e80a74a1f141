/**
 * Memorable dates (date of birth, start dates) as three fields, day / month / year, the GOV.UK
 * and NL Design System pattern: no browser date picker whose order follows the browser's locale
 * instead of the page's language. A half-typed date is never turned into another date: it is
 * kept as typed and the error names what is missing.
 */

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The form names of a date field's parts: `${name}-day`, `${name}-month`, `${name}-year`. */
export function datePartName(name: string, part: DatePart): string {
  return `${name}-${part}`;
}

/** The id of a part's input: the day input carries the field's own id (the error summary links `#name`). */
export function datePartId(name: string, part: DatePart): string {
  return part === 'day' ? name : `${name}-${part}`;
}

export type DatePartsResult =
  | { kind: 'empty' }
  | { kind: 'ok'; iso: string }
  /** Some parts are typed and some are not: the missing ones are named. */
  | { kind: 'incomplete'; missing: DatePart[] }
  /** Every part is typed, but they do not make a real date (31 2, month 13, letters, a 2-digit year). */
  | { kind: 'invalid'; parts: DatePart[] };

function clean(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 10) : '';
}

/** A date field's parts from a form body (absent parts are empty). */
export function readDateParts(body: Record<string, unknown>, name: string): DateParts {
  return {
    day: clean(body[datePartName(name, 'day')]),
    month: clean(body[datePartName(name, 'month')]),
    year: clean(body[datePartName(name, 'year')]),
  };
}

export function parseDateParts(parts: DateParts): DatePartsResult {
  const missing = DATE_PARTS.filter((p) => parts[p] === '');
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0) return { kind: 'incomplete', missing };
  const bad: DatePart[] = [];
  if (!/^\d{1,2}$/.test(parts.day)) bad.push('day');
  if (!/^\d{1,2}$/.test(parts.month) || Number(parts.month) < 1 || Number(parts.month) > 12)
    bad.push('month');
  if (!/^\d{4}$/.test(parts.year) || Number(parts.year) < 1900 || Number(parts.year) > 2200) bad.push('year');
  if (bad.length > 0) return { kind: 'invalid', parts: bad };
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { kind: 'invalid', parts: ['day'] };
  }
  return { kind: 'ok', iso: date.toISOString().slice(0, 10) };
}

/** A stored 'YYYY-MM-DD' back into the three fields (no leading zeros, as people type them). */
export function isoToDateParts(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}
