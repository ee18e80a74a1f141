import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../platform/logging.ts';
import { buildWorker } from './runtime.ts';

/**
 * `npm run worker`: the job worker as its own process (production, on PostgreSQL). In the
 * embedded default the same jobs run inside the web process.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const worker = await buildWorker(config, { logger });
  logger.info('worker started');
  const stop = () => {
    worker.close().then(
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
