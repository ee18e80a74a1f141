import { addMonths, ageOn, amountsFor, atwNextOpenDay, type SalaryCriterion } from '../applications/index.ts';
import { nextDay, type IsoDate } from '../platform/time/working-days.ts';

/**
 * The sponsor's duty to inform (informatieplicht; ../shared/brief/domain.md, "Duties of a
 * recognised sponsor"; Vreemdelingenbesluit art. 4.43): a change is reported within 4 weeks
 * after it happened, a change of the address of the administration within 2 weeks. A period
 * that ends on a Saturday, Sunday or general holiday runs to the next day that is none of these
 * (Algemene termijnenwet art. 1). A late report is accepted, and marked late.
 */
export const REPORT_WEEKS = 4;
export const ADDRESS_WEEKS = 2;

export const DEREGISTRATION_REASONS = [
  'employment_ended',
  'did_not_come',
  'income_below_threshold',
  'study_stopped',
  'other_change',
] as const;
export type DeregistrationReason = (typeof DEREGISTRATION_REASONS)[number];

/** Reasons after which the sponsor no longer sponsors the employee (the sponsorship ends). */
const ENDING: readonly DeregistrationReason[] = ['employment_ended', 'did_not_come', 'study_stopped'];
export const endsSponsorship = (reason: DeregistrationReason): boolean => ENDING.includes(reason);

export const SPONSOR_CHANGE_REASONS = [
  'organisation_ended',
  'bankruptcy',
  'suspension_of_payments',
  'administration_address',
  'other',
] as const;
export type SponsorChangeReason = (typeof SPONSOR_CHANGE_REASONS)[number];

/** The last day to report a change that happened on `occurredOn`. */
export function reportDeadline(occurredOn: IsoDate, weeks: number = REPORT_WEEKS): IsoDate {
  return atwNextOpenDay(nextDay(occurredOn, 7 * weeks));
}

export const weeksFor = (reason: SponsorChangeReason | DeregistrationReason | 'registration'): number =>
  reason === 'administration_address' ? ADDRESS_WEEKS : REPORT_WEEKS;

export interface Timeliness {
  deadline: IsoDate;
  late: boolean;
}

/** Whether a report made on `today` about a change on `occurredOn` is on time. */
export function timeliness(occurredOn: IsoDate, today: IsoDate, weeks: number = REPORT_WEEKS): Timeliness {
  const deadline = reportDeadline(occurredOn, weeks);
  return { deadline, late: today > deadline };
}

/** "Ending within 3 months": the permit ends today or within the next three months. */
export function endsSoon(permitEndDate: IsoDate | null, today: IsoDate): boolean {
  return permitEndDate !== null && permitEndDate >= today && permitEndDate <= addMonths(today, 3);
}

/** The extension application a sponsor can file for a permit of this type (catalogue code), if any. */
export function extensionTypeFor(permitType: string | null): string | null {
  return permitType?.startsWith('hsm_') ? 'hsm_extension' : null;
}

// ----- registering an employee (change of employer) ----------------------------------------------

/** The permits under which a sponsor registers an employee who changes employer. */
export const REGISTRATION_PERMITS = [
  'hsm_residence',
  'eu_blue_card',
  'intra_corporate_transferee',
  'researcher',
] as const;
export type RegistrationPermit = (typeof REGISTRATION_PERMITS)[number];

/**
 * The income criterion for a permit and the employee's age on the start date: highly skilled
 * migrants (and intra-corporate managers and specialists, assessed alike) by age 30; the Blue
 * Card its own; a researcher has none (the hosting agreement counts).
 */
export function salaryCriterionFor(permit: RegistrationPermit, age: number): SalaryCriterion | null {
  switch (permit) {
    case 'hsm_residence':
    case 'intra_corporate_transferee':
      return age < 30 ? 'hsmUnder30' : 'hsm30Plus';
    case 'eu_blue_card':
      return 'blueCard';
    case 'researcher':
      return null;
  }
}

export type SalaryCheck =
  | { ok: true }
  | { ok: false; kind: 'below'; criterion: SalaryCriterion; thresholdCents: number; year: number }
  | { ok: false; kind: 'year_unknown'; year: number };

/** The gross monthly salary against the threshold in force on the start date (ADR 0003: a year is never guessed). */
export function checkSalary(input: {
  permit: RegistrationPermit;
  dateOfBirth: IsoDate;
  startDate: IsoDate;
  salaryCents: number;
}): SalaryCheck {
  const criterion = salaryCriterionFor(input.permit, ageOn(input.dateOfBirth, input.startDate));
  if (!criterion) return { ok: true };
  const year = Number(input.startDate.slice(0, 4));
  const amounts = amountsFor(year);
  if (!amounts) return { ok: false, kind: 'year_unknown', year };
  const thresholdCents = amounts.salary[criterion];
  if (input.salaryCents >= thresholdCents) return { ok: true };
  return { ok: false, kind: 'below', criterion, thresholdCents, year };
}

/** A V-number (vreemdelingennummer): ten digits. */
export const V_NUMBER = /^\d{10}$/;
export const normaliseVNumber = (input: string): string => input.replace(/[\s.-]/g, '');
