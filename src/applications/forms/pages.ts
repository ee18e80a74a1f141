import type { MessageKey } from '../../platform/i18n/catalogue.ts';
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
  groupEmploymentRule,
  hsmSalaryRule,
  ictSalaryRule,
  mvvRule,
  nationalityRule,
  orientationYearRule,
  startDateRule,
  tevRule,
} from './rules.ts';

/**
 * The form pages. A type lists the ones it asks (catalogue/types.ts). Every field that must be
 * filled in names itself in its `missing` message ("Vul de achternaam in"), in both languages.
 */

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u;

const jobTitle: FieldDefinition = {
  name: 'jobTitle',
  kind: 'text',
  label: 'apps.field.jobTitle',
  missing: 'apps.missing.jobTitle',
  maxLength: 100,
};
/** The start date, labelled for what starts: employment, study, research or stay. */
const startDate = (label: MessageKey, missing: MessageKey): FieldDefinition => ({
  name: 'startDate',
  kind: 'date',
  label,
  hint: 'apps.hint.date',
  missing,
});
const employmentStart = startDate('apps.field.employmentStart', 'apps.missing.employmentStart');
const stayStart = startDate('apps.field.stayStart', 'apps.missing.stayStart');
const salary: FieldDefinition = {
  name: 'grossMonthlySalary',
  kind: 'money',
  label: 'apps.field.salary',
  hint: 'apps.hint.salary',
  missing: 'apps.missing.salary',
  width: 'short',
};
const graduationDate = (field: string, equals: string): FieldDefinition => ({
  name: 'graduationDate',
  kind: 'date',
  label: 'apps.field.graduationDate',
  hint: 'apps.hint.pastDate',
  missing: 'apps.missing.graduationDate',
  showIf: { field, equals },
});
const mvvCountry: FieldDefinition = {
  name: 'mvvCountry',
  kind: 'country',
  label: 'apps.field.mvvCountry',
  missing: 'apps.missing.mvvCountry',
};
const mvvCity: FieldDefinition = {
  name: 'mvvCity',
  kind: 'text',
  label: 'apps.field.mvvCity',
  missing: 'apps.missing.mvvCity',
  maxLength: 60,
  width: 'medium',
};
const yesNo = [
  { value: 'no', label: 'apps.option.no' },
  { value: 'yes', label: 'apps.option.yes' },
] as const;

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
        missing: 'apps.missing.givenNames',
        pattern: { regex: NAME, message: 'apps.error.name' },
      },
      {
        name: 'surname',
        kind: 'text',
        label: 'apps.field.surname',
        hint: 'apps.hint.asInPassport',
        missing: 'apps.missing.surname',
        pattern: { regex: NAME, message: 'apps.error.name' },
      },
      {
        name: 'dateOfBirth',
        kind: 'date',
        label: 'apps.field.dateOfBirth',
        hint: 'apps.hint.dateOfBirth',
        autoComplete: 'bday',
        missing: 'apps.missing.dateOfBirth',
      },
      {
        name: 'nationality',
        kind: 'nationality',
        label: 'apps.field.nationality',
        hint: 'apps.hint.nationality',
        missing: 'apps.missing.nationality',
      },
      {
        name: 'passportNumber',
        kind: 'text',
        label: 'apps.field.passportNumber',
        missing: 'apps.missing.passportNumber',
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
        missing: 'apps.missing.vNumber',
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
        missing: 'apps.missing.bsn',
        optional: true,
        maxLength: 20,
        pattern: { regex: /^\d{9}$/, message: 'apps.error.bsnFormat' },
        check: { test: isBsn, message: 'apps.error.bsnCheck' },
        width: 'medium',
      },
    ],
    rules: (v, ctx) => [
      ...dateOfBirthRule('dateOfBirth', v.dateOfBirth, ctx),
      ...nationalityRule('nationality', v.nationality),
    ],
  },
  // Antecedents declaration: the foreign national (and each family member) signs it; extra
  // documents only with antecedents or without a signed declaration ([P] IND online checklist).
  antecedents: {
    id: 'antecedents',
    title: 'apps.page.antecedents',
    lead: 'apps.page.antecedents.lead',
    fields: [
      {
        name: 'antecedents',
        kind: 'radios',
        label: 'apps.field.antecedents',
        missing: 'apps.missing.antecedents',
        options: [
          { value: 'signedNone', label: 'apps.option.antecedentsNone' },
          { value: 'signedSome', label: 'apps.option.antecedentsSome' },
          { value: 'notSigned', label: 'apps.option.antecedentsNotSigned' },
        ],
      },
    ],
  },
  // Entry and residence (TEV) for a highly skilled migrant: the mvv is collected abroad.
  travel: {
    id: 'travel',
    title: 'apps.page.travel',
    lead: 'apps.page.travel.lead',
    fields: [mvvCountry, mvvCity],
    rules: (_v, ctx) => tevRule('mvvCountry', ctx),
  },
  // The other types: entry and residence with mvv, or residence only (exempt nationality, or
  // already holding a Dutch residence permit).
  mvv: {
    id: 'mvv',
    title: 'apps.page.mvv',
    lead: 'apps.page.mvv.lead',
    fields: [
      {
        name: 'mvv',
        kind: 'radios',
        label: 'apps.field.mvv',
        hint: 'apps.hint.mvv',
        missing: 'apps.missing.mvv',
        options: [
          { value: 'apply', label: 'apps.option.mvvApply' },
          { value: 'exemptNationality', label: 'apps.option.mvvExemptNationality' },
          { value: 'residencePermit', label: 'apps.option.mvvResidencePermit' },
        ],
      },
      { ...mvvCountry, showIf: { field: 'mvv', equals: 'apply' } },
      { ...mvvCity, showIf: { field: 'mvv', equals: 'apply' } },
    ],
    rules: (v, ctx) => mvvRule('mvv', v.mvv, ctx),
  },
  currentPermit: {
    id: 'currentPermit',
    title: 'apps.page.currentPermit',
    fields: [
      {
        name: 'permitNumber',
        kind: 'text',
        label: 'apps.field.permitNumber',
        missing: 'apps.missing.permitNumber',
        upperCase: true,
        maxLength: 20,
        pattern: { regex: /^[A-Z0-9]{8,10}$/, message: 'apps.error.permitNumber' },
        width: 'medium',
      },
      {
        name: 'permitExpiry',
        kind: 'date',
        label: 'apps.field.permitExpiry',
        hint: 'apps.hint.date',
        missing: 'apps.missing.permitExpiry',
      },
    ],
    rules: (v, ctx) => expiryRule('permitExpiry', v.permitExpiry, ctx),
  },
  employment: {
    id: 'employment',
    title: 'apps.page.employment',
    lead: 'apps.page.employment.lead',
    fields: [
      jobTitle,
      employmentStart,
      {
        name: 'contractType',
        kind: 'radios',
        label: 'apps.field.contractType',
        missing: 'apps.missing.contractType',
        options: [
          { value: 'permanent', label: 'apps.option.contractPermanent' },
          { value: 'fixed', label: 'apps.option.contractFixed' },
        ],
      },
      {
        name: 'contractEndDate',
        kind: 'date',
        label: 'apps.field.contractEndDate',
        hint: 'apps.hint.contractEndDate',
        missing: 'apps.missing.contractEndDate',
        showIf: { field: 'contractType', equals: 'fixed' },
      },
      salary,
      {
        name: 'reducedCriterion',
        kind: 'radios',
        label: 'apps.field.reducedCriterion',
        hint: 'apps.hint.reducedCriterion',
        missing: 'apps.missing.reducedCriterion',
        options: [
          { value: 'no', label: 'apps.option.no' },
          { value: 'orientationYear', label: 'apps.option.reducedOrientationYear' },
          { value: 'graduated', label: 'apps.option.reducedGraduated' },
        ],
      },
      {
        name: 'orientationYearEnd',
        kind: 'date',
        label: 'apps.field.orientationYearEnd',
        hint: 'apps.hint.pastDate',
        missing: 'apps.missing.orientationYearEnd',
        showIf: { field: 'reducedCriterion', equals: 'orientationYear' },
      },
      graduationDate('reducedCriterion', 'graduated'),
    ],
    rules: (v, ctx) => [
      ...startDateRule('startDate', v.startDate, ctx),
      ...afterRule('contractEndDate', v.contractEndDate, v.startDate),
      ...graduationRule('graduationDate', v.graduationDate, ctx),
      ...orientationYearRule('orientationYearEnd', v.orientationYearEnd, ctx),
      ...hsmSalaryRule('grossMonthlySalary', v, ctx),
    ],
  },
  blueCard: {
    id: 'blueCard',
    title: 'apps.page.blueCard',
    lead: 'apps.page.blueCard.lead',
    fields: [
      jobTitle,
      employmentStart,
      salary,
      {
        name: 'contractMonths',
        kind: 'integer',
        label: 'apps.field.contractMonths',
        missing: 'apps.missing.contractMonths',
        min: 1,
        max: 600,
        width: 'short',
      },
      // Since June 2024 relevant work experience may replace the diploma (5 years in the last
      // 7; 3 for IT managers and specialists) [S] anywr 2024, scheersadvocatuur.nl.
      {
        name: 'qualification',
        kind: 'radios',
        label: 'apps.field.qualification',
        missing: 'apps.missing.qualification',
        options: [
          { value: 'diploma', label: 'apps.option.qualificationDiploma' },
          { value: 'experience', label: 'apps.option.qualificationExperience' },
        ],
      },
      {
        name: 'loweredCriterion',
        kind: 'radios',
        label: 'apps.field.loweredCriterion',
        missing: 'apps.missing.loweredCriterion',
        options: [
          { value: 'none', label: 'apps.option.loweredNone' },
          { value: 'graduate', label: 'apps.option.loweredGraduate' },
        ],
      },
      graduationDate('loweredCriterion', 'graduate'),
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
        missing: 'apps.missing.ictRole',
        options: [
          { value: 'manager', label: 'apps.option.manager' },
          { value: 'specialist', label: 'apps.option.specialist' },
          { value: 'trainee', label: 'apps.option.trainee' },
        ],
      },
      {
        name: 'sendingCompany',
        kind: 'text',
        label: 'apps.field.sendingCompany',
        missing: 'apps.missing.sendingCompany',
        maxLength: 120,
      },
      {
        name: 'sendingCountry',
        kind: 'country',
        label: 'apps.field.sendingCountry',
        missing: 'apps.missing.sendingCountry',
      },
      {
        name: 'groupEmploymentStart',
        kind: 'date',
        label: 'apps.field.groupEmploymentStart',
        hint: 'apps.hint.groupEmploymentStart',
        missing: 'apps.missing.groupEmploymentStart',
      },
      { ...salary, hint: 'apps.hint.ictSalary' },
      employmentStart,
      {
        name: 'endDate',
        kind: 'date',
        label: 'apps.field.transferEndDate',
        hint: 'apps.hint.date',
        missing: 'apps.missing.transferEndDate',
      },
    ],
    rules: (v, ctx) => {
      const errors = [
        ...startDateRule('startDate', v.startDate, ctx),
        ...afterRule('endDate', v.endDate, v.startDate),
        ...groupEmploymentRule('groupEmploymentStart', v.groupEmploymentStart, v.startDate),
        ...ictSalaryRule('grossMonthlySalary', v, ctx),
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
      {
        name: 'projectTitle',
        kind: 'text',
        label: 'apps.field.projectTitle',
        missing: 'apps.missing.projectTitle',
        maxLength: 200,
      },
      {
        name: 'hostingAgreementDate',
        kind: 'date',
        label: 'apps.field.hostingAgreementDate',
        hint: 'apps.hint.pastDate',
        missing: 'apps.missing.hostingAgreementDate',
      },
      startDate('apps.field.researchStart', 'apps.missing.researchStart'),
      {
        name: 'funding',
        kind: 'checkboxes',
        label: 'apps.field.funding',
        missing: 'apps.missing.funding',
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
      {
        name: 'programme',
        kind: 'text',
        label: 'apps.field.programme',
        missing: 'apps.missing.programme',
        maxLength: 200,
      },
      {
        name: 'level',
        kind: 'radios',
        label: 'apps.field.studyLevel',
        hint: 'apps.hint.studyLevel',
        missing: 'apps.missing.studyLevel',
        options: [
          { value: 'preparatory', label: 'apps.option.preparatory' },
          { value: 'bachelor', label: 'apps.option.bachelor' },
          { value: 'master', label: 'apps.option.master' },
        ],
      },
      startDate('apps.field.studyStart', 'apps.missing.studyStart'),
    ],
    rules: (v, ctx) => startDateRule('startDate', v.startDate, ctx),
  },
  auPair: {
    id: 'auPair',
    title: 'apps.page.auPair',
    fields: [
      {
        name: 'hostFamilyName',
        kind: 'text',
        label: 'apps.field.hostFamilyName',
        missing: 'apps.missing.hostFamilyName',
        maxLength: 120,
      },
      {
        name: 'hostFamilyCity',
        kind: 'text',
        label: 'apps.field.hostFamilyCity',
        missing: 'apps.missing.hostFamilyCity',
        maxLength: 60,
        width: 'medium',
      },
      {
        name: 'previousExchange',
        kind: 'radios',
        label: 'apps.field.previousExchange',
        missing: 'apps.missing.previousExchange',
        options: yesNo,
      },
      stayStart,
    ],
    rules: (v, ctx) => [
      ...startDateRule('startDate', v.startDate, ctx),
      ...auPairAgeRule('startDate', ctx),
      ...(v.previousExchange === 'yes'
        ? [{ field: 'previousExchange', key: 'apps.rule.previousExchange' as const }]
        : []),
    ],
  },
  exchange: {
    id: 'exchange',
    title: 'apps.page.exchange',
    fields: [
      {
        name: 'programme',
        kind: 'text',
        label: 'apps.field.exchangeProgramme',
        missing: 'apps.missing.exchangeProgramme',
        maxLength: 200,
      },
      stayStart,
      {
        name: 'endDate',
        kind: 'date',
        label: 'apps.field.endDate',
        hint: 'apps.hint.date',
        missing: 'apps.missing.endDate',
      },
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
        missing: 'apps.missing.relationship',
        options: [
          { value: 'spouse', label: 'apps.option.spouse' },
          { value: 'registeredPartner', label: 'apps.option.registeredPartner' },
          { value: 'unmarriedPartner', label: 'apps.option.unmarriedPartner' },
          { value: 'child', label: 'apps.option.child' },
        ],
      },
      {
        name: 'employeeName',
        kind: 'text',
        label: 'apps.field.employeeName',
        missing: 'apps.missing.employeeName',
        maxLength: 200,
        pattern: { regex: NAME, message: 'apps.error.name' },
      },
      // Family members may be filed together with the employee's own first application
      // ("Kennismigrant en meereizende gezinsleden"): then there is no V-number yet.
      {
        name: 'employeePermit',
        kind: 'radios',
        label: 'apps.field.employeePermit',
        missing: 'apps.missing.employeePermit',
        options: [
          { value: 'hasPermit', label: 'apps.option.employeeHasPermit' },
          { value: 'applyingNow', label: 'apps.option.employeeApplyingNow' },
        ],
      },
      {
        name: 'employeeVNumber',
        kind: 'text',
        label: 'apps.field.employeeVNumber',
        hint: 'apps.hint.vNumber',
        missing: 'apps.missing.employeeVNumber',
        maxLength: 20,
        pattern: { regex: /^\d{10}$/, message: 'apps.error.vNumber' },
        width: 'medium',
        showIf: { field: 'employeePermit', equals: 'hasPermit' },
      },
      stayStart,
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
