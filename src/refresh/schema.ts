import type { ColumnType, Generated } from 'kysely';
import type { CaseState, DateString, Timestamp } from '../platform/db/schema.ts';

/**
 * The read model's new tables (migration 0600_read_model). The extended foundation tables
 * (organisations, recognitions, employees, cases, refresh_runs) are typed in
 * platform/db/schema.ts. Written only by the refresh; read by the sponsor's pages (src/cases),
 * always scoped by `organisation_id`.
 */

/** A status change of a case (the timeline). */
export interface CaseEventsTable {
  id: Generated<string>;
  /** The case system's id of the event; the refresh upserts on it. */
  source_id: string;
  /** Null until the event's case has reached the read model (rows with null are not shown). */
  case_id: string | null;
  case_source_id: string;
  /** The case's organisation; null until the case is known. */
  organisation_id: string | null;
  at: Timestamp;
  status: CaseState;
  /** A short code (intake, information_requested, granted, …); its text lives in the portal's messages. */
  reason: string;
  deadline: DateString | null;
  /** The letter that goes with the event (case_documents.id), once that document is known. */
  document_id: string | null;
  document_source_id: string | null;
}

/** A document of the file (metadata only; the bytes stream from `caseSystem.openDocument(source_id)`). */
export interface CaseDocumentsTable {
  id: Generated<string>;
  /** The case system's id of the document: pass it to `caseSystem.openDocument`. */
  source_id: string;
  /** Null until the document's case has reached the read model. */
  case_id: string | null;
  case_source_id: string;
  organisation_id: string;
  /** casesystem/contract.ts DocumentKind: acknowledgement, information_request, decision, … */
  kind: string;
  title: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: Timestamp;
}

/** The refresh's checkpoint: one row (id = 1), written in the same transaction as each batch. */
export interface RefreshCursorTable {
  id: number;
  changed_at: Timestamp;
  source_id: string;
  run_id: number | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RefreshTables {
  case_events: CaseEventsTable;
  case_documents: CaseDocumentsTable;
  refresh_cursor: RefreshCursorTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends RefreshTables {}
}
