import { job } from '../platform/jobs/jobs.ts';
import type { PortalModule } from '../platform/module.ts';
import * as m0600 from './migrations/0600_read_model.ts';
import type { RefreshService } from './service.ts';

/** The refresh module's public entry (issue 10): the read model's writer and its status. */
export {
  RefreshService,
  staleness,
  type RefreshOptions,
  type RefreshProgress,
  type RefreshStatus,
  type RunSummary,
} from './service.ts';
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
  migrations: { '0600_read_model': m0600 },
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
};
