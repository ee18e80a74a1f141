import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { createFileStore } from '../platform/files/file-store.ts';
import { seedCaseSystemLarge } from '../casesystem/index.ts';
import { seedLarge } from '../organisations/index.ts';
import { prepareDatabase, seedDemoData } from './modules.ts';
import { refreshService } from './services.ts';

/**
 * `npm run migrate` — apply pending migrations.
 * `npm run seed` — seed the demo organisations (an empty database only).
 * `npm run refresh` — run the refresh from the case system now, printing its progress.
 * `npm run seed -- --size large [--organisations N] [--cases N]` — the benchmark set.
 */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const option = (name: string) => {
    const index = rest.indexOf(`--${name}`);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await prepareDatabase(database);
    if (command === 'migrate') {
      console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'the database is up to date');
      return;
    }
    if (command === 'seed') {
      if (option('size') === 'large') {
        const started = Date.now();
        await seedLarge(database.db, {
          organisations: Number(option('organisations') ?? 5_000),
          cases: Number(option('cases') ?? 1_000_000),
          log: (message) => console.log(message),
        });
        await seedCaseSystemLarge(database.db, {
          cases: Number(option('cases') ?? 1_000_000),
          log: (message) => console.log(message),
        });
        console.log(`large data set seeded in ${Math.round((Date.now() - started) / 1000)} s`);
      } else {
        console.log(
          (await seedDemoData(database, undefined, createFileStore(config)))
            ? 'demo organisations seeded'
            : 'the database already has organisations; nothing seeded',
        );
      }
      return;
    }
    if (command === 'refresh') {
      const summary = await refreshService(config, database).runNow('cli', {
        onProgress: ({ batches, rows }) =>
          console.log(
            `page ${batches}: ${Object.entries(rows)
              .map(([k, n]) => `${k} ${n}`)
              .join(', ')}`,
          ),
      });
      if (summary.state === 'busy') throw new Error('another refresh is running; nothing done');
      const rows =
        Object.entries(summary.rows)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'nothing changed';
      console.log(`refresh ${summary.state} in ${(summary.durationMs / 1000).toFixed(1)} s: ${rows}`);
      if (summary.state === 'failed') throw new Error(summary.error ?? 'refresh failed');
      return;
    }
    throw new Error(`unknown command "${command ?? ''}": use migrate, seed or refresh`);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
