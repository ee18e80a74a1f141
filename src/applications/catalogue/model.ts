import type { Message } from '../../platform/i18n/i18n.ts';
import type { RecognitionCategory } from '../../platform/db/schema.ts';

/**
 * The shape of the application catalogue (ADR 0003). The catalogue itself is data in this
 * folder: which types exist, who may submit them, their pages and documents, and the amounts
 * per year. The form engine (../forms) reads it and knows no type by name.
 */

/** The form pages a type can be built from; each id has one definition in ../forms/pages.ts. */
export type PageId =
  | 'personal'
  | 'travel'
  | 'currentPermit'
  | 'employment'
  | 'blueCard'
  | 'transfer'
  | 'research'
  | 'study'
  | 'auPair'
  | 'exchange'
  | 'family';

/** Fee classes: each year's data gives an amount per class (leges). */
export type FeeClass = 'residence' | 'extension' | 'familyMember';

/** Income criteria: each year's data gives a gross monthly amount per criterion. */
export type SalaryCriterion = 'hsm30Plus' | 'hsmUnder30' | 'hsmReduced' | 'blueCard' | 'blueCardLowered';

export type DecisionPeriod = 'regular' | 'short';

/** Amounts of one calendar year, in euro cents. The year of filing decides which apply. */
export interface YearAmounts {
  fees: Record<FeeClass, number>;
  /** Gross monthly salary, excluding the 8% holiday allowance. */
  salary: Record<SalaryCriterion, number>;
}

export interface DocumentType {
  code: string;
  name: Message;
  hint: Message;
}

export interface ApplicationType {
  /** Stable code: stored on drafts and sent to the case system. */
  code: string;
  name: Message;
  description: Message;
  /**
   * Who may submit: the recognition category this type belongs to, and whether recognition
   * is required (domain brief: required for highly skilled migrant, researcher, study, au
   * pair and exchange; optional for the rest). `null` category: any employer.
   */
  recognition: { category: RecognitionCategory | null; required: boolean };
  pages: readonly PageId[];
  /** Document types of which at least one file must be uploaded. */
  documents: readonly string[];
  fee: FeeClass;
  decisionPeriod: DecisionPeriod;
  /** How many days before the day of filing the start date may lie (0: today or later). */
  startDateMaxDaysInPast: number;
  /** Extensions: the application may be filed at most this many months before the permit expires. */
  extensionWindowMonths?: number;
}

/** Applications a business customer cannot submit; the catalogue says where they are filed. */
export interface ElsewhereApplication {
  code: string;
  name: Message;
  where: Message;
}

export interface Catalogue {
  version: string;
  types: readonly ApplicationType[];
  documents: readonly DocumentType[];
  years: Readonly<Record<number, YearAmounts>>;
  decisionPeriods: Readonly<Record<DecisionPeriod, number>>;
  elsewhere: readonly ElsewhereApplication[];
}
