import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { createLogger } from '../logging.ts';
import { createJobs, job } from './jobs.ts';

/**
 * A start creates a queue or a schedule only when it is not stored as defined (two statements
 * instead of two per queue at every start: bench/README.md, start-up), so a changed schedule
 * must still reach the database at the next start.
 */
let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

const logger = createLogger('silent');
const handler = () => Promise.resolve();

async function startWith(cron: string) {
  const jobs = createJobs(database, database.url, logger);
  jobs.define(job({ name: 'test.nightly', cron, handler }));
  jobs.define(job({ name: 'test.plain', handler }));
  await jobs.start({ work: false });
  await jobs.stop();
}

const stored = async () =>
  (
    await sql<{ name: string; cron: string; timezone: string }>`
      select name, cron, timezone from pgboss.schedule where name like 'test.%'`.execute(database.db)
  ).rows;
const queues = async () =>
  (
    await sql<{ name: string }>`select name from pgboss.queue where name like 'test.%' order by name`.execute(
      database.db,
    )
  ).rows;

describe('starting the jobs', () => {
  it('creates the queues and schedules once, and stores a changed schedule at the next start', async () => {
    await startWith('0 3 * * *');
    expect(await queues()).toEqual([{ name: 'test.nightly' }, { name: 'test.plain' }]);
    expect(await stored()).toEqual([
      { name: 'test.nightly', cron: '0 3 * * *', timezone: 'Europe/Amsterdam' },
    ]);

    await startWith('0 3 * * *');
    expect(await queues()).toHaveLength(2);
    expect(await stored()).toHaveLength(1);

    await startWith('30 4 * * *');
    expect(await stored()).toEqual([
      { name: 'test.nightly', cron: '30 4 * * *', timezone: 'Europe/Amsterdam' },
    ]);
  });
});
