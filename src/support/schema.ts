import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp, UpdatedAt } from '../platform/db/schema.ts';

export type ReportState = 'new' | 'assessing' | 'answered' | 'closed';
export const REPORT_STATES: readonly ReportState[] = ['new', 'assessing', 'answered', 'closed'];

export type FaqCategory = 'login' | 'representatives' | 'applications' | 'status' | 'technical';
export const FAQ_CATEGORIES: readonly FaqCategory[] = [
  'login',
  'representatives',
  'applications',
  'status',
  'technical',
];

export interface SupportReportsTable {
  id: Generated<string>;
  reference: string;
  organisation_id: string | null;
  kvk_number: string;
  email: string;
  language: 'nl' | 'en';
  page_address: string;
  occurred_at: Timestamp;
  description: string;
  correlation_id: string | null;
  error_at: Timestamp | null;
  /** A keyed hash of the client that sent the report (the limit of accepted reports, D7). */
  client_key: ColumnType<string | null, string | null | undefined, string | null>;
  state: ColumnType<ReportState, ReportState | undefined, ReportState>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SupportReportFilesTable {
  id: Generated<string>;
  report_id: string;
  file_key: string;
  content_type: 'image/png' | 'image/jpeg';
  size: number;
  sha256: string;
  position: number;
}

export interface SupportReportNotesTable {
  id: Generated<string>;
  report_id: string;
  staff_user: string;
  staff_name: string;
  body: string;
  created_at: CreatedAt;
}

export interface SupportReportAnswersTable {
  id: Generated<string>;
  report_id: string;
  staff_user: string;
  body: string;
  created_at: CreatedAt;
}

export interface FaqEntriesTable {
  id: Generated<string>;
  slug: string;
  category: FaqCategory;
  question_nl: string;
  question_en: string;
  answer_nl: string;
  answer_en: string;
  position: Generated<number>;
  published: Generated<boolean>;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SupportTables {
  support_reports: SupportReportsTable;
  support_report_files: SupportReportFilesTable;
  support_report_notes: SupportReportNotesTable;
  support_report_answers: SupportReportAnswersTable;
  faq_entries: FaqEntriesTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends SupportTables {}
}
