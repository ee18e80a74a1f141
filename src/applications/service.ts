import { Readable } from 'node:stream';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { cleanFileName } from '../platform/files/file-name.ts';
import { sql, type Kysely } from 'kysely';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db/database.ts';
import type { DB } from '../platform/db/schema.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import { translator } from '../platform/i18n/catalogue.ts';
import { formatDate, formatMoney, type Lang } from '../platform/i18n/i18n.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { Logger } from '../platform/logging.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import type { CaseSystem } from '../casesystem/index.ts';
import {
  amountsFor,
  CATALOGUE,
  decisionPeriodDays,
  documentCodes,
  feeClassOf,
  findDocumentType,
  findType,
  maySubmit,
  recognisedSponsorFor,
  requiredDocuments,
} from './catalogue/catalogue.ts';
import { decisionDates, type DecisionDates } from './catalogue/decision-dates.ts';
import type { ApplicationType, Catalogue } from './catalogue/model.ts';
import { yearOf } from './forms/dates.ts';
import {
  firstInvalidPage,
  pageInput,
  validatePage,
  type FormError,
  type PageDefinition,
  type RawInput,
  type RuleContext,
} from './forms/engine.ts';
import { pagesOf } from './forms/pages.ts';
import { renderReceipt } from './receipt.ts';
import { ApplicationRepository, type Application, type Attachment } from './repository.ts';
import type { Answers, PendingInput } from './schema.ts';
import type { ReceivedFile } from '../platform/http/multipart.ts';
import type { AcceptedType, UploadProblem } from './upload-inspection.ts';

export const HANDOVER_JOB = 'applications.handover';
export const PURGE_JOB = 'applications.purge-drafts';
/** Drafts untouched this long are deleted; the list warns from DRAFT_WARN_DAYS on. */
export const DRAFT_KEEP_DAYS = 60;
export const DRAFT_WARN_DAYS = 53;

export interface ApplicationDeps {
  db: Database;
  jobs: Jobs;
  files: FileStore;
  caseSystem: CaseSystem;
  logger: Logger;
  uploads: { maxBytes: number; maxFiles: number };
  clock?: () => Date;
  catalogue?: Catalogue;
}

export type SubmitOutcome =
  | { kind: 'submitted'; reference: string }
  | { kind: 'already'; reference: string }
  | { kind: 'incomplete'; step: string }
  | { kind: 'amounts_missing'; year: number }
  /** The organisation's recognition for this type was suspended or withdrawn since the draft was started. */
  | { kind: 'not_recognised' }
  | { kind: 'not_found' };

/** The fee of an application, or the year whose amounts are missing (never guessed). */
export type Fee = { cents: number; year: number } | { missingYear: number };

export class ApplicationService {
  readonly repository: ApplicationRepository;
  private readonly clock: () => Date;
  readonly catalogue: Catalogue;

  constructor(private readonly deps: ApplicationDeps) {
    this.repository = new ApplicationRepository(deps.db);
    this.clock = deps.clock ?? (() => new Date());
    this.catalogue = deps.catalogue ?? CATALOGUE;
  }

  now(): Date {
    return this.clock();
  }

  /** The types this organisation may submit, and those it may not (with the reason). */
  catalogueFor(actor: BusinessActor): { allowed: ApplicationType[]; notAllowed: ApplicationType[] } {
    const allowed = this.catalogue.types.filter((t) => maySubmit(t, actor.recognitions));
    const notAllowed = this.catalogue.types.filter((t) => !maySubmit(t, actor.recognitions));
    return { allowed, notAllowed };
  }

  typeOf(application: Application): ApplicationType {
    const type = findType(application.type_code, this.catalogue);
    if (!type) throw new Error(`unknown application type ${application.type_code}`);
    return type;
  }

  pagesOf(type: ApplicationType): PageDefinition[] {
    return pagesOf(type.pages);
  }

