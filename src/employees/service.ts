import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Kysely, Transaction } from 'kysely';
import type { CaseSystemService } from '../casesystem/index.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit, type AuditAction } from '../platform/audit.ts';
import type { DB } from '../platform/db/schema.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import { translator } from '../platform/i18n/catalogue.ts';
import { formatDate, type Lang } from '../platform/i18n/i18n.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { Logger } from '../platform/logging.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { kindKey, renderReportReceipt } from './receipt.ts';
import { findEmployee, findReport, fullName, isEnded, isUuid, type ReportRow } from './repository.ts';
import {
  endsSponsorship,
  timeliness,
  weeksFor,
  type DeregistrationReason,
  type RegistrationPermit,
  type SponsorChangeReason,
} from './rules.ts';
import type { ReportKind } from './schema.ts';

/** The job that hands a report to the case system (idempotent there on the report's id). */
export const HANDOVER_JOB = 'employees.handover';
const RECEIPT_PURPOSE = 'employee-receipts';

export interface EmployeeServiceDeps {
  db: Kysely<DB>;
  jobs: Jobs;
  files: FileStore;
  caseSystem: Pick<CaseSystemService, 'reportChange'>;
  logger?: Logger;
  publicUrl: string;
  clock?: () => Date;
}

export interface DeregistrationInput {
  reason: DeregistrationReason;
  occurredOn: string;
  explanation: string;
}

export interface RegistrationInput {
  vNumber: string;
  givenNames: string;
  surname: string;
  dateOfBirth: string;
  startDate: string;
  job: string;
  salaryCents: number;
  permit: RegistrationPermit;
}

export interface SponsorChangeInput {
  reason: SponsorChangeReason;
  occurredOn: string;
  explanation: string;
  address: string;
}

export type SubmitOutcome =
  | { kind: 'done'; reference: string; late: boolean; deadline: string }
  | { kind: 'not_found' }
  | { kind: 'already_deregistered' }
  | { kind: 'already_registered' };

interface NewReport {
  kind: ReportKind;
  reason: string;
  employeeId: string | null;
  vNumber: string | null;
  employeeName: string | null;
  occurredOn: string;
  endsSponsorship: boolean;
  explanation: string;
  details: Record<string, string | number | boolean | null>;
  batchId?: string | null;
  /** False for the rows of a bulk upload: one result file instead of a mail per row. */
  mail?: boolean;
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A reference the sponsor can quote: IM (informatieplicht melding), the day, six random characters. */
export function newReportReference(now: Date): string {
  const bytes = randomBytes(6);
  const random = [...bytes].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');
  return `IM-${amsterdamToday(now).replace(/-/g, '')}-${random}`;
}

/**
 * The sponsor's reports under the duty to inform (issue 11). Each report is one transaction:
 * the portal's record, the audit row, the hand-over job and the confirmation e-mail (outbox),
 * so a report is either wholly submitted or not at all. The case system gets it by the
 * hand-over job, through its interface; the read model reflects it after the next refresh.
 */
export class EmployeeService {
  constructor(readonly deps: EmployeeServiceDeps) {}

  now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  today(): string {
    return amsterdamToday(this.now());
  }

