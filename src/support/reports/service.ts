import type { Kysely } from 'kysely';
import type { Actor, StaffActor } from '../../platform/auth/actor.ts';
import { audit } from '../../platform/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { translator } from '../../platform/i18n/catalogue.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { enqueueMail } from '../../platform/mail/outbox.ts';
import type { ReportState } from '../schema.ts';
import { toAmsterdamLocal } from '../time.ts';
import { newReference, type ValidReport } from './form.ts';
import { SCREENSHOT_PURPOSE, type StoredScreenshot } from './upload.ts';
import type { FileStore } from '../../platform/files/file-store.ts';

/**
 * What happens to a technical issue report (issue 6): it is stored, Team Zakelijk gets it
 * by e-mail with the screenshots attached, the reporter gets a confirmation with the
 * reference; staff assess it, keep notes and answer. Mails go through the outbox in the
 * same transaction (rule 4: side effects after commit).
 */
export interface ReportServiceDeps {
  db: Kysely<DB>;
  jobs: Jobs;
  teamZakelijk: string;
  publicUrl: string;
}

const EXTENSION = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;
const moment = (date: Date | null) =>
  date ? `${toAmsterdamLocal(date).replace('T', ' ')} (Europe/Amsterdam)` : '–';

export async function submitReport(
  deps: ReportServiceDeps,
  actor: Actor,
  input: {
    report: ValidReport;
    screenshots: StoredScreenshot[];
    lang: Lang;
    requestId: string;
    /** The keyed hash of the sending client, for the limit of accepted reports (D7). */
    clientKey?: string;
  },
): Promise<{ id: string; reference: string }> {
  const { report, screenshots, lang } = input;
  const organisation =
    actor.kind === 'business' && !actor.scope
      ? { id: actor.organisationId, name: actor.organisationName }
      : null; // a representative acting by registration does not report in the sponsor's name
  return deps.db.transaction().execute(async (trx) => {
    const reference = newReference();
    const row = await trx
      .insertInto('support_reports')
      .values({
        reference,
        organisation_id: organisation?.id ?? null,
        kvk_number: report.kvkNumber,
        email: report.email,
        language: lang,
        page_address: report.pageAddress,
        occurred_at: report.occurredAt,
        description: report.description,
        correlation_id: report.correlationId,
        error_at: report.errorAt,
        client_key: input.clientKey ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (screenshots.length > 0) {
      await trx
        .insertInto('support_report_files')
        .values(
          screenshots.map((s, index) => ({
            report_id: row.id,
            file_key: s.key,
            content_type: s.contentType,
            size: s.size,
            sha256: s.sha256,
            position: index + 1,
          })),
        )
        .execute();
    }
    const nl = translator('nl');
    await enqueueMail(trx, deps.jobs, {
      to: deps.teamZakelijk,
      subject: nl('support.mail.team.subject', { reference }),
      text: nl('support.mail.team.body', {
        reference,
        kvk: report.kvkNumber,
        organisation: organisation ? organisation.name : nl('support.detail.notLoggedIn'),
        page: report.pageAddress,
        occurred: moment(report.occurredAt),
        correlation: report.correlationId ?? '–',
        errorAt: moment(report.errorAt),
        email: report.email,
        language: nl(`support.language.${lang}`),
        count: screenshots.length,
        description: report.description,
        link: `${deps.publicUrl}/backoffice/reports/${row.id}`,
      }),
      attachments: screenshots.map((s, index) => ({
        filename: `${reference}-${index + 1}.${EXTENSION[s.contentType]}`,
        contentType: s.contentType,
        fileKey: s.key,
      })),
    });
    const t = translator(lang);
    await enqueueMail(trx, deps.jobs, {
      to: report.email,
      subject: t('support.mail.confirm.subject', { reference }),
      text: t('support.mail.confirm.body', { reference }),
    });
    await audit(trx, actor, {
      event: 'support.report.submitted',
      outcome: 'success',
      objectType: 'support_report',
      objectId: row.id,
      requestId: input.requestId,
      details: { screenshots: screenshots.length, fromErrorPage: report.correlationId !== null },
    });
    return { id: row.id, reference };
  });
}

export async function changeState(
  deps: Pick<ReportServiceDeps, 'db'>,
  actor: StaffActor,
  id: string,
  state: ReportState,
  requestId: string,
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('support_reports')
      .set({ state, updated_at: new Date() })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!updated) return false;
    await audit(trx, actor, {
      event: 'support.report.state_changed',
      outcome: 'success',
      objectType: 'support_report',
      objectId: id,
      requestId,
      details: { state },
    });
    return true;
  });
}

