import { sql, type Kysely } from 'kysely';
import type { BusinessActor, StaffActor } from '../../platform/auth/actor.ts';
import { audit } from '../../platform/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { cleanFileName } from '../../platform/files/file-name.ts';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import { SERVICE_KEYS, type ServiceKey } from '../../platform/ui/services.ts';
import { isKvkNumber } from '../../platform/validation/identifiers.ts';
import { addWorkingDays, amsterdamToday } from '../../platform/time/working-days.ts';
import { loadCalendar } from '../closure-days.ts';
import { registrationsOfSponsor } from '../repository.ts';
import { isEmail, parseDate } from '../validation.ts';
import { endedMail, processedMail, sponsorApprovedMail } from './mail.ts';

/**
 * Registered authorisations (machtigingen) of intermediaries for recognised sponsors — the
 * seed's process: register the authorisation with the IND, Team Zakelijk processes it within
 * 5 working days, the intermediary is notified. Every query is scoped by the actor.
 */

/** Team Zakelijk's processing period (seed: "within 5 working days"). */
export const PROCESSING_WORKING_DAYS = 5;
export const REASON_MAX = 1000;

export type RegistrationState = 'submitted' | 'approved' | 'rejected' | 'expired' | 'withdrawn';

export interface UploadedAuthorisation {
  key: string;
  size: number;
  sha256: string;
  fileName: string;
  /** The content is a PDF by its magic bytes (file-type), not by its name or declared type. */
  isPdf: boolean;
  /** The upload went over the size limit and was cut off. */
  tooLarge: boolean;
}

export interface RegistrationInput {
  sponsorKvk: string;
  scope: string[];
  validFrom: string;
  validUntil: string;
  notifyEmail: string;
}

export type RegistrationField = 'sponsorKvk' | 'scope' | 'validFrom' | 'validUntil' | 'notifyEmail' | 'file';
export type RegistrationErrors = Partial<Record<RegistrationField, MessageKey>>;

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface RepresentativeDeps {
  db: Kysely<DB>;
  jobs: Jobs;
  files: FileStore;
  clock?: Clock;
  /** The longest validity of an authorisation, in years (config AUTHORISATION_MAX_YEARS, default 5). */
  maxYears?: number;
}

export const DEFAULT_AUTHORISATION_MAX_YEARS = 5;

