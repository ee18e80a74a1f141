/**
 * The case system's public interface: what the portal (intake, the sponsor's answers) and the
 * refresh (changesSince, openDocument) may call. A real back end of the IND can stand behind the
 * same interface; the portal never reads the case system's `cs_*` tables.
 *
 * Shared by three parts of the portal (see docs/architecture.md, "The case system and the
 * refresh"): additions are fine, renames and removals need all three.
 */
import type { Readable } from 'node:stream';

/** The status of a case, as the IND's case system records it. */
export type CaseStatus =
  | 'received'
  | 'in_progress'
  | 'information_requested'
  | 'granted'
  | 'rejected'
  | 'withdrawn'
  | 'mvv_issued'
  | 'document_ready';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'received',
  'in_progress',
  'information_requested',
  'granted',
  'rejected',
  'withdrawn',
  'mvv_issued',
  'document_ready',
];

/** Statuses after which no decision is expected any more. */
export const DECIDED_STATUSES: readonly CaseStatus[] = [
  'granted',
  'rejected',
  'withdrawn',
  'mvv_issued',
  'document_ready',
];

export type DocumentKind =
  | 'acknowledgement' // ontvangstbevestiging
  | 'information_request' // verzoek om aanvullende informatie
  | 'decision' // beschikking (granted / rejected, with reasons)
  | 'application' // the application as submitted (receipt)
  | 'attachment' // a file the sponsor submitted with the application
  | 'supplied_information'; // a file the sponsor sent in answer to a request

export type SponsorshipState = 'active' | 'ended' | 'pending';

// ----- intake -----------------------------------------------------------------------------

export interface IntakeRequest {
  /** The portal's application id: intake is idempotent on it. */
  applicationId: string;
  /** The reference the portal assigned at submission (kenmerk); becomes the case number. */
  caseNumber: string;
  /** The sponsor, by KVK number (the case system knows organisations by KVK). */
  kvkNumber: string;
  /** One of the catalogue's type codes (`hsm_entry_mvv`, …). */
  typeCode: string;
  submittedAt: Date;
  /** The statutory decision period of the type, in days. */
  decisionPeriodDays: number;
  /** True when the sponsor holds the recognition the type belongs to (service target applies). */
  recognisedSponsor: boolean;
  /** The employee as named in the application. */
  employee: {
    givenNames: string;
    surname: string;
    dateOfBirth: string;
    nationality: string;
    vNumber?: string | null;
  };
  /** The application as submitted (answers, documents' checksums, fee). */
  submission: Record<string, unknown>;
  /** File keys in the portal's FileStore: the receipt PDF and the attachments. */
  files: {
    kind: 'application' | 'attachment';
    fileKey: string;
    title: string;
    contentType: string;
    size: number;
    sha256: string;
  }[];
}

export interface IntakeResult {
  caseNumber: string;
  /** False when the application had been taken in before (a retry). */
  created: boolean;
}

/** A sponsor's answer to a request for information (files already in the FileStore). */
export interface SuppliedInformation {
  caseNumber: string;
  kvkNumber: string;
  submittedAt: Date;
  note: string | null;
  files: { fileKey: string; title: string; contentType: string; size: number; sha256: string }[];
  /** Idempotency: the portal's id for this submission. */
  submissionId: string;
}

// ----- reports under the duty to inform (informatieplicht) ---------------------------------------

export type ReportKind = 'deregistration' | 'registration' | 'sponsor_change';

/**
 * A sponsor's report (issue 11): a de-registration or other change about an employee, the
 * registration of an employee who changes employer, or a change about the sponsor itself.
 * Intake is idempotent on `reportId`. A de-registration that ends the sponsorship ends the
 * employee's sponsorship; a registration starts it: both reach the portal's read model as an
 * `employee` change of the export (changesSince).
 */
export interface ReportedChange {
  /** The portal's id of the report: intake is idempotent on it. */
  reportId: string;
  /** The reference the portal gave the sponsor (kenmerk). */
  reference: string;
  kvkNumber: string;
  kind: ReportKind;
  /** A reason code (e.g. 'employment_ended', 'bankruptcy'); texts live in the portal. */
  reason: string;
  /** The day the change happened (or, for a registration, the start date). */
  occurredOn: string;
  submittedAt: Date;
  /** Reported after the deadline of the duty to inform. */
  late: boolean;
  /** True when this report ends the employee's sponsorship (de-registration). */
  endsSponsorship: boolean;
  /** The employee concerned (absent for a change about the sponsor). */
  employee: {
    vNumber: string;
    givenNames: string;
    surname: string;
    dateOfBirth: string;
    permitType: string | null;
  } | null;
  /** The rest of the report as submitted (explanation, job, salary, address …). */
  details: Record<string, unknown>;
}

