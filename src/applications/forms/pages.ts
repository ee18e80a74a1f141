import { isBsn } from '../../platform/validation/identifiers.ts';
import type { PageId } from '../catalogue/model.ts';
import { addMonths } from './dates.ts';
import type { PageDefinition } from './engine.ts';
import type { FieldDefinition } from './fields.ts';
import {
  afterRule,
  auPairAgeRule,
  blueCardSalaryRule,
  childAgeRule,
  dateOfBirthRule,
  expiryRule,
  graduationRule,
  hsmSalaryRule,
  startDateRule,
} from './rules.ts';

/** The form pages. A type lists the ones it asks (catalogue/types.ts). */

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u;

const jobTitle: FieldDefinition = {
  name: 'jobTitle',
  kind: 'text',
  label: 'apps.field.jobTitle',
  maxLength: 100,
};
const startDate: FieldDefinition = {
  name: 'startDate',
  kind: 'date',
  label: 'apps.field.startDate',
  hint: 'apps.hint.date',
};
const salary: FieldDefinition = {
  name: 'grossMonthlySalary',
  kind: 'money',
  label: 'apps.field.salary',
  hint: 'apps.hint.salary',
  width: 'short',
};
const graduationDate = (equals: string): FieldDefinition => ({
  name: 'graduationDate',
  kind: 'date',
  label: 'apps.field.graduationDate',
  hint: 'apps.hint.date',
  showIf: { field: equals === 'yes' ? 'reducedCriterion' : 'loweredCriterion', equals },
});