/** The last day of a validity of `years` years starting on `from` (YYYY-MM-DD): from + years − 1 day. */
export function lastValidDay(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Derived state: an approved registration past its end date is expired (never stored). */
export function displayState(row: { state: string; valid_until: string }, today: string): RegistrationState {
  if (row.state === 'approved' && row.valid_until < today) return 'expired';
  return row.state as RegistrationState;
}

function validateFields(input: RegistrationInput, today: string, maxYears: number) {
  const errors: RegistrationErrors = {};
  const sponsorKvk = input.sponsorKvk.replace(/\s+/g, '');
  if (!sponsorKvk) errors.sponsorKvk = 'rep.error.kvkRequired';
  else if (!isKvkNumber(sponsorKvk)) errors.sponsorKvk = 'rep.error.kvkInvalid';
  const scope = SERVICE_KEYS.filter((k) => input.scope.includes(k));
  if (scope.length === 0 || scope.length !== new Set(input.scope).size) errors.scope = 'rep.error.scope';
  const validFrom = parseDate(input.validFrom);
  const validUntil = parseDate(input.validUntil);
  // D12: each message names its field and says what to do.
  if (!input.validFrom.trim()) errors.validFrom = 'rep.error.validFromRequired';
  else if (!validFrom) errors.validFrom = 'rep.error.validFromInvalid';
  if (!input.validUntil.trim()) errors.validUntil = 'rep.error.validUntilRequired';
  else if (!validUntil) errors.validUntil = 'rep.error.validUntilInvalid';
  else if (validFrom && validUntil < validFrom) errors.validUntil = 'rep.error.untilBeforeFrom';
  else if (validUntil < today) errors.validUntil = 'rep.error.untilPast';
  else if (validUntil > lastValidDay(validFrom && validFrom > today ? validFrom : today, maxYears))
    errors.validUntil = 'rep.error.tooLong';
  const notifyEmail = input.notifyEmail.trim();
  if (!isEmail(notifyEmail)) errors.notifyEmail = 'rep.error.email';
  return { errors, sponsorKvk, scope, validFrom, validUntil, notifyEmail };
}

function validateFile(file: UploadedAuthorisation | null): MessageKey | undefined {
  if (!file || (file.size === 0 && !file.fileName)) return 'rep.error.fileRequired';
  if (file.tooLarge) return 'rep.error.fileTooLarge';
  if (file.size === 0 || !file.isPdf) return 'rep.error.fileNotPdf';
  return undefined;
}

/**
 * Registers an authorisation for the actor's own organisation (never for one named in the
 * request). On any error nothing is saved and the uploaded file is removed.
 */
export async function registerAuthorisation(
  deps: RepresentativeDeps,
  actor: BusinessActor,
  input: RegistrationInput,
  file: UploadedAuthorisation | null,
  context: { lang: Lang; requestId: string },
): Promise<{ ok: true; id: string } | { ok: false; errors: RegistrationErrors }> {
  const now = (deps.clock ?? systemClock).now();
  const today = amsterdamToday(now);
  const { errors, sponsorKvk, scope, validFrom, validUntil, notifyEmail } = validateFields(
    input,
    today,
    deps.maxYears ?? DEFAULT_AUTHORISATION_MAX_YEARS,
  );
  const fileError = validateFile(file);
  if (fileError) errors.file = fileError;
  if (actor.via !== 'self') errors.sponsorKvk = 'rep.error.notSelf';

  let sponsorId: string | null = null;
  if (!errors.sponsorKvk) {
    if (sponsorKvk === actor.kvkNumber) errors.sponsorKvk = 'rep.error.self';
    else {
      const sponsor = await deps.db
        .selectFrom('organisations as o')
        .select('o.id')
        .where('o.kvk_number', '=', sponsorKvk)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('recognitions as r')
              .select('r.id')
              .whereRef('r.organisation_id', '=', 'o.id')
              .where('r.state', '=', 'active'),
          ),
        )
        .executeTakeFirst();
      if (!sponsor) errors.sponsorKvk = 'rep.error.notSponsor';
      else {
        sponsorId = sponsor.id;
        const pending = await deps.db
          .selectFrom('representative_registrations')
          .select('id')
          .where('intermediary_organisation_id', '=', actor.organisationId)
          .where('sponsor_organisation_id', '=', sponsor.id)
          .where('state', '=', 'submitted')
          .executeTakeFirst();
        if (pending) errors.sponsorKvk = 'rep.error.duplicate';
        else if (validFrom && validUntil) {
          // D15: an approved authorisation for the same sponsor whose period overlaps the new one
          // makes the new one redundant (or ambiguous about its services): refused, with the way out.
          const overlapping = await deps.db
            .selectFrom('representative_registrations')
            .select('id')
            .where('intermediary_organisation_id', '=', actor.organisationId)
            .where('sponsor_organisation_id', '=', sponsor.id)
            .where('state', '=', 'approved')
            .where('valid_until', '>=', today)
            .where('valid_from', '<=', validUntil)
            .where('valid_until', '>=', validFrom)
            .executeTakeFirst();
          if (overlapping) errors.validFrom = 'rep.error.overlap';
        }
      }
    }
  }

  if (Object.keys(errors).length > 0 || !sponsorId || !file || !validFrom || !validUntil) {
    if (file?.key) await deps.files.delete(file.key);
    return { ok: false, errors };
  }

  const calendar = await loadCalendar(deps.db);
  const dueOn = addWorkingDays(now, PROCESSING_WORKING_DAYS, calendar);
  const sponsor = sponsorId;
  try {
    const id = await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('representative_registrations')
        .values({
          intermediary_organisation_id: actor.organisationId,
          sponsor_organisation_id: sponsor,
          scope: JSON.stringify(scope) as never,
          valid_from: validFrom,
          valid_until: validUntil,
          state: 'submitted',
          notify_email: notifyEmail,
          language: context.lang,
          file_key: file.key,
          file_name: safeFileName(file.fileName),
          file_size: file.size,
          file_sha256: file.sha256,
          submitted_by: actor.actingSubject,
          submitted_at: now,
          due_on: dueOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, actor, {
        event: 'representation.registered',
        outcome: 'success',
        objectType: 'representative_registration',
        objectId: row.id,
        requestId: context.requestId,
        details: { sponsorOrganisationId: sponsor },
      });
      return row.id;
    });
    return { ok: true, id };
  } catch (error) {
    await deps.files.delete(file.key);
    // Two submissions at once: the unique index on pending registrations answers for the second.
    if (isUniqueViolation(error)) return { ok: false, errors: { sponsorKvk: 'rep.error.duplicate' } };
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** A file name fit to show and to offer as a download name: no path, no control characters. */
export function safeFileName(name: string): string {
  return cleanFileName(name, 'authorisation.pdf');
}

export interface RegistrationRow {
  id: string;
  sponsorName: string;
  sponsorKvk: string;
  scope: ServiceKey[];
  validFrom: string;
  validUntil: string;
  state: RegistrationState;
  rejectionReason: string | null;
  submittedAt: Date;
  dueOn: string;
  processedAt: Date | null;
}

/** The registrations of the actor's own organisation (as intermediary). */
export async function listOwnRegistrations(
  deps: RepresentativeDeps,
  actor: BusinessActor,
): Promise<RegistrationRow[]> {
  const today = amsterdamToday((deps.clock ?? systemClock).now());
  const rows = await deps.db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as s', 's.id', 'r.sponsor_organisation_id')
    .select([
      'r.id',
      's.name as sponsor_name',
      's.kvk_number as sponsor_kvk',
      'r.scope',
      'r.valid_from',
      'r.valid_until',
      'r.state',
      'r.rejection_reason',
      'r.submitted_at',
      'r.due_on',
      'r.processed_at',
    ])
    .where('r.intermediary_organisation_id', '=', actor.organisationId)
    .orderBy('r.submitted_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sponsorName: r.sponsor_name,
    sponsorKvk: r.sponsor_kvk,
    scope: r.scope,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    state: displayState(r, today),
    rejectionReason: r.rejection_reason,
    submittedAt: r.submitted_at,
    dueOn: r.due_on,
    processedAt: r.processed_at,
  }));
}