  /** The type a new application would have, if this organisation may submit it (nothing is stored yet). */
  startable(actor: BusinessActor, typeCode: string): ApplicationType | undefined {
    const type = findType(typeCode, this.catalogue);
    return type && maySubmit(type, actor.recognitions) ? type : undefined;
  }

  /**
   * The amounts of a year, or undefined. A missing year is refused, never replaced by another
   * one: the user is told (the rule or fee says so), and staff are alerted by an error-level
   * log line with `alert: 'catalogue_amounts_missing'` and the notice on the back-office home.
   */
  amountsOf(year: number) {
    const amounts = amountsFor(year, this.catalogue);
    if (!amounts) {
      this.deps.logger.error(
        { alert: 'catalogue_amounts_missing', year, catalogueVersion: this.catalogue.version },
        'no fees and income criteria in the catalogue for this year: the portal refuses to compute them',
      );
    }
    return amounts;
  }

  /** The context the rules run in: the day of filing is today, in Europe/Amsterdam. */
  ruleContext(application: Application, lang: Lang): RuleContext {
    return {
      today: amsterdamToday(this.clock()),
      type: this.typeOf(application),
      amountsOf: (year) => this.amountsOf(year),
      answers: application.answers,
      money: (cents) => formatMoney(lang, cents),
      date: (value) => formatDate(lang, value),
    };
  }

  /** The document types this application needs, given its answers. */
  requiredDocuments(application: Application): string[] {
    return requiredDocuments(this.typeOf(application), application.answers);
  }

  /**
   * Saves one page. "continue": the page is validated, and stored only when valid. "save" (save
   * and finish later): a valid page is stored as on continue; a page that is not valid yet is
   * kept as typed (pending input, no validation errors) and shown again like that.
   * A new application (no draft yet) becomes a draft here, at its first save (D13); a page with
   * nothing typed on it creates no draft.
   */
  async savePage(
    actor: BusinessActor,
    target: { application: Application } | { type: ApplicationType },
    page: PageDefinition,
    input: RawInput,
    lang: Lang,
    step: string,
    mode: 'continue' | 'save',
  ): Promise<
    | { ok: true; id: string; pending: boolean }
    | { ok: false; errors: FormError[]; id?: string }
    | { ok: 'nothing' }
  > {
    const application = 'application' in target ? target.application : undefined;
    const ctx = application
      ? this.ruleContext(application, lang)
      : this.newRuleContext('type' in target ? target.type : this.typeOf(application as never), lang);
    const result = validatePage(page, input, ctx);
    if (!result.ok && mode === 'continue') return result;
    const answers: Answers = { ...(application?.answers ?? {}) };
    let pendingInput: PendingInput = { ...(application?.pending_input ?? {}) };
    const raw = pageInput(page, input);
    if (result.ok) {
      answers[page.id] = result.values;
      pendingInput = Object.fromEntries(Object.entries(pendingInput).filter(([id]) => id !== page.id));
    } else {
      if (
        !application &&
        Object.values(raw).every((v) => (Array.isArray(v) ? v.length === 0 : v.trim() === ''))
      ) {
        return { ok: 'nothing' };
      }
      pendingInput[page.id] = raw;
    }
    const employeeName = employeeNameOf(answers, pendingInput) ?? application?.employee_name ?? null;
    if (application) {
      await this.repository.saveAnswers(actor, application.id, answers, step, employeeName, pendingInput);
      return { ok: true, id: application.id, pending: !result.ok };
    }
    const type = (target as { type: ApplicationType }).type;
    const id = await this.repository.create(actor, {
      typeCode: type.code,
      catalogueVersion: this.catalogue.version,
      step,
      language: lang,
      answers,
      pendingInput,
      employeeName,
    });
    return { ok: true, id, pending: !result.ok };
  }

