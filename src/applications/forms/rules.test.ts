import { describe, expect, it } from 'vitest';
import { amountsFor, findType } from '../catalogue/catalogue.ts';
import type { ApplicationType } from '../catalogue/model.ts';
import type { Answers } from '../schema.ts';
import { addDays, addMonths, ageOn, parseDate } from './dates.ts';
import { validatePage, type RuleContext } from './engine.ts';
import { parseEuroCents } from './money.ts';
import { PAGES } from './pages.ts';

function context(typeCode: string, today: string, answers: Answers = {}): RuleContext {
  const type = findType(typeCode) as ApplicationType;
  const { year, amounts } = amountsFor(Number(today.slice(0, 4)));
  return { today, type, year, amounts, answers, money: (c) => `€${c / 100}`, date: (d) => d };
}

const TODAY = '2026-03-15';
const employment = (salary: string, extra: Record<string, string> = {}) => ({
  jobTitle: 'Engineer',
  startDate: addDays(TODAY, 10),
  grossMonthlySalary: salary,
  reducedCriterion: 'no',
  ...extra,
});
const bornOn = (dateOfBirth: string): Answers => ({ personal: { dateOfBirth } });
const errorKeys = (result: ReturnType<typeof validatePage>) =>
  result.ok ? [] : result.errors.map((e) => e.key);

describe('highly skilled migrant income criterion (year of filing, by age)', () => {
  const ctx30 = context('hsm_residence', TODAY, bornOn('1990-01-01'));
  it('2026, 30 or over: exactly €5,942.00 passes, one cent below fails naming the rule and amount', () => {
    expect(validatePage(PAGES.employment, employment('5942,00'), ctx30).ok).toBe(true);
    const below = validatePage(PAGES.employment, employment('5941,99'), ctx30);
    expect(below.ok).toBe(false);
    if (!below.ok) {
      expect(below.errors[0]).toEqual({
        field: 'grossMonthlySalary',
        key: 'apps.rule.salaryHsm30Plus',
        params: { amount: '€5942', year: 2026 },
      });
    }
  });

  it('2026, under 30: exactly €4,357.00 passes, €4,356.99 fails', () => {
    const ctx = context('hsm_residence', TODAY, bornOn('2000-01-01'));
    expect(validatePage(PAGES.employment, employment('4357'), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.employment, employment('4356.99'), ctx))).toEqual([
      'apps.rule.salaryHsmUnder30',
    ]);
  });

  it('the age boundary: 30 on the day of filing uses the 30+ amount, 29 (birthday tomorrow) the under-30 amount', () => {
    const turns30Today = context('hsm_residence', TODAY, bornOn('1996-03-15'));
    const turns30Tomorrow = context('hsm_residence', TODAY, bornOn('1996-03-16'));
    expect(ageOn('1996-03-15', TODAY)).toBe(30);
    expect(ageOn('1996-03-16', TODAY)).toBe(29);
    expect(errorKeys(validatePage(PAGES.employment, employment('5000'), turns30Today))).toEqual([
      'apps.rule.salaryHsm30Plus',
    ]);
    expect(validatePage(PAGES.employment, employment('5000'), turns30Tomorrow).ok).toBe(true);
  });

  it('2025 filing uses the 2025 amounts: €5,688 / €4,171 / €2,989', () => {
    const ctx = context('hsm_residence', '2025-06-01', bornOn('1980-01-01'));
    expect(validatePage(PAGES.employment, { ...employment('5688'), startDate: '2025-06-10' }, ctx).ok).toBe(
      true,
    );
    expect(
      errorKeys(validatePage(PAGES.employment, { ...employment('5687,99'), startDate: '2025-06-10' }, ctx)),
    ).toEqual(['apps.rule.salaryHsm30Plus']);
    const young = context('hsm_residence', '2025-06-01', bornOn('2000-01-01'));
    expect(validatePage(PAGES.employment, { ...employment('4171'), startDate: '2025-06-10' }, young).ok).toBe(
      true,
    );
    expect(
      validatePage(PAGES.employment, { ...employment('4170.99'), startDate: '2025-06-10' }, young).ok,
    ).toBe(false);
  });

  it('a year without its own amounts uses the latest earlier year', () => {
    expect(amountsFor(2031)).toMatchObject({ year: 2026, exact: false });
    expect(amountsFor(2025)).toMatchObject({ year: 2025, exact: true });
  });

  it('reduced criterion after graduation: €3,122 in 2026, only within 3 years of graduating', () => {
    const reduced = (salary: string, graduationDate: string) =>
      employment(salary, { reducedCriterion: 'yes', graduationDate });
    expect(validatePage(PAGES.employment, reduced('3122', '2024-07-01'), ctx30).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.employment, reduced('3121.99', '2024-07-01'), ctx30))).toEqual([
      'apps.rule.salaryHsmReduced',
    ]);
    // Exactly 3 years before the day of filing is still in time; a day earlier is not.
    expect(validatePage(PAGES.employment, reduced('3122', '2023-03-15'), ctx30).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.employment, reduced('3122', '2023-03-14'), ctx30))).toContain(
      'apps.rule.graduationTooLongAgo',
    );
    expect(errorKeys(validatePage(PAGES.employment, reduced('3122', '2026-03-16'), ctx30))).toContain(
      'apps.rule.graduationFuture',
    );
  });

  it('the graduation date is required only when the reduced criterion is chosen', () => {
    expect(validatePage(PAGES.employment, employment('6000'), ctx30).ok).toBe(true);
    expect(
      errorKeys(validatePage(PAGES.employment, employment('6000', { reducedCriterion: 'yes' }), ctx30)),
    ).toEqual(['apps.error.required']);
  });
});

