import { describe, expect, it } from 'vitest';
import { amountsFor, findType } from '../catalogue/catalogue.ts';
import type { ApplicationType } from '../catalogue/model.ts';
import type { Answers } from '../schema.ts';
import { addDays, addMonths, ageOn, parseDate } from './dates.ts';
import { asTyped } from '../../../test/helpers/forms.ts';
import {
  validatePage as validateTyped,
  type PageDefinition,
  type RawInput,
  type RuleContext,
} from './engine.ts';

/** The page as a person fills it in: dates typed into day, month and year. */
const validatePage = (page: PageDefinition, input: RawInput, ctx: RuleContext) =>
  validateTyped(page, asTyped(input), ctx);
import { parseEuroCents } from './money.ts';
import { PAGES } from './pages.ts';
import { applicationMessages } from '../messages.ts';

function context(typeCode: string, today: string, answers: Answers = {}): RuleContext {
  const type = findType(typeCode) as ApplicationType;
  return {
    today,
    type,
    amountsOf: (y) => amountsFor(y),
    answers,
    money: (c) => `€${c / 100}`,
    date: (d) => d,
  };
}

const TODAY = '2026-03-15';
const employment = (salary: string, extra: Record<string, string> = {}) => ({
  jobTitle: 'Engineer',
  startDate: addDays(TODAY, 10),
  contractType: 'permanent',
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

  it('a year without amounts is refused with a message naming the year, not checked against another year', () => {
    const ctx = context('hsm_residence', '2031-03-01', bornOn('1980-01-01'));
    const result = validatePage(PAGES.employment, { ...employment('9000'), startDate: '2031-03-10' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { field: 'grossMonthlySalary', key: 'apps.rule.amountsMissing', params: { year: 2031 } },
      ]);
    }
  });

  it('the year of filing decides: 31 December 2025 uses €5,688, 1 January 2026 uses €5,942', () => {
    const on = (today: string) => context('hsm_residence', today, bornOn('1980-01-01'));
    const page = (today: string, salary: string) => ({ ...employment(salary), startDate: addDays(today, 5) });
    expect(validatePage(PAGES.employment, page('2025-12-31', '5700'), on('2025-12-31')).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.employment, page('2026-01-01', '5700'), on('2026-01-01')))).toEqual([
      'apps.rule.salaryHsm30Plus',
    ]);
  });

  it('extension: the criterion of the effective date (the day after expiry), not of the day of filing', () => {
    const permit = (permitExpiry: string): Answers => ({
      personal: { dateOfBirth: '1980-01-01' },
      currentPermit: { permitNumber: 'NLA123456', permitExpiry },
    });
    const page = { ...employment('5800'), startDate: '2020-01-01' };
    // Filed 15 Nov 2025. Expiring 30 Dec 2025 → effective 31 Dec 2025 → 2025 criterion (€5,688).
    expect(
      validatePage(PAGES.employment, page, context('hsm_extension', '2025-11-15', permit('2025-12-30'))).ok,
    ).toBe(true);
    // Expiring 31 Dec 2025 → effective 1 Jan 2026 → 2026 criterion (€5,942), named with its year.
    const straddles = validatePage(
      PAGES.employment,
      page,
      context('hsm_extension', '2025-11-15', permit('2025-12-31')),
    );
    expect(straddles.ok).toBe(false);
    if (!straddles.ok) expect(straddles.errors[0]?.params).toMatchObject({ year: 2026 });
    // Effective in a year without amounts: refused, not guessed.
    expect(
      errorKeys(
        validatePage(PAGES.employment, page, context('hsm_extension', '2026-11-30', permit('2026-12-31'))),
      ),
    ).toEqual(['apps.rule.amountsMissing']);
  });

  it('a fixed-term contract needs its end date, after the start date (the IND grants the permit until then)', () => {
    expect(
      errorKeys(validatePage(PAGES.employment, employment('6000', { contractType: 'fixed' }), ctx30)),
    ).toEqual(['apps.missing.contractEndDate']);
    const start = addDays(TODAY, 10);
    expect(
      validatePage(
        PAGES.employment,
        employment('6000', { contractType: 'fixed', contractEndDate: addDays(start, 1) }),
        ctx30,
      ).ok,
    ).toBe(true);
    expect(
      errorKeys(
        validatePage(
          PAGES.employment,
          employment('6000', { contractType: 'fixed', contractEndDate: start }),
          ctx30,
        ),
      ),
    ).toEqual(['apps.rule.endAfterStart']);
  });

  it('reduced criterion after graduation: €3,122 in 2026, only within 3 years of graduating', () => {
    const reduced = (salary: string, graduationDate: string) =>
      employment(salary, { reducedCriterion: 'graduated', graduationDate });
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

  it('the graduation date is required only when the reduced criterion is chosen, and the message names it', () => {
    expect(validatePage(PAGES.employment, employment('6000'), ctx30).ok).toBe(true);
    expect(
      errorKeys(validatePage(PAGES.employment, employment('6000', { reducedCriterion: 'graduated' }), ctx30)),
    ).toEqual(['apps.missing.graduationDate']);
  });

  it('reduced criterion after an orientation year (zoekjaar): directly after it, or when it ended under 3 years ago', () => {
    const zoekjaar = (salary: string, orientationYearEnd: string) =>
      employment(salary, { reducedCriterion: 'orientationYear', orientationYearEnd });
    // Still holding the orientation-year permit (ends in the future): the reduced €3,122 applies.
    expect(validatePage(PAGES.employment, zoekjaar('3122', '2026-06-30'), ctx30).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.employment, zoekjaar('3121.99', '2026-06-30'), ctx30))).toEqual([
      'apps.rule.salaryHsmReduced',
    ]);
    expect(validatePage(PAGES.employment, zoekjaar('3122', '2023-03-15'), ctx30).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.employment, zoekjaar('3122', '2023-03-14'), ctx30))).toEqual([
      'apps.rule.orientationYearTooLongAgo',
    ]);
  });
});

