import type { ColumnType, JSONColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../../platform/db/schema.ts';
import type { StaffRole } from '../../platform/auth/actor.ts';

/** Who logged in, as the verified assertion or the staff issuer said; never a request parameter. */
export interface BusinessPrincipal {
  /** The represented company: the legal subject of the assertion. */
  kvkNumber: string;
  rsin: string | null;
  branchNumber: string | null;
  actingSubject: string;
  loa: 'loa3' | 'loa4';
  /** Set under an eHerkenning chain authorisation: the intermediary acting for kvkNumber. */
  intermediaryKvk: string | null;
  /**
   * Set when an intermediary chose to act for a sponsor that authorised it through a
   * registration with the IND (the registration id is re-checked on every request).
   */
  actingFor: { organisationId: string; registrationId: string } | null;
}

export interface StaffPrincipal {
  userId: string;
  name: string;
  roles: StaffRole[];
}

export interface SessionsTable {
  id_hash: string;
  kind: 'business' | 'staff';
  principal: JSONColumnType<BusinessPrincipal | StaffPrincipal>;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface SessionTables {
  sessions: SessionsTable;
}

declare module '../../platform/db/schema.ts' {
  interface DB extends SessionTables {}
}