  private newRuleContext(type: ApplicationType, lang: Lang): RuleContext {
    return {
      today: amsterdamToday(this.clock()),
      type,
      amountsOf: (year) => this.amountsOf(year),
      answers: {},
      money: (cents) => formatMoney(lang, cents),
      date: (value) => formatDate(lang, value),
    };
  }

  /** What is still missing before the application can be submitted. */
  completeness(
    application: Application,
    attachments: Attachment[],
    lang: Lang,
  ): { invalid?: { page: PageDefinition; errors: FormError[] }; missingDocuments: string[] } {
    const type = this.typeOf(application);
    // A page kept as typed ("save and finish later") is not complete, whatever its older answers say.
    const pending = this.pagesOf(type).find((p) => application.pending_input[p.id] !== undefined);
    const invalid = pending
      ? { page: pending, errors: [] }
      : firstInvalidPage(this.pagesOf(type), this.ruleContext(application, lang));
    const missingDocuments = this.requiredDocuments(application).filter(
      (code) => !attachments.some((a) => a.document_type === code),
    );
    return { ...(invalid ? { invalid } : {}), missingDocuments };
  }

  /** The fee of the year of filing, for the fee class the answers give (partner or child). */
  fee(application: Application): Fee {
    const year = yearOf(amsterdamToday(this.clock()));
    const amounts = this.amountsOf(year);
    if (!amounts) return { missingYear: year };
    return { cents: amounts.fees[feeClassOf(this.typeOf(application), application.answers)], year };
  }

  /** The decision dates of a submitted application (statutory period, service target). */
  decisionDates(
    application: Application,
    submittedAt: Date,
    actor: Pick<BusinessActor, 'recognitions'>,
  ): DecisionDates {
    const type = this.typeOf(application);
    return decisionDates({
      receivedOn: amsterdamToday(submittedAt),
      periodDays: decisionPeriodDays(type, this.catalogue),
      recognisedSponsor: recognisedSponsorFor(type, actor.recognitions),
    });
  }

  paymentMethod(actor: BusinessActor): 'direct_debit' | 'payment_letter' {
    // Recognised sponsors pay by their one-off direct-debit mandate; others get a payment letter.
    return actor.recognitions.length > 0 ? 'direct_debit' : 'payment_letter';
  }

  /**
   * Records one upload that the platform's multipart pipeline stored (type found in the content,
   * size within the limit, a PDF scanned). Anything refused here is removed from the store again.
   */
  async recordUpload(
    actor: BusinessActor,
    application: Application,
    documentType: string,
    file: ReceivedFile,
  ): Promise<{ ok: true } | { ok: false; problem: UploadProblem }> {
    const type = this.typeOf(application);
    const refuse = async (problem: UploadProblem) => {
      await this.deps.files.delete(file.key);
      return { ok: false as const, problem };
    };
    if (!findDocumentType(documentType, this.catalogue) || !documentCodes(type).includes(documentType)) {
      return refuse('no_file');
    }
    if ((await this.repository.countAttachments(actor, application.id)) >= this.deps.uploads.maxFiles) {
      return refuse('too_many');
    }
    const added = await this.repository.addAttachment(
      actor,
      application.id,
      {
        document_type: documentType,
        original_name: file.filename.slice(0, 200),
        content_type: file.contentType as AcceptedType,
        size_bytes: file.size,
        sha256: file.sha256,
        storage_key: file.key,
      },
      this.deps.uploads.maxFiles,
    );
    if (added !== 'added') return refuse(added === 'too_many' ? 'too_many' : 'no_file');
    return { ok: true };
  }

  async removeAttachment(
    actor: BusinessActor,
    applicationId: string,
    attachmentId: string,
  ): Promise<boolean> {
    const key = await this.repository.deleteAttachment(actor, applicationId, attachmentId);
    if (!key) return false;
    await this.deps.files.delete(key);
    return true;
  }

  async openAttachment(attachment: Attachment): Promise<Readable> {
    return this.deps.files.get(attachment.storage_key);
  }

