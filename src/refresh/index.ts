import { job } from '../platform/jobs/jobs.ts';
import type { PortalModule } from '../platform/module.ts';
import { createCaseSystem } from '../casesystem/index.ts';
import { refreshMessages } from './messages.ts';
import * as m0600 from './migrations/0600_read_model.ts';
import * as m0610 from './migrations/0610_read_model_links.ts';
import { REFRESH_SECTION, refreshRoutes } from './routes.tsx';
import { RefreshService } from './service.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import { refreshAuditActions } from './audit-actions.ts';

/** The refresh module's public entry (issue 10): the read model's writer and its status. */
export {
  RefreshService,
  staleness,
  type RefreshOptions,
  type RefreshProgress,
  type RefreshStatus,
  type RunSummary,
} from './service.ts';
export { InformationAsOf, RefreshStaleBanner } from './views.tsx';
export type { CaseDocumentsTable, CaseEventsTable, RefreshCursorTable } from './schema.ts';

declare module '../platform/module.ts' {
  interface PortalServices {
    /** The refresh from the case system into the read model (built once in main). */
    refresh: RefreshService;
  }
}

export const REFRESH_JOB = 'refresh.run';

/** The refresh: schedule, `npm run refresh`, the back-office page and the staleness alert. */
export const refreshModule: PortalModule = {
  name: 'refresh',
  auditActions: refreshAuditActions,
  migrations: { '0600_read_model': m0600, '0610_read_model_links': m0610 },
  messages: refreshMessages,
  backofficeSections: [REFRESH_SECTION],
  routes: refreshRoutes,
  /** Once a day by default (REFRESH_CRON, Europe/Amsterdam); web (WORKER_IN_PROCESS) and worker alike. */
  jobs: ({ refresh, config }) => [
    job<Record<string, never>>({
      name: REFRESH_JOB,
      cron: config.refresh.cron,
      // A failed run is recorded; the next scheduled one resumes from the checkpoint.
      retryLimit: 0,
      handler: async () => {
        const summary = await refresh.runNow('schedule');
        if (summary.state === 'failed') throw new Error(`refresh failed: ${summary.error ?? 'unknown'}`);
      },
    }),
  ],
  /**
   * After the case system's demo data (the module list puts the case system first): one
   * refresh on the first start, so that `npm start` on an empty data directory shows cases at once.
   */
  demo: async ({ database, logger }) => {
    const refresh = new RefreshService({
      database,
      // No safety lag: nothing else writes while the portal seeds at start-up.
      caseSystem: createCaseSystem({ db: database.db, files: NO_FILES, safetyLagMs: 0 }),
      ...(logger ? { logger } : {}),
      options: { batchSize: 1000, staleAfterHours: 26 },
    });
    // Only the first start: once a run has succeeded, the schedule (or `npm run refresh`) keeps
    // the read model current, and a start adds no run of its own.
    if (await refresh.lastSuccessfulRun()) return false;
    const summary = await refresh.runNow('demo');
    if (summary.state === 'failed') logger?.warn({ error: summary.error }, 'demo refresh failed');
    return Object.values(summary.rows).some((n) => n > 0);
  },
};

/** The change stream reads no files; the demo refresh builds the case system without a store. */
const NO_FILES: FileStore = {
  put: () => Promise.reject(new Error('no file store in the demo refresh')),
  get: () =>
    Promise.reject(Object.assign(new Error('no file store in the demo refresh'), { code: 'ENOENT' })),
  delete: () => Promise.resolve(),
  listOlder: () => Promise.resolve([]),
};
