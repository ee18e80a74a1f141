import { criterionDay } from '../catalogue/catalogue.ts';
import type { SalaryCriterion, YearAmounts } from '../catalogue/model.ts';
import { FREE_MOVEMENT, MVV_EXEMPT } from '../catalogue/nationalities.ts';
import type { FormError, RuleContext, Values } from './engine.ts';
import { addDays, addMonths, ageOn, yearOf } from './dates.ts';

/**
 * The rules of the forms that depend on amounts, dates and other pages. Each message names
 * the rule and, where there is one, the amount and the year it comes from.
 */

/** The start date may lie at most `startDateMaxDaysInPast` days before the day of filing. */
export function startDateRule(field: string, value: unknown, ctx: RuleContext): FormError[] {
  if (typeof value !== 'string') return [];
  const days = ctx.type.startDateMaxDaysInPast;
  const earliest = addDays(ctx.today, -days);
  if (value >= earliest) return [];
  return days === 0
    ? [{ field, key: 'apps.rule.startInPast', params: { today: ctx.date(ctx.today) } }]
    : [{ field, key: 'apps.rule.startTooEarly', params: { days, date: ctx.date(earliest) } }];
}

/** A date that must lie after another one on the same page. */
export function afterRule(field: string, value: unknown, after: unknown): FormError[] {
  if (typeof value !== 'string' || typeof after !== 'string' || value > after) return [];
  return [{ field, key: 'apps.rule.endAfterStart' }];
}

const GRADUATION_YEARS = 3;

/**
 * Reduced criterion (highly skilled migrant) and the lowered EU Blue Card criterion for
 * recent graduates: graduation (or PhD) at most 3 years before the day of filing.
 */
export function graduationRule(field: string, value: unknown, ctx: RuleContext): FormError[] {
  if (typeof value !== 'string') return [];
  if (value > ctx.today) return [{ field, key: 'apps.rule.graduationFuture' }];
  const earliest = addMonths(ctx.today, -12 * GRADUATION_YEARS);
  if (value < earliest) {
    return [{ field, key: 'apps.rule.graduationTooLongAgo', params: { date: ctx.date(earliest) } }];
  }
  return [];
}

/**
 * Reduced criterion after an orientation year (zoekjaar hoogopgeleiden): directly after that
 * permit (its end date today or later), or when it ended at most 3 years before the day of
 * filing ([S] everaert.nl 2024; limes-int.com).
 */
export function orientationYearRule(field: string, value: unknown, ctx: RuleContext): FormError[] {
  if (typeof value !== 'string') return [];
  const earliest = addMonths(ctx.today, -12 * GRADUATION_YEARS);
  if (value < earliest) {
    return [{ field, key: 'apps.rule.orientationYearTooLongAgo', params: { date: ctx.date(earliest) } }];
  }
  return [];
}

export type HsmCriterion = 'hsm30Plus' | 'hsmUnder30' | 'hsmReduced';

/** Which highly skilled migrant income criterion applies: reduced, else by age on the day of filing. */
export function hsmCriterion(values: Values, ctx: RuleContext): HsmCriterion {
  if (values.reducedCriterion === 'graduated' || values.reducedCriterion === 'orientationYear') {
    return 'hsmReduced';
  }
  const dateOfBirth = ctx.answers.personal?.dateOfBirth;
  if (typeof dateOfBirth === 'string' && ageOn(dateOfBirth, ctx.today) < 30) return 'hsmUnder30';
  return 'hsm30Plus';
}

const SALARY_MESSAGES = {
  hsm30Plus: 'apps.rule.salaryHsm30Plus',
  hsmUnder30: 'apps.rule.salaryHsmUnder30',
  hsmReduced: 'apps.rule.salaryHsmReduced',
  blueCard: 'apps.rule.salaryBlueCard',
  blueCardLowered: 'apps.rule.salaryBlueCardLowered',
} as const satisfies Record<SalaryCriterion, string>;

/**
 * The amounts whose criterion applies to this application: the year of filing, or for an
 * extension the year of its effective date. A year without amounts is refused, never guessed.
 */
function criterionAmounts(
  field: string,
  ctx: RuleContext,
): { year: number; amounts: YearAmounts } | { error: FormError } {
  const year = yearOf(criterionDay(ctx.type, ctx.answers, ctx.today));
  const amounts = ctx.amountsOf(year);
  if (!amounts) return { error: { field, key: 'apps.rule.amountsMissing', params: { year } } };
  return { year, amounts };
}

/** Gross monthly salary against one income criterion of the applicable year. */
function salaryRule(
  field: string,
  values: Values,
  ctx: RuleContext,
  criterion: SalaryCriterion,
): FormError[] {
  const salary = values[field];
  if (typeof salary !== 'number') return [];
  const found = criterionAmounts(field, ctx);
  if ('error' in found) return [found.error];
  const threshold = found.amounts.salary[criterion];
  if (salary >= threshold) return [];
  return [
    {
      field,
      key: SALARY_MESSAGES[criterion],
      params: { amount: ctx.money(threshold), year: found.year },
    },
  ];
}