export type ReportOutcome =
  | { accepted: true; created: boolean }
  /** The employee is not one this sponsor sponsors (a de-registration of an unknown V-number). */
  | { accepted: false; reason: 'unknown_employee' };

// ----- the export the refresh reads ---------------------------------------------------------

/** Position in the change stream: everything strictly after (changedAt, id) comes next. */
export interface ChangeCursor {
  changedAt: string; // ISO 8601 with microseconds, as the database gives it
  id: string;
}

export type ChangeKind = 'organisation' | 'recognition' | 'employee' | 'case' | 'case_event' | 'document';

export interface OrganisationChange {
  kind: 'organisation';
  id: string; // stable id in the case system
  kvkNumber: string;
  name: string;
  legalForm: string;
  rsin: string | null;
  visitingAddress: Address;
  administrationAddress: Address | null;
  employeeCount: number | null;
}
export interface RecognitionChange {
  kind: 'recognition';
  id: string;
  kvkNumber: string;
  category: 'work' | 'research' | 'study' | 'exchange';
  state: 'active' | 'suspended' | 'withdrawn';
  startDate: string;
  endDate: string | null;
  reason: string | null;
}
export interface EmployeeChange {
  kind: 'employee';
  id: string;
  kvkNumber: string;
  vNumber: string | null;
  givenNames: string;
  surname: string;
  dateOfBirth: string;
  nationality: string;
  permitType: string | null; // a catalogue type code
  permitEndDate: string | null;
  sponsorshipState: SponsorshipState;
  registeredOn: string | null;
  deregisteredOn: string | null;
}
export interface CaseChange {
  kind: 'case';
  id: string;
  caseNumber: string;
  kvkNumber: string;
  employeeId: string | null;
  typeCode: string;
  status: CaseStatus;
  receivedAt: string;
  /** Statutory end date (after the Algemene termijnenwet shift). */
  decisionDueOn: string;
  /** The IND's service target for a recognised sponsor, or null. */
  targetDate: string | null;
  /** When status is information_requested: the deadline for the sponsor. */
  informationDeadline: string | null;
  decidedAt: string | null;
}
export interface CaseEventChange {
  kind: 'case_event';
  id: string;
  caseId: string;
  at: string;
  status: CaseStatus;
  /** A short code of why (e.g. 'intake', 'information_requested', 'granted'); texts live in the portal. */
  reason: string;
  deadline: string | null;
  documentId: string | null;
}
export interface DocumentChange {
  kind: 'document';
  id: string;
  caseId: string;
  kvkNumber: string;
  docKind: DocumentKind;
  title: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export type Change = (
  OrganisationChange | RecognitionChange | EmployeeChange | CaseChange | CaseEventChange | DocumentChange
) & { changedAt: string };

export interface ChangePage {
  changes: Change[];
  /** The cursor after the last change of this page (the same as the input when empty). */
  next: ChangeCursor;
  /** True when more changes may follow right away. */
  more: boolean;
}

export interface Address {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
}

// ----- organisations and recognitions as the IND knows them -------------------------------------

/** A staff change of a recognition (granted, suspended, withdrawn), made in the case system. */
export interface RecognitionUpdate {
  kvkNumber: string;
  category: RecognitionChange['category'];
  action: 'grant' | 'suspend' | 'withdraw';
  /** Required except when granting. */
  reason: string | null;
  /** The start date when granting (ISO date). */
  startDate: string;
}

// ----- the interface ---------------------------------------------------------------------------

export interface CaseSystem {
  intake(request: IntakeRequest): Promise<IntakeResult>;
  submitInformation(info: SuppliedInformation): Promise<{ accepted: boolean }>;
  /** Takes in a report under the duty to inform (idempotent on `reportId`). */
  reportChange(report: ReportedChange): Promise<ReportOutcome>;
  /**
   * Every change strictly after `cursor` (null: from the beginning), in (changedAt, id) order,
   * at most `limit`; only changes older than a small safety lag (so a transaction that commits
   * late with an earlier timestamp is not skipped).
   */
  changesSince(cursor: ChangeCursor | null, limit: number): Promise<ChangePage>;
  /** The bytes of a document of the file, streamed; null when unknown. */
  openDocument(
    documentId: string,
  ): Promise<{ stream: Readable; contentType: string; size: number; title: string } | null>;
  /**
   * A recognition change by staff (the back office): the case system records it; the portal
   * sees it after a refresh (the back office runs one at once). 'no_recognition' when suspending
   * or withdrawing a recognition the organisation does not hold; 'unknown_organisation' when
   * the case system does not know the KVK number.
   */
  changeRecognition(update: RecognitionUpdate): Promise<'done' | 'no_recognition' | 'unknown_organisation'>;
}
