import { Readable } from 'node:stream';
import type { Kysely, Transaction } from 'kysely';
import { decisionDates } from '../applications/index.ts';
import type { StaffActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db/database.ts';
import type { DB } from '../platform/db/schema.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import type {
  CaseStatus,
  CaseSystem,
  ChangeCursor,
  ChangePage,
  DocumentKind,
  IntakeRequest,
  IntakeResult,
  RecognitionUpdate,
  ReportedChange,
  ReportOutcome,
  SuppliedInformation,
} from './contract.ts';
import { takeInReport } from './reports.ts';
import { letterTitle, renderLetter, type Letter, type LetterCase } from './letters.ts';
import { readChanges } from './changes.ts';

/** The FileStore folder of the case system's own files (letters). */
export const FILE_PURPOSE = 'casesystem';
/** Rows younger than this are not exported yet (a late commit with an older changed_at). */
export const DEFAULT_SAFETY_LAG_MS = 2000;

export interface CaseSystemDeps {
  db: Database;
  files: FileStore;
  clock?: () => Date;
  /** The export's safety lag (2 s; tests set 0). */
  safetyLagMs?: number;
}

/** A staff action on a case, and the statuses it may start from. */
export type CaseAction =
  | { kind: 'take_in' }
  | { kind: 'request_information'; missing: string; deadline: string }
  | { kind: 'decide'; outcome: 'granted' | 'rejected'; reasons: string }
  | { kind: 'mvv_issued' }
  | { kind: 'document_ready' }
  | { kind: 'withdraw'; reason: string };

export const ACTION_FROM: Record<CaseAction['kind'], readonly CaseStatus[]> = {
  take_in: ['received'],
  request_information: ['received', 'in_progress'],
  decide: ['received', 'in_progress', 'information_requested'],
  mvv_issued: ['granted'],
  document_ready: ['granted', 'mvv_issued'],
  withdraw: ['received', 'in_progress', 'information_requested'],
};

const ACTION_TO: Record<Exclude<CaseAction['kind'], 'decide'>, CaseStatus> = {
  take_in: 'in_progress',
  request_information: 'information_requested',
  mvv_issued: 'mvv_issued',
  document_ready: 'document_ready',
  withdraw: 'withdrawn',
};

export type ActionOutcome =
  { kind: 'done'; status: CaseStatus } | { kind: 'not_found' } | { kind: 'wrong_state'; status: CaseStatus };

export interface CaseSystemService extends CaseSystem {
  /** A case officer's action (back office): validated input, audited, with its letter. */
  act(actor: StaffActor, caseNumber: string, action: CaseAction, requestId?: string): Promise<ActionOutcome>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createCaseSystem(deps: CaseSystemDeps): CaseSystemService {
  const { db, files } = deps;
  const clock = deps.clock ?? (() => new Date());
  const lagMs = deps.safetyLagMs ?? DEFAULT_SAFETY_LAG_MS;

  /** Renders a letter and stores it; the caller records the cs_documents row. */
  async function storeLetter(c: LetterCase, letter: Letter, lang: Lang, at: Date) {
    const pdf = await renderLetter(c, letter, lang, at);
    const stored = await files.put(Readable.from([pdf]), {
      contentType: 'application/pdf',
      purpose: FILE_PURPOSE,
    });
    return { ...stored, title: `${letterTitle(letter.kind, lang)} ${c.caseNumber}` };
  }

  async function languageOf(trx: Kysely<DB>, kvkNumber: string) {
    const org = await trx
      .selectFrom('cs_organisations')
      .select(['name', 'language'])
      .where('kvk_number', '=', kvkNumber)
      .executeTakeFirst();
    return { lang: org?.language ?? 'nl', name: org?.name ?? null };
  }

  return {
    async intake(request: IntakeRequest): Promise<IntakeResult> {
      const existing = await db
        .selectFrom('cs_cases')
        .select('case_number')
        .where('application_id', '=', request.applicationId)
        .executeTakeFirst();
      if (existing) return { caseNumber: existing.case_number, created: false };

      const dates = decisionDates({
        receivedOn: amsterdamToday(request.submittedAt),
        periodDays: request.decisionPeriodDays,
        recognisedSponsor: request.recognisedSponsor,
      });
      const targetDate = dates.serviceTarget?.complete ?? null;
      const org = await languageOf(db, request.kvkNumber);
      const employeeName = `${request.employee.surname}, ${request.employee.givenNames}`;
      const ack = await storeLetter(
        {
          caseNumber: request.caseNumber,
          typeCode: request.typeCode,
          kvkNumber: request.kvkNumber,
          organisationName: org.name,
          employeeName,
          receivedOn: dates.receivedOn,
        },
        { kind: 'acknowledgement', statutoryEnd: dates.statutoryEnd, targetDate },
        org.lang,
        request.submittedAt,
      );

      const created = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('cs_cases')
          .values({
            case_number: request.caseNumber,
            application_id: request.applicationId,
            kvk_number: request.kvkNumber,
            employee_id: await employeeFor(trx, request),
            type_code: request.typeCode,
            state: 'received',
            submission: JSON.stringify(request.submission) as never,
            received_at: request.submittedAt,
            decision_due_on: dates.statutoryEnd,
            target_date: targetDate,
            information_deadline: null,
          })
          .onConflict((oc) => oc.column('application_id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return false;
        for (const file of request.files) {
          await insertDocument(trx, inserted.id, file.kind, file, request.submittedAt);
        }
        const ackId = await insertDocument(
          trx,
          inserted.id,
          'acknowledgement',
          { ...ack, fileKey: ack.key, contentType: 'application/pdf' },
          request.submittedAt,
        );
        await insertEvent(trx, {
          caseId: inserted.id,
          at: request.submittedAt,
          status: 'received',
          reason: 'intake',
          documentId: ackId,
          actor: 'portal',
        });
        return true;
      });
      if (created) return { caseNumber: request.caseNumber, created: true };
      // A retry raced this one: the letter of this attempt is not needed.
      await files.delete(ack.key);
      const winner = await db
        .selectFrom('cs_cases')
        .select('case_number')
        .where('application_id', '=', request.applicationId)
        .executeTakeFirstOrThrow();
      return { caseNumber: winner.case_number, created: false };
    },

    async submitInformation(info: SuppliedInformation) {
      return db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('cs_cases')
          .select(['id', 'state'])
          .where('case_number', '=', info.caseNumber)
          .where('kvk_number', '=', info.kvkNumber)
          .forUpdate()
          .executeTakeFirst();
        if (!found) return { accepted: false };
        const seen = await trx
          .selectFrom('cs_case_events')
          .select('id')
          .where('external_id', '=', info.submissionId)
          .executeTakeFirst();
        if (seen) return { accepted: true };
        let firstDocument: string | null = null;
        for (const file of info.files) {
          const id = await insertDocument(trx, found.id, 'supplied_information', file, info.submittedAt);
          firstDocument ??= id;
        }
        // The answer to a request resumes the handling (back to in_progress); an unrequested
        // addition is filed without changing the status.
        const status: CaseStatus = found.state === 'information_requested' ? 'in_progress' : found.state;
        if (status !== found.state) {
          await trx
            .updateTable('cs_cases')
            .set({ state: status, information_deadline: null })
            .where('id', '=', found.id)
            .execute();
        }
        await insertEvent(trx, {
          caseId: found.id,
          at: info.submittedAt,
          status,
          reason: 'information_supplied',
          note: info.note,
          documentId: firstDocument,
          actor: 'portal',
          externalId: info.submissionId,
        });
        return { accepted: true };
      });
    },

