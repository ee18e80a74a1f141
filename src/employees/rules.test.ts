import { describe, expect, it } from 'vitest';
import { checkSalary, endsSoon, reportDeadline, timeliness, ADDRESS_WEEKS } from './rules.ts';

describe('the duty to inform: deadlines', () => {
  // 2026-06-01 is a Monday: 4 weeks later (2026-06-29) is a Monday too, no holiday in between.
  it('a report exactly 4 weeks after the change is on time; 4 weeks and 1 day is late', () => {
    expect(reportDeadline('2026-06-01')).toBe('2026-06-29');
    expect(timeliness('2026-06-01', '2026-06-29')).toEqual({ deadline: '2026-06-29', late: false });
    expect(timeliness('2026-06-01', '2026-06-30')).toEqual({ deadline: '2026-06-29', late: true });
  });

  it('a change of the administration address is due within 2 weeks: exactly 2 weeks on time, a day more late', () => {
    expect(timeliness('2026-06-01', '2026-06-15', ADDRESS_WEEKS)).toEqual({
      deadline: '2026-06-15',
      late: false,
    });
    expect(timeliness('2026-06-01', '2026-06-16', ADDRESS_WEEKS).late).toBe(true);
  });

  it('a period ending on a Saturday runs to the Monday (Algemene termijnenwet)', () => {
    // 2026-06-06 is a Saturday.
    expect(reportDeadline('2026-06-06')).toBe('2026-07-06');
  });

  it('a period ending on a holiday runs to the next working day (Christmas 2026)', () => {
    // 2026-11-27 + 28 days = 2026-12-25 (Christmas, Friday) → Boxing Day, weekend → Monday 28th.
    expect(reportDeadline('2026-11-27')).toBe('2026-12-28');
  });
});

describe('permits ending soon', () => {
  it('counts a permit ending today up to three months from today, not after, not before', () => {
    expect(endsSoon('2026-11-30', '2026-11-30')).toBe(true);
    expect(endsSoon('2027-02-28', '2026-11-30')).toBe(true);
    expect(endsSoon('2027-03-01', '2026-11-30')).toBe(false);
    expect(endsSoon('2026-11-29', '2026-11-30')).toBe(false);
    expect(endsSoon(null, '2026-11-30')).toBe(false);
  });
});

describe('registering an employee: salary against the threshold on the start date', () => {
  it('uses the threshold of the start date’s year and the age on that date', () => {
    // 2026, aged 30 or over: €5,942.
    expect(
      checkSalary({
        permit: 'hsm_residence',
        dateOfBirth: '1990-01-01',
        startDate: '2026-03-01',
        salaryCents: 594200,
      }),
    ).toEqual({ ok: true });
    expect(
      checkSalary({
        permit: 'hsm_residence',
        dateOfBirth: '1990-01-01',
        startDate: '2026-03-01',
        salaryCents: 594199,
      }),
    ).toMatchObject({ ok: false, kind: 'below', criterion: 'hsm30Plus', thresholdCents: 594200, year: 2026 });
    // Under 30 on the start date: €4,357 in 2026; €4,171 in 2025.
    expect(
      checkSalary({
        permit: 'hsm_residence',
        dateOfBirth: '2000-05-01',
        startDate: '2026-03-01',
        salaryCents: 435700,
      }),
    ).toEqual({ ok: true });
    expect(
      checkSalary({
        permit: 'hsm_residence',
        dateOfBirth: '2000-05-01',
        startDate: '2025-12-01',
        salaryCents: 417000,
      }),
    ).toMatchObject({ ok: false, thresholdCents: 417100, year: 2025 });
  });

  it('turns 30 before the start date: the 30+ threshold', () => {
    expect(
      checkSalary({
        permit: 'hsm_residence',
        dateOfBirth: '1996-02-28',
        startDate: '2026-03-01',
        salaryCents: 500000,
      }),
    ).toMatchObject({ ok: false, criterion: 'hsm30Plus' });
  });

  it('a researcher has no salary threshold; a year without figures is refused, not guessed', () => {
    expect(
      checkSalary({
        permit: 'researcher',
        dateOfBirth: '1990-01-01',
        startDate: '2026-03-01',
        salaryCents: 100,
      }),
    ).toEqual({ ok: true });
    expect(
      checkSalary({
        permit: 'eu_blue_card',
        dateOfBirth: '1990-01-01',
        startDate: '2031-03-01',
        salaryCents: 900000,
      }),
    ).toEqual({ ok: false, kind: 'year_unknown', year: 2031 });
  });
});