describe('EU Blue Card salary criterion', () => {
  const blueCard = (salary: string, loweredCriterion = 'none', extra: Record<string, string> = {}) => ({
    jobTitle: 'Architect',
    startDate: addDays(TODAY, 5),
    grossMonthlySalary: salary,
    contractMonths: '12',
    loweredCriterion,
    ...extra,
  });
  const ctx = context('eu_blue_card', TODAY);
  it('2026: exactly €5,942 passes, one cent below fails', () => {
    expect(validatePage(PAGES.blueCard, blueCard('5942'), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.blueCard, blueCard('5941,99'), ctx))).toEqual([
      'apps.rule.salaryBlueCard',
    ]);
  });
  it('2026 lowered criterion (shortage occupation): exactly €4,754 passes, one cent below fails', () => {
    expect(validatePage(PAGES.blueCard, blueCard('4754', 'shortage'), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.blueCard, blueCard('4753,99', 'shortage'), ctx))).toEqual([
      'apps.rule.salaryBlueCardLowered',
    ]);
  });
  it('2025: €5,688 and lowered €4,551', () => {
    const ctx2025 = context('eu_blue_card', '2025-05-01');
    const at = (salary: string, lowered = 'none') => ({
      ...blueCard(salary, lowered),
      startDate: '2025-05-02',
    });
    expect(validatePage(PAGES.blueCard, at('5688'), ctx2025).ok).toBe(true);
    expect(validatePage(PAGES.blueCard, at('5687.99'), ctx2025).ok).toBe(false);
    expect(validatePage(PAGES.blueCard, at('4551', 'shortage'), ctx2025).ok).toBe(true);
    expect(validatePage(PAGES.blueCard, at('4550.99', 'shortage'), ctx2025).ok).toBe(false);
  });
  it('needs a contract of at least 6 months', () => {
    expect(validatePage(PAGES.blueCard, blueCard('6000', 'none', { contractMonths: '6' }), ctx).ok).toBe(
      true,
    );
    expect(
      errorKeys(validatePage(PAGES.blueCard, blueCard('6000', 'none', { contractMonths: '5' }), ctx)),
    ).toEqual(['apps.rule.blueCardContract']);
  });
});

