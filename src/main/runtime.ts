import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import { createFileStore } from '../platform/files/file-store.ts';
import { buildAssetManifest } from '../platform/http/assets.ts';
import { createApp, type RouteRecord } from '../platform/http/app.ts';
import { createMetrics, createOperationsApp } from '../platform/http/operations.ts';
import { createJobs, type Jobs } from '../platform/jobs/jobs.ts';
import { createLogger, type Logger } from '../platform/logging.ts';
import { startDevSmtpServer } from '../platform/mail/dev-smtp.ts';
import { createSmtpMailer, type Mailer } from '../platform/mail/mailer.ts';
import { sectionRegistry, type JobContext, type PortalModule } from '../platform/module.ts';
import type { OutboxDeps } from '../platform/mail/outbox.ts';
import {
  actorResolver,
  keptInputStore,
  setUpEHerkenning,
  type EHerkenning,
  type SessionStore,
} from '../identity/index.ts';
import { representationCheck } from '../organisations/index.ts';
import { MODULES, prepareDatabase, seedDemoData } from './modules.ts';
import { buildServices, registerAllJobs } from './services.ts';
import { Closers } from './shutdown.ts';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

export class StartupError extends Error {
  override name = 'StartupError';
}

export interface Portal {
  app: FastifyInstance;
  /** The second listener for /metrics and the health checks (METRICS_PORT), if configured. */
  operations: FastifyInstance | undefined;
  sessions: SessionStore;
  eherkenning: EHerkenning;
  routeTable: RouteRecord[];
  /** The services handed to the modules (main/services.ts). */
  services: JobContext;
  database: DatabaseHandle;
  jobs: Jobs;
  mailer: Mailer;
  /** What delivers and purges the outbox (database, mailer, file store). */
  outbox: OutboxDeps;
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
  const closers = new Closers();
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
  closers.add('database', () => database.close());
  try {
    await prepareDatabase(database, modules);
    if (config.features.demoData && (await seedDemoData(database, modules, createFileStore(config))))
      logger.info('demo organisations seeded');

    const jobs = createJobs(database, config.databaseUrl, logger);
    closers.add('jobs', () => jobs.stop());

    let smtpUrl = config.mail.smtpUrl;
    if (config.features.devMailbox) {
      const devSmtp = await startDevSmtpServer(database.db, logger);
      closers.add('mail', () => devSmtp.close());
      smtpUrl = devSmtp.url;
    }
    if (!smtpUrl) throw new StartupError('no SMTP server: set SMTP_URL, or DEV_MAILBOX=true in development');
    const mailer = createSmtpMailer(smtpUrl, config.mail.from);
    closers.add('mail', () => mailer.close());
    const services = buildServices({ config, database, logger, jobs, mailer }, modules);
    registerAllJobs(services, modules);
    const { sessions } = services;
    const outbox: OutboxDeps = { db: database.db, mailer, logger, files: services.files };

    const eherkenning = await setUpEHerkenning(config, database.db, logger).catch((error: unknown) => {
      throw new StartupError(`eHerkenning: ${error instanceof Error ? error.message : String(error)}`);
    });
    closers.add('http', () => eherkenning.close());
    const metrics = createMetrics();
    const built = await createApp({
      ...services,
      modules,
      sections: sectionRegistry(modules),
      eherkenning,
      resolveActor: actorResolver(database.db, sessions, representationCheck()),
      keptInput: keptInputStore(database.db),
      assets: buildAssetManifest(PUBLIC_DIR),
      metrics,
    });
    closers.add('http', () => built.app.close());
    const operations = config.metrics.port
      ? await createOperationsApp({ config, database, metrics, migrations: services.migrations })
      : undefined;
    if (operations) closers.add('http', () => operations.close());
    await jobs.start({ work: config.workerInProcess });

    return {
      ...built,
      services,
      operations,
      sessions,
      eherkenning,
      database,
      jobs,
      mailer,
      outbox,
      logger,
      close: () => closers.closeAll(),
    };
  } catch (error) {
    await closers.closeAll().catch(() => undefined);
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
