import type { ColumnType, Generated } from 'kysely';
import type { DateString, Timestamp } from '../platform/db/schema.ts';

/**
 * INTERIM: the read model's columns as docs/issue 10 lists them, until the refresh module's
 * migration (engineer B, branch `refresh`) is merged; then this file and
 * migrations/0699_cases_interim_read_model.ts are deleted.
 */
declare module '../platform/db/schema.ts' {
  interface CasesTable {
    source_id: string | null;
    target_date: DateString | null;
    information_deadline: DateString | null;
    employee_name: string | null;
    v_number: string | null;
  }
  interface EmployeesTable {
    source_id: string | null;
    permit_type: string | null;
    permit_end_date: DateString | null;
    sponsorship_state: string | null;
  }
  interface RecognitionsTable {
    end_date: DateString | null;
  }
  interface DB {
    case_events: CaseEventsTable;
    case_documents: CaseDocumentsTable;
  }
}

export interface CaseEventsTable {
  id: Generated<string>;
  source_id: string;
  case_id: string | null;
  case_source_id: string;
  organisation_id: string | null;
  at: Timestamp;
  status: string;
  reason: string;
  deadline: DateString | null;
  document_id: string | null;
}

export interface CaseDocumentsTable {
  id: Generated<string>;
  source_id: string;
  case_id: string | null;
  case_source_id: string;
  organisation_id: string;
  kind: string;
  title: string;
  content_type: string;
  size: ColumnType<string, number | string | bigint, number | string | bigint>;
  sha256: string;
  created_at: Timestamp;
}
