import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAndSubmit } from '../../test/helpers/applications.ts';
import { browserAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { startSmtpServer, type TestSmtpServer } from '../../test/helpers/smtp.ts';
import { loadConfig } from '../config.ts';
import { buildWorker } from './runtime.ts';

/**
 * Issue 9: the documented production topology. The web processes run with
 * WORKER_IN_PROCESS=false and `npm run worker` runs every queue and schedule beside them, on
 * one PostgreSQL database. Runs in `npm run test:pg` only (the worker needs PostgreSQL).
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  portal = await createTestPortal({ WORKER_IN_PROCESS: 'false' });
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
});
afterAll(async () => {
  await portal.close();
  await smtp.close();
});

const workerEnv = () => ({
  NODE_ENV: 'test',
  DATA_DIR: portal.dataDir,
  DATABASE_URL: portal.config.databaseUrl ?? '',
  SMTP_URL: smtp.url,
  LOG_LEVEL: 'silent',
});

describe('the standalone worker', () => {
  it('defines every queue and schedule the web process defines (the applications jobs too)', async () => {
    const worker = await buildWorker(loadConfig(workerEnv()));
    try {
      const sorted = (list: { name: string; cron: string | null }[]) =>
        [...list].sort((a, b) => a.name.localeCompare(b.name));
      const web = sorted(portal.jobs.defined());
      expect(sorted(worker.jobs.defined())).toEqual(web);
      expect(web.map((j) => j.name)).toEqual(
        expect.arrayContaining([
          'applications.handover',
          'applications.purge-drafts',
          'housekeeping.sessions',
          'outbox.deliver',
          'outbox.sweep',
          'refresh.run',
        ]),
      );
      // The refresh runs on the same schedule in the worker as in the web process (REFRESH_CRON).
      expect(web.find((j) => j.name === 'refresh.run')?.cron).toBe('0 6 * * *');
      const { rows } = await sql<{ name: string }>`select name from pgboss.schedule`.execute(
        portal.database.db,
      );
      expect(rows.map((r) => r.name)).toEqual(
        expect.arrayContaining(web.filter((j) => j.cron).map((j) => j.name)),
      );
    } finally {
      await worker.close();
    }
  });

  it('hands a submitted application to the case system: web at WORKER_IN_PROCESS=false, `npm run worker` beside it', async () => {
    expect(portal.config.workerInProcess).toBe(false);
    const browser = await browserAs(portal, EMPLOYER);
    const { id, reference } = await completeAndSubmit(browser, 'hsm_entry_mvv');

    const handedOver = async () =>
      (
        await portal.database.db
          .selectFrom('cs_cases')
          .select('case_number')
          .where('application_id', '=', id)
          .execute()
      ).length;
    // Nothing in the web process works the queue.
    expect(await handedOver()).toBe(0);

    const worker: ChildProcess = spawn('npm', ['run', '-s', 'worker'], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...workerEnv() },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    worker.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const deadline = Date.now() + 90_000;
      let cases = 0;
      while (Date.now() < deadline && worker.exitCode === null) {
        cases = await handedOver();
        if (cases > 0 && smtp.received.some((m) => m.text?.includes(reference))) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(cases, `worker stderr: ${stderr}`).toBe(1);
      const row = await portal.database.db
        .selectFrom('cs_cases')
        .select('case_number')
        .where('application_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.case_number).toBe(reference);
      // The confirmation mail went out through the worker's outbox delivery.
      expect(smtp.received.some((m) => m.text?.includes(reference))).toBe(true);
    } finally {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      if (worker.exitCode === null && worker.pid) process.kill(-worker.pid, 'SIGTERM');
      await exited;
    }
  });
});
