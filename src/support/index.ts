import type { PortalModule } from '../platform/module.ts';
import { job } from '../platform/jobs/jobs.ts';
import { sweepOrphanScreenshots } from './reports/service.ts';
import { seedFaq } from './faq/seed.ts';
import { supportMessages } from './messages.ts';
import * as m0400 from './migrations/0400_support.ts';
import * as m0410 from './migrations/0410_support_faq_seed.ts';
import * as m0420 from './migrations/0420_support_report_client.ts';
import { publicPages } from './public-pages.tsx';
import type { ReportServiceDeps } from './reports/service.ts';
import { supportRoutes } from './routes.ts';
import { FAQ_SECTION, REPORTS_SECTION } from './sections.ts';
import { supportAuditActions } from './audit-actions.ts';

/** The support module's public entry. */
export type { ReportServiceDeps } from './reports/service.ts';

declare module '../platform/module.ts' {
  interface PortalServices {
    /** What the report service needs besides the database (mail addresses, attachments). */
    reports: ReportServiceDeps;
  }
}

/** The public pages, the FAQ, reporting a problem, and Team Zakelijk's queue. */
export const supportModule: PortalModule = {
  name: 'support',
  auditActions: supportAuditActions,
  migrations: { '0400_support': m0400, '0410_support_faq_seed': m0410, '0420_support_report_client': m0420 },
  messages: supportMessages,
  nav: {
    business: [{ href: '/support/reports', label: 'nav.myReports', order: 30 }],
    public: [
      { href: '/', label: 'nav.home', order: 10 },
      { href: '/logging-in', label: 'nav.eherkenning', order: 20 },
      { href: '/faq', label: 'nav.faq', order: 30 },
    ],
  },
  backofficeSections: [REPORTS_SECTION, FAQ_SECTION],
  routes: (ctx) => async (app) => {
    await app.register(publicPages(ctx));
    await app.register(supportRoutes(ctx));
  },
  seed: ({ database }) => seedFaq(database.db),
  /** Screenshots without a report after an hour (an error or a crash mid-submission) are removed. */
  jobs: ({ database, files, logger }) => [
    job<Record<string, never>>({
      name: 'support.sweep-screenshots',
      cron: '*/15 * * * *',
      handler: async () => {
        const removed = await sweepOrphanScreenshots(database.db, files);
        if (removed > 0) logger.info({ removed }, 'orphaned screenshots removed');
      },
    }),
  ],
};
