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

export interface EmployeesTables {
  employee_reports: EmployeeReportsTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends EmployeesTables {}
}
