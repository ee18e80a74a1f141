import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { DateString, Timestamp } from '../platform/db/schema.ts';

export type ReportKind = 'deregistration' | 'registration' | 'sponsor_change';

/** The portal's record of a report under the duty to inform (0800). */
export interface EmployeeReportsTable {
  id: Generated<string>;
  reference: string;
  organisation_id: string;
  kind: ReportKind;
  reason: string;
  employee_id: string | null;
  v_number: string | null;
  employee_name: string | null;
  occurred_on: DateString;
  deadline: DateString;
  late: boolean;
  ends_sponsorship: ColumnType<boolean, boolean | undefined, boolean>;
  explanation: ColumnType<string, string | undefined, string>;
  details: JSONColumnType<Record<string, string | number | boolean | null>>;
  language: 'nl' | 'en';
  acting_subject: string;
  intermediary_kvk: string | null;
  batch_id: string | null;
  submitted_at: ColumnType<Date, Date | string | undefined, Date | string>;
  handed_over_at: Timestamp | null;
}

/** A problem of a bulk row: a message key and its parameters (texts live in the catalogue). */
export interface RowProblem {
  key: string;
  params?: Record<string, string | number>;
}

export interface EmployeeBulkBatchesTable {
  id: Generated<string>;
  organisation_id: string;
  acting_subject: string;
  state: ColumnType<'preview' | 'submitted', 'preview' | 'submitted' | undefined, 'preview' | 'submitted'>;
  total_rows: ColumnType<number, number | undefined, number>;
  valid_rows: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  submitted_at: Timestamp | null;
}

export interface EmployeeBulkRowsTable {
  batch_id: string;
  line: number;
  v_number: string;
  reason: string;
  occurred_on: string;
  explanation: string;
  employee_id: string | null;
  problems: JSONColumnType<RowProblem[]>;
  reference: string | null;
}

/** The opt-in weekly digest of open duties (0820). */
export interface EmployeeDigestSettingsTable {
  organisation_id: string;
  weekly: boolean;
  language: 'nl' | 'en';
  changed_by: string;
  changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** One digest per organisation per ISO week (the claim that makes the job idempotent). */
export interface EmployeeDigestSendsTable {
  organisation_id: string;
  week: string;
  mail_id: string | null;
  sent_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface EmployeesTables {
  employee_digest_settings: EmployeeDigestSettingsTable;
  employee_digest_sends: EmployeeDigestSendsTable;
  employee_reports: EmployeeReportsTable;
  employee_bulk_batches: EmployeeBulkBatchesTable;
  employee_bulk_rows: EmployeeBulkRowsTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends EmployeesTables {}
}
