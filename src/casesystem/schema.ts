import type { ColumnType, JSONColumnType } from 'kysely';
import type { CreatedAt, DateString, RecognitionCategory, Timestamp } from '../platform/db/schema.ts';
import type { Address, CaseStatus, DocumentKind, ReportKind, SponsorshipState } from './contract.ts';

/**
 * The case system's own tables (prefix `cs_`, migrations 0500 and 0510). The portal never
 * queries these: it talks to the case system through its interface (contract.ts). Every row
 * has `changed_at` (clock_timestamp(), set by default and by the `cs_touch` trigger).
 */
type Id = ColumnType<string, string | undefined, never>;
type ChangedAt = ColumnType<Date, never, never>;

export interface CsOrganisationsTable {
  id: Id;
  kvk_number: string;
  name: string;
  legal_form: string;
  rsin: string | null;
  visiting_address: JSONColumnType<Address>;
  administration_address: JSONColumnType<Address | null>;
  employee_count: number | null;
  language: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
  changed_at: ChangedAt;
}

export type { RecognitionCategory } from '../platform/db/schema.ts';
export type RecognitionState = 'active' | 'suspended' | 'withdrawn';

export interface CsRecognitionsTable {
  id: Id;
  kvk_number: string;
  category: RecognitionCategory;
  state: RecognitionState;
  start_date: DateString;
  end_date: DateString | null;
  reason: string | null;
  changed_at: ChangedAt;
}

export interface CsEmployeesTable {
  id: Id;
  kvk_number: string;
  v_number: string | null;
  given_names: string;
  surname: string;
  date_of_birth: DateString;
  nationality: string;
  permit_type: string | null;
  permit_end_date: DateString | null;
  sponsorship_state: SponsorshipState;
  registered_on: DateString | null;
  deregistered_on: DateString | null;
  changed_at: ChangedAt;
}

/** A sponsor's report under the duty to inform (0520). */
export interface CsReportsTable {
  id: Id;
  report_id: string;
  reference: string;
  kvk_number: string;
  kind: ReportKind;
  reason: string;
  occurred_on: DateString;
  late: boolean;
  employee_id: string | null;
  payload: JSONColumnType<Record<string, unknown>>;
  received_at: Timestamp;
  changed_at: ChangedAt;
}

export interface CsCasesTable {
  id: Id;
  case_number: string;
  /** The portal's application id: intake is idempotent on it. */
  application_id: string;
  kvk_number: string;
  employee_id: string | null;
  type_code: string;
  state: CaseStatus;
  /** The application as submitted (answers, documents' checksums, fee). */
  submission: JSONColumnType<Record<string, unknown>>;
  received_at: CreatedAt;
  /** The statutory end (Algemene termijnenwet shift applied). */
  decision_due_on: DateString;
  /** The service target for a recognised sponsor (2 weeks, complete application). */
  target_date: DateString | null;
  information_deadline: DateString | null;
  decided_at: Timestamp | null;
  changed_at: ChangedAt;
}

export interface CsCaseEventsTable {
  id: Id;
  case_id: string;
  at: Timestamp;
  status: CaseStatus;
  reason: string;
  note: string | null;
  deadline: DateString | null;
  document_id: string | null;
  actor: string;
  external_id: string | null;
  changed_at: ChangedAt;
}

export interface CsDocumentsTable {
  id: Id;
  case_id: string;
  kind: DocumentKind;
  title: string;
  file_key: string;
  content_type: string;
  size: ColumnType<string | number, number, number>;
  sha256: string;
  created_at: CreatedAt;
  changed_at: ChangedAt;
}

export interface CaseSystemTables {
  cs_organisations: CsOrganisationsTable;
  cs_recognitions: CsRecognitionsTable;
  cs_employees: CsEmployeesTable;
  cs_reports: CsReportsTable;
  cs_cases: CsCasesTable;
  cs_case_events: CsCaseEventsTable;
  cs_documents: CsDocumentsTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends CaseSystemTables {}
}