/** Withdraws one of the actor's own registrations; someone else's is 'not_found' (and audited). */
export async function withdrawRegistration(
  deps: RepresentativeDeps,
  actor: BusinessActor,
  id: string,
  requestId: string,
): Promise<'withdrawn' | 'not_found' | 'not_withdrawable'> {
  const now = (deps.clock ?? systemClock).now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('representative_registrations')
      .select(['id', 'state'])
      .where('id', '=', id)
      .where('intermediary_organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) {
      await audit(trx, actor, {
        event: 'representation.withdraw',
        outcome: 'denied',
        reason: 'not found in scope',
        objectType: 'representative_registration',
        objectId: id,
        requestId,
      });
      return 'not_found' as const;
    }
    if (row.state !== 'submitted' && row.state !== 'approved') return 'not_withdrawable' as const;
    await trx
      .updateTable('representative_registrations')
      .set({ state: 'withdrawn', withdrawn_at: now })
      .where('id', '=', id)
      .execute();
    await audit(trx, actor, {
      event: 'representation.withdraw',
      outcome: 'success',
      objectType: 'representative_registration',
      objectId: id,
      requestId,
    });
    return 'withdrawn' as const;
  });
}

/** Organisations the logged-in company may act for through an approved, current registration. */
export async function actingOptions(db: Kysely<DB>, ownKvk: string, today: string) {
  return db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
    .innerJoin('organisations as s', 's.id', 'r.sponsor_organisation_id')
    .select(['r.id', 'r.sponsor_organisation_id', 's.name', 's.kvk_number', 'r.scope', 'r.valid_until'])
    .where('i.kvk_number', '=', ownKvk)
    .where('r.state', '=', 'approved')
    .where('r.valid_from', '<=', today)
    .where('r.valid_until', '>=', today)
    .orderBy('s.name')
    .execute();
}

