import type { RecognitionCategory } from '../../platform/db/schema.ts';
import { nextDay } from '../../platform/time/working-days.ts';
import type { Answers } from '../schema.ts';
import { AWAITED_YEARS, DECISION_PERIODS, YEAR_DATA } from './amounts.ts';
import type {
  AnswerCondition,
  ApplicationType,
  Catalogue,
  DocumentType,
  FeeClass,
  YearAmounts,
  YearData,
} from './model.ts';
import { APPLICATION_TYPES, DOCUMENT_TYPES, ELSEWHERE } from './types.ts';

/** The catalogue in force. Drafts record its version; the amounts are looked up by year. */
export const CATALOGUE: Catalogue = {
  version: '2026.2',
  types: APPLICATION_TYPES,
  documents: DOCUMENT_TYPES,
  years: YEAR_DATA,
  decisionPeriods: DECISION_PERIODS,
  elsewhere: ELSEWHERE,
};

export function findType(code: string, catalogue: Catalogue = CATALOGUE): ApplicationType | undefined {
  return catalogue.types.find((t) => t.code === code);
}

export function findDocumentType(code: string, catalogue: Catalogue = CATALOGUE): DocumentType | undefined {
  return catalogue.documents.find((d) => d.code === code);
}

/** The figures of a year without their sources, as the rules use them. */
function centsOf(data: YearData): YearAmounts {
  const cents = <K extends string>(record: Record<K, { cents: number }>) =>
    Object.fromEntries(Object.entries<{ cents: number }>(record).map(([k, v]) => [k, v.cents])) as Record<
      K,
      number
    >;
  return { fees: cents(data.fees), salary: cents(data.salary) };
}

/**
 * The amounts of a calendar year, or undefined when the catalogue has none for it. A missing
 * year is never replaced by another one: the caller refuses to compute and says so (ADR 0003).
 */
export function amountsFor(year: number, catalogue: Catalogue = CATALOGUE): YearAmounts | undefined {
  const data = catalogue.years[year];
  return data ? centsOf(data) : undefined;
}

/**
 * Years the portal needs now but has no amounts for: this year, and in December also next
 * year (the IND publishes it then; 1 January must not find it missing). For the staff alert.
 */
export function missingAmountYears(today: string, catalogue: Catalogue = CATALOGUE): number[] {
  const year = Number(today.slice(0, 4));
  const needed = today.slice(5, 7) === '12' ? [year, year + 1] : [year];
  return needed.filter((y) => catalogue.years[y] === undefined);
}

/** How long a record that next year's figures are not yet published excuses their absence. */
export const AWAIT_RECHECK_DAYS = 7;

/**
 * The missing years a release must add now (the December test, ADR 0009): every missing year,
 * except next year while a record says that someone looked, at most AWAIT_RECHECK_DAYS days
 * ago, and found it not yet published. This year is never excused.
 */
export function yearsToAdd(
  today: string,
  catalogue: Catalogue = CATALOGUE,
  awaited: Readonly<Record<number, { checked: string }>> = AWAITED_YEARS,
): number[] {
  const thisYear = Number(today.slice(0, 4));
  return missingAmountYears(today, catalogue).filter((year) => {
    const checked = awaited[year]?.checked;
    if (year === thisYear || checked === undefined) return true;
    return !(checked <= today && today <= nextDay(checked, AWAIT_RECHECK_DAYS));
  });
}

function holds(condition: AnswerCondition, answers: Answers): boolean {
  const value = answers[condition.page]?.[condition.field];
  return typeof value === 'string' && condition.in.includes(value);
}

/** The fee class of an application: fixed for the type, or chosen by an answer. */
export function feeClassOf(type: ApplicationType, answers: Answers): FeeClass {
  if (typeof type.fee === 'string') return type.fee;
  const value = answers[type.fee.page]?.[type.fee.field];
  return (typeof value === 'string' ? type.fee.classes[value] : undefined) ?? type.fee.otherwise;
}

/** The document types this application needs, given its answers so far. */
export function requiredDocuments(type: ApplicationType, answers: Answers): string[] {
  return type.documents.flatMap((d) =>
    typeof d === 'string' ? [d] : holds(d.when, answers) ? [d.code] : [],
  );
}

/** Every document type the type can ask for (what an upload may be filed as). */
export function documentCodes(type: ApplicationType): string[] {
  return type.documents.map((d) => (typeof d === 'string' ? d : d.code));
}

/**
 * The day whose year decides the income criterion: the day of filing, or for an extension
 * its effective date (the day after the current permit expires), once that is answered.
 */
export function criterionDay(type: ApplicationType, answers: Answers, today: string): string {
  if (type.criterionDate !== 'extensionEffective') return today;
  const expiry = answers.currentPermit?.permitExpiry;
  if (typeof expiry !== 'string') return today;
  const next = new Date(`${expiry}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Whether an organisation with these active recognitions may submit the type (domain brief:
 * recognition required for highly skilled migrant, researcher, study, au pair, exchange).
 */
export function maySubmit(type: ApplicationType, recognitions: readonly RecognitionCategory[]): boolean {
  if (!type.recognition.required) return true;
  return type.recognition.category !== null && recognitions.includes(type.recognition.category);
}

/**
 * Whether the organisation files this type as a recognised sponsor (for the IND's service
 * target): recognised for the type's category; a family member counts under work.
 */
export function recognisedSponsorFor(
  type: ApplicationType,
  recognitions: readonly RecognitionCategory[],
): boolean {
  return recognitions.includes(type.recognition.category ?? 'work');
}

export function decisionPeriodDays(type: ApplicationType, catalogue: Catalogue = CATALOGUE): number {
  return catalogue.decisionPeriods[type.decisionPeriod];
}
