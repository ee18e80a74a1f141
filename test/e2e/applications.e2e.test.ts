import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/applications/forms/dates.ts';
import { amsterdamToday } from '../../src/platform/time/working-days.ts';
import { samplePdf, samplePng } from '../helpers/applications.ts';
import {
  SCREENSHOTS,
  expectAccessible,
  loginByKeyboard,
  newPage,
  screenshot,
  startE2E,
  tabTo,
  type E2E,
} from './harness.ts';

/**
 * Issue 5, done-when: a recognised employer completes a highly skilled migrant application by
 * keyboard with two uploads, sees the fee and the declaration, submits, downloads the receipt
 * PDF, and the mail arrives; axe clean on every step, in both languages.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

/**
 * Types a 'YYYY-MM-DD' date into a date input the way a keyboard user does, segment by segment.
 * The segment order follows the browser's own locale (day first, or month first as in en-US):
 * if day-month-year did not give the date, go back to the first segment and type month-day-year.
 */
async function typeDate(page: Page, selector: string, isoDate: string): Promise<void> {
  await tabTo(page, selector);
  const [year = '', month = '', day = ''] = isoDate.split('-');
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await page.locator(selector).inputValue()) === isoDate) return;
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(`${month}${day}${year}`);
  expect(await page.locator(selector).inputValue()).toBe(isoDate);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Presses Enter on the focused link or button and waits for the next page to load. */
async function enterAndWait(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}

async function pressPrimary(page: Page): Promise<void> {
  await tabTo(page, 'main form button.utrecht-button--primary-action');
  await enterAndWait(page);
}

for (const lang of ['nl', 'en'] as const) {
  describe(`submitting a highly skilled migrant application by keyboard (${lang})`, () => {
    it('fills every step, uploads two documents, submits, downloads the receipt and gets the mail', async () => {
      const { context, page } = await newPage(e2e, lang);
      const today = amsterdamToday(new Date());
      await page.goto('/');
      await loginByKeyboard(page, { kvk: '69599084' });

      await tabTo(page, 'nav a[href="/applications"]');
      await enterAndWait(page);
      await expectAccessible(page, `catalogue ${lang}`);
      await screenshot(page, `applications-catalogue-${lang}`);

      await tabTo(page, 'form:has(input[value="hsm_residence"]) button');
      await enterAndWait(page);
      expect(page.url()).toMatch(/\/pages\/personal$/);
      await expectAccessible(page, `personal ${lang}`);

      // An error first: the summary links to the field and the input is kept.
      await typeInto(page, '#givenNames', 'Priya');
      await pressPrimary(page);
      expect(await page.locator('#error-summary').textContent()).toBeTruthy();
      expect(await page.locator('#givenNames').inputValue()).toBe('Priya');
      await expectAccessible(page, `personal with errors ${lang}`);
      await screenshot(page, `applications-personal-errors-${lang}`);

      await typeInto(page, '#surname', 'Sharma');
      await typeDate(page, '#dateOfBirth', '1985-05-01');
      await typeInto(page, '#nationality', 'India');
      await typeInto(page, '#passportNumber', 'P1234567');
      await pressPrimary(page);
      expect(page.url()).toMatch(/\/pages\/antecedents$/);
      await expectAccessible(page, `antecedents ${lang}`);
      // The first option: signed, no antecedents.
      await tabTo(page, 'input[name="antecedents"]');
      await page.keyboard.press('Space');
      await pressPrimary(page);
      expect(page.url()).toMatch(/\/pages\/employment$/);
      await expectAccessible(page, `employment ${lang}`);

      await typeInto(page, '#jobTitle', 'Data engineer');
      await typeDate(page, '#startDate', addDays(today, 30));
      // The first option: a permanent contract (no end date asked).
      await tabTo(page, 'input[name="contractType"]');
      await page.keyboard.press('Space');
      await typeInto(page, '#grossMonthlySalary', '7000');
      await tabTo(page, 'input[name="reducedCriterion"]');
      await page.keyboard.press('Space');
      await pressPrimary(page);
      expect(page.url()).toMatch(/\/documents$/);
      await expectAccessible(page, `documents ${lang}`);

      // Two uploads of the one document the IND asks (the employment contract stays in the
      // sponsor's administration). The file itself is chosen in the operating system's dialog,
      // which a test cannot drive; everything around it is done by keyboard.
      for (const [documentType, file] of [
        ['passport', { name: 'passport.pdf', mimeType: 'application/pdf', buffer: samplePdf(4000) }],
        ['passport', { name: 'passport-photo-page.png', mimeType: 'image/png', buffer: samplePng() }],
      ] as const) {
        await tabTo(page, '#documentType');
        await page.selectOption('#documentType', documentType);
        await page.setInputFiles('#file', file);
        await tabTo(page, 'form[enctype="multipart/form-data"] button');
        await enterAndWait(page);
        expect(await page.locator('main').textContent()).toContain(file.name);
      }
      await expectAccessible(page, `documents uploaded ${lang}`);
      await screenshot(page, `applications-documents-${lang}`);

      await tabTo(page, 'main a[href$="/check"].utrecht-button-link');
      await enterAndWait(page);
      await expectAccessible(page, `check ${lang}`);
      expect(await page.locator('main').textContent()).toContain('Sharma');
      await screenshot(page, `applications-check-${lang}`);

      await tabTo(page, 'main a[href$="/declaration"]');
      await enterAndWait(page);
      await expectAccessible(page, `declaration ${lang}`);
      const declaration = (await page.locator('main').textContent()) ?? '';
      // The 2026 fee for a highly skilled migrant (the year of filing).
      expect(declaration).toMatch(/423[.,]00/);
      expect(declaration).toContain(lang === 'nl' ? 'Automatische incasso' : 'Direct debit');
      expect(declaration).toContain(lang === 'nl' ? 'naar waarheid' : 'truthfully');
      await screenshot(page, `applications-declaration-${lang}`);

      await tabTo(page, 'input[name="declaration"]');
      await page.keyboard.press('Space');
      await pressPrimary(page);
      expect(page.url()).toMatch(/\/confirmation$/);
      await expectAccessible(page, `confirmation ${lang}`);
      const reference = /\d{4}-P\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0];
      expect(reference).toBeDefined();
      await screenshot(page, `applications-confirmation-${lang}`);

      await tabTo(page, 'main a[href$="/receipt.pdf"]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const path = join(SCREENSHOTS, `receipt-${lang}.pdf`);
      await download.saveAs(path);
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.suggestedFilename()).toContain(reference ?? 'none');

      // The confirmation mail goes through the outbox and real SMTP into the development mailbox.
      let mail: { subject: string } | undefined;
      for (let i = 0; i < 60 && !mail; i++) {
        mail = await e2e.portal.database.db
          .selectFrom('dev_mailbox')
          .select('subject')
          .where('subject', 'like', `%${reference ?? 'none'}%`)
          .executeTakeFirst();
        if (!mail) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(mail?.subject).toContain(reference);
      await context.close();
    });
  });
}
