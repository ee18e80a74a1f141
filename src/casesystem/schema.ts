import type { ColumnType, JSONColumnType } from 'kysely';
import type { CreatedAt, DateString } from '../platform/db/schema.ts';

/**
 * The case system's own tables (prefix `cs_`, migration 0500_casesystem). The portal never
 * queries these: it talks to the case system through its service interface (intake) only.
 */
export interface CsCasesTable {
  id: ColumnType<string, string | undefined, never>;
  case_number: string;
  /** The portal's application id: intake is idempotent on it. */
  application_id: string;
  organisation_id: string;
  type_code: string;
  state: 'received' | 'in_progress' | 'information_requested' | 'granted' | 'rejected' | 'withdrawn';
  /** The application as submitted (answers, documents' checksums, fee). */
  submission: JSONColumnType<Record<string, unknown>>;
  received_at: CreatedAt;
  decision_due_on: DateString;
}

export interface CaseSystemTables {
  cs_cases: CsCasesTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends CaseSystemTables {}
}
