import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { businessSession } from '../../test/helpers/sessions.ts';
import {
  browserFor,
  samplePdf,
  startApplication,
  validAnswers,
  type Browser,
} from '../../test/helpers/applications.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import { DELIVER_JOB } from '../platform/mail/outbox.ts';
import { createCaseSystem } from '../casesystem/service.ts';
import { LocalFileStore } from '../platform/files/file-store.ts';
import { addDays, addMonths } from './forms/dates.ts';
import { ApplicationService, PURGE_JOB } from './service.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';

let portal: TestPortal;
let browser: Browser;
beforeAll(async () => {
  portal = await createTestPortal();
  browser = await browserFor(portal, await businessSession(portal, { kvkNumber: '69599084' }));
});
afterAll(async () => portal.close());

const DAY = 86_400_000;
function serviceWith(jobs: Jobs = portal.jobs, clock?: () => Date) {
  return new ApplicationService({
    db: portal.database.db,
    jobs,
    files: new LocalFileStore(portal.config.uploads.dir),
    caseSystem: createCaseSystem(portal.database.db),
    logger: portal.logger,
    uploads: portal.config.uploads,
    ...(clock ? { clock } : {}),
  });
}
const touch = (id: string, daysAgo: number) =>
  portal.database.db
    .updateTable('applications')
    .set({ updated_at: new Date(Date.now() - daysAgo * DAY) })
    .where('id', '=', id)
    .execute();

describe('drafts untouched for 60 days', () => {
  it('are listed with a warning from day 53, not before', async () => {
    // Only this test's drafts: another test may have left an old one of the same organisation.
    await portal.database.db.deleteFrom('applications').where('state', '=', 'draft').execute();
    const warned = await startApplication(browser, 'hsm_residence');
    const fresh = await startApplication(browser, 'eu_blue_card');
    await touch(warned, 54);
    await touch(fresh, 52);
    const list = await browser.get('/applications/drafts');
    expect(list.body).toContain('Aanvragen worden binnenkort verwijderd');
    expect(list.body.match(/Wordt verwijderd op/g)).toHaveLength(1);
    await portal.database.db.deleteFrom('applications').where('id', 'in', [warned, fresh]).execute();
  });

  it('are deleted with their files by the purge job; newer drafts and submitted applications stay', async () => {
    const old = await startApplication(browser, 'hsm_residence');
    await browser.upload(
      `/applications/${old}/documents`,
      { documentType: 'passport' },
      { filename: 'a.pdf', content: samplePdf() },
    );
    const kept = await startApplication(browser, 'hsm_residence');
    await touch(old, 61);
    await touch(kept, 59);
    const [file] = await portal.database.db
      .selectFrom('application_attachments')
      .select('storage_key')
      .where('application_id', '=', old)
      .execute();
    const store = new LocalFileStore(portal.config.uploads.dir);
    await expect(store.get(file?.storage_key ?? '')).resolves.toBeDefined();
    const purged = await serviceWith().purgeOldDrafts();
    expect(purged).toBe(1);
    const left = await portal.database.db
      .selectFrom('applications')
      .select('id')
      .where('id', 'in', [old, kept])
      .execute();
    expect(left.map((r) => r.id)).toEqual([kept]);
    await expect(store.get(file?.storage_key ?? '')).rejects.toThrow();
  });

  it('is a scheduled job (cron, Europe/Amsterdam)', async () => {
    const { rows } = await sql<{ name: string; cron: string; timezone: string }>`
      select name, cron, timezone from pgboss.schedule where name = ${PURGE_JOB}`.execute(portal.database.db);
    expect(rows).toEqual([{ name: PURGE_JOB, cron: '30 3 * * *', timezone: 'Europe/Amsterdam' }]);
  });
});

describe('submission is one transaction', () => {
  it('a rolled-back submission sends no mail, queues no hand-over and leaves the draft as it was', async () => {
    const answers = validAnswers(amsterdamToday(new Date()), addDays, addMonths);
    const id = await startApplication(browser, 'hsm_residence');
    await browser.post(`/applications/${id}/pages/personal`, answers.personal);
    await browser.post(`/applications/${id}/pages/employment`, answers.employment);
    for (const documentType of ['passport', 'employment_contract']) {
      await browser.upload(
        `/applications/${id}/documents`,
        { documentType },
        { filename: 'a.pdf', content: samplePdf() },
      );
    }
    const outboxBefore = await portal.database.db.selectFrom('outbox').select('id').execute();
    // The mail's delivery job cannot be queued: the whole transaction must roll back.
    const failing: Jobs = {
      ...portal.jobs,
      send: async (name, data, options) => {
        if (name === DELIVER_JOB) throw new Error('queue unavailable');
        return portal.jobs.send(name, data, options);
      },
    };
    const actor = {
      kind: 'business',
      organisationId: (
        await portal.database.db
          .selectFrom('organisations')
          .select('id')
          .where('kvk_number', '=', '69599084')
          .executeTakeFirstOrThrow()
      ).id,
      actingSubject: 'pseudonym',
      kvkNumber: '69599084',
      intermediaryKvk: null,
      recognitions: ['work'],
    } as unknown as BusinessActor;
    await expect(serviceWith(failing).submit(actor, id, 'nl', 'req-1')).rejects.toThrow('queue unavailable');
    const row = await portal.database.db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('draft');
    expect(row.reference).toBeNull();
    const outboxAfter = await portal.database.db.selectFrom('outbox').select('id').execute();
    expect(outboxAfter).toHaveLength(outboxBefore.length);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from pgboss.job where name = 'applications.handover' and data->>'applicationId' = ${id}`.execute(
      portal.database.db,
    );
    expect(rows[0]?.n).toBe(0);
    // And it can still be submitted afterwards.
    const retry = await serviceWith().submit(actor, id, 'nl', 'req-2');
    expect(retry.kind).toBe('submitted');
  });
});
