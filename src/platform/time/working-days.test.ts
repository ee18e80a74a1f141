import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  amsterdamDateAndHour,
  createCalendar,
  IND_CALENDAR_OPTIONS,
  nextDay,
  receivedOn,
  workingDaysBetween,
} from './working-days.ts';

const calendar = createCalendar({ closureDays: ['2025-12-29', '2026-01-02', '2026-07-17'] });
/** 2000-01-01 … 2040-12-31: covers many year ends and Easters. */
const moments = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2040-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('working days', () => {
  it('never lands a due date on a weekend, public holiday or closure day', () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 1, max: 30 }), (moment, n) => {
        const due = addWorkingDays(moment, n, calendar);
        expect(calendar.reasonClosed(due)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('puts exactly n working days between the day of receipt and the due date', () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 0, max: 30 }), (moment, n) => {
        const received = receivedOn(moment, calendar);
        const due = addWorkingDays(moment, n, calendar);
        expect(workingDaysBetween(received, due, calendar)).toBe(n);
        // …and the due date is the earliest such day: the day before it has one fewer.
        if (n > 0) expect(workingDaysBetween(received, nextDay(due, -1), calendar)).toBe(n - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a submission on a working day before 17:00 as received that day, otherwise the next working day', () => {
    fc.assert(
      fc.property(moments, (moment) => {
        const { date, hour } = amsterdamDateAndHour(moment);
        const received = receivedOn(moment, calendar);
        expect(calendar.isWorkingDay(received)).toBe(true);
        if (calendar.isWorkingDay(date) && hour < 17) expect(received).toBe(date);
        else {
          expect(received > date).toBe(true);
          for (let day = nextDay(date); day < received; day = nextDay(day)) {
            expect(calendar.isWorkingDay(day)).toBe(false);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotonic: a later submission is never due earlier', () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 0, max: 10 * 86_400_000 }), (moment, later) => {
        const after = new Date(moment.getTime() + later);
        expect(addWorkingDays(after, 5, calendar) >= addWorkingDays(moment, 5, calendar)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('skips Easter Monday, King’s Day and Ascension Day (2025 examples)', () => {
    // Thursday 17 April 2025, 10:00: Good Friday counts (off by default), Easter Monday does not.
    expect(addWorkingDays(new Date('2025-04-17T08:00:00Z'), 5, calendar)).toBe('2025-04-25');
    // Monday 26 May 2025: Ascension Day (29 May) is skipped.
    expect(addWorkingDays(new Date('2025-05-26T08:00:00Z'), 5, calendar)).toBe('2025-06-03');
    // King's Day 2026 is Monday 27 April.
    expect(calendar.reasonClosed('2026-04-27')).toBe('holiday');
  });

  it('crosses the year end past Christmas, Boxing Day, New Year and closure days', () => {
    // Tuesday 23 Dec 2025 15:00 Amsterdam: 24, 29 (closure), 30, 31 Dec, 2 Jan (closure), 5, 6 Jan.
    expect(addWorkingDays(new Date('2025-12-23T14:00:00Z'), 5, calendar)).toBe('2026-01-06');
  });

  it('makes Good Friday and Liberation Day days off only when configured', () => {
    expect(calendar.isWorkingDay('2025-04-18')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-05')).toBe(true);
    const strict = createCalendar({ goodFriday: true, liberationDay: true });
    expect(strict.reasonClosed('2025-04-18')).toBe('holiday');
    expect(strict.reasonClosed('2025-05-05')).toBe('holiday');
  });

  it('the IND calendar has Liberation Day off every year, not only in lustrum years; Good Friday stays a working day', () => {
    const ind = createCalendar({ ...IND_CALENDAR_OPTIONS, closureDays: [] });
    for (const year of [2025, 2026, 2027, 2030])
      expect(ind.reasonClosed(`${year}-05-05`), String(year)).not.toBeNull();
    expect(ind.reasonClosed('2026-05-05')).toBe('holiday'); // a Tuesday
    expect(ind.isWorkingDay('2026-04-03')).toBe(true); // Good Friday
    // Monday 4 May 2026 10:00: 5 May is skipped, so the 5th working day is Tuesday 12 May.
    expect(addWorkingDays(new Date('2026-05-04T08:00:00Z'), 5, ind)).toBe('2026-05-12');
    expect(addWorkingDays(new Date('2026-05-04T08:00:00Z'), 5, createCalendar())).toBe('2026-05-11');
  });

  it('treats evening and weekend submissions as received on the next working day', () => {
    // Friday 7 March 2025 18:30 Amsterdam (17:30 UTC) → received Monday 10 → due Monday 17.
    expect(receivedOn(new Date('2025-03-07T17:30:00Z'), calendar)).toBe('2025-03-10');
    expect(addWorkingDays(new Date('2025-03-07T17:30:00Z'), 5, calendar)).toBe('2025-03-17');
    // Saturday → the same.
    expect(addWorkingDays(new Date('2025-03-08T10:00:00Z'), 5, calendar)).toBe('2025-03-17');
    // Friday 16:59 Amsterdam → received that Friday → due Friday 14.
    expect(addWorkingDays(new Date('2025-03-07T15:59:00Z'), 5, calendar)).toBe('2025-03-14');
    // Summer time: 16:30 UTC is 18:30 in Amsterdam.
    expect(receivedOn(new Date('2025-07-01T16:30:00Z'), calendar)).toBe('2025-07-02');
  });
});