describe('extension: the 3-months-before-expiry window', () => {
  const ctx = context('hsm_extension', TODAY);
  const permit = (permitExpiry: string) => ({ permitNumber: 'NLA123456', permitExpiry });
  it('expiry exactly 3 months ahead may be filed; one day later is too early', () => {
    expect(addMonths(TODAY, 3)).toBe('2026-06-15');
    expect(validatePage(PAGES.currentPermit, permit('2026-06-15'), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.currentPermit, permit('2026-06-16'), ctx))).toEqual([
      'apps.rule.extensionTooEarly',
    ]);
  });
  it('expiring today may still be filed; expired yesterday may not', () => {
    expect(validatePage(PAGES.currentPermit, permit(TODAY), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.currentPermit, permit('2026-03-14'), ctx))).toEqual([
      'apps.rule.permitExpired',
    ]);
  });
  it('a change of purpose has no early window, only a valid permit', () => {
    const change = context('hsm_change_purpose', TODAY);
    expect(validatePage(PAGES.currentPermit, permit('2027-12-31'), change).ok).toBe(true);
  });
});

describe('start date not in the past beyond what the type allows', () => {
  it('entry with MVV: today passes, yesterday fails', () => {
    const ctx = context('hsm_entry_mvv', TODAY, bornOn('1980-01-01'));
    expect(validatePage(PAGES.employment, { ...employment('6000'), startDate: TODAY }, ctx).ok).toBe(true);
    expect(
      errorKeys(validatePage(PAGES.employment, { ...employment('6000'), startDate: '2026-03-14' }, ctx)),
    ).toEqual(['apps.rule.startInPast']);
  });
  it('residence only: 30 days back passes, 31 fails', () => {
    const ctx = context('hsm_residence', TODAY, bornOn('1980-01-01'));
    expect(
      validatePage(PAGES.employment, { ...employment('6000'), startDate: addDays(TODAY, -30) }, ctx).ok,
    ).toBe(true);
    expect(
      errorKeys(
        validatePage(PAGES.employment, { ...employment('6000'), startDate: addDays(TODAY, -31) }, ctx),
      ),
    ).toEqual(['apps.rule.startTooEarly']);
  });
});

