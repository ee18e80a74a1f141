import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { seedDemo } from '../platform/db/seed/demo.ts';
import { buildAssetManifest } from '../platform/http/assets.ts';
import { createApp, type RouteRecord } from '../platform/http/app.ts';
import { createMetrics } from '../platform/http/operations.ts';
import { createJobs, type Jobs } from '../platform/jobs/jobs.ts';
import { createLogger, type Logger } from '../platform/logging.ts';
import { startDevSmtpServer } from '../platform/mail/dev-smtp.ts';
import { createSmtpMailer, type Mailer } from '../platform/mail/mailer.ts';
import { registerOutbox } from '../platform/mail/outbox.ts';
import { registerJobs } from './jobs.ts';
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
  sessions: SessionStore;
  eherkenning: EHerkenning;
  routeTable: RouteRecord[];
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
  options: { logger?: Logger; databaseTemplate?: Blob } = {},
): Promise<Portal> {
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
    await migrateToLatest(database.db);
    if (config.features.demoData && (await seedDemo(database.db))) logger.info('demo organisations seeded');

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
    registerOutbox(jobs, database.db, mailer, logger);
    registerJobs({ config, jobs, database, logger, mailer });

    const sessions = new SessionStore(database.db);
    const eherkenning = await setUpEHerkenning(config, database.db).catch((error: unknown) => {
      throw new StartupError(`eHerkenning: ${error instanceof Error ? error.message : String(error)}`);
    });
    const built = await createApp({
      config,
      database,
      logger,
      jobs,
      sessions,
      eherkenning,
      resolveActor: actorResolver(database.db, sessions, representationCheck()),
      assets: buildAssetManifest(PUBLIC_DIR),
      metrics: createMetrics(),
    });
    closers.unshift(() => built.app.close());
    await jobs.start({ work: config.workerInProcess });

    return {
      ...built,
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
