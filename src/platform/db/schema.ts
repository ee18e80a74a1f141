import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** A calendar date as 'YYYY-MM-DD' (both drivers are set to return it as a string). */
export type DateString = string;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A column a migration added later, with a default: optional when inserting. */
export type Optional<T> = ColumnType<T, T | undefined, T>;

export interface Address {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
}

export type RecognitionCategory = 'work' | 'research' | 'study' | 'exchange';
export const RECOGNITION_CATEGORIES: readonly RecognitionCategory[] = [
  'work',
  'research',
  'study',
  'exchange',
];
export type RecognitionState = 'active' | 'suspended' | 'withdrawn';
/** The status of a case in the read model: the case system's `CaseStatus` (casesystem/contract.ts). */
export type CaseState =
  | 'received'
  | 'in_progress'
  | 'information_requested'
  | 'granted'
  | 'rejected'
  | 'withdrawn'
  | 'mvv_issued'
  | 'document_ready';
export const CASE_STATES: readonly CaseState[] = [
  'received',
  'in_progress',
  'information_requested',
  'granted',
  'rejected',
  'withdrawn',
  'mvv_issued',
  'document_ready',
];
export type SponsorshipState = 'active' | 'ended' | 'pending';

export interface OrganisationsTable {
  id: Generated<string>;
  kvk_number: string;
  name: string;
  rsin: string | null;
  legal_form: string;
  visiting_address: JSONColumnType<Address>;
  administration_address: JSONColumnType<Address | null>;
  contact_name: string | null;
  contact_email: string | null;
  iban: string | null;
  account_holder: string | null;
  mandate_signed_on: DateString | null;
  employee_count: number | null;
  preferred_language: Generated<'nl' | 'en'>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface BranchesTable {
  id: Generated<string>;
  organisation_id: string;
  branch_number: string;
  name: string;
  address: JSONColumnType<Address>;
}

export interface RecognitionsTable {
  id: Generated<string>;
  organisation_id: string;
  category: RecognitionCategory;
  state: RecognitionState;
  start_date: DateString;
  state_reason: string | null;
  /** Read model (0600_read_model): when the recognition ends, if it does. */
  end_date: ColumnType<DateString | null, DateString | null | undefined, DateString | null>;
  updated_at: UpdatedAt;
}

export interface EmployeesTable {
  id: Generated<string>;
  organisation_id: string;
  v_number: string | null;
  bsn: string | null;
  given_names: string;
  surname: string;
  date_of_birth: DateString;
  nationality: string;
  registered_on: DateString | null;
  deregistered_on: DateString | null;
  updated_at: UpdatedAt;
  // Read model (0600_read_model, written by the refresh; null on rows the portal made itself).
  /** The case system's id of the employee; the refresh upserts on it. */
  source_id: Optional<string | null>;
  /** A catalogue type code (the residence permit the employee holds). */
  permit_type: Optional<string | null>;
  permit_end_date: Optional<DateString | null>;
  sponsorship_state: Optional<SponsorshipState | null>;
}

export interface CasesTable {
  id: Generated<string>;
  organisation_id: string;
  employee_id: string | null;
  case_number: string;
  application_type: string;
  state: CaseState;
  submitted_at: Timestamp;
  decision_due_on: DateString | null;
  decided_at: Timestamp | null;
  updated_at: UpdatedAt;
  // Read model (0600_read_model). `application_type` holds the catalogue's type code.
  /** The case system's id of the case; the refresh upserts on it. */
  source_id: Optional<string | null>;
  /** The case system's id of the employee, kept until `employee_id` is resolved. */
  employee_source_id: Optional<string | null>;
  /** The IND's service target for a recognised sponsor (2 weeks for a complete application). */
  target_date: Optional<DateString | null>;
  /** When the state is information_requested: the sponsor's deadline. */
  information_deadline: Optional<DateString | null>;
  /** Denormalised "surname, given names" (search, the status list). */
  employee_name: Optional<string | null>;
  v_number: Optional<string | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  event: string;
  outcome: 'success' | 'failure' | 'denied';
  reason: string | null;
  actor_kind: string;
  actor_kvk: string | null;
  actor_subject: string | null;
  intermediary_kvk: string | null;
  staff_user: string | null;
  organisation_id: string | null;
  object_type: string | null;
  object_id: string | null;
  request_id: string | null;
  details: JSONColumnType<Record<string, unknown> | null>;
}

export interface OutboxTable {
  id: Generated<string>;
  topic: string;
  payload: JSONColumnType<Record<string, unknown>>;
  created_at: CreatedAt;
  delivered_at: Timestamp | null;
  attempts: Generated<number>;
  claimed_until: Timestamp | null;
  last_error: string | null;
}

export interface DevMailboxTable {
  id: Generated<string>;
  received_at: CreatedAt;
  envelope_from: string;
  envelope_to: string;
  subject: string;
  text_body: string;
  attachments: JSONColumnType<{ filename: string; contentType: string; size: number }[]>;
}

export type RefreshTrigger = 'schedule' | 'manual' | 'cli' | 'staff_change' | 'demo';
/** Rows written per kind of change (only rows that were inserted or actually changed). */
export type RefreshRowCounts = Partial<
  Record<'organisation' | 'recognition' | 'employee' | 'case' | 'case_event' | 'document', number>
>;

export interface RefreshRunsTable {
  id: Generated<number>;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  state: 'running' | 'done' | 'failed';
  // 0600_read_model:
  trigger: ColumnType<RefreshTrigger, RefreshTrigger | undefined, RefreshTrigger>;
  /** 'changed' | 'unchanged' (done), 'error' | 'interrupted' (failed); null while running. */
  outcome: Optional<'changed' | 'unchanged' | 'error' | 'interrupted' | null>;
  rows: ColumnType<RefreshRowCounts, string | undefined, string>;
  batches: ColumnType<number, number | undefined, number>;
  error: Optional<string | null>;
  /** The cursor when the run finished (or at its last checkpoint). */
  cursor_changed_at: Optional<Date | null>;
  cursor_id: Optional<string | null>;
  /** The staff user who pressed "run now", if any. */
  started_by: Optional<string | null>;
}

export interface PlatformTables {
  organisations: OrganisationsTable;
  branches: BranchesTable;
  recognitions: RecognitionsTable;
  employees: EmployeesTable;
  cases: CasesTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  dev_mailbox: DevMailboxTable;
  refresh_runs: RefreshRunsTable;
}

/**
 * The database as Kysely sees it: platform's tables, and each module's, added by declaration
 * merging in the module's own `schema.ts`:
 *
 *   declare module '../platform/db/schema.ts' { interface DB extends SupportTables {} }
 */
export interface DB extends PlatformTables {}
