import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, nextDay } from '../../platform/time/working-days.ts';
import { atwNextOpenDay, decisionDates } from './decision-dates.ts';

const statutory = (receivedOn: string, periodDays = 90) =>
  decisionDates({ receivedOn, periodDays, recognisedSponsor: false }).statutoryEnd;

describe('decision dates (statutory period with the Algemene termijnenwet, service target)', () => {
  it('a period ending on a weekday that is no holiday ends that day', () => {
    // Tuesday 1 December 2026 + 90 days = Monday 1 March 2027.
    expect(statutory('2026-12-01')).toBe('2027-03-01');
    expect(statutory('2026-12-03', 60)).toBe('2027-02-01');
  });

  it('a period ending on a Saturday or Sunday runs to the Monday', () => {
    // 7 Dec 2025 + 90 = Saturday 7 March 2026; 30 Nov 2026 + 90 = Sunday 28 Feb 2027.
    expect(dayOfWeek('2026-03-07')).toBe(6);
    expect(statutory('2025-12-07')).toBe('2026-03-09');
    expect(statutory('2026-11-30')).toBe('2027-03-01');
  });

  it('Good Friday counts as a holiday for the period (Atw art. 3), and so does Easter Monday after it', () => {
    // 3 Jan 2026 + 90 = Friday 3 April 2026 (Good Friday) → Sat, Easter Sunday, Easter Monday → Tuesday 7 April.
    expect(statutory('2026-01-03')).toBe('2026-04-07');
  });

  it('Liberation Day (5 May) counts every year, not only in lustrum years', () => {
    // 4 Feb 2026 + 90 = Tuesday 5 May 2026 → Wednesday 6 May.
    expect(statutory('2026-02-04')).toBe('2026-05-06');
  });

  it('King’s Day, Christmas and New Year move the end too', () => {
    // 27 Jan 2026 + 90 = Monday 27 April 2026 (King's Day) → Tuesday 28 April.
    expect(statutory('2026-01-27')).toBe('2026-04-28');
    // 26 Sep 2026 + 90 = Friday 25 Dec 2026 → Sat, Sun → Monday 28 Dec (Boxing Day is the Saturday).
    expect(statutory('2026-09-26')).toBe('2026-12-28');
    // 3 Oct 2026 + 90 = Friday 1 Jan 2027 → Monday 4 January.
    expect(statutory('2026-10-03')).toBe('2027-01-04');
  });

  it('always ends on an open day, at least N days after receipt, with only closed days skipped', () => {
    const days = fc.integer({ min: 0, max: 365 * 15 }).map((n) => nextDay('2024-01-01', n));
    fc.assert(
      fc.property(days, fc.constantFrom(60, 90), (receivedOn, periodDays) => {
        const end = statutory(receivedOn, periodDays);
        const plain = nextDay(receivedOn, periodDays);
        expect(end >= plain).toBe(true);
        expect(atwNextOpenDay(end)).toBe(end);
        for (let day = plain; day < end; day = nextDay(day)) expect(atwNextOpenDay(day)).not.toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('shows the 2-week / 7-week service target only for a recognised sponsor', () => {
    const recognised = decisionDates({ receivedOn: '2026-11-30', periodDays: 90, recognisedSponsor: true });
    expect(recognised.serviceTarget).toMatchObject({ complete: '2026-12-14', incomplete: '2027-01-18' });
    expect(recognised.statutoryEnd).toBe('2027-03-01');
    expect(
      decisionDates({ receivedOn: '2026-11-30', periodDays: 90, recognisedSponsor: false }).serviceTarget,
    ).toBeUndefined();
  });

  it('refuses a period that is not a whole number of days', () => {
    expect(() =>
      decisionDates({ receivedOn: '2026-11-30', periodDays: 0, recognisedSponsor: false }),
    ).toThrow(RangeError);
  });
});
