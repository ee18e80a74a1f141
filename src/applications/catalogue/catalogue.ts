import type { RecognitionCategory } from '../../platform/db/schema.ts';
import { DECISION_PERIODS, YEARS } from './amounts.ts';
import type { ApplicationType, Catalogue, DocumentType, YearAmounts } from './model.ts';
import { APPLICATION_TYPES, DOCUMENT_TYPES, ELSEWHERE } from './types.ts';

/** The catalogue in force. Drafts record its version; the amounts are looked up by year. */
export const CATALOGUE: Catalogue = {
  version: '2026.1',
  types: APPLICATION_TYPES,
  documents: DOCUMENT_TYPES,
  years: YEARS,
  decisionPeriods: DECISION_PERIODS,
  elsewhere: ELSEWHERE,
};

export function findType(code: string, catalogue: Catalogue = CATALOGUE): ApplicationType | undefined {
  return catalogue.types.find((t) => t.code === code);
}

export function findDocumentType(code: string, catalogue: Catalogue = CATALOGUE): DocumentType | undefined {
  return catalogue.documents.find((d) => d.code === code);
}

/**
 * The amounts of the year of filing. A year without its own entry uses the latest earlier
 * year (`exact: false`, so the caller can log it); before the first year, the first year.
 */
export function amountsFor(
  year: number,
  catalogue: Catalogue = CATALOGUE,
): { year: number; amounts: YearAmounts; exact: boolean } {
  const years = Object.keys(catalogue.years)
    .map(Number)
    .sort((a, b) => a - b);
  const chosen = years.filter((y) => y <= year).at(-1) ?? years[0];
  const amounts = chosen === undefined ? undefined : catalogue.years[chosen];
  if (chosen === undefined || !amounts) throw new Error('the catalogue has no amounts');
  return { year: chosen, amounts, exact: chosen === year };
}

/**
 * Whether an organisation with these active recognitions may submit the type (domain brief:
 * recognition required for highly skilled migrant, researcher, study, au pair, exchange).
 */
export function maySubmit(type: ApplicationType, recognitions: readonly RecognitionCategory[]): boolean {
  if (!type.recognition.required) return true;
  return type.recognition.category !== null && recognitions.includes(type.recognition.category);
}

export function decisionPeriodDays(type: ApplicationType, catalogue: Catalogue = CATALOGUE): number {
  return catalogue.decisionPeriods[type.decisionPeriod];
}
