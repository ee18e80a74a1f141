import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { RefreshService } from './service.ts';
import { GeneratedChangeStream, readModelSnapshot } from './testing.ts';

/**
 * Issue 10: a refresh killed with SIGKILL at random points and run again gives the same read
 * model as a clean run. The refresh runs in a child process on PostgreSQL (PGlite is one
 * process); it is killed a few pages in, at a random moment, three times, then runs to the end.
 */
const CASES = 1500;
const BATCH = 100;
const ROOT = join(import.meta.dirname, '..', '..');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

/** Runs the child; with `killAfterPages` kills it (SIGKILL) a random moment after that many pages. */
function runChild(killAfterPages?: number): Promise<{ pages: number; killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['test/helpers/refresh-child.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, CASES: String(CASES), BATCH: String(BATCH) },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: tsx runs the script in a child process of its own, and the kill
      // must reach that one.
      detached: true,
    });
    let output = '';
    let pages = 0;
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      pages = (output.match(/^page /gm) ?? []).length;
      if (killAfterPages !== undefined && pages >= killAfterPages && !killing) {
        killing = true;
        setTimeout(
          () => {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          },
          Math.floor(Math.random() * 40),
        );
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ pages, killed: signal === 'SIGKILL', output }));
  });
}

describe('a refresh killed with SIGKILL', () => {
  it('resumes from its last checkpoint and ends with the read model of a clean run', async () => {
    const total = Math.ceil(new GeneratedChangeStream(CASES).size / BATCH);
    let killedRuns = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await runChild(1 + Math.floor(Math.random() * 4));
      if (result.killed) killedRuns += 1;
      else expect(result.output).toContain('done');
    }
    const last = await runChild();
    expect(last.output, last.output).toMatch(/^done$/m);
    expect(killedRuns).toBeGreaterThan(0);

    const runs = await database.db
      .selectFrom('refresh_runs')
      .select(['state', 'outcome'])
      .orderBy('id')
      .execute();
    expect(runs.at(-1)).toEqual({ state: 'done', outcome: 'changed' });
    // A killed run is marked interrupted by the next one; none stays "running".
    expect(runs.filter((r) => r.state === 'running')).toEqual([]);
    expect(runs.filter((r) => r.outcome === 'interrupted')).toHaveLength(killedRuns);
    const pagesDone = await database.db
      .selectFrom('refresh_runs')
      .select(sql<number>`sum(batches)::int`.as('n'))
      .executeTakeFirstOrThrow();
    // Every page was committed once: no page was applied twice, none was lost.
    expect(pagesDone.n).toBe(total);
    const crashed = await readModelSnapshot(database.db);
    expect(crashed.cases).toHaveLength(CASES);

    // The clean run, on an empty read model in the same database.
    await sql`truncate organisations, refresh_cursor, refresh_runs cascade`.execute(database.db);
    const clean = await new RefreshService({
      database,
      caseSystem: new GeneratedChangeStream(CASES),
      options: { batchSize: 1000, staleAfterHours: 26 },
    }).runNow('cli');
    expect(clean.state).toBe('done');
    expect(await readModelSnapshot(database.db)).toEqual(crashed);
  }, 300_000);

  it('lets one refresh run at a time across processes (a second process finds it busy)', async () => {
    const other = await createTestDatabase();
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['test/helpers/refresh-child.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: other.url, CASES: '20000', BATCH: '50' },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    try {
      await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
      const here = await new RefreshService({
        database: other,
        caseSystem: new GeneratedChangeStream(10),
        options: { batchSize: 10, staleAfterHours: 26 },
      }).runNow('manual');
      expect(here.state).toBe('busy');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      await exited;
      await other.close();
    }
  }, 120_000);
});