    async reportChange(report: ReportedChange): Promise<ReportOutcome> {
      return takeInReport(db, report);
    },

    async changesSince(cursor: ChangeCursor | null, limit: number): Promise<ChangePage> {
      return readChanges(db, cursor, limit, lagMs);
    },

    async openDocument(documentId: string) {
      if (!UUID.test(documentId)) return null;
      const doc = await db
        .selectFrom('cs_documents')
        .select(['file_key', 'content_type', 'size', 'title'])
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!doc) return null;
      const stream = await files.get(doc.file_key).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
      if (!stream) return null;
      return { stream, contentType: doc.content_type, size: Number(doc.size), title: doc.title };
    },

    async changeRecognition(update: RecognitionUpdate) {
      return db.transaction().execute(async (trx) => {
        const org = await trx
          .selectFrom('cs_organisations')
          .select('id')
          .where('kvk_number', '=', update.kvkNumber)
          .executeTakeFirst();
        if (!org) return 'unknown_organisation' as const;
        if (update.action === 'grant') {
          await trx
            .insertInto('cs_recognitions')
            .values({
              kvk_number: update.kvkNumber,
              category: update.category,
              state: 'active',
              start_date: update.startDate,
              end_date: null,
              reason: update.reason || null,
            })
            .onConflict((oc) =>
              oc.columns(['kvk_number', 'category']).doUpdateSet({
                state: 'active',
                start_date: update.startDate,
                end_date: null,
                reason: update.reason || null,
              }),
            )
            .execute();
          return 'done' as const;
        }
        const changed = await trx
          .updateTable('cs_recognitions')
          .set({
            state: update.action === 'suspend' ? 'suspended' : 'withdrawn',
            reason: update.reason,
            end_date: update.action === 'withdraw' ? amsterdamToday(clock()) : null,
          })
          .where('kvk_number', '=', update.kvkNumber)
          .where('category', '=', update.category)
          .executeTakeFirst();
        return Number(changed.numUpdatedRows) > 0 ? ('done' as const) : ('no_recognition' as const);
      });
    },

    async act(actor, caseNumber, action, requestId) {
      const now = clock();
      const found = await db
        .selectFrom('cs_cases')
        .leftJoin('cs_employees', 'cs_employees.id', 'cs_cases.employee_id')
        .select([
          'cs_cases.id',
          'cs_cases.state',
          'cs_cases.type_code',
          'cs_cases.kvk_number',
          'cs_cases.received_at',
          'cs_employees.surname',
          'cs_employees.given_names',
        ])
        .where('cs_cases.case_number', '=', caseNumber)
        .executeTakeFirst();
      if (!found) return { kind: 'not_found' };
      if (!ACTION_FROM[action.kind].includes(found.state))
        return { kind: 'wrong_state', status: found.state };

      // The letter is written before the transaction (a PDF is not rendered under a lock); when
      // the state changed meanwhile, the transaction refuses and the file is removed.
      let letter: (Awaited<ReturnType<typeof storeLetter>> & { kind: DocumentKind }) | null = null;
      if (action.kind === 'request_information' || action.kind === 'decide') {
        const org = await languageOf(db, found.kvk_number);
        const content: Letter =
          action.kind === 'decide'
            ? { kind: 'decision', outcome: action.outcome, reasons: action.reasons }
            : { kind: 'information_request', missing: action.missing, deadline: action.deadline };
        const stored = await storeLetter(
          {
            caseNumber,
            typeCode: found.type_code,
            kvkNumber: found.kvk_number,
            organisationName: org.name,
            employeeName: found.surname ? `${found.surname}, ${found.given_names ?? ''}` : null,
            receivedOn: amsterdamToday(found.received_at),
          },
          content,
          org.lang,
          now,
        );
        letter = { ...stored, kind: content.kind };
      }

      const outcome = await db.transaction().execute(async (trx): Promise<ActionOutcome> => {
        const locked = await trx
          .selectFrom('cs_cases')
          .select(['id', 'state'])
          .where('id', '=', found.id)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (!ACTION_FROM[action.kind].includes(locked.state))
          return { kind: 'wrong_state', status: locked.state };
        const status: CaseStatus = action.kind === 'decide' ? action.outcome : ACTION_TO[action.kind];
        const documentId = letter
          ? await insertDocument(
              trx,
              found.id,
              letter.kind,
              { ...letter, fileKey: letter.key, contentType: 'application/pdf' },
              now,
            )
          : null;
        await trx
          .updateTable('cs_cases')
          .set({
            state: status,
            information_deadline: action.kind === 'request_information' ? action.deadline : null,
            ...(action.kind === 'decide' || action.kind === 'withdraw' ? { decided_at: now } : {}),
          })
          .where('id', '=', found.id)
          .execute();
        const note =
          action.kind === 'request_information'
            ? action.missing
            : action.kind === 'decide'
              ? action.reasons
              : action.kind === 'withdraw'
                ? action.reason
                : null;
        await insertEvent(trx, {
          caseId: found.id,
          at: now,
          status,
          reason: action.kind === 'decide' ? action.outcome : action.kind,
          note,
          deadline: action.kind === 'request_information' ? action.deadline : null,
          documentId,
          actor: actor.userId,
        });
        await audit(trx, actor, {
          event: `case.${action.kind}`,
          outcome: 'success',
          objectType: 'case',
          objectId: caseNumber,
          requestId,
          details: { from: locked.state, to: status, document: documentId },
        });
        return { kind: 'done', status };
      });
      if (outcome.kind !== 'done' && letter) await files.delete(letter.key);
      return outcome;
    },
  };
}

