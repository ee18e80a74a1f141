import { RESUMED_NOTICE, singleValues } from '../../platform/http/kept-input.ts';
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access } from '../../platform/auth/access.ts';
import { audit } from '../../platform/audit.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { listPublished, inLanguage } from '../faq/repository.ts';
import { toAmsterdamLocal } from '../time.ts';
import {
  MyReportPage,
  MyReportsPage,
  ReportFormPage,
  ReportSentPage,
  ReportStepOne,
  type ReportContext,
  type ReportFormValues,
} from '../views/report-views.tsx';
import {
  correlationIdOf,
  errorTimeOf,
  formatBytes,
  pageAddressOf,
  parseReportFields,
  validateReport,
  type ReportError,
} from './form.ts';
import { findForOrganisation, listForOrganisation } from './repository.ts';
import { reportAllowance, submitReport, type ReportServiceDeps } from './service.ts';
import { discardAll, reportUpload } from './upload.ts';

/**
 * A guard against floods of posts (abuse), beyond the portal's global limit. The limit a user
 * meets is the one on accepted reports (ACCEPTED_REPORT_LIMIT, D7): a post with a mistake in it
 * does not count, and the form comes back with what was typed and the true waiting time.
 */
export const REPORT_RATE_LIMIT = { max: 30, timeWindow: '10 minutes' } as const;

/** A keyed hash of the client address: the count of accepted reports never stores the address. */
function clientKeyOf(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`support-report:${ip}`).digest('hex').slice(0, 32);
}

const contextQuery = z.object({
  ref: z.string().max(200).optional(),
  at: z.string().max(100).optional(),
  from: z.string().max(4096).optional(),
});
const sentQuery = z.object({ reference: z.string().regex(/^PZ-[2-9A-Z]{4}-[2-9A-Z]{4}$/) });
const idParams = z.object({ id: z.string().max(100) });

function isReportPath(address: string): boolean {
  try {
    return new URL(address, 'http://portal.invalid').pathname.startsWith('/report-a-problem');
  } catch {
    return false;
  }
}

/** The page the user came from: the error page's `from`, else the Referer (same origin policy). */
function contextOf(query: unknown, referer: string | undefined, now: Date): ReportContext {
  const parsed = contextQuery.safeParse(query);
  const q = parsed.success ? parsed.data : {};
  const candidates = [q.from, referer].map((v) => pageAddressOf(v)).filter((v): v is string => !!v);
  return {
    correlationId: correlationIdOf(q.ref),
    errorAt: errorTimeOf(q.at, now),
    from: candidates.find((c) => !isReportPath(c)),
  };
}