describe('personal details', () => {
  const ctx = context('hsm_residence', TODAY);
  const personal = (extra: Record<string, string> = {}) => ({
    givenNames: 'Anne-Marie',
    surname: "O'Neill",
    dateOfBirth: '1990-02-28',
    nationality: 'IRL',
    passportNumber: 'pa 123456',
    ...extra,
  });
  it('accepts a valid person and stores the passport number normalised', () => {
    const result = validatePage(PAGES.personal, personal(), ctx);
    expect(result).toEqual({
      ok: true,
      values: {
        givenNames: 'Anne-Marie',
        surname: "O'Neill",
        dateOfBirth: '1990-02-28',
        nationality: 'IRL',
        passportNumber: 'PA123456',
      },
    });
  });
  it('V-number: optional, exactly 10 digits', () => {
    expect(validatePage(PAGES.personal, personal({ vNumber: '1234567890' }), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.personal, personal({ vNumber: '123456789' }), ctx))).toEqual([
      'apps.error.vNumber',
    ]);
    expect(errorKeys(validatePage(PAGES.personal, personal({ vNumber: '12345678901' }), ctx))).toEqual([
      'apps.error.vNumber',
    ]);
  });
  it('BSN: optional, 9 digits passing the eleven test', () => {
    expect(validatePage(PAGES.personal, personal({ bsn: '111222333' }), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.personal, personal({ bsn: '111222334' }), ctx))).toEqual([
      'apps.error.bsnCheck',
    ]);
    expect(errorKeys(validatePage(PAGES.personal, personal({ bsn: '12345678' }), ctx))).toEqual([
      'apps.error.bsnFormat',
    ]);
  });
  it('nationality: an ISO 3166 alpha-3 code from the list', () => {
    expect(errorKeys(validatePage(PAGES.personal, personal({ nationality: 'XXX' }), ctx))).toEqual([
      'apps.error.country',
    ]);
    expect(errorKeys(validatePage(PAGES.personal, personal({ nationality: 'IE' }), ctx))).toEqual([
      'apps.error.country',
    ]);
  });
  it('date of birth: a real date in the past', () => {
    expect(errorKeys(validatePage(PAGES.personal, personal({ dateOfBirth: '1990-02-29' }), ctx))).toEqual([
      'apps.error.date',
    ]);
    expect(errorKeys(validatePage(PAGES.personal, personal({ dateOfBirth: TODAY }), ctx))).toEqual([
      'apps.rule.dobFuture',
    ]);
    expect(errorKeys(validatePage(PAGES.personal, personal({ dateOfBirth: '1900-01-01' }), ctx))).toEqual([
      'apps.rule.dobTooOld',
    ]);
  });
  it('names: letters only, at most 100 characters', () => {
    expect(errorKeys(validatePage(PAGES.personal, personal({ surname: 'Rm -rf /' }), ctx))).toEqual([
      'apps.error.name',
    ]);
    expect(errorKeys(validatePage(PAGES.personal, personal({ surname: 'a'.repeat(101) }), ctx))).toEqual([
      'apps.error.tooLong',
    ]);
    expect(validatePage(PAGES.personal, personal({ surname: 'a'.repeat(100) }), ctx).ok).toBe(true);
  });
});

describe('au pair and family rules', () => {
  it('an au pair is 18 to 30 on the start date', () => {
    const start = addDays(TODAY, 10);
    const page = { hostFamilyName: 'De Vries', hostFamilyCity: 'Haarlem', startDate: start };
    expect(
      validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornOn(addMonths(start, -12 * 18)))).ok,
    ).toBe(true);
    expect(
      errorKeys(
        validatePage(
          PAGES.auPair,
          page,
          context('au_pair', TODAY, bornOn(addDays(addMonths(start, -12 * 18), 1))),
        ),
      ),
    ).toEqual(['apps.rule.auPairAge']);
    expect(
      errorKeys(
        validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornOn(addMonths(start, -12 * 31)))),
      ),
    ).toEqual(['apps.rule.auPairAge']);
  });
  it('a child joining a parent is a minor', () => {
    const page = {
      relationship: 'child',
      employeeName: 'Rahul Iyer',
      employeeVNumber: '3000000001',
      startDate: TODAY,
    };
    expect(validatePage(PAGES.family, page, context('family_member', TODAY, bornOn('2015-01-01'))).ok).toBe(
      true,
    );
    expect(
      errorKeys(validatePage(PAGES.family, page, context('family_member', TODAY, bornOn('2000-01-01')))),
    ).toEqual(['apps.rule.childAge']);
  });
});

describe('parsing', () => {
  it('money in Dutch and English notation → cents', () => {
    expect(parseEuroCents('5942')).toBe(594_200);
    expect(parseEuroCents('5.942,00')).toBe(594_200);
    expect(parseEuroCents('5,942.00')).toBe(594_200);
    expect(parseEuroCents('€ 5942,5')).toBe(594_250);
    expect(parseEuroCents('5941,99')).toBe(594_199);
    expect(parseEuroCents('5.94.2')).toBeUndefined();
    expect(parseEuroCents('-100')).toBeUndefined();
    expect(parseEuroCents('1e5')).toBeUndefined();
  });
  it('dates: ISO and Dutch notation, real calendar days only', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('29-2-2024')).toBe('2024-02-29');
    expect(parseDate('2025-02-29')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('tomorrow')).toBeUndefined();
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
