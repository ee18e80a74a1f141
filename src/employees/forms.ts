import { addMonths, parseEuroCents } from '../applications/index.ts';
import type { MessageKey, Translate } from '../platform/i18n/catalogue.ts';
import { formatMoney, type Lang } from '../platform/i18n/i18n.ts';
import type { FieldError } from '../platform/ui/components.tsx';
import {
  DATE_PARTS,
  datePartName,
  isoToDateParts,
  parseDateParts,
  readDateParts,
  type DateParts,
} from '../platform/ui/date-parts.ts';
import { dateProblem } from '../platform/ui/fields.tsx';
import {
  checkSalary,
  DEREGISTRATION_REASONS,
  normaliseVNumber,
  REGISTRATION_PERMITS,
  SPONSOR_CHANGE_REASONS,
  timeliness,
  V_NUMBER,
  weeksFor,
  type DeregistrationReason,
  type RegistrationPermit,
  type SponsorChangeReason,
  type Timeliness,
} from './rules.ts';
import type { DeregistrationInput, RegistrationInput, SponsorChangeInput } from './service.ts';

/**
 * The forms of the duty to inform: the raw POST (strings, as typed, kept for showing the form
 * again) and the checked input. Every message names its field; nothing typed is lost.
 */
export type Body = Record<string, unknown>;
export const EXPLANATION_MAX = 2000;

const text = (body: Body, name: string, max = 200): string => {
  const value = body[name];
  return typeof value === 'string' ? value.trim().slice(0, max + 1) : '';
};

/**
 * A memorable date as typed in its day / month / year fields (issue 12); a plain 'YYYY-MM-DD'
 * under the field's own name is taken too (a client without the three fields).
 */
const dateOf = (body: Body, name: string): DateParts => {
  const parts = readDateParts(body, name);
  const plain = body[name];
  if (!parts.day && !parts.month && !parts.year && typeof plain === 'string')
    return isoToDateParts(plain.trim());
  return parts;
};

/** The raw form as hidden fields of the check page: a date as its three parts. */
export function hiddenOf(raw: object): Record<string, string> {
  const hidden: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw) as [string, unknown][]) {
    if (typeof value === 'string') hidden[name] = value;
    else if (value && typeof value === 'object')
      for (const part of DATE_PARTS) hidden[datePartName(name, part)] = (value as DateParts)[part];
  }
  return hidden;
}

/** A typed date: its ISO form, or a message naming the field and what is missing or wrong. */
function dateValue(
  parts: DateParts,
  field: string,
  label: string,
  t: Translate,
  errors: FieldError[],
  emptyMessage: string,
): string | undefined {
  const result = parseDateParts(parts);
  if (result.kind === 'ok') return result.iso;
  errors.push({ field, message: result.kind === 'empty' ? emptyMessage : dateProblem(result, label, t) });
  return undefined;
}

export type Checked<I, R> =
  { ok: true; input: I; raw: R; timeliness: Timeliness } | { ok: false; raw: R; errors: FieldError[] };

/** A date the change happened: a real date, not in the future. */
function pastDate(
  raw: DateParts,
  field: string,
  today: string,
  t: Translate,
  errors: FieldError[],
): string | undefined {
  const date = dateValue(raw, field, t('employees.field.occurredOn'), t, errors, t('employees.error.date'));
  if (!date) return undefined;
  if (date > today) {
    errors.push({ field, message: t('employees.error.dateFuture') });
    return undefined;
  }
  return date;
}

function explanationOf(
  raw: string,
  required: boolean,
  late: boolean,
  t: Translate,
  errors: FieldError[],
): void {
  if (raw.length > EXPLANATION_MAX) {
    errors.push({ field: 'explanation', message: t('employees.error.tooLong', { max: EXPLANATION_MAX }) });
  } else if (!raw && (required || late)) {
    errors.push({
      field: 'explanation',
      message: t(late && !required ? 'employees.error.explanationLate' : 'employees.error.explanation'),
    });
  }
}

// ----- de-registration -------------------------------------------------------------------------

export interface DeregistrationRaw {
  reason: string;
  occurredOn: DateParts;
  explanation: string;
}

export function checkDeregistration(
  body: Body,
  today: string,
  t: Translate,
): Checked<DeregistrationInput, DeregistrationRaw> {
  const raw = {
    reason: text(body, 'reason', 40),
    occurredOn: dateOf(body, 'occurredOn'),
    explanation: text(body, 'explanation', EXPLANATION_MAX),
  };
  const errors: FieldError[] = [];
  const reason = (DEREGISTRATION_REASONS as readonly string[]).includes(raw.reason)
    ? (raw.reason as DeregistrationReason)
    : undefined;
  if (!reason) errors.push({ field: 'reason', message: t('employees.error.reason') });
  const occurredOn = pastDate(raw.occurredOn, 'occurredOn', today, t, errors);
  const when = occurredOn ? timeliness(occurredOn, today, weeksFor(reason ?? 'other_change')) : undefined;
  explanationOf(raw.explanation, reason === 'other_change', when?.late ?? false, t, errors);
  if (errors.length || !reason || !occurredOn || !when) return { ok: false, raw, errors };
  return { ok: true, raw, input: { reason, occurredOn, explanation: raw.explanation }, timeliness: when };
}

// ----- change about the sponsor ------------------------------------------------------------------

export interface SponsorChangeRaw {
  reason: string;
  occurredOn: DateParts;
  explanation: string;
  address: string;
}

