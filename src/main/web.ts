import { ConfigError, loadConfig } from '../config.ts';
import { buildPortal, StartupError } from './runtime.ts';

/** `npm start`: the portal on the embedded default, or as configured by the environment. */
async function main(): Promise<void> {
  const config = loadConfig();
  const portal = await buildPortal(config);
  await portal.app.listen({ host: config.host, port: config.port });
  if (portal.operations) await portal.operations.listen({ host: config.host, port: config.metrics.port });
  portal.logger.info({ url: config.publicUrl }, 'portal started');
  console.log(`\nBusiness Portal is running at ${config.publicUrl}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    portal.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    portal.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`Business Portal cannot start: ${error.message}`);
  } else {
    console.error('Business Portal cannot start:', error);
  }
  process.exit(1);
});