/** The employee of an intake: the known person by V-number at this sponsor, else a new one. */
async function employeeFor(trx: Transaction<DB>, request: IntakeRequest): Promise<string> {
  const e = request.employee;
  if (e.vNumber) {
    const known = await trx
      .selectFrom('cs_employees')
      .select('id')
      .where('kvk_number', '=', request.kvkNumber)
      .where('v_number', '=', e.vNumber)
      .executeTakeFirst();
    if (known) return known.id;
  }
  const created = await trx
    .insertInto('cs_employees')
    .values({
      kvk_number: request.kvkNumber,
      v_number: e.vNumber ?? null,
      given_names: e.givenNames,
      surname: e.surname,
      date_of_birth: e.dateOfBirth,
      nationality: e.nationality,
      permit_type: request.typeCode,
      permit_end_date: null,
      sponsorship_state: 'pending',
      registered_on: null,
      deregistered_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

export async function insertDocument(
  trx: Kysely<DB>,
  caseId: string,
  kind: DocumentKind,
  file: { fileKey: string; title: string; contentType: string; size: number; sha256: string },
  at: Date,
): Promise<string> {
  const row = await trx
    .insertInto('cs_documents')
    .values({
      case_id: caseId,
      kind,
      title: file.title,
      file_key: file.fileKey,
      content_type: file.contentType,
      size: file.size,
      sha256: file.sha256,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertEvent(
  trx: Kysely<DB>,
  e: {
    caseId: string;
    at: Date;
    status: CaseStatus;
    reason: string;
    note?: string | null;
    deadline?: string | null;
    documentId?: string | null;
    actor: string;
    externalId?: string;
  },
): Promise<void> {
  await trx
    .insertInto('cs_case_events')
    .values({
      case_id: e.caseId,
      at: e.at,
      status: e.status,
      reason: e.reason,
      note: e.note ?? null,
      deadline: e.deadline ?? null,
      document_id: e.documentId ?? null,
      actor: e.actor,
      external_id: e.externalId ?? null,
    })
    .execute();
}
