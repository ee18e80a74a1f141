import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/applications/forms/dates.ts';
import { amsterdamToday } from '../../src/platform/time/working-days.ts';
import { samplePdf } from '../helpers/applications.ts';
import {
  SCREENSHOTS,
  expectAccessible,
  loginByKeyboard,
  newPage,
  screenshot,
  startE2E,
  type E2E,
} from './harness.ts';

/**
 * Issue 10, done-when: an application submitted in the portal appears in the case officer's
 * queue; the officer requests information, the sponsor uploads it, the officer grants; after
 * the refresh the sponsor sees the timeline, the expected date and the decision letter,
 * downloads it (a PDF with the case number), and the download is in the processing log.
 * Axe clean on the sponsor's pages in both languages.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

const SPONSOR = '69599084';

async function click(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), page.locator(selector).first().click()]);
  await page.waitForLoadState('load');
}

/** Runs the refresh until the read model shows what the case system wrote (its safety lag is 2 s). */
async function refreshUntil(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await e2e.portal.services.refresh.runNow('manual');
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the refresh did not bring the change into the read model');
}

const stateOf = async (caseNumber: string) =>
  (
    await e2e.portal.database.db
      .selectFrom('cases')
      .select('state')
      .where('case_number', '=', caseNumber)
      .executeTakeFirst()
  )?.state;

/** The sponsor submits a highly skilled migrant application (the forms are tested in applications.e2e). */
async function submitApplication(page: Page): Promise<string> {
  const today = amsterdamToday(new Date());
  await page.goto('/applications');
  await click(page, 'form:has(input[value="hsm_residence"]) button');
  await page.fill('#givenNames', 'Priya');
  await page.fill('#surname', 'Sharma');
  await page.fill('#dateOfBirth', '1');
  await page.fill('#dateOfBirth-month', '5');
  await page.fill('#dateOfBirth-year', '1985');
  await page.selectOption('#nationality', 'IND');
  await page.fill('#passportNumber', 'P1234567');
  await click(page, 'main form button.utrecht-button--primary-action');
  await page.locator('input[name="antecedents"]').first().check();
  await click(page, 'main form button.utrecht-button--primary-action');
  await page.fill('#jobTitle', 'Data engineer');
  const [startYear = '', startMonth = '', startDay = ''] = addDays(today, 30).split('-');
  await page.fill('#startDate', String(Number(startDay)));
  await page.fill('#startDate-month', String(Number(startMonth)));
  await page.fill('#startDate-year', startYear);
  await page.locator('input[name="contractType"]').first().check();
  await page.fill('#grossMonthlySalary', '7000');
  await page.locator('input[name="reducedCriterion"]').first().check();
  await click(page, 'main form button.utrecht-button--primary-action');
  expect(page.url()).toMatch(/\/documents$/);
  await page.selectOption('#documentType', 'passport');
  await page.setInputFiles('#file', {
    name: 'passport.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf(4000),
  });
  await click(page, 'form[enctype="multipart/form-data"] button');
  await click(page, 'main button[value="continue"]');
  await click(page, 'main a[href$="/declaration"]');
  await page.locator('input[name="declaration"]').check();
  await click(page, 'main form button.utrecht-button--primary-action');
  expect(page.url()).toMatch(/\/confirmation$/);
  const reference = /\d{4}-P\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0];
  if (!reference) throw new Error('no reference on the confirmation page');
  return reference;
}