export async function addNote(
  deps: Pick<ReportServiceDeps, 'db'>,
  actor: StaffActor,
  id: string,
  body: string,
  requestId: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('support_report_notes')
      .values({ report_id: id, staff_user: actor.userId, staff_name: actor.name, body })
      .execute();
    await audit(trx, actor, {
      event: 'support.report.note_added',
      outcome: 'success',
      objectType: 'support_report',
      objectId: id,
      requestId,
    });
  });
}

/** Stores the answer, mails it to the reporter in the reporter's language, marks the report answered. */
export async function answerReport(
  deps: ReportServiceDeps,
  actor: StaffActor,
  id: string,
  body: string,
  requestId: string,
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const report = await trx
      .selectFrom('support_reports')
      .select(['reference', 'email', 'language'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!report) return false;
    await trx
      .insertInto('support_report_answers')
      .values({ report_id: id, staff_user: actor.userId, body })
      .execute();
    await trx
      .updateTable('support_reports')
      .set({ state: 'answered', updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const t = translator(report.language);
    await enqueueMail(trx, deps.jobs, {
      to: report.email,
      subject: t('support.mail.answer.subject', { reference: report.reference }),
      text: t('support.mail.answer.body', { reference: report.reference, answer: body }),
    });
    await audit(trx, actor, {
      event: 'support.report.answered',
      outcome: 'success',
      objectType: 'support_report',
      objectId: id,
      requestId,
    });
    return true;
  });
}

/** Files younger than this may belong to a report being submitted right now. */
export const ORPHAN_AGE_MS = 60 * 60_000;

/**
 * Issue 13 (3): screenshots kept on disk without a report row (a crash, or an error between
 * storing and committing) are removed once they are an hour old. Returns how many were removed.
 */
export async function sweepOrphanScreenshots(
  db: Kysely<DB>,
  files: FileStore,
  now = new Date(),
): Promise<number> {
  const candidates = await files.listOlder(SCREENSHOT_PURPOSE, new Date(now.getTime() - ORPHAN_AGE_MS));
  let removed = 0;
  for (let i = 0; i < candidates.length; i += 500) {
    const batch = candidates.slice(i, i + 500);
    const kept = new Set(
      (
        await db
          .selectFrom('support_report_files')
          .select('file_key')
          .where('file_key', 'in', batch)
          .execute()
      ).map((r) => r.file_key),
    );
    for (const key of batch.filter((k) => !kept.has(k))) {
      await files.delete(key);
      removed += 1;
    }
  }
  return removed;
}

/** D7: how many reports one client may send in a window; only accepted reports count. */
export const ACCEPTED_REPORT_LIMIT = { max: 5, windowMs: 10 * 60_000 } as const;

/**
 * Whether this client may send another report now, and if not, when it may: the moment the oldest
 * report that counts leaves the window (so the page can say truly how long to wait).
 */
export async function reportAllowance(
  db: Kysely<DB>,
  clientKey: string,
  now: Date,
  limit: { max: number; windowMs: number } = ACCEPTED_REPORT_LIMIT,
): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  const since = new Date(now.getTime() - limit.windowMs);
  const recent = await db
    .selectFrom('support_reports')
    .select('created_at')
    .where('client_key', '=', clientKey)
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .limit(limit.max)
    .execute();
  if (recent.length < limit.max) return { allowed: true };
  const oldestCounted = recent[recent.length - 1]?.created_at;
  const at = oldestCounted
    ? new Date(oldestCounted).getTime() + limit.windowMs
    : now.getTime() + limit.windowMs;
  return { allowed: false, retryAt: new Date(Math.max(at, now.getTime() + 1000)) };
}