export const PAGES: Readonly<Record<PageId, PageDefinition>> = {
  personal: {
    id: 'personal',
    title: 'apps.page.personal',
    lead: 'apps.page.personal.lead',
    fields: [
      {
        name: 'givenNames',
        kind: 'text',
        label: 'apps.field.givenNames',
        hint: 'apps.hint.asInPassport',
        pattern: { regex: NAME, message: 'apps.error.name' },
      },
      {
        name: 'surname',
        kind: 'text',
        label: 'apps.field.surname',
        hint: 'apps.hint.asInPassport',
        pattern: { regex: NAME, message: 'apps.error.name' },
      },
      { name: 'dateOfBirth', kind: 'date', label: 'apps.field.dateOfBirth', hint: 'apps.hint.date' },
      { name: 'nationality', kind: 'country', label: 'apps.field.nationality' },
      {
        name: 'passportNumber',
        kind: 'text',
        label: 'apps.field.passportNumber',
        upperCase: true,
        maxLength: 20,
        pattern: { regex: /^[A-Z0-9]{6,9}$/, message: 'apps.error.passportNumber' },
        width: 'medium',
      },
      {
        name: 'vNumber',
        kind: 'text',
        label: 'apps.field.vNumber',
        hint: 'apps.hint.vNumber',
        optional: true,
        maxLength: 20,
        pattern: { regex: /^\d{10}$/, message: 'apps.error.vNumber' },
        width: 'medium',
      },
      {
        name: 'bsn',
        kind: 'text',
        label: 'apps.field.bsn',
        hint: 'apps.hint.bsn',
        optional: true,
        maxLength: 20,
        pattern: { regex: /^\d{9}$/, message: 'apps.error.bsnFormat' },
        check: { test: isBsn, message: 'apps.error.bsnCheck' },
        width: 'medium',
      },
    ],
    rules: (v, ctx) => dateOfBirthRule('dateOfBirth', v.dateOfBirth, ctx),
  },
  travel: {
    id: 'travel',
    title: 'apps.page.travel',
    lead: 'apps.page.travel.lead',
    fields: [
      { name: 'mvvCountry', kind: 'country', label: 'apps.field.mvvCountry' },
      { name: 'mvvCity', kind: 'text', label: 'apps.field.mvvCity', maxLength: 60, width: 'medium' },
    ],
  },
  currentPermit: {
    id: 'currentPermit',
    title: 'apps.page.currentPermit',
    fields: [
      {
        name: 'permitNumber',
        kind: 'text',
        label: 'apps.field.permitNumber',
        upperCase: true,
        maxLength: 20,
        pattern: { regex: /^[A-Z0-9]{8,10}$/, message: 'apps.error.permitNumber' },
        width: 'medium',
      },
      { name: 'permitExpiry', kind: 'date', label: 'apps.field.permitExpiry', hint: 'apps.hint.date' },
    ],
    rules: (v, ctx) => expiryRule('permitExpiry', v.permitExpiry, ctx),
  },
  employment: {
    id: 'employment',
    title: 'apps.page.employment',
    lead: 'apps.page.employment.lead',
    fields: [
      jobTitle,
      startDate,
      salary,
      {
        name: 'reducedCriterion',
        kind: 'radios',
        label: 'apps.field.reducedCriterion',
        hint: 'apps.hint.reducedCriterion',
        options: [
          { value: 'no', label: 'apps.option.no' },
          { value: 'yes', label: 'apps.option.yes' },
        ],
      },
      graduationDate('yes'),
    ],
    rules: (v, ctx) => [
      ...startDateRule('startDate', v.startDate, ctx),
      ...graduationRule('graduationDate', v.graduationDate, ctx),
      ...hsmSalaryRule('grossMonthlySalary', v, ctx),
    ],
  },
  blueCard: {
    id: 'blueCard',
    title: 'apps.page.blueCard',
    lead: 'apps.page.blueCard.lead',
    fields: [
      jobTitle,
      startDate,
      salary,
      {
        name: 'contractMonths',
        kind: 'integer',
        label: 'apps.field.contractMonths',
        min: 1,
        max: 600,
        width: 'short',
      },
      {
        name: 'loweredCriterion',
        kind: 'radios',
        label: 'apps.field.loweredCriterion',
        options: [
          { value: 'none', label: 'apps.option.loweredNone' },
          { value: 'shortage', label: 'apps.option.loweredShortage' },
          { value: 'graduate', label: 'apps.option.loweredGraduate' },
        ],
      },
      graduationDate('graduate'),
    ],
    rules: (v, ctx) => [
      ...startDateRule('startDate', v.startDate, ctx),
      ...(typeof v.contractMonths === 'number' && v.contractMonths < 6
        ? [{ field: 'contractMonths', key: 'apps.rule.blueCardContract' as const }]
        : []),
      ...graduationRule('graduationDate', v.graduationDate, ctx),
      ...blueCardSalaryRule('grossMonthlySalary', v, ctx),
    ],
  },
  transfer: {
    id: 'transfer',
    title: 'apps.page.transfer',
    fields: [
      jobTitle,
      {
        name: 'role',
        kind: 'radios',
        label: 'apps.field.ictRole',
        options: [
          { value: 'manager', label: 'apps.option.manager' },
          { value: 'specialist', label: 'apps.option.specialist' },
          { value: 'trainee', label: 'apps.option.trainee' },
        ],
      },
      { name: 'sendingCompany', kind: 'text', label: 'apps.field.sendingCompany', maxLength: 120 },
      { name: 'sendingCountry', kind: 'country', label: 'apps.field.sendingCountry' },
      startDate,
      { name: 'endDate', kind: 'date', label: 'apps.field.transferEndDate', hint: 'apps.hint.date' },
    ],
    rules: (v, ctx) => {
      const errors = [
        ...startDateRule('startDate', v.startDate, ctx),
        ...afterRule('endDate', v.endDate, v.startDate),
      ];
      // Directive 2014/66/EU: at most 3 years (managers, specialists) or 1 year (trainees).
      const years = v.role === 'trainee' ? 1 : 3;
      if (
        errors.length === 0 &&
        typeof v.startDate === 'string' &&
        typeof v.endDate === 'string' &&
        v.endDate > addMonths(v.startDate, 12 * years)
      ) {
        errors.push({ field: 'endDate', key: 'apps.rule.ictDuration', params: { years } });
      }
      return errors;
    },
  },
  research: {
    id: 'research',
    title: 'apps.page.research',
    fields: [
      { name: 'projectTitle', kind: 'text', label: 'apps.field.projectTitle', maxLength: 200 },
      {
        name: 'hostingAgreementDate',
        kind: 'date',
        label: 'apps.field.hostingAgreementDate',
        hint: 'apps.hint.date',
      },
      startDate,
      {
        name: 'funding',
        kind: 'checkboxes',
        label: 'apps.field.funding',
        options: [
          { value: 'salary', label: 'apps.option.fundingSalary' },
          { value: 'grant', label: 'apps.option.fundingGrant' },
          { value: 'own', label: 'apps.option.fundingOwn' },
        ],
      },
    ],
    rules: (v, ctx) => [
      ...(typeof v.hostingAgreementDate === 'string' && v.hostingAgreementDate > ctx.today
        ? [{ field: 'hostingAgreementDate', key: 'apps.rule.signedInFuture' as const }]
        : []),
      ...startDateRule('startDate', v.startDate, ctx),
    ],
  },
  study: {
    id: 'study',
    title: 'apps.page.study',
    fields: [
      { name: 'programme', kind: 'text', label: 'apps.field.programme', maxLength: 200 },
      {
        name: 'level',
        kind: 'radios',
        label: 'apps.field.studyLevel',
        options: [
          { value: 'preparatory', label: 'apps.option.preparatory' },
          { value: 'bachelor', label: 'apps.option.bachelor' },
          { value: 'master', label: 'apps.option.master' },
          { value: 'phd', label: 'apps.option.phd' },
        ],
      },
      startDate,
    ],
    rules: (v, ctx) => startDateRule('startDate', v.startDate, ctx),
  },
  auPair: {
    id: 'auPair',
    title: 'apps.page.auPair',
    fields: [
      { name: 'hostFamilyName', kind: 'text', label: 'apps.field.hostFamilyName', maxLength: 120 },
      {
        name: 'hostFamilyCity',
        kind: 'text',
        label: 'apps.field.hostFamilyCity',
        maxLength: 60,
        width: 'medium',
      },
      startDate,
    ],
    rules: (v, ctx) =>
      [
        ...startDateRule('startDate', v.startDate, ctx),
        ...auPairAgeRule('startDate', v.startDate, ctx),
      ].slice(0, 1),
  },
  exchange: {
    id: 'exchange',
    title: 'apps.page.exchange',
    fields: [
      { name: 'programme', kind: 'text', label: 'apps.field.exchangeProgramme', maxLength: 200 },
      startDate,
      { name: 'endDate', kind: 'date', label: 'apps.field.endDate', hint: 'apps.hint.date' },
    ],
    rules: (v, ctx) => {
      const errors = [
        ...startDateRule('startDate', v.startDate, ctx),
        ...afterRule('endDate', v.endDate, v.startDate),
      ];
      if (
        errors.length === 0 &&
        typeof v.startDate === 'string' &&
        typeof v.endDate === 'string' &&
        v.endDate > addMonths(v.startDate, 12)
      ) {
        errors.push({ field: 'endDate', key: 'apps.rule.exchangeDuration' });
      }
      return errors;
    },
  },
  family: {
    id: 'family',
    title: 'apps.page.family',
    lead: 'apps.page.family.lead',
    fields: [
      {
        name: 'relationship',
        kind: 'select',
        label: 'apps.field.relationship',
        options: [
          { value: 'spouse', label: 'apps.option.spouse' },
          { value: 'partner', label: 'apps.option.partner' },
          { value: 'child', label: 'apps.option.child' },
        ],
      },
      {
        name: 'employeeName',
        kind: 'text',
        label: 'apps.field.employeeName',
        maxLength: 200,
        pattern: { regex: NAME, message: 'apps.error.name' },
      },
      {
        name: 'employeeVNumber',
        kind: 'text',
        label: 'apps.field.employeeVNumber',
        hint: 'apps.hint.vNumber',
        maxLength: 20,
        pattern: { regex: /^\d{10}$/, message: 'apps.error.vNumber' },
        width: 'medium',
      },
      startDate,
    ],
    rules: (v, ctx) => [
      ...childAgeRule('relationship', v.relationship, ctx),
      ...startDateRule('startDate', v.startDate, ctx),
    ],
  },
};

export function pagesOf(pageIds: readonly PageId[]): PageDefinition[] {
  return pageIds.map((id) => PAGES[id]);
}
