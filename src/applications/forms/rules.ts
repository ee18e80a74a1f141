import type { FormError, RuleContext, Values } from './engine.ts';
import { addDays, addMonths, ageOn } from './dates.ts';

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
 * Reduced criterion (highly skilled migrant, after graduation) and the lowered EU Blue Card
 * criterion for recent graduates: graduation at most 3 years before the day of filing.
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

export type HsmCriterion = 'hsm30Plus' | 'hsmUnder30' | 'hsmReduced';

/** Which highly skilled migrant income criterion applies: reduced, else by age on the day of filing. */
export function hsmCriterion(values: Values, ctx: RuleContext): HsmCriterion {
  if (values.reducedCriterion === 'yes') return 'hsmReduced';
  const dateOfBirth = ctx.answers.personal?.dateOfBirth;
  if (typeof dateOfBirth === 'string' && ageOn(dateOfBirth, ctx.today) < 30) return 'hsmUnder30';
  return 'hsm30Plus';
}

const HSM_MESSAGES = {
  hsm30Plus: 'apps.rule.salaryHsm30Plus',
  hsmUnder30: 'apps.rule.salaryHsmUnder30',
  hsmReduced: 'apps.rule.salaryHsmReduced',
} as const;

/** Gross monthly salary against the income criterion of the year of filing. */
export function hsmSalaryRule(field: string, values: Values, ctx: RuleContext): FormError[] {
  const salary = values[field];
  if (typeof salary !== 'number') return [];
  const criterion = hsmCriterion(values, ctx);
  const threshold = ctx.amounts.salary[criterion];
  if (salary >= threshold) return [];
  return [
    {
      field,
      key: HSM_MESSAGES[criterion],
      params: { amount: ctx.money(threshold), year: ctx.year },
    },
  ];
}

export function blueCardSalaryRule(field: string, values: Values, ctx: RuleContext): FormError[] {
  const salary = values[field];
  if (typeof salary !== 'number') return [];
  const lowered = values.loweredCriterion === 'shortage' || values.loweredCriterion === 'graduate';
  const threshold = ctx.amounts.salary[lowered ? 'blueCardLowered' : 'blueCard'];
  if (salary >= threshold) return [];
  return [
    {
      field,
      key: lowered ? 'apps.rule.salaryBlueCardLowered' : 'apps.rule.salaryBlueCard',
      params: { amount: ctx.money(threshold), year: ctx.year },
    },
  ];
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

/** Au pair: at least 18 and at most 30 years old on the start date. */
export function auPairAgeRule(field: string, startDate: unknown, ctx: RuleContext): FormError[] {
  const dateOfBirth = ctx.answers.personal?.dateOfBirth;
  if (typeof startDate !== 'string' || typeof dateOfBirth !== 'string') return [];
  const age = ageOn(dateOfBirth, startDate);
  return age >= 18 && age <= 30 ? [] : [{ field, key: 'apps.rule.auPairAge', params: { age } }];
}

/** A child joining a parent must be a minor on the day of filing. */
export function childAgeRule(field: string, relationship: unknown, ctx: RuleContext): FormError[] {
  const dateOfBirth = ctx.answers.personal?.dateOfBirth;
  if (relationship !== 'child' || typeof dateOfBirth !== 'string') return [];
  return ageOn(dateOfBirth, ctx.today) < 18 ? [] : [{ field, key: 'apps.rule.childAge' }];
}
