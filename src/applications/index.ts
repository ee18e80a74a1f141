import { job } from '../platform/jobs/jobs.ts';
import type { PortalModule } from '../platform/module.ts';
import { applicationMessages } from './messages.ts';
import * as m0300 from './migrations/0300_applications.ts';
import * as m0350 from './migrations/0350_pending_input.ts';
import { applicationRoutes } from './routes.tsx';
import { HANDOVER_JOB, PURGE_JOB, type ApplicationService } from './service.ts';
import { applicationsAuditActions } from './audit-actions.ts';

/** The applications module's public entry. */
export { ApplicationService, type ApplicationDeps } from './service.ts';
export { CATALOGUE, missingAmountYears, findType, decisionPeriodDays } from './catalogue/catalogue.ts';
export { decisionDates, atwNextOpenDay, type DecisionDates } from './catalogue/decision-dates.ts';
export { amountsFor } from './catalogue/catalogue.ts';
export type { SalaryCriterion } from './catalogue/model.ts';
export { parseDate, addMonths, ageOn } from './forms/dates.ts';
export { parseEuroCents } from './forms/money.ts';
export { pdfDocument } from './receipt.ts';
export {
  ACCEPTED_TYPES,
  documentFile,
  EXTENSIONS,
  PdfFilterScan,
  UploadRejected,
  type UploadProblem,
} from './upload-inspection.ts';

declare module '../platform/module.ts' {
  interface PortalServices {
    /** Drafts, submission and hand-over to the case system (built once in main). */
    applications: ApplicationService;
  }
}

/** Submitting applications: catalogue, form, documents, submission and hand-over. */
export const applicationsModule: PortalModule = {
  name: 'applications',
  auditActions: applicationsAuditActions,
  migrations: { '0300_applications': m0300, '0350_pending_input': m0350 },
  messages: applicationMessages,
  nav: { business: [{ href: '/applications', label: 'apps.catalogue.title', order: 20 }] },
  routes: applicationRoutes,
  /** Hand-over to the case system, and the nightly purge of old drafts. */
  jobs: ({ applications }) => [
    job<{ applicationId: string }>({
      name: HANDOVER_JOB,
      retryLimit: 50,
      handler: async ({ applicationId }) => applications.handOver(applicationId),
    }),
    job<Record<string, never>>({
      name: PURGE_JOB,
      cron: '30 3 * * *',
      handler: async () => {
        await applications.purgeOldDrafts();
      },
    }),
  ],
};
