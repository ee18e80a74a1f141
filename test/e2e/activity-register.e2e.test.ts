import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Issue 17, done-when: in Chromium, both languages, axe clean — a sponsor's user finds an action
 * done by an agency in the activity log and exports it; an anonymous visitor finds a recognised
 * university in the register and downloads the CSV.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

const SPONSOR = '69599084';
const AGENCY = '81760124';
const UNIVERSITY = '50826506';

async function download(page: Page, selector: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  const path = join(SCREENSHOTS, name);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe.each(['nl', 'en'] as const)('activity log and register (%s)', (lang) => {
  const text = {
    exported: lang === 'nl' ? 'Overzicht van aanvragen geëxporteerd' : 'Exported the list of applications',
    activity: lang === 'nl' ? 'Activiteitenlog' : 'Activity log',
    register: lang === 'nl' ? 'Register erkende referenten' : 'Register of recognised sponsors',
    csv: lang === 'nl' ? 'Download als CSV' : 'Download as CSV',
  };

  it('a sponsor’s user finds an action done by an agency in the activity log and exports it', async () => {
    // The agency, chain-authorised for the sponsor, exports the sponsor's list of applications.
    const agency = await newPage(e2e, lang);
    await agency.page.goto('/');
    await loginByKeyboard(agency.page, { kvk: SPONSOR, intermediaryKvk: AGENCY });
    await agency.page.goto('/cases');
    await download(agency.page, 'a[href^="/cases.csv"]', `agency-export-${lang}.csv`);
    await agency.context.close();

    // The sponsor's own user finds it.
    const { context, page } = await newPage(e2e, lang);
    await page.goto('/');
    await loginByKeyboard(page, { kvk: SPONSOR });
    await page.locator(`nav a[href="/activity"]`).first().click();
    await page.waitForURL(/\/activity/);
    expect(await page.locator('h1').textContent()).toBe(text.activity);
    await page.selectOption('select[name="who"]', `agency:${AGENCY}`);
    await page.selectOption('select[name="action"]', 'cases.export');
    await Promise.all([page.waitForURL(/who=agency/), page.locator('form.bp-filters button').click()]);
    const row = page.locator('tbody tr', { hasText: text.exported }).first();
    expect(await row.textContent()).toContain(AGENCY);
    await expectAccessible(page, `activity log (${lang})`);
    await screenshot(page, `activity-${lang}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `activity-${lang}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const csv = await download(page, 'a[href^="/activity.csv"]', `activity-${lang}.csv`);
    expect(csv).toContain(text.exported);
    expect(csv).toContain(AGENCY);
    await context.close();
  });

  it('an anonymous visitor finds a recognised university in the register and downloads the CSV', async () => {
    const { context, page } = await newPage(e2e, lang);
    await page.goto('/');
    await page.locator('footer a[href="/register"]').click();
    await page.waitForURL(/\/register/);
    await page.fill('input[name="q"]', 'Lage Landen');
    await page.selectOption('select[name="category"]', 'study');
    await Promise.all([page.waitForURL(/q=Lage/), page.locator('form.bp-filters button').click()]);
    expect(await page.locator('tbody').textContent()).toContain('Universiteit van de Lage Landen');
    expect(await page.locator('tbody').textContent()).toContain(UNIVERSITY);
    await expectAccessible(page, `register (${lang})`);
    await screenshot(page, `register-${lang}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `register-${lang}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const csv = await download(page, `a:text("${text.csv}")`, `register-${lang}.csv`);
    expect(csv.split('\r\n')[0]).toContain('"kvk_number";"name";"place";"category";"recognised_since"');
    expect(csv).toContain(`"${UNIVERSITY}";"Universiteit van de Lage Landen"`);
    await context.close();
  });
});