describe('a case from submission to the decision letter', () => {
  it('runs through the portal, the case handling and the refresh', async () => {
    const sponsor = await newPage(e2e, 'nl');
    await sponsor.page.goto('/');
    await loginByKeyboard(sponsor.page, { kvk: SPONSOR });
    const caseNumber = await submitApplication(sponsor.page);

    // The hand-over job (in-process worker) takes it into the case system.
    let inQueue = false;
    for (let i = 0; i < 60 && !inQueue; i++) {
      inQueue = Boolean(
        await e2e.portal.database.db
          .selectFrom('cs_cases')
          .select('case_number')
          .where('case_number', '=', caseNumber)
          .executeTakeFirst(),
      );
      if (!inQueue) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(inQueue).toBe(true);

    // The case officer logs in (development issuer) and finds it in the queue.
    const officer = await newPage(e2e, 'nl');
    await officer.page.goto('/staff/login');
    await officer.page.waitForURL(/\/dev-issuer\/interaction\//);
    await officer.page.locator('input[name="account"][value="co-bram"]').check();
    await click(officer.page, 'main button[type="submit"]');
    await officer.page.goto('/backoffice/cases');
    expect(await officer.page.locator('main').textContent()).toContain(caseNumber);
    await officer.page.goto(`/backoffice/cases/${caseNumber}`);
    if ((await officer.page.locator(`form[action$="/take_in"]`).count()) > 0) {
      await click(officer.page, `form[action$="/take_in"] button`);
    }
    const deadline = addDays(amsterdamToday(new Date()), 21);
    await officer.page.fill(
      'form[action$="/request_information"] textarea[name="missing"]',
      'Het arbeidscontract',
    );
    await officer.page.fill('form[action$="/request_information"] input[name="deadline"]', deadline);
    await click(officer.page, 'form[action$="/request_information"] button');
    expect(officer.page.url()).toContain('done=1');

    // After a refresh the sponsor sees the request, its deadline, and sends the information.
    await refreshUntil(async () => (await stateOf(caseNumber)) === 'information_requested');
    await sponsor.page.goto('/dashboard');
    await click(sponsor.page, 'main a[href="/cases"]');
    await expectAccessible(sponsor.page, 'status list nl');
    await screenshot(sponsor.page, 'cases-list-nl');
    await click(sponsor.page, `main a[href="/cases/${caseNumber}"]`);
    const detail = (await sponsor.page.locator('main').textContent()) ?? '';
    expect(detail).toContain('De IND vraagt u om aanvullende informatie');
    await expectAccessible(sponsor.page, 'case with request nl');
    await screenshot(sponsor.page, 'cases-request-nl');
    await sponsor.page.fill('#note', 'Hierbij het arbeidscontract.');
    await sponsor.page.setInputFiles('#file', {
      name: 'arbeidscontract.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(3000),
    });
    await click(sponsor.page, 'form[action$="/information"] button');
    expect(sponsor.page.url()).toContain('sent=1');
    await expectAccessible(sponsor.page, 'information sent nl');

    // The officer grants.
    await refreshUntil(async () => (await stateOf(caseNumber)) !== 'information_requested');
    await officer.page.goto(`/backoffice/cases/${caseNumber}`);
    if ((await officer.page.locator(`form[action$="/take_in"]`).count()) > 0) {
      await click(officer.page, `form[action$="/take_in"] button`);
    }
    await officer.page.locator('form[action$="/decide"] input[name="outcome"][value="granted"]').check();
    await officer.page.fill(
      'form[action$="/decide"] textarea[name="reasons"]',
      'Voldoet aan de voorwaarden.',
    );
    await click(officer.page, 'form[action$="/decide"] button');
    expect(officer.page.url()).toContain('done=1');

    // After the refresh: the timeline, the expected date and the decision letter.
    await refreshUntil(async () => (await stateOf(caseNumber)) === 'granted');
    await sponsor.page.goto(`/cases/${caseNumber}`);
    const granted = (await sponsor.page.locator('main').textContent()) ?? '';
    expect(granted).toContain('Ingewilligd');
    expect(granted).toContain('Aanvraag ontvangen');
    expect(granted).toContain('Aanvullende informatie gevraagd');
    expect(granted).toContain('Uiterste beslisdatum');
    expect(granted).toMatch(/Informatie van \d+ \w+ \d{4}/);
    await expectAccessible(sponsor.page, 'case granted nl');
    await screenshot(sponsor.page, 'cases-granted-nl');
    const letter = sponsor.page.locator('main table a[href^="/documents/"]', {
      hasText: /besluit|beschikking|decision/i,
    });
    const link =
      (await letter.count()) > 0
        ? letter.first()
        : sponsor.page.locator('main a[href^="/documents/"]').last();
    const href = (await link.getAttribute('href')) ?? '';
    const [download] = await Promise.all([sponsor.page.waitForEvent('download'), link.click()]);
    const path = join(SCREENSHOTS, `decision-${caseNumber}.pdf`);
    await download.saveAs(path);
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toContain(caseNumber);

    // The download is in the processing log.
    const documentId = href.split('/').pop() ?? '';
    const logged = await e2e.portal.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event', '=', 'document.download')
      .where('object_id', '=', documentId)
      .executeTakeFirst();
    expect(logged).toMatchObject({ outcome: 'success', actor_kvk: SPONSOR });
    expect(logged?.details).toMatchObject({ caseNumber, activity: 'download' });

    await sponsor.page.goto('/documents');
    await expectAccessible(sponsor.page, 'documents nl');
    await sponsor.context.close();
    await officer.context.close();

    // The same pages in English, and at 375 px wide without horizontal scrolling.
    const en = await newPage(e2e, 'en');
    await en.page.goto('/');
    await loginByKeyboard(en.page, { kvk: SPONSOR });
    for (const path of ['/cases', `/cases/${caseNumber}`, '/documents', '/account']) {
      await en.page.goto(path);
      expect(await en.page.getAttribute('html', 'lang')).toBe('en');
      expect(await en.page.locator('main').textContent()).toMatch(/Information as of/);
      await expectAccessible(en.page, `${path} en`);
      await en.page.setViewportSize({ width: 375, height: 800 });
      // The page (or, on the account page of the organisations module, the section this module
      // adds) is no wider than the screen: wide tables scroll inside their own container.
      const overflow = await en.page.evaluate(
        (scope) => {
          const width = document.documentElement.clientWidth;
          if (!scope) return document.documentElement.scrollWidth - width;
          const section = document.querySelector(scope);
          return section ? section.getBoundingClientRect().right - width : 1;
        },
        path === '/account' ? 'section[aria-labelledby="case-system-data"]' : null,
      );
      expect(overflow, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
      await en.page.setViewportSize({ width: 1280, height: 900 });
    }
    await screenshot(en.page, 'documents-en');
    await en.context.close();
    // Long: two organisations, the back office and a refresh, and every page laid out again at
    // 375 px when its context closes (harness watchReflow).
  }, 300_000);
});