describe('EU Blue Card salary criterion', () => {
  const blueCard = (salary: string, loweredCriterion = 'none', extra: Record<string, string> = {}) => ({
    jobTitle: 'Architect',
    startDate: addDays(TODAY, 5),
    grossMonthlySalary: salary,
    contractMonths: '12',
    qualification: 'diploma',
    loweredCriterion,
    ...(loweredCriterion === 'graduate' ? { graduationDate: '2025-06-30' } : {}),
    ...extra,
  });
  const ctx = context('eu_blue_card', TODAY);
  it('2026: exactly €5,942 passes, one cent below fails', () => {
    expect(validatePage(PAGES.blueCard, blueCard('5942'), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.blueCard, blueCard('5941,99'), ctx))).toEqual([
      'apps.rule.salaryBlueCard',
    ]);
  });
  it('2026 lowered criterion (recent graduate): exactly €4,754 passes, one cent below fails', () => {
    expect(validatePage(PAGES.blueCard, blueCard('4754', 'graduate'), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.blueCard, blueCard('4753,99', 'graduate'), ctx))).toEqual([
      'apps.rule.salaryBlueCardLowered',
    ]);
  });
  it('has no "shortage occupation" ground: the Netherlands lowers the criterion only for recent graduates', () => {
    expect(errorKeys(validatePage(PAGES.blueCard, blueCard('4754', 'shortage'), ctx))).toContain(
      'apps.error.option',
    );
    expect(
      PAGES.blueCard.fields.find((f) => f.name === 'loweredCriterion')?.options?.map((o) => o.value),
    ).toEqual(['none', 'graduate']);
  });
  it('work experience may replace the diploma', () => {
    expect(
      validatePage(PAGES.blueCard, blueCard('6000', 'none', { qualification: 'experience' }), ctx).ok,
    ).toBe(true);
  });
  it('2025: €5,688 and lowered €4,551', () => {
    const ctx2025 = context('eu_blue_card', '2025-05-01');
    const at = (salary: string, lowered = 'none') => ({
      ...blueCard(salary, lowered),
      startDate: '2025-05-02',
    });
    expect(validatePage(PAGES.blueCard, at('5688'), ctx2025).ok).toBe(true);
    expect(validatePage(PAGES.blueCard, at('5687.99'), ctx2025).ok).toBe(false);
    const graduate = (salary: string) => ({ ...at(salary, 'graduate'), graduationDate: '2024-06-30' });
    expect(validatePage(PAGES.blueCard, graduate('4551'), ctx2025).ok).toBe(true);
    expect(validatePage(PAGES.blueCard, graduate('4550.99'), ctx2025).ok).toBe(false);
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
    nationality: 'CAN',
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
        nationality: 'CAN',
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
  it('nationality: a state from the list (ISO 3166 alpha-3, Kosovo XKX), stateless or unknown; no territories (D21)', () => {
    for (const nationality of ['ATA', 'BVT', 'ALA', 'IE', 'ZZZ']) {
      expect(errorKeys(validatePage(PAGES.personal, personal({ nationality }), ctx)), nationality).toEqual([
        'apps.error.nationality',
      ]);
    }
    for (const nationality of ['XKX', 'XXA', 'XXX', 'SYR', 'TWN'])
      expect(validatePage(PAGES.personal, personal({ nationality }), ctx).ok, nationality).toBe(true);
  });
  it('all errors of a page at once: field errors and rules together (D11)', () => {
    const result = validatePage(
      PAGES.personal,
      personal({ dateOfBirth: addDays(TODAY, 10), passportNumber: 'no!' }),
      ctx,
    );
    expect(errorKeys(result)).toEqual(['apps.rule.dobFuture', 'apps.error.passportNumber']);
  });
  it('EU, EEA and Swiss nationals need no permit: the application does not go on', () => {
    for (const nationality of ['NLD', 'IRL', 'DEU', 'NOR', 'CHE']) {
      expect(errorKeys(validatePage(PAGES.personal, personal({ nationality }), ctx)), nationality).toEqual([
        'apps.rule.freeMovement',
      ]);
    }
    expect(validatePage(PAGES.personal, personal({ nationality: 'GBR' }), ctx).ok).toBe(true);
  });
  it('an empty field gets a message that names it, in both languages', () => {
    expect(errorKeys(validatePage(PAGES.personal, personal({ surname: '' }), ctx))).toEqual([
      'apps.missing.surname',
    ]);
    expect(applicationMessages['apps.missing.surname']).toEqual({
      nl: 'Vul de achternaam in, zoals in het paspoort.',
      en: 'Enter the surname, as in the passport.',
    });
    expect(applicationMessages['apps.rule.dobFuture'].nl).toBe('Vul een geboortedatum in het verleden in.');
  });
  it('date of birth: a real date in the past', () => {
    expect(errorKeys(validatePage(PAGES.personal, personal({ dateOfBirth: '1990-02-29' }), ctx))).toEqual([
      'field.date.invalid',
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
  it('an au pair is 18 and not yet 31 on the day of filing (not the start date)', () => {
    const page = {
      hostFamilyName: 'De Vries',
      hostFamilyCity: 'Haarlem',
      previousExchange: 'no',
      startDate: addDays(TODAY, 60),
    };
    const bornYearsAgo = (years: number, days = 0) => bornOn(addDays(addMonths(TODAY, -12 * years), days));
    expect(validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornYearsAgo(18))).ok).toBe(true);
    expect(
      errorKeys(validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornYearsAgo(18, 1)))),
    ).toEqual(['apps.rule.auPairAge']);
    // 30 today and 31 tomorrow (before the start date): still in time.
    expect(validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornYearsAgo(31, 1))).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornYearsAgo(31))))).toEqual([
      'apps.rule.auPairAge',
    ]);
  });
  it('an au pair may not have held an au pair or exchange permit before', () => {
    const page = {
      hostFamilyName: 'De Vries',
      hostFamilyCity: 'Haarlem',
      previousExchange: 'yes',
      startDate: TODAY,
    };
    expect(
      errorKeys(validatePage(PAGES.auPair, page, context('au_pair', TODAY, bornOn('2000-01-01')))),
    ).toEqual(['apps.rule.previousExchange']);
  });
  it('a child joining a parent is a minor', () => {
    const page = {
      relationship: 'child',
      employeeName: 'Rahul Iyer',
      employeePermit: 'hasPermit',
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

describe('family member filed together with the employee’s first application', () => {
  it('asks the employee’s V-number only when the employee already holds a permit', () => {
    const ctx = context('family_member', TODAY, bornOn('1990-01-01'));
    const page = { relationship: 'spouse', employeeName: 'Rahul Iyer', startDate: TODAY };
    expect(validatePage(PAGES.family, { ...page, employeePermit: 'applyingNow' }, ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.family, { ...page, employeePermit: 'hasPermit' }, ctx))).toEqual([
      'apps.missing.employeeVNumber',
    ]);
  });
});

describe('mvv: entry and residence for every type that needs it, with the exempt nationalities', () => {
  const withNationality = (typeCode: string, nationality: string) =>
    context(typeCode, TODAY, { personal: { nationality, dateOfBirth: '1990-01-01' } });
  const apply = { mvv: 'apply', mvvCountry: 'IND', mvvCity: 'New Delhi' };
  it('an Indian national applies for an mvv, and cannot claim exemption by nationality', () => {
    expect(validatePage(PAGES.mvv, apply, withNationality('researcher', 'IND')).ok).toBe(true);
    expect(
      errorKeys(validatePage(PAGES.mvv, { mvv: 'exemptNationality' }, withNationality('researcher', 'IND'))),
    ).toEqual(['apps.rule.mvvNotExempt']);
    expect(validatePage(PAGES.mvv, { mvv: 'residencePermit' }, withNationality('researcher', 'IND')).ok).toBe(
      true,
    );
  });
  it('an exempt national (USA, Japan, …) needs no mvv', () => {
    for (const nationality of ['USA', 'JPN', 'AUS', 'CAN', 'NZL', 'KOR', 'MCO', 'VAT']) {
      expect(
        validatePage(PAGES.mvv, { mvv: 'exemptNationality' }, withNationality('study', nationality)).ok,
      ).toBe(true);
      expect(
        errorKeys(validatePage(PAGES.mvv, apply, withNationality('study', nationality))),
        nationality,
      ).toEqual(['apps.rule.mvvNotNeeded']);
    }
  });
  it('country and city are asked only when an mvv is applied for', () => {
    expect(errorKeys(validatePage(PAGES.mvv, { mvv: 'apply' }, withNationality('au_pair', 'PHL')))).toEqual([
      'apps.missing.mvvCountry',
      'apps.missing.mvvCity',
    ]);
  });
  it('highly skilled migrant TEV is refused for an exempt national (the residence-only type applies)', () => {
    const travel = { mvvCountry: 'USA', mvvCity: 'Washington' };
    expect(errorKeys(validatePage(PAGES.travel, travel, withNationality('hsm_entry_mvv', 'USA')))).toEqual([
      'apps.rule.tevExempt',
    ]);
    expect(validatePage(PAGES.travel, travel, withNationality('hsm_entry_mvv', 'IND')).ok).toBe(true);
  });
});

describe('intra-corporate transferee', () => {
  const transfer = (extra: Record<string, string> = {}) => ({
    jobTitle: 'Process specialist',
    role: 'specialist',
    sendingCompany: 'Noordzee India Pvt Ltd',
    sendingCountry: 'IND',
    groupEmploymentStart: '2025-01-01',
    grossMonthlySalary: '5942',
    startDate: '2026-04-01',
    endDate: '2027-04-01',
    ...extra,
  });
  const ctx = context('intra_corporate_transferee', TODAY, bornOn('1980-01-01'));
  it('a manager or specialist earns at least the highly skilled migrant criterion; a trainee is not checked against it', () => {
    expect(validatePage(PAGES.transfer, transfer(), ctx).ok).toBe(true);
    expect(errorKeys(validatePage(PAGES.transfer, transfer({ grossMonthlySalary: '5941.99' }), ctx))).toEqual(
      ['apps.rule.salaryHsm30Plus'],
    );
    expect(
      validatePage(
        PAGES.transfer,
        transfer({ role: 'trainee', grossMonthlySalary: '2500', endDate: '2027-01-01' }),
        ctx,
      ).ok,
    ).toBe(true);
  });
  it('the employee worked in the group for at least 3 months before the transfer', () => {
    expect(validatePage(PAGES.transfer, transfer({ groupEmploymentStart: '2026-01-01' }), ctx).ok).toBe(true);
    expect(
      errorKeys(validatePage(PAGES.transfer, transfer({ groupEmploymentStart: '2026-01-02' }), ctx)),
    ).toEqual(['apps.rule.groupEmployment']);
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
