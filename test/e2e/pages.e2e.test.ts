import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, newPage, screenshot, startE2E, type E2E } from './harness.ts';

/** Issue 2, done-when: every page in both languages, axe clean, and a screenshot to look at. */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

const PUBLIC_PAGES = [
  '/',
  '/logging-in',
  '/accessibility',
  '/privacy',
  '/contact',
  '/report-a-problem',
  '/logged-out',
  '/dev/mailbox',
];

for (const lang of ['nl', 'en'] as const) {
  describe(`public pages (${lang})`, () => {
    for (const path of PUBLIC_PAGES) {
      it(`${path} renders in ${lang} and passes axe`, async () => {
        const { context, page } = await newPage(e2e, lang);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await expectAccessible(page, `${path} ${lang}`);
        await screenshot(page, `page${path.replace(/\//g, '_') || '_home'}-${lang}`);
        await context.close();
      });
    }

    it(`the 404 page in ${lang} has a correlation id and passes axe`, async () => {
      const { context, page } = await newPage(e2e, lang);
      const response = await page.goto('/no-such-page');
      expect(response?.status()).toBe(404);
      const id = response?.headers()['x-request-id'] ?? '';
      expect(await page.locator('main').textContent()).toContain(id);
      await expectAccessible(page, `404 ${lang}`);
      await screenshot(page, `error-404-${lang}`);
      await context.close();
    });

    it(`the test broker page in ${lang} passes axe`, async () => {
      const { context, page } = await newPage(e2e, lang);
      await page.goto('/login');
      await page.waitForURL(/test-broker/);
      await expectAccessible(page, `test broker ${lang}`);
      await context.close();
    });
  });
}

describe('the language switch', () => {
  it('switches to English and remembers it', async () => {
    const { context, page } = await newPage(e2e, 'nl');
    await page.goto('/privacy');
    await page.click('form[action="/language"] button');
    await page.waitForURL(/\/privacy$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto('/contact');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