  async deleteDraft(actor: BusinessActor, id: string, requestId?: string): Promise<boolean> {
    const keys = await this.repository.deleteDraft(actor, id, requestId);
    if (!keys) return false;
    for (const key of keys) await this.deps.files.delete(key);
    return true;
  }

  /**
   * Submits in one transaction (rule 4): the application is marked submitted with its
   * reference and fee, the hand-over to the case system is queued, and the confirmation
   * mail is written to the outbox. A second submit of the same application (double click,
   * back button, retry) finds it submitted and changes nothing.
   */
  async submit(actor: BusinessActor, id: string, lang: Lang, requestId: string): Promise<SubmitOutcome> {
    const application = await this.repository.find(actor, id);
    if (!application) return { kind: 'not_found' };
    if (application.state === 'submitted' && application.reference) {
      return { kind: 'already', reference: application.reference };
    }
    const attachments = await this.repository.attachments(actor, id);
    const missing = this.completeness(application, attachments, lang);
    if (missing.invalid) return { kind: 'incomplete', step: missing.invalid.page.id };
    if (missing.missingDocuments.length > 0) return { kind: 'incomplete', step: 'documents' };

    const fee = this.fee(application);
    if ('missingYear' in fee) return { kind: 'amounts_missing', year: fee.missingYear };
    const method = this.paymentMethod(actor);
    const submittedAt = this.clock();
    // Files written for the confirmation mail; removed again if the transaction rolls back.
    const mailFiles: string[] = [];
    const outcome = this.deps.db.transaction().execute(async (trx) => {
      const locked = await trx
        .selectFrom('applications')
        .select(['state', 'reference'])
        .where('id', '=', id)
        .where('organisation_id', '=', actor.organisationId)
        .forUpdate()
        .executeTakeFirst();
      if (!locked) return { kind: 'not_found' } as const;
      if (locked.state === 'submitted' && locked.reference) {
        return { kind: 'already', reference: locked.reference } as const;
      }
      // Recognition is re-checked here, in the transaction (issue 13, finding 4): FOR SHARE keeps
      // a suspension by staff from committing between this check and the submission.
      const active = await trx
        .selectFrom('recognitions')
        .select('category')
        .where('organisation_id', '=', actor.organisationId)
        .where('state', '=', 'active')
        .forShare()
        .execute();
      if (
        !maySubmit(
          this.typeOf(application),
          active.map((r) => r.category),
        )
      )
        return { kind: 'not_recognised' } as const;
      const reference = await nextReference(trx, submittedAt);
      const updated = await trx
        .updateTable('applications')
        .set({
          state: 'submitted',
          reference,
          submitted_at: submittedAt,
          submitted_by_subject: actor.actingSubject,
          fee_cents: fee.cents,
          fee_year: fee.year,
          payment_method: method,
          language: lang,
          updated_at: submittedAt,
        })
        .where('id', '=', id)
        .where('organisation_id', '=', actor.organisationId)
        .where('state', '=', 'draft')
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.deps.jobs.send(
        HANDOVER_JOB,
        { applicationId: id },
        { trx: trx as unknown as Kysely<unknown>, singletonKey: id },
      );
      await this.enqueueConfirmation(trx, actor, updated, attachments, lang, mailFiles);
      await audit(trx, actor, {
        event: 'application.submitted',
        outcome: 'success',
        objectType: 'application',
        objectId: id,
        requestId,
        details: { type: updated.type_code, reference },
      });
      return { kind: 'submitted', reference } as const;
    });
    return outcome.catch(async (error: unknown) => {
      await Promise.all(mailFiles.map((key) => this.deps.files.delete(key)));
      throw error;
    });
  }

