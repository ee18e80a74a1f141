import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { seedDemo } from '../platform/db/seed/demo.ts';
import { createFileStore } from '../platform/files/file-store.ts';
import { buildAssetManifest } from '../platform/http/assets.ts';
import { createApp, type RouteRecord } from '../platform/http/app.ts';
import { createMetrics, createOperationsApp } from '../platform/http/operations.ts';
import { createJobs, type Jobs } from '../platform/jobs/jobs.ts';
import { createLogger, type Logger } from '../platform/logging.ts';
import { startDevSmtpServer } from '../platform/mail/dev-smtp.ts';
import { createSmtpMailer, type Mailer } from '../platform/mail/mailer.ts';
import { registerOutbox, type OutboxDeps } from '../platform/mail/outbox.ts';
import { registerJobs } from './jobs.ts';
import { Closers } from './shutdown.ts';
import { actorResolver } from '../identity/resolve-actor.ts';
import { SessionStore } from '../identity/sessions/sessions.ts';
import { representationCheck } from '../organisations/representatives/representation.ts';
import { setUpEHerkenning, type EHerkenning } from '../identity/eherkenning/setup.ts';

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
  options: { logger?: Logger; databaseTemplate?: Blob } = {},
): Promise<Portal> {
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
    await migrateToLatest(database.db);
    if (config.features.demoData && (await seedDemo(database.db))) logger.info('demo organisations seeded');

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
    const outbox = { db: database.db, mailer, logger, files: createFileStore(config) };
    registerOutbox(jobs, outbox, { retentionDays: config.outboxRetentionDays });
    registerJobs({ config, jobs, database, logger, mailer });

    const sessions = new SessionStore(database.db);
    const eherkenning = await setUpEHerkenning(config, database.db).catch((error: unknown) => {
      throw new StartupError(`eHerkenning: ${error instanceof Error ? error.message : String(error)}`);
    });
    const metrics = createMetrics();
    const built = await createApp({
      config,
      database,
      logger,
      jobs,
      sessions,
      eherkenning,
      resolveActor: actorResolver(database.db, sessions, representationCheck(database.db)),
      assets: buildAssetManifest(PUBLIC_DIR),
      metrics,
    });
    closers.add('http', () => built.app.close());
    const operations = config.metrics.port
      ? await createOperationsApp({ config, database, metrics })
      : undefined;
    if (operations) closers.add('http', () => operations.close());
    await jobs.start({ work: config.workerInProcess });

    return {
      ...built,
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
