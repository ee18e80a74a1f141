import { dateTimeFormat } from '../platform/i18n/i18n.ts';
/**
 * Date and time as the user sees it: in Europe/Amsterdam, whatever the server's zone.
 * The form field holds a local date-time 'YYYY-MM-DDTHH:mm' (optionally ':ss').
 */
const ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const values = Object.fromEntries(
    parts.formatToParts(date).map((p) => [p.type, p.value] as const),
  ) as Record<string, string>;
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

/** The moment as 'YYYY-MM-DDTHH:mm:ss' on the wall clock in Amsterdam. */
export function toAmsterdamLocal(date: Date): string {
  const w = wallClock(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** Reads a local Amsterdam date-time; undefined when it is not one (or not a real date). */
export function fromAmsterdamLocal(value: string): Date | undefined {
  // What a datetime-local field sends (2025-03-14T09:41), or the Dutch way of writing it in a
  // plain text box (14-03-2025 09:41, seconds optional).
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  const dutch = iso ? null : /^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (!iso && !dutch) return undefined;
  const parts = (iso ?? dutch ?? []).slice(1).map((v: string | undefined) => Number(v ?? 0));
  const [year, month, day, hour, minute, second] = (
    iso ? parts : [parts[2], parts[1], parts[0], parts[3], parts[4], parts[5]]
  ) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  // The zone's offset at that moment; a second pass settles the hour around a DST change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess));
    const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    guess += asUtc - seen;
  }
  return new Date(guess);
}

/** A moment to the second, for the exact time of an error (staff compare it with the logs). */
const EXACT = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: ZONE,
} as const;

export function formatExact(lang: 'nl' | 'en', date: Date): string {
  return dateTimeFormat(lang, EXACT).format(date);
}