  private async enqueueConfirmation(
    trx: Kysely<DB>,
    actor: BusinessActor,
    application: Application,
    attachments: Attachment[],
    lang: Lang,
    mailFiles: string[],
  ): Promise<void> {
    const organisation = await trx
      .selectFrom('organisations')
      .select(['contact_email', 'name', 'kvk_number'])
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    if (!organisation.contact_email) return;
    const t = translator(lang);
    const type = this.typeOf(application);
    const receipt = await renderReceipt({
      application,
      attachments,
      type,
      pages: this.pagesOf(type),
      organisation: { name: organisation.name, kvkNumber: organisation.kvk_number },
      decision: this.decisionDates(application, application.submitted_at ?? this.clock(), actor),
      lang,
    });
    // The receipt holds passport numbers and BSNs: it goes to the file store, and the outbox
    // row holds only its key (removed with the row after the outbox's retention).
    const stored = await this.deps.files.put(Readable.from([receipt]), {
      contentType: 'application/pdf',
      purpose: 'mail',
    });
    mailFiles.push(stored.key);
    await enqueueMail(trx, this.deps.jobs, {
      to: organisation.contact_email,
      subject: t('apps.mail.subject', { reference: application.reference ?? '' }),
      text: t('apps.mail.body', {
        reference: application.reference ?? '',
        type: type.name[lang],
        organisation: organisation.name,
        fee: formatMoney(lang, application.fee_cents ?? 0),
        days: decisionPeriodDays(type, this.catalogue),
        date: formatDate(
          lang,
          this.decisionDates(application, application.submitted_at ?? this.clock(), actor).statutoryEnd,
        ),
      }),
      attachments: [
        {
          filename: `${t('apps.receipt.filename')}-${application.reference ?? ''}.pdf`,
          contentType: 'application/pdf',
          fileKey: stored.key,
          removeWithMail: true,
        },
      ],
    });
  }

  /**
   * The job that hands a submitted application to the case system (idempotent: the case system
   * takes an application id in once). It sends the sponsor's KVK number, the employee as the
   * answers name them, the receipt and the attachments (file keys in the FileStore), whether
   * the sponsor is recognised for the type (service target) and the decision period.
   */
  async handOver(applicationId: string): Promise<void> {
    const application = await this.deps.db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', applicationId)
      .where('state', '=', 'submitted')
      .executeTakeFirst();
    if (!application?.reference || !application.submitted_at) return;
    const attachments = await this.deps.db
      .selectFrom('application_attachments')
      .selectAll()
      .where('application_id', '=', applicationId)
      .where('organisation_id', '=', application.organisation_id)
      .orderBy('created_at')
      .execute();
    const organisation = await this.deps.db
      .selectFrom('organisations')
      .select(['name', 'kvk_number'])
      .where('id', '=', application.organisation_id)
      .executeTakeFirstOrThrow();
    const recognitions = await this.deps.db
      .selectFrom('recognitions')
      .select('category')
      .where('organisation_id', '=', application.organisation_id)
      .where('state', '=', 'active')
      .execute();
    const actor = { recognitions: recognitions.map((r) => r.category) };
    const type = this.typeOf(application);
    const lang: Lang = application.language;
    const receipt = await renderReceipt({
      application,
      attachments,
      type,
      pages: this.pagesOf(type),
      organisation: { name: organisation.name, kvkNumber: organisation.kvk_number },
      decision: this.decisionDates(application, application.submitted_at, actor),
      lang,
    });
    const stored = await this.deps.files.put(Readable.from([receipt]), {
      contentType: 'application/pdf',
      purpose: 'receipts',
    });
    const personal = application.answers.personal ?? {};
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const outcome = await this.deps.caseSystem.intake({
      applicationId,
      caseNumber: application.reference,
      kvkNumber: organisation.kvk_number,
      typeCode: application.type_code,
      submittedAt: application.submitted_at,
      decisionPeriodDays: decisionPeriodDays(type, this.catalogue),
      recognisedSponsor: recognisedSponsorFor(type, actor.recognitions),
      employee: {
        givenNames: text(personal.givenNames),
        surname: text(personal.surname),
        dateOfBirth: text(personal.dateOfBirth),
        nationality: text(personal.nationality),
        vNumber: text(personal.vNumber) || null,
      },
      submission: {
        catalogueVersion: application.catalogue_version,
        answers: application.answers,
        documents: attachments.map((a) => ({
          documentType: a.document_type,
          contentType: a.content_type,
          size: a.size_bytes,
          sha256: a.sha256,
        })),
        feeCents: application.fee_cents,
        feeYear: application.fee_year,
        paymentMethod: application.payment_method,
      },
      files: [
        {
          kind: 'application',
          fileKey: stored.key,
          title: `${translator(lang)('apps.receipt.filename')}-${application.reference}.pdf`,
          contentType: 'application/pdf',
          size: stored.size,
          sha256: stored.sha256,
        },
        ...attachments.map((a) => ({
          kind: 'attachment' as const,
          fileKey: a.storage_key,
          title: a.original_name,
          contentType: a.content_type,
          size: a.size_bytes,
          sha256: a.sha256,
        })),
      ],
    });
    // A retry: the case system kept the receipt of the first hand-over.
    if (!outcome.created) await this.deps.files.delete(stored.key);
  }

