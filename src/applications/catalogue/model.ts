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
  | 'mvv'
  | 'antecedents'
  | 'currentPermit'
  | 'employment'
  | 'blueCard'
  | 'transfer'
  | 'research'
  | 'study'
  | 'auPair'
  | 'exchange'
  | 'family';

/**
 * Fee classes (leges): each year's data gives an amount per class. `work`: highly skilled
 * migrant, EU Blue Card, intra-corporate transferee; the recognition fees (≤ 50 employees and
 * more) are kept for the recognition application (not yet in the portal).
 */
export type FeeClass =
  | 'work'
  | 'extension'
  | 'study'
  | 'researcher'
  | 'exchange'
  | 'partner'
  | 'minorChild'
  | 'recognitionSmall'
  | 'recognitionLarge';

/** Income criteria: each year's data gives a gross monthly amount per criterion. */
export type SalaryCriterion = 'hsm30Plus' | 'hsmUnder30' | 'hsmReduced' | 'blueCard' | 'blueCardLowered';

export type DecisionPeriod = 'regular' | 'short';

/** One figure of the year's data: euro cents, where it comes from, and whether it is confirmed. */
export interface Amount {
  cents: number;
  source: string;
  /** No primary source: the IND must confirm the figure. */
  provisional?: true;
}

/** The data of one calendar year, every figure with its source (amounts.ts). */
export interface YearData {
  fees: Record<FeeClass, Amount>;
  salary: Record<SalaryCriterion, Amount>;
}

/** Amounts of one calendar year, in euro cents, as the rules use them. */
export interface YearAmounts {
  fees: Record<FeeClass, number>;
  /** Gross monthly salary, excluding the 8% holiday allowance. */
  salary: Record<SalaryCriterion, number>;
}

/** A condition on an answer: the field on that page has one of these values. */
export interface AnswerCondition {
  page: PageId;
  field: string;
  in: readonly string[];
}

/** A document type that is required always, or only when an answer says so. */
export type DocumentRequirement = string | { code: string; when: AnswerCondition };

/** The fee class, fixed or chosen by an answer (family member: partner or minor child). */
export type FeeRule =
  FeeClass | { page: PageId; field: string; classes: Record<string, FeeClass>; otherwise: FeeClass };

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
  /** Document types of which at least one file must be uploaded (some only after an answer). */
  documents: readonly DocumentRequirement[];
  fee: FeeRule;
  decisionPeriod: DecisionPeriod;
  /**
   * Which year's income criterion applies: the year of filing (new applications), or the year
   * of the extension's effective date, the day after the current permit expires (the most
   * recent criterion on that date applies; global-r-compass.nl, domain review #27).
   */
  criterionDate?: 'filing' | 'extensionEffective';
  /**
   * Who is the sponsor (referent): the organisation, or the employee (family members: "de
   * werknemer is particulier referent van zijn gezinsleden", ind.nl). Words the declaration.
   */
  sponsor?: 'organisation' | 'employee';
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
  years: Readonly<Record<number, YearData>>;
  decisionPeriods: Readonly<Record<DecisionPeriod, number>>;
  elsewhere: readonly ElsewhereApplication[];
}
