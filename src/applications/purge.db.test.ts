import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { browserAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import {
  samplePdf,
  startApplication,
  validAnswers,
  type Browser,
} from '../../test/helpers/applications.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import { DELIVER_JOB } from '../platform/mail/outbox.ts';
import { createCaseSystem } from '../casesystem/index.ts';
import { LocalFileStore } from '../platform/files/file-store.ts';
import { addDays, addMonths } from './forms/dates.ts';
import { ApplicationService, PURGE_JOB } from './service.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../platform/logging.ts';
import { CATALOGUE } from './catalogue/catalogue.ts';
import type { Catalogue } from './catalogue/model.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let browser: Browser;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  browser = await browserAs(portal, EMPLOYER);
});
afterAll(async () => portal.close());

const DAY = 86_400_000;
function serviceWith(
  jobs: Jobs = portal.jobs,
  clock?: () => Date,
  extra: { catalogue?: Catalogue; logger?: Logger } = {},
) {
  return new ApplicationService({
    db: portal.database.db,
    jobs,
    files: new LocalFileStore(portal.config.uploads.dir),
    caseSystem: createCaseSystem({
      db: portal.database.db,
      files: new LocalFileStore(portal.config.uploads.dir),
    }),
    logger: extra.logger ?? portal.logger,
    uploads: portal.config.uploads,
    ...(clock ? { clock } : {}),
    ...(extra.catalogue ? { catalogue: extra.catalogue } : {}),
  });
}

/** Fills every page of a highly skilled migrant application and uploads its documents. */
async function completeDraft(): Promise<string> {
  const answers: Record<string, Record<string, string | string[]>> = validAnswers(
    amsterdamToday(new Date()),
    addDays,
    addMonths,
  );
  const id = await startApplication(browser, 'hsm_residence');
  for (const page of ['personal', 'antecedents', 'employment']) {
    await browser.post(`/applications/${id}/pages/${page}`, answers[page] ?? {});
  }
  await browser.upload(
    `/applications/${id}/documents`,
    { documentType: 'passport' },
    { filename: 'a.pdf', content: samplePdf() },
  );
  return id;
}

async function sponsorActor(): Promise<BusinessActor> {
  return {
    kind: 'business',
    organisationId: (
      await portal.database.db
        .selectFrom('organisations')
        .select('id')
        .where('kvk_number', '=', EMPLOYER)
        .executeTakeFirstOrThrow()
    ).id,
    actingSubject: 'pseudonym',
    kvkNumber: EMPLOYER,
    intermediaryKvk: null,
    recognitions: ['work'],
  } as unknown as BusinessActor;
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
    const id = await completeDraft();
    const outboxBefore = await portal.database.db.selectFrom('outbox').select('id').execute();
    // The mail's delivery job cannot be queued: the whole transaction must roll back.
    const failing: Jobs = {
      ...portal.jobs,
      send: async (name, data, options) => {
        if (name === DELIVER_JOB) throw new Error('queue unavailable');
        return portal.jobs.send(name, data, options);
      },
    };
    const actor = await sponsorActor();
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

describe('a year without fees and income criteria in the catalogue', () => {
  it('refuses to compute: no fee, no submission, the salary rule says so, and staff are alerted', async () => {
    const id = await completeDraft();
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const year = Number(amsterdamToday(new Date()).slice(0, 4));
    const withoutThisYear: Catalogue = {
      ...CATALOGUE,
      years: Object.fromEntries(Object.entries(CATALOGUE.years).filter(([y]) => Number(y) !== year)),
    };
    const service = serviceWith(portal.jobs, undefined, { catalogue: withoutThisYear, logger });
    const actor = await sponsorActor();
    const application = await service.repository.find(actor, id);
    if (!application) throw new Error('draft missing');

    expect(service.fee(application)).toEqual({ missingYear: year });
    const outcome = await service.submit(actor, id, 'nl', 'req-missing-year');
    // The salary cannot be checked either: the employment page is reported first.
    expect(outcome).toEqual({ kind: 'incomplete', step: 'employment' });
    const invalid = service.completeness(application, [], 'nl').invalid;
    expect(invalid?.errors).toEqual([
      { field: 'grossMonthlySalary', key: 'apps.rule.amountsMissing', params: { year } },
    ]);
    const row = await portal.database.db
      .selectFrom('applications')
      .select(['state', 'fee_cents'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'draft', fee_cents: null });

    const alerts = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.alert === 'catalogue_amounts_missing');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts[0]).toMatchObject({ level: 50, year });
  });

  it('a type without salary rules is still refused at submission: its fee is not known', async () => {
    const year = Number(amsterdamToday(new Date()).slice(0, 4));
    const withoutThisYear: Catalogue = {
      ...CATALOGUE,
      years: Object.fromEntries(Object.entries(CATALOGUE.years).filter(([y]) => Number(y) !== year)),
    };
    const answers: Record<string, Record<string, string | string[]>> = validAnswers(
      amsterdamToday(new Date()),
      addDays,
      addMonths,
    );
    const id = await startApplication(browser, 'family_member');
    for (const page of ['personal', 'antecedents', 'mvv', 'family']) {
      await browser.post(`/applications/${id}/pages/${page}`, answers[page] ?? {});
    }
    for (const documentType of ['passport', 'marriage_certificate']) {
      await browser.upload(
        `/applications/${id}/documents`,
        { documentType },
        { filename: 'a.pdf', content: samplePdf() },
      );
    }
    const service = serviceWith(portal.jobs, undefined, { catalogue: withoutThisYear });
    expect(await service.submit(await sponsorActor(), id, 'nl', 'req-missing-fee')).toEqual({
      kind: 'amounts_missing',
      year,
    });
  });
});

describe('the fee of the year of filing', () => {
  it('31 December 23:59 in Amsterdam is charged the 2025 fee, 1 January 00:00 the 2026 fee', async () => {
    const id = await completeDraft();
    const actor = await sponsorActor();
    const application = await serviceWith().repository.find(actor, id);
    if (!application) throw new Error('draft missing');
    // 22:59 UTC on 31 December is 23:59 in Amsterdam (winter time); 23:00 UTC is midnight.
    const lastMinute = serviceWith(portal.jobs, () => new Date('2025-12-31T22:59:00Z'));
    const firstMinute = serviceWith(portal.jobs, () => new Date('2025-12-31T23:00:00Z'));
    expect(lastMinute.fee(application)).toEqual({ cents: 40_500, year: 2025 });
    expect(firstMinute.fee(application)).toEqual({ cents: 42_300, year: 2026 });
  });

  it('a minor child is charged the child fee, a partner the partner fee', async () => {
    const actor = await sponsorActor();
    const id = await startApplication(browser, 'family_member');
    const service = serviceWith(portal.jobs, () => new Date('2026-06-01T10:00:00Z'));
    const feeFor = async (relationship: string) => {
      await portal.database.db
        .updateTable('applications')
        .set({ answers: JSON.stringify({ family: { relationship } }) as never })
        .where('id', '=', id)
        .execute();
      const application = await service.repository.find(actor, id);
      if (!application) throw new Error('draft missing');
      return service.fee(application);
    };
    expect(await feeFor('child')).toEqual({ cents: 8_500, year: 2026 });
    expect(await feeFor('unmarriedPartner')).toEqual({ cents: 25_400, year: 2026 });
  });
});
