import { ApplicationService } from '../applications/index.ts';
import { createCaseSystem, type CaseSystemService } from '../casesystem/index.ts';
import { EmployeeService } from '../employees/index.ts';
import { RefreshService } from '../refresh/index.ts';
import type { Config } from '../config.ts';
import { SessionStore } from '../identity/index.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import { createFileStore } from '../platform/files/file-store.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { Logger } from '../platform/logging.ts';
import type { Mailer } from '../platform/mail/mailer.ts';
import { registerOutbox } from '../platform/mail/outbox.ts';
import { migrationsOf, type JobContext, type PortalModule } from '../platform/module.ts';
import { defineJobs, MODULES } from './modules.ts';

/**
 * The services of the portal, built once per process and handed to the modules (the same
 * for the web process and the worker). `PortalServices` is declared by the modules
 * (declaration merging, platform/module.ts), so a service a module declares and nobody builds
 * here is a compile error.
 */
export function buildServices(
  core: { config: Config; database: DatabaseHandle; logger: Logger; jobs: Jobs; mailer: Mailer },
  modules: readonly PortalModule[] = MODULES,
): JobContext {
  const { config, database, logger, jobs } = core;
  const files = createFileStore(config);
  const caseSystem = createCaseSystem({ db: database.db, files });
  return {
    ...core,
    files,
    migrations: migrationsOf(modules),
    sessions: new SessionStore(database.db),
    caseSystem,
    applications: new ApplicationService({
      db: database.db,
      jobs,
      files,
      caseSystem,
      logger,
      uploads: { maxBytes: config.uploads.maxBytes, maxFiles: config.uploads.maxFiles },
    }),
    refresh: refreshService(config, database, logger, caseSystem, modules),
    employees: new EmployeeService({
      db: database.db,
      jobs,
      files,
      caseSystem,
      logger,
      publicUrl: config.publicUrl,
    }),
    reports: {
      db: database.db,
      jobs,
      teamZakelijk: config.mail.teamZakelijk,
      publicUrl: config.publicUrl,
    },
  };
}

/** Every queue and schedule of the portal: the outbox's and every module's. */
export function registerAllJobs(ctx: JobContext, modules: readonly PortalModule[] = MODULES): void {
  registerOutbox(
    ctx.jobs,
    { db: ctx.database.db, mailer: ctx.mailer, logger: ctx.logger, files: ctx.files },
    { retentionDays: ctx.config.outboxRetentionDays },
  );
  defineJobs(ctx.jobs, ctx, modules);
}

/** The refresh over the case system's change stream (the services, and `npm run refresh`). */
export function refreshService(
  config: Config,
  database: DatabaseHandle,
  logger?: Logger,
  caseSystem: Pick<CaseSystemService, 'changesSince'> = createCaseSystem({
    db: database.db,
    files: createFileStore(config),
  }),
  modules: readonly PortalModule[] = MODULES,
): RefreshService {
  return new RefreshService({
    database,
    caseSystem,
    // The modules' hooks run in each page's transaction (the webhooks' outbox, src/api).
    hooks: modules.flatMap((m) => (m.onReadModelBatch ? [m.onReadModelBatch.bind(m)] : [])),
    ...(logger ? { logger } : {}),
    options: {
      batchSize: config.refresh.batchSize,
      staleAfterHours: config.refresh.staleAfterHours,
      // The pages' "information as of": read at most every 5 s per process (issue 9).
      lastRunCacheMs: 5_000,
    },
  });
}