export function checkSponsorChange(
  body: Body,
  today: string,
  t: Translate,
): Checked<SponsorChangeInput, SponsorChangeRaw> {
  const raw = {
    reason: text(body, 'reason', 40),
    occurredOn: dateOf(body, 'occurredOn'),
    explanation: text(body, 'explanation', EXPLANATION_MAX),
    address: text(body, 'address', 300),
  };
  const errors: FieldError[] = [];
  const reason = (SPONSOR_CHANGE_REASONS as readonly string[]).includes(raw.reason)
    ? (raw.reason as SponsorChangeReason)
    : undefined;
  if (!reason) errors.push({ field: 'reason', message: t('employees.error.reason') });
  const occurredOn = pastDate(raw.occurredOn, 'occurredOn', today, t, errors);
  if (reason === 'administration_address') {
    if (!raw.address) errors.push({ field: 'address', message: t('employees.error.address') });
    else if (raw.address.length > 300)
      errors.push({ field: 'address', message: t('employees.error.tooLong', { max: 300 }) });
  }
  const when = occurredOn && reason ? timeliness(occurredOn, today, weeksFor(reason)) : undefined;
  explanationOf(raw.explanation, reason === 'other', when?.late ?? false, t, errors);
  if (errors.length || !reason || !occurredOn || !when) return { ok: false, raw, errors };
  return {
    ok: true,
    raw,
    input: {
      reason,
      occurredOn,
      explanation: raw.explanation,
      address: reason === 'administration_address' ? raw.address : '',
    },
    timeliness: when,
  };
}

// ----- registration ----------------------------------------------------------------------------

export interface RegistrationRaw {
  vNumber: string;
  givenNames: string;
  surname: string;
  dateOfBirth: DateParts;
  startDate: DateParts;
  job: string;
  salary: string;
  permit: string;
}

export function checkRegistration(
  body: Body,
  today: string,
  t: Translate,
  lang: Lang,
): Checked<RegistrationInput, RegistrationRaw> {
  const raw = {
    vNumber: text(body, 'vNumber', 20),
    givenNames: text(body, 'givenNames', 100),
    surname: text(body, 'surname', 100),
    dateOfBirth: dateOf(body, 'dateOfBirth'),
    startDate: dateOf(body, 'startDate'),
    job: text(body, 'job', 100),
    salary: text(body, 'salary', 30),
    permit: text(body, 'permit', 40),
  };
  const errors: FieldError[] = [];
  const vNumber = normaliseVNumber(raw.vNumber);
  if (!V_NUMBER.test(vNumber)) errors.push({ field: 'vNumber', message: t('employees.error.vNumber') });
  const required = (field: 'givenNames' | 'surname' | 'job', label: MessageKey, max: number) => {
    if (!raw[field])
      errors.push({ field, message: t('employees.error.required', { field: t(label).toLowerCase() }) });
    else if (raw[field].length > max) errors.push({ field, message: t('employees.error.tooLong', { max }) });
  };
  required('givenNames', 'employees.field.givenNames', 100);
  required('surname', 'employees.field.surname', 100);
  const bornOn = dateValue(
    raw.dateOfBirth,
    'dateOfBirth',
    t('employees.field.dateOfBirth'),
    t,
    errors,
    t('employees.error.dateOfBirth'),
  );
  const dateOfBirth = bornOn && bornOn <= addMonths(today, -12 * 15) ? bornOn : undefined;
  if (bornOn && !dateOfBirth)
    errors.push({ field: 'dateOfBirth', message: t('employees.error.dateOfBirth') });
  const startDate = dateValue(
    raw.startDate,
    'startDate',
    t('employees.field.startDate'),
    t,
    errors,
    t('employees.error.date'),
  );
  if (!startDate) {
    // named above
  } else if (startDate > addMonths(today, 3))
    errors.push({ field: 'startDate', message: t('employees.error.startDateFar') });
  required('job', 'employees.field.job', 100);
  const permit = (REGISTRATION_PERMITS as readonly string[]).includes(raw.permit)
    ? (raw.permit as RegistrationPermit)
    : undefined;
  if (!permit) errors.push({ field: 'permit', message: t('employees.error.permit') });
  const salaryCents = parseEuroCents(raw.salary);
  if (salaryCents === undefined) errors.push({ field: 'salary', message: t('employees.error.salary') });
  else if (permit && dateOfBirth && startDate && startDate <= addMonths(today, 3)) {
    const check = checkSalary({ permit, dateOfBirth, startDate, salaryCents });
    if (!check.ok && check.kind === 'below') {
      errors.push({
        field: 'salary',
        message: t('employees.error.salaryBelow', {
          amount: formatMoney(lang, check.thresholdCents),
          year: check.year,
          criterion: t(`employees.criterion.${check.criterion}` as MessageKey),
        }),
      });
    } else if (!check.ok) {
      errors.push({ field: 'salary', message: t('employees.error.salaryYear', { year: check.year }) });
    }
  }
  if (errors.length || !dateOfBirth || !startDate || !permit || salaryCents === undefined) {
    return { ok: false, raw, errors };
  }
  return {
    ok: true,
    raw,
    input: {
      vNumber,
      givenNames: raw.givenNames,
      surname: raw.surname,
      dateOfBirth,
      startDate,
      job: raw.job,
      salaryCents,
      permit,
    },
    // A start date ahead is not late; reported afterwards, within 4 weeks of it.
    timeliness: timeliness(startDate, today),
  };
}