export function reportRoutes(
  app: FastifyInstance,
  deps: ModuleContext,
  files: FileStore,
  service: ReportServiceDeps,
): void {
  const maxBytes = deps.config.uploads.maxBytes;
  const upload = reportUpload(maxBytes);
  const publicRoute = { access: access.public };

  app.get('/report-a-problem', { config: publicRoute }, async (request, reply) => {
    const context = contextOf(request.query, request.headers.referer, new Date());
    const faqs = await listPublished(deps.database.db, { categories: ['login', 'technical'] });
    return reply.page(
      request.t('support.report.title'),
      <ReportStepOne context={context} faqs={faqs.map((f) => inLanguage(f, request.lang))} />,
    );
  });

  app.get('/report-a-problem/form', { config: publicRoute }, async (request, reply) => {
    const now = new Date();
    const context = contextOf(request.query, request.headers.referer, now);
    const values: ReportFormValues = {
      pageAddress: context.from ?? '',
      kvkNumber: request.actor.kind === 'business' ? request.actor.kvkNumber : '',
      // Only a time the portal knows (the error page's own) is filled in: the time the form was
      // opened is not when the error happened.
      occurredAt: context.errorAt ? toAmsterdamLocal(context.errorAt) : '',
      description: '',
      email: '',
      correlationId: context.correlationId ?? '',
      errorAt: context.errorAt?.toISOString() ?? '',
    };
    // D10: what a logged-in user typed before a language switch or "stay logged in" comes back;
    // chosen screenshots do not (the form says to choose them again).
    const resumed = await request.resumedInput();
    const kept = resumed ? singleValues(resumed.input) : undefined;
    return reply.page(
      request.t('support.form.title'),
      <ReportFormPage
        values={kept ? { ...values, ...parseReportFields(kept).input } : values}
        errors={[]}
        reselect={Boolean(kept?.screenshots)}
        maxFileSize={formatBytes(maxBytes, request.lang)}
        now={toAmsterdamLocal(now)}
        notice={resumed ? request.t(RESUMED_NOTICE[resumed.reason]) : undefined}
      />,
      {
        crumbs: [{ href: '/report-a-problem', label: request.t('support.report.title') }],
        pageForm: true,
      },
    );
  });

  app.post(
    '/report-a-problem/form',
    {
      config: { ...publicRoute, rateLimit: REPORT_RATE_LIMIT },
      // Reads only the first part (the CSRF token) before the app's CSRF check in preHandler.
      preValidation: upload.preValidation,
    },
    async (request, reply) => {
      const now = new Date();
      const sizeLabel = formatBytes(maxBytes, request.lang);
      const form = await upload.read(request, files, sizeLabel);
      const { input, errors: tooLong } = parseReportFields(form.fields);
      const checked = validateReport(input, now);
      const errors: ReportError[] = [
        ...tooLong,
        ...checked.errors.filter((e) => !tooLong.some((t) => t.field === e.field)),
        ...form.errors,
      ];
      if (form.screenshots.length === 0 && !form.errors.some((e) => e.field === 'screenshots'))
        errors.push({ field: 'screenshots', key: 'support.form.error.required.screenshots' });
      if (errors.length > 0 || !checked.report) {
        await discardAll(files, form.screenshots);
        return reply.page(
          request.t('support.form.title'),
          <ReportFormPage
            values={input}
            errors={errors}
            reselect={form.filesSent}
            maxFileSize={sizeLabel}
            now={toAmsterdamLocal(now)}
          />,
          { status: 400, crumbs: [{ href: '/report-a-problem', label: request.t('support.report.title') }] },
        );
      }
      const clientKey = clientKeyOf(deps.config.sessionSecret, request.ip);
      const allowance = await reportAllowance(deps.database.db, clientKey, now);
      if (!allowance.allowed) {
        await discardAll(files, form.screenshots);
        const seconds = Math.ceil((allowance.retryAt.getTime() - now.getTime()) / 1000);
        reply.header('retry-after', String(seconds));
        return reply.page(
          request.t('support.form.title'),
          <ReportFormPage
            values={input}
            errors={[]}
            reselect={form.filesSent}
            maxFileSize={sizeLabel}
            now={toAmsterdamLocal(now)}
            limited={{ minutes: Math.max(1, Math.ceil(seconds / 60)), until: allowance.retryAt }}
          />,
          { status: 429, crumbs: [{ href: '/report-a-problem', label: request.t('support.report.title') }] },
        );
      }
      try {
        const { reference } = await submitReport(service, request.actor, {
          report: checked.report,
          screenshots: form.screenshots,
          lang: request.lang,
          requestId: request.id,
          clientKey,
        });
        return await reply.redirect(`/report-a-problem/sent?reference=${reference}`, 303);
      } catch (error) {
        await discardAll(files, form.screenshots);
        throw error;
      }
    },
  );

  app.get('/report-a-problem/sent', { config: publicRoute }, (request, reply) => {
    const query = sentQuery.safeParse(request.query);
    if (!query.success) return reply.redirect('/report-a-problem', 303);
    return reply.page(request.t('support.sent.title'), <ReportSentPage reference={query.data.reference} />);
  });

  // A logged-in reporter sees the reports of the organisation acted for, and the answers.
  app.get('/support/reports', { config: { access: access.business } }, async (request, reply) => {
    if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
    const reports = await listForOrganisation(deps.database.db, request.actor);
    return reply.page(request.t('support.mine.title'), <MyReportsPage reports={reports} />);
  });

  app.get('/support/reports/:id', { config: { access: access.business } }, async (request, reply) => {
    const actor = request.actor;
    if (actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
    const { id } = idParams.parse(request.params);
    const found = await findForOrganisation(deps.database.db, actor, id);
    if (!found) {
      await audit(deps.database.db, actor, {
        event: 'support.report.viewed',
        outcome: 'denied',
        reason: 'not found in the organisation acted for',
        objectType: 'support_report',
        objectId: id.slice(0, 100),
        requestId: request.id,
      });
      return reply.callNotFound();
    }
    return reply.page(
      request.t('support.detail.title', { reference: found.report.reference }),
      <MyReportPage report={found.report} answers={found.answers} screenshotCount={found.screenshotCount} />,
      { crumbs: [{ href: '/support/reports', label: request.t('support.mine.title') }] },
    );
  });
}