/** Highly skilled migrant: by age, or the reduced criterion. */
export function hsmSalaryRule(field: string, values: Values, ctx: RuleContext): FormError[] {
  return salaryRule(field, values, ctx, hsmCriterion(values, ctx));
}

/** EU Blue Card: the lowered criterion only for recent graduates (Stb. 2024, 150). */
export function blueCardSalaryRule(field: string, values: Values, ctx: RuleContext): FormError[] {
  const lowered = values.loweredCriterion === 'graduate';
  return salaryRule(field, values, ctx, lowered ? 'blueCardLowered' : 'blueCard');
}

/**
 * Intra-corporate transferee: managers and specialists are assessed against the highly
 * skilled migrant criterion by age ([S] altadvocaten.nl, inls.nl/ict); trainees are not.
 */
export function ictSalaryRule(field: string, values: Values, ctx: RuleContext): FormError[] {
  if (values.role === 'trainee') return [];
  return salaryRule(field, values, ctx, hsmCriterion({}, ctx));
}

/** Intra-corporate transferee: at least 3 months in the group before the transfer starts. */
export function groupEmploymentRule(field: string, since: unknown, startDate: unknown): FormError[] {
  if (typeof since !== 'string' || typeof startDate !== 'string') return [];
  const latest = addMonths(startDate, -3);
  return since <= latest ? [] : [{ field, key: 'apps.rule.groupEmployment' }];
}

/** EU, EEA and Swiss nationals need no residence permit: the application cannot go on. */
export function nationalityRule(field: string, value: unknown): FormError[] {
  return typeof value === 'string' && FREE_MOVEMENT.has(value)
    ? [{ field, key: 'apps.rule.freeMovement' }]
    : [];
}

/**
 * The mvv answer against the nationality: an exempt national applies without mvv; "exempt
 * by nationality" only for the exempt nationalities.
 */
export function mvvRule(field: string, value: unknown, ctx: RuleContext): FormError[] {
  const nationality = ctx.answers.personal?.nationality;
  if (typeof nationality !== 'string' || typeof value !== 'string') return [];
  const exempt = MVV_EXEMPT.has(nationality);
  if (value === 'apply' && exempt) return [{ field, key: 'apps.rule.mvvNotNeeded' }];
  if (value === 'exemptNationality' && !exempt) return [{ field, key: 'apps.rule.mvvNotExempt' }];
  return [];
}

/** Entry and residence with mvv (TEV): not for nationals who need no mvv. */
export function tevRule(field: string, ctx: RuleContext): FormError[] {
  const nationality = ctx.answers.personal?.nationality;
  return typeof nationality === 'string' && MVV_EXEMPT.has(nationality)
    ? [{ field, key: 'apps.rule.tevExempt' }]
    : [];
}

/**
 * Extension: filed at the earliest `extensionWindowMonths` months before the current permit
 * expires, and at the latest on the day it expires.
 */
export function expiryRule(field: string, value: unknown, ctx: RuleContext): FormError[] {
  if (typeof value !== 'string') return [];
  if (value < ctx.today) return [{ field, key: 'apps.rule.permitExpired' }];
  const months = ctx.type.extensionWindowMonths;
  if (months === undefined) return [];
  const latestExpiry = addMonths(ctx.today, months);
  if (value > latestExpiry) {
    return [
      {
        field,
        key: 'apps.rule.extensionTooEarly',
        params: { months, date: ctx.date(addMonths(value, -months)) },
      },
    ];
  }
  return [];
}

/** Date of birth: in the past, and a person's age. */
export function dateOfBirthRule(field: string, value: unknown, ctx: RuleContext): FormError[] {
  if (typeof value !== 'string') return [];
  if (value >= ctx.today) return [{ field, key: 'apps.rule.dobFuture' }];
  if (ageOn(value, ctx.today) > 120) return [{ field, key: 'apps.rule.dobTooOld' }];
  return [];
}

/**
 * Au pair: at least 18 and not yet 31 on the day of filing ([S] babsaupair.nl quoting the
 * IND: "at the time of submitting the application").
 */
export function auPairAgeRule(field: string, ctx: RuleContext): FormError[] {
  const dateOfBirth = ctx.answers.personal?.dateOfBirth;
  if (typeof dateOfBirth !== 'string') return [];
  const age = ageOn(dateOfBirth, ctx.today);
  return age >= 18 && age <= 30 ? [] : [{ field, key: 'apps.rule.auPairAge', params: { age } }];
}

/** A child joining a parent must be a minor on the day of filing. */
export function childAgeRule(field: string, relationship: unknown, ctx: RuleContext): FormError[] {
  const dateOfBirth = ctx.answers.personal?.dateOfBirth;
  if (relationship !== 'child' || typeof dateOfBirth !== 'string') return [];
  return ageOn(dateOfBirth, ctx.today) < 18 ? [] : [{ field, key: 'apps.rule.childAge' }];
}
