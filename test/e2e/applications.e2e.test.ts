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
  typeDate,
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
      // Starting stores nothing yet: the first page of a new application (D13).
      expect(page.url()).toMatch(/\/applications\/new\/hsm_residence$/);
      await expectAccessible(page, `personal ${lang}`);

      // An error first: a half-typed date of birth is kept and named; all errors at once (D4, D11).
      await typeInto(page, '#givenNames', 'Priya');
      await tabTo(page, '#dateOfBirth');
      await page.keyboard.type('17');
      await pressPrimary(page);
      const summary = (await page.locator('#error-summary').textContent()) ?? '';
      expect(summary).toContain(
        lang === 'nl'
          ? 'Vul bij Geboortedatum ook de maand en het jaar in'
          : 'must include a month and a year',
      );
      expect(await page.locator('#givenNames').inputValue()).toBe('Priya');
      expect(await page.locator('#dateOfBirth').inputValue()).toBe('17');
      await page.locator('#error-summary a[href="#dateOfBirth"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dateOfBirth');
      await page.fill('#dateOfBirth', '');
      await expectAccessible(page, `personal with errors ${lang}`);
      await screenshot(page, `applications-personal-errors-${lang}`);

      await typeInto(page, '#surname', 'Sharma');
      await typeDate(page, '#dateOfBirth', '1985-05-01');
      await typeInto(page, '#nationality', lang === 'nl' ? 'India' : 'India');
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
        await tabTo(page, 'form[enctype="multipart/form-data"] button[value="upload"]');
        await enterAndWait(page);
        expect(await page.locator('main').textContent()).toContain(file.name);
      }
      await expectAccessible(page, `documents uploaded ${lang}`);
      await screenshot(page, `applications-documents-${lang}`);

      await tabTo(page, 'main button[value="continue"]');
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
