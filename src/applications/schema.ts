import type { ColumnType, JSONColumnType } from 'kysely';
import type { CreatedAt, Timestamp, UpdatedAt } from '../platform/db/schema.ts';

/** Tables of the applications module (migration 0300_applications). Joined into DB in platform/db/schema.ts. */

/** What a user entered, per page id: field name → stored value. */
export type Answers = Record<string, Record<string, unknown>>;

/** Raw form values as typed, per page id. */
export type PendingInput = Record<string, Record<string, string | string[]>>;

export type ApplicationState = 'draft' | 'submitted';

/**
 * One application: a draft while it is being filled in (rule 3 of the brief: drafts live in
 * the database), then the submitted application with its reference. Always scoped by
 * organisation_id: the organisation the actor acts for.
 */
export interface ApplicationsTable {
  id: ColumnType<string, string | undefined, never>;
  organisation_id: string;
  type_code: string;
  catalogue_version: string;
  state: ApplicationState;
  answers: JSONColumnType<Answers>;
  /** Per page id, what "Save and finish later" kept of a page that was not valid yet (raw values). */
  pending_input: JSONColumnType<PendingInput, string | undefined>;
  /** The page the user last saw or saved: a draft resumes here. */
  current_step: string;
  /** Shown in the list of drafts; copied from the personal-details page. */
  employee_name: string | null;
  /** Pseudonym of the person who started it, and the intermediary's KVK number if any (audit, no names). */
  created_by_subject: string;
  intermediary_kvk: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Set at submission, in the same transaction. */
  reference: string | null;
  submitted_at: Timestamp | null;
  submitted_by_subject: string | null;
  fee_cents: number | null;
  fee_year: number | null;
  payment_method: 'direct_debit' | 'payment_letter' | null;
  /** The language of the receipt and the confirmation mail. */
  language: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
}

/** An uploaded document of an application; the bytes live in the FileStore under storage_key. */
export interface ApplicationAttachmentsTable {
  id: ColumnType<string, string | undefined, never>;
  application_id: string;
  organisation_id: string;
  document_type: string;
  /** The name the user's browser gave, cleaned; shown only as text, never used as a path. */
  original_name: string;
  /** The type found in the content (magic bytes), never the one the browser claimed. */
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: CreatedAt;
}

export interface ApplicationTables {
  applications: ApplicationsTable;
  application_attachments: ApplicationAttachmentsTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends ApplicationTables {}
}
