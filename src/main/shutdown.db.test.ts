import { describe, expect, it } from 'vitest';
import { createTestPortal } from '../../test/helpers/portal.ts';
import { Closers } from './shutdown.ts';

/** Issue 9: at shutdown the jobs stop before the mailer and the database they use. */
describe('shutting down', () => {
  it('closes HTTP, then jobs, then mail, then the database, whatever order they were added in', async () => {
    const closed: string[] = [];
    const closers = new Closers();
    closers.add('database', () => void closed.push('database'));
    closers.add('mail', () => void closed.push('smtp server'));
    closers.add('mail', () => void closed.push('mailer'));
    closers.add('jobs', () => void closed.push('jobs'));
    closers.add('http', () => void closed.push('http'));
    await closers.closeAll();
    expect(closed).toEqual(['http', 'jobs', 'mailer', 'smtp server', 'database']);
  });

  it('a failing part does not keep the database open', async () => {
    const closed: string[] = [];
    const closers = new Closers();
    closers.add('database', () => void closed.push('database'));
    closers.add('jobs', () => Promise.reject(new Error('jobs would not stop')));
    await expect(closers.closeAll()).rejects.toThrow('jobs would not stop');
    expect(closed).toEqual(['database']);
  });

  it('a job still running when the portal stops finishes its mail and its database write', async () => {
    const portal = await createTestPortal();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    let outcome = 'not finished';
    portal.jobs.define({
      name: 'test.slow',
      handler: async () => {
        started();
        await released;
        try {
          await portal.mailer.send({ to: 'hr@example.nl', subject: 'Sent while stopping', text: 'x' });
          await portal.database.db.selectFrom('organisations').select('id').limit(1).execute();
          outcome = 'finished';
        } catch (error) {
          outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
        }
      },
    });
    await portal.jobs.start({ work: true });
    await portal.jobs.send('test.slow', {});
    await running;
    // The job goes on at the moment the portal asks the jobs to stop: whatever was closed
    // before that point is gone for the job.
    const stopJobs = portal.jobs.stop.bind(portal.jobs);
    portal.jobs.stop = () => {
      release();
      return stopJobs();
    };
    await portal.close();
    expect(outcome).toBe('finished');
  });
});