  /** The scheduled purge: drafts untouched for DRAFT_KEEP_DAYS days, with their files. */
  async purgeOldDrafts(): Promise<number> {
    const cutoff = new Date(this.clock().getTime() - DRAFT_KEEP_DAYS * 86_400_000);
    const rows = await this.deps.db.transaction().execute(async (trx) => {
      const keys = await trx
        .selectFrom('application_attachments')
        .innerJoin('applications', 'applications.id', 'application_attachments.application_id')
        .select('application_attachments.storage_key')
        .where('applications.state', '=', 'draft')
        .where('applications.updated_at', '<', cutoff)
        .execute();
      const deleted = await trx
        .deleteFrom('applications')
        .where('state', '=', 'draft')
        .where('updated_at', '<', cutoff)
        .returning('id')
        .execute();
      return { keys: keys.map((k) => k.storage_key), count: deleted.length };
    });
    for (const key of rows.keys) await this.deps.files.delete(key);
    if (rows.count > 0) this.deps.logger.info({ count: rows.count }, 'old drafts deleted');
    return rows.count;
  }

  /** The day on which a draft will be deleted, and whether the list should warn about it. */
  expiryOf(application: Application): { deletesOn: Date; warn: boolean } {
    const updated = application.updated_at.getTime();
    const deletesOn = new Date(updated + DRAFT_KEEP_DAYS * 86_400_000);
    const warn = this.clock().getTime() >= updated + DRAFT_WARN_DAYS * 86_400_000;
    return { deletesOn, warn };
  }
}

/** References look like 2026-P000123: year of submission and a sequence number. */
async function nextReference(trx: Kysely<DB>, at: Date): Promise<string> {
  const { rows } = await sql<{
    n: number | string;
  }>`select nextval('application_reference_seq') as n`.execute(trx);
  const n = Number(rows[0]?.n);
  return `${amsterdamToday(at).slice(0, 4)}-P${String(n).padStart(6, '0')}`;
}

/** Pipes the upload through the inspector and returns the inspector's readable side. */
/** A file name for display only: no path, no control characters, at most 120 characters. */
export function cleanFilename(name: string): string {
  return cleanFileName(name, 'file');
}

/** The employee's name for the drafts list: from the personal page, stored or as typed. */
function employeeNameOf(answers: Answers, pending: PendingInput): string | undefined {
  const from = (values: Record<string, unknown> | undefined) => {
    const given = typeof values?.givenNames === 'string' ? values.givenNames.trim() : '';
    const surname = typeof values?.surname === 'string' ? values.surname.trim() : '';
    return given || surname ? `${given} ${surname}`.trim().slice(0, 200) : undefined;
  };
  return from(pending.personal) ?? from(answers.personal);
}
