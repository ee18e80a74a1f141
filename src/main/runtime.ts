import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import { createFileStore } from '../platform/files/file-store.ts';
import { buildAssetManifest } from '../platform/http/assets.ts';
import { createApp, type RouteRecord } from '../platform/http/app.ts';
import { createMetrics } from '../platform/http/operations.ts';
import { createJobs, type Jobs } from '../platform/jobs/jobs.ts';
import { createLogger, type Logger } from '../platform/logging.ts';
import { startDevSmtpServer } from '../platform/mail/dev-smtp.ts';
import { createSmtpMailer, type Mailer } from '../platform/mail/mailer.ts';
import { sectionRegistry, type JobContext, type PortalModule } from '../platform/module.ts';
import { actorResolver, setUpEHerkenning, type EHerkenning, type SessionStore } from '../identity/index.ts';
import { representationCheck } from '../organisations/index.ts';
import { MODULES, prepareDatabase, seedDemoData } from './modules.ts';
import { buildServices, registerAllJobs } from './services.ts';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

export class StartupError extends Error {
  override name = 'StartupError';
}

export interface Portal {
  app: FastifyInstance;
  sessions: SessionStore;
  eherkenning: EHerkenning;
  routeTable: RouteRecord[];
  /** The services handed to the modules (main/services.ts). */
  services: JobContext;
  database: DatabaseHandle;
  jobs: Jobs;
  mailer: Mailer;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * Builds the whole portal from its configuration: database (migrated, seeded in
 * development), jobs, mail, and the HTTP app. Used by the web entry point and by tests.
 */
export async function buildPortal(
  config: Config,
  options: { logger?: Logger; databaseTemplate?: Blob; modules?: readonly PortalModule[] } = {},
): Promise<Portal> {
  const modules = options.modules ?? MODULES;
  const logger = options.logger ?? createLogger(config.logLevel);
  const closers: (() => Promise<void> | void)[] = [];
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.databaseTemplate ? { template: options.databaseTemplate } : {}),
  }).catch((error: unknown) => {
    const where = config.databaseUrl
      ? 'the PostgreSQL database in DATABASE_URL'
      : `the embedded database in ${config.dataDir}`;
    throw new StartupError(`cannot open ${where}: ${error instanceof Error ? error.message : String(error)}`);
  });
  closers.push(() => database.close());
  try {
    await prepareDatabase(database, modules);
    if (config.features.demoData && (await seedDemoData(database, modules, createFileStore(config))))
      logger.info('demo organisations seeded');

    const jobs = createJobs(database, config.databaseUrl, logger);
    closers.unshift(() => jobs.stop());

    let smtpUrl = config.mail.smtpUrl;
    if (config.features.devMailbox) {
      const devSmtp = await startDevSmtpServer(database.db, logger);
      closers.unshift(() => devSmtp.close());
      smtpUrl = devSmtp.url;
    }
    if (!smtpUrl) throw new StartupError('no SMTP server: set SMTP_URL, or DEV_MAILBOX=true in development');
    const mailer = createSmtpMailer(smtpUrl, config.mail.from);
    closers.unshift(() => mailer.close());
    const services = buildServices({ config, database, logger, jobs, mailer }, modules);
    registerAllJobs(services, modules);
    const { sessions } = services;

    const eherkenning = await setUpEHerkenning(config, database.db).catch((error: unknown) => {
      throw new StartupError(`eHerkenning: ${error instanceof Error ? error.message : String(error)}`);
    });
    const built = await createApp({
      ...services,
      modules,
      sections: sectionRegistry(modules),
      eherkenning,
      resolveActor: actorResolver(database.db, sessions, representationCheck(database.db)),
      assets: buildAssetManifest(PUBLIC_DIR),
      metrics: createMetrics(),
    });
    closers.unshift(() => built.app.close());
    await jobs.start({ work: config.workerInProcess });

    return {
      ...built,
      services,
      sessions,
      eherkenning,
      database,
      jobs,
      mailer,
      logger,
      async close() {
        for (const close of closers) await close();
      },
    };
  } catch (error) {
    for (const close of closers) await Promise.resolve(close()).catch(() => undefined);
    throw error;
  }
}

export interface Worker {
  jobs: Jobs;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * `npm run worker`: the same services and the same job definitions as the web process
 * (services.ts `registerAllJobs`, from the one module list), working every queue.
 */
export async function buildWorker(
  config: Config,
  options: { logger?: Logger; modules?: readonly PortalModule[] } = {},
): Promise<Worker> {
  const modules = options.modules ?? MODULES;
  if (!config.databaseUrl || config.databaseUrl.startsWith('memory://')) {
    throw new StartupError(
      'the worker needs DATABASE_URL (PostgreSQL); with embedded PGlite the web process runs the jobs',
    );
  }
  if (!config.mail.smtpUrl) throw new StartupError('the worker needs SMTP_URL');
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  try {
    await prepareDatabase(database, modules);
    const jobs = createJobs(database, config.databaseUrl, logger);
    const mailer = createSmtpMailer(config.mail.smtpUrl, config.mail.from);
    registerAllJobs(buildServices({ config, database, logger, jobs, mailer }, modules), modules);
    await jobs.start({ work: true });
    return {
      jobs,
      database,
      async close() {
        await jobs.stop();
        mailer.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