// ---- Team Zakelijk -------------------------------------------------------------------------

export interface QueueRow {
  id: string;
  intermediaryName: string;
  intermediaryKvk: string;
  sponsorName: string;
  sponsorKvk: string;
  submittedAt: Date;
  dueOn: string;
  overdue: boolean;
}

/** Pending registrations, oldest due date first (overdue ones therefore on top). */
export async function queue(deps: RepresentativeDeps): Promise<QueueRow[]> {
  const today = amsterdamToday((deps.clock ?? systemClock).now());
  const rows = await deps.db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
    .innerJoin('organisations as s', 's.id', 'r.sponsor_organisation_id')
    .select([
      'r.id',
      'i.name as intermediary_name',
      'i.kvk_number as intermediary_kvk',
      's.name as sponsor_name',
      's.kvk_number as sponsor_kvk',
      'r.submitted_at',
      'r.due_on',
    ])
    .where('r.state', '=', 'submitted')
    .orderBy('r.due_on')
    .orderBy('r.submitted_at')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    intermediaryName: r.intermediary_name,
    intermediaryKvk: r.intermediary_kvk,
    sponsorName: r.sponsor_name,
    sponsorKvk: r.sponsor_kvk,
    submittedAt: r.submitted_at,
    dueOn: r.due_on,
    overdue: r.due_on < today,
  }));
}

export async function registrationForStaff(deps: RepresentativeDeps, id: string) {
  const today = amsterdamToday((deps.clock ?? systemClock).now());
  const row = await deps.db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
    .innerJoin('organisations as s', 's.id', 'r.sponsor_organisation_id')
    .select([
      'r.id',
      'r.intermediary_organisation_id',
      'r.sponsor_organisation_id',
      'i.name as intermediary_name',
      'i.kvk_number as intermediary_kvk',
      's.name as sponsor_name',
      's.kvk_number as sponsor_kvk',
      'r.scope',
      'r.valid_from',
      'r.valid_until',
      'r.state',
      'r.rejection_reason',
      'r.notify_email',
      'r.file_key',
      'r.file_name',
      'r.file_size',
      'r.submitted_at',
      'r.due_on',
      'r.processed_at',
      'r.processed_by',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, displayState: displayState(row, today), overdue: row.due_on < today } : undefined;
}

export type Decision = { approve: true } | { approve: false; reason: string };

/**
 * Approves or rejects a pending registration and, in the same transaction, queues the mail to
 * the intermediary in the language it registered in (side effects after commit).
 */
export async function decide(
  deps: RepresentativeDeps,
  actor: StaffActor,
  id: string,
  decision: Decision,
  requestId: string,
): Promise<'done' | 'not_found' | 'already_processed'> {
  const now = (deps.clock ?? systemClock).now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('representative_registrations as r')
      .innerJoin('organisations as s', 's.id', 'r.sponsor_organisation_id')
      .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
      .select([
        'r.id',
        'r.state',
        'r.intermediary_organisation_id',
        'r.notify_email',
        'r.language',
        'r.valid_from',
        'r.valid_until',
        'r.scope',
        's.name',
        's.contact_email as sponsor_email',
        'i.name as intermediary_name',
        'i.kvk_number as intermediary_kvk',
      ])
      .where('r.id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return 'not_found' as const;
    if (row.state !== 'submitted') return 'already_processed' as const;
    // Issue 13 (5): valid from the approval day at the earliest, for at most the configured years.
    const today = amsterdamToday(now);
    const validFrom = row.valid_from < today ? today : row.valid_from;
    const longest = lastValidDay(validFrom, deps.maxYears ?? DEFAULT_AUTHORISATION_MAX_YEARS);
    const validUntil = row.valid_until > longest ? longest : row.valid_until;
    await trx
      .updateTable('representative_registrations')
      .set({
        ...(decision.approve ? { valid_from: validFrom, valid_until: validUntil } : {}),
        state: decision.approve ? 'approved' : 'rejected',
        rejection_reason: decision.approve ? null : decision.reason,
        processed_at: now,
        processed_by: actor.userId,
      })
      .where('id', '=', id)
      .execute();
    await enqueueMail(trx, deps.jobs, processedMail(row.language, row.notify_email, row.name, decision));
    if (decision.approve && row.sponsor_email)
      await enqueueMail(
        trx,
        deps.jobs,
        sponsorApprovedMail('nl', row.sponsor_email, {
          sponsor: row.name,
          intermediary: row.intermediary_name,
          intermediaryKvk: row.intermediary_kvk,
          scope: row.scope,
          from: validFrom,
          until: validUntil,
        }),
      );
    await audit(trx, actor, {
      event: decision.approve ? 'representation.approved' : 'representation.rejected',
      outcome: 'success',
      organisationId: row.intermediary_organisation_id,
      objectType: 'representative_registration',
      objectId: id,
      requestId,
    });
    return 'done' as const;
  });
}

