import { ConfigError, loadConfig } from '../config.ts';
import { createFileStore } from '../platform/files/file-store.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { createJobs } from '../platform/jobs/jobs.ts';
import { createLogger } from '../platform/logging.ts';
import { createSmtpMailer } from '../platform/mail/mailer.ts';
import { registerOutbox } from '../platform/mail/outbox.ts';
import { registerJobs } from './jobs.ts';

/**
 * `npm run worker`: the job worker as its own process (production, on PostgreSQL). In the
 * embedded default the same jobs run inside the web process.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl || config.databaseUrl.startsWith('memory://')) {
    throw new Error(
      'the worker needs DATABASE_URL (PostgreSQL); with embedded PGlite the web process runs the jobs',
    );
  }
  if (!config.mail.smtpUrl) throw new Error('the worker needs SMTP_URL');
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  await migrateToLatest(database.db);
  const jobs = createJobs(database, config.databaseUrl, logger);
  const mailer = createSmtpMailer(config.mail.smtpUrl, config.mail.from);
  const outbox = { db: database.db, mailer, logger, files: createFileStore(config) };
  registerOutbox(jobs, outbox, { retentionDays: config.outboxRetentionDays });
  registerJobs({ config, jobs, database, logger, mailer });
  await jobs.start({ work: true });
  logger.info('worker started');
  const stop = () => {
    jobs
      .stop() // jobs first: a running job may still send mail or write (main/shutdown.ts)
      .then(() => mailer.close())
      .then(() => database.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(
    `worker cannot start: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
