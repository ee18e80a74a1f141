import type { Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../platform/db/schema.ts';
import type { ServiceKey } from '../platform/ui/services.ts';

/** Tables of the organisations module (migration 0200_organisations). Joined into DB. */

/** Stored states; 'expired' is derived (approved and past valid_until), never stored. */
export type StoredRegistrationState = 'submitted' | 'approved' | 'rejected' | 'withdrawn';

export interface RepresentativeRegistrationsTable {
  id: Generated<string>;
  intermediary_organisation_id: string;
  sponsor_organisation_id: string;
  scope: JSONColumnType<ServiceKey[]>;
  valid_from: DateString;
  valid_until: DateString;
  state: StoredRegistrationState;
  rejection_reason: string | null;
  notify_email: string;
  language: 'nl' | 'en';
  file_key: string;
  file_name: string;
  file_size: number;
  file_sha256: string;
  /** The acting subject's pseudonym (eHerkenning); never a name. */
  submitted_by: string;
  submitted_at: Timestamp;
  due_on: DateString;
  processed_at: Timestamp | null;
  processed_by: string | null;
  withdrawn_at: Timestamp | null;
}

export interface ClosureDaysTable {
  day: DateString;
  description: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface OrganisationTables {
  representative_registrations: RepresentativeRegistrationsTable;
  closure_days: ClosureDaysTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends OrganisationTables {}
}