/**
 * Ends an approved authorisation at once (issue 13, finding 5), by the sponsor it is for or by
 * Team Zakelijk: the next request of the intermediary no longer acts for the sponsor (the actor
 * query reads the state every request). Both sides are mailed through the outbox; audited.
 * A representative acting by registration cannot end authorisations of the sponsor.
 */
export async function endAuthorisation(
  deps: RepresentativeDeps,
  actor: BusinessActor | StaffActor,
  id: string,
  requestId: string,
): Promise<'ended' | 'not_found' | 'not_active'> {
  const now = (deps.clock ?? systemClock).now();
  return deps.db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('representative_registrations as r')
      .innerJoin('organisations as s', 's.id', 'r.sponsor_organisation_id')
      .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
      .select([
        'r.id',
        'r.state',
        'r.intermediary_organisation_id',
        'r.sponsor_organisation_id',
        'r.notify_email',
        'r.language',
        's.name as sponsor_name',
        's.contact_email as sponsor_email',
        'i.name as intermediary_name',
      ])
      .where('r.id', '=', id);
    if (actor.kind === 'business') {
      if (actor.via === 'registered') query = query.where(sql<boolean>`false`);
      query = query.where('r.sponsor_organisation_id', '=', actor.organisationId);
    }
    const row = await query.forUpdate().executeTakeFirst();
    if (!row) {
      await audit(trx, actor, {
        event: 'representation.end',
        outcome: 'denied',
        reason: 'not found in scope',
        objectType: 'representative_registration',
        objectId: id,
        requestId,
      });
      return 'not_found' as const;
    }
    if (row.state !== 'approved') return 'not_active' as const;
    await trx
      .updateTable('representative_registrations')
      .set({ state: 'withdrawn', withdrawn_at: now })
      .where('id', '=', id)
      .execute();
    const names = { sponsor: row.sponsor_name, intermediary: row.intermediary_name };
    await enqueueMail(trx, deps.jobs, endedMail(row.language, row.notify_email, names));
    if (row.sponsor_email) await enqueueMail(trx, deps.jobs, endedMail('nl', row.sponsor_email, names));
    await audit(trx, actor, {
      event: 'representation.ended',
      outcome: 'success',
      organisationId: row.sponsor_organisation_id,
      objectType: 'representative_registration',
      objectId: id,
      requestId,
      details: { by: actor.kind === 'staff' ? 'team_zakelijk' : 'sponsor' },
    });
    return 'ended' as const;
  });
}

/** Registered representatives of a sponsor (the account page reads them in its one query: accountOverview). */
export async function representativesOf(deps: RepresentativeDeps, sponsorOrganisationId: string) {
  return withDisplayState(await registrationsOfSponsor(deps.db, sponsorOrganisationId).execute(), deps.clock);
}

/** The registrations as shown: an approved one past its validity is 'expired' (today, Amsterdam). */
export function withDisplayState<T extends { state: string; valid_until: string }>(
  rows: readonly T[],
  clock: Clock = systemClock,
) {
  const today = amsterdamToday(clock.now());
  return rows.map((r) => ({ ...r, displayState: displayState(r, today) }));
}