  /** De-registers (or reports a change about) one of the organisation's employees. */
  async deregister(
    actor: BusinessActor,
    employeeId: string,
    input: DeregistrationInput,
    lang: Lang,
    requestId: string,
    options: { batchId?: string; trx?: Transaction<DB>; mail?: boolean } = {},
  ): Promise<SubmitOutcome> {
    if (!isUuid(employeeId)) return { kind: 'not_found' };
    const run = async (trx: Transaction<DB>): Promise<SubmitOutcome> => {
      // Two reports at once for one employee: the second waits here, then sees the first.
      const locked = await trx
        .selectFrom('employees')
        .select('id')
        .where('organisation_id', '=', actor.organisationId)
        .where('id', '=', employeeId)
        .forUpdate()
        .executeTakeFirst();
      const employee = locked ? await findEmployee(trx, actor.organisationId, locked.id) : undefined;
      if (!employee?.v_number) return { kind: 'not_found' };
      const ends = endsSponsorship(input.reason);
      if (ends && isEnded(employee)) return { kind: 'already_deregistered' };
      return this.#record(trx, actor, lang, requestId, {
        kind: 'deregistration',
        reason: input.reason,
        employeeId: employee.id,
        vNumber: employee.v_number,
        employeeName: fullName(employee),
        occurredOn: input.occurredOn,
        endsSponsorship: ends,
        explanation: input.explanation,
        details: {},
        batchId: options.batchId ?? null,
        mail: options.mail ?? true,
      });
    };
    return options.trx ? run(options.trx) : this.deps.db.transaction().execute(run);
  }

  /** Registers an employee who holds a permit and starts with this sponsor (change of employer). */
  async register(
    actor: BusinessActor,
    input: RegistrationInput,
    lang: Lang,
    requestId: string,
    options: { trx?: Transaction<DB> } = {},
  ): Promise<SubmitOutcome> {
    const run = async (trx: Transaction<DB>): Promise<SubmitOutcome> => {
      const current = await trx
        .selectFrom('employees')
        .select('id')
        .where('organisation_id', '=', actor.organisationId)
        .where('v_number', '=', input.vNumber)
        .where('sponsorship_state', '=', 'active')
        .executeTakeFirst();
      if (current) return { kind: 'already_registered' };
      return this.#record(trx, actor, lang, requestId, {
        kind: 'registration',
        reason: 'change_of_employer',
        employeeId: null,
        vNumber: input.vNumber,
        employeeName: `${input.surname}, ${input.givenNames}`,
        occurredOn: input.startDate,
        endsSponsorship: false,
        explanation: '',
        details: {
          givenNames: input.givenNames,
          surname: input.surname,
          dateOfBirth: input.dateOfBirth,
          job: input.job,
          salaryCents: input.salaryCents,
          permit: input.permit,
        },
      });
    };
    return options.trx ? run(options.trx) : this.deps.db.transaction().execute(run);
  }

  /** A change about the sponsor itself (end, bankruptcy, suspension of payments, address, other). */
  async reportSponsorChange(
    actor: BusinessActor,
    input: SponsorChangeInput,
    lang: Lang,
    requestId: string,
    options: { trx?: Transaction<DB> } = {},
  ): Promise<SubmitOutcome> {
    const run = async (trx: Transaction<DB>): Promise<SubmitOutcome> =>
      this.#record(trx, actor, lang, requestId, {
        kind: 'sponsor_change',
        reason: input.reason,
        employeeId: null,
        vNumber: null,
        employeeName: null,
        occurredOn: input.occurredOn,
        endsSponsorship: false,
        explanation: input.explanation,
        details: input.reason === 'administration_address' ? { address: input.address } : {},
      });
    return options.trx ? run(options.trx) : this.deps.db.transaction().execute(run);
  }

  async #record(
    trx: Transaction<DB>,
    actor: BusinessActor,
    lang: Lang,
    requestId: string,
    report: NewReport,
  ): Promise<SubmitOutcome> {
    const now = this.now();
    const { deadline, late } = timeliness(
      report.occurredOn,
      amsterdamToday(now),
      weeksFor(report.kind === 'registration' ? 'registration' : (report.reason as SponsorChangeReason)),
    );
    const reference = newReportReference(now);
    const row = await trx
      .insertInto('employee_reports')
      .values({
        reference,
        organisation_id: actor.organisationId,
        kind: report.kind,
        reason: report.reason,
        employee_id: report.employeeId,
        v_number: report.vNumber,
        employee_name: report.employeeName,
        occurred_on: report.occurredOn,
        deadline,
        late,
        ends_sponsorship: report.endsSponsorship,
        explanation: report.explanation,
        details: JSON.stringify(report.details),
        language: lang,
        acting_subject: actor.actingSubject,
        intermediary_kvk: actor.intermediaryKvk,
        batch_id: report.batchId ?? null,
        submitted_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.deps.jobs.send(
      HANDOVER_JOB,
      { reportId: row.id },
      { trx: trx as unknown as Kysely<unknown>, singletonKey: row.id },
    );
    if (report.mail !== false) await this.#mail(trx, actor, reference);
    await audit(trx, actor, {
      event: AUDIT_EVENTS[report.kind],
      outcome: 'success',
      objectType: report.kind === 'sponsor_change' ? 'organisation' : 'employee',
      objectId: report.kind === 'sponsor_change' ? actor.organisationId : (report.employeeId ?? reference),
      requestId,
      details: {
        reference,
        reason: report.reason,
        late,
        deadline,
        ...(report.batchId ? { batch: report.batchId } : {}),
      },
    });
    return { kind: 'done', reference, late, deadline };
  }

  /** The confirmation e-mail with the receipt, to the organisation's contact address. */
  async #mail(trx: Transaction<DB>, actor: BusinessActor, reference: string): Promise<void> {
    const organisation = await trx
      .selectFrom('organisations')
      .select(['contact_email', 'name', 'kvk_number'])
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    if (!organisation.contact_email) return;
    const report = await findReport(trx, actor.organisationId, reference);
    if (!report) throw new Error('the report was just written');
    const t = translator(report.language);
    const pdf = await renderReportReceipt(report, {
      name: organisation.name,
      kvkNumber: organisation.kvk_number,
    });
    const stored = await this.deps.files.put(Readable.from([pdf]), {
      contentType: 'application/pdf',
      purpose: RECEIPT_PURPOSE,
    });
    await enqueueMail(trx, this.deps.jobs, {
      to: organisation.contact_email,
      subject: t('employees.mail.subject', { reference, kind: t(kindKey(report.kind)) }),
      text: t(report.late ? 'employees.mail.bodyLate' : 'employees.mail.body', {
        reference,
        kind: t(kindKey(report.kind)),
        organisation: organisation.name,
        who: report.employee_name ?? organisation.name,
        date: formatDate(report.language, report.occurred_on),
        deadline: formatDate(report.language, report.deadline),
        link: `${this.deps.publicUrl}/employees/reports/${reference}`,
      }),
      attachments: [
        {
          filename: `${t('employees.receipt.file')}-${reference}.pdf`,
          contentType: 'application/pdf',
          fileKey: stored.key,
          removeWithMail: true,
        },
      ],
    });
  }

  /** The receipt of one of the organisation's reports (the confirmation page's download). */
  async receipt(organisationId: string, report: ReportRow): Promise<Buffer> {
    const organisation = await this.deps.db
      .selectFrom('organisations')
      .select(['name', 'kvk_number'])
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    return renderReportReceipt(report, { name: organisation.name, kvkNumber: organisation.kvk_number });
  }

  /**
   * The hand-over job: the report to the case system through its interface (idempotent there on
   * the report's id, so a retry after a crash takes nothing in twice).
   */
  async handOver(reportId: string): Promise<void> {
    const report = await this.deps.db
      .selectFrom('employee_reports')
      .innerJoin('organisations', 'organisations.id', 'employee_reports.organisation_id')
      .selectAll('employee_reports')
      .select('organisations.kvk_number')
      .where('employee_reports.id', '=', reportId)
      .executeTakeFirst();
    if (!report || report.handed_over_at) return;
    const d = report.details;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const employee = report.v_number
      ? report.kind === 'registration'
        ? {
            vNumber: report.v_number,
            givenNames: text(d.givenNames),
            surname: text(d.surname),
            dateOfBirth: text(d.dateOfBirth),
            permitType: text(d.permit) || null,
          }
        : await this.#employeeOf(report.organisation_id, report.v_number)
      : null;
    const outcome = await this.deps.caseSystem.reportChange({
      reportId: report.id,
      reference: report.reference,
      kvkNumber: report.kvk_number,
      kind: report.kind,
      reason: report.reason,
      occurredOn: report.occurred_on,
      submittedAt: report.submitted_at,
      late: report.late,
      endsSponsorship: report.ends_sponsorship,
      employee,
      details: { explanation: report.explanation, ...report.details },
    });
    if (!outcome.accepted) {
      // The case system does not know this employee with this sponsor: staff follow it up.
      this.deps.logger?.warn({ report: report.reference, reason: outcome.reason }, 'report not matched');
    }
    await this.deps.db
      .updateTable('employee_reports')
      .set({ handed_over_at: new Date() })
      .where('id', '=', report.id)
      .execute();
  }

  async #employeeOf(organisationId: string, vNumber: string) {
    const row = await this.deps.db
      .selectFrom('employees')
      .select(['given_names', 'surname', 'date_of_birth', 'permit_type'])
      .where('organisation_id', '=', organisationId)
      .where('v_number', '=', vNumber)
      .executeTakeFirst();
    return {
      vNumber,
      givenNames: row?.given_names ?? '',
      surname: row?.surname ?? '',
      dateOfBirth: row?.date_of_birth ?? '',
      permitType: row?.permit_type ?? null,
    };
  }
}

/** The audit events (an activity log is built from them). */
export const AUDIT_EVENTS: Record<ReportKind, AuditAction> = {
  deregistration: 'employee.deregistered',
  registration: 'employee.registered',
  sponsor_change: 'sponsor.change_reported',
};
