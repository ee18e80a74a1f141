import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/platform/db/database.ts';
import { prepareDatabase } from '../src/main/modules.ts';
import { createJobs } from '../src/platform/jobs/jobs.ts';
import { createLogger } from '../src/platform/logging.ts';

/**
 * Once per test run: a migrated PGlite (with pg-boss's schema) dumped to a file, which each test
 * file's in-memory database starts from. Every test still gets its own database.
 */
export default async function setup(): Promise<() => void> {
  if (process.env.TEST_DRIVER === 'postgres') return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bp-template-'));
  const database = await openDatabase({ databaseUrl: 'memory://' });
  await prepareDatabase(database);
  const jobs = createJobs(database, undefined, createLogger('silent'));
  await jobs.start({ work: false });
  await jobs.stop();
  const pglite = database.pglite;
  if (!pglite) throw new Error('expected PGlite');
  const dump = await pglite.exclusive(() => pglite.instance.dumpDataDir('none'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  process.env.BP_TEST_PGLITE_TEMPLATE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
