import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  loginByKeyboard,
  newPage,
  screenshot,
  startE2E,
  tabTo,
  type E2E,
} from './harness.ts';

/** Issue 3, done-when: home → log in → test broker → dashboard → log out, by keyboard, both languages, axe clean. */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

for (const lang of ['nl', 'en'] as const) {
  describe(`logging in and out by keyboard (${lang})`, () => {
    it('goes from the home page through the test broker to the dashboard and out again', async () => {
      const { context, page } = await newPage(e2e, lang);
      await page.goto('/');
      await expectAccessible(page, `home ${lang}`);
      await loginByKeyboard(page, { kvk: '69599084', loa: 'loa4' });
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      expect((await page.locator('h1').textContent())?.trim()).toBe(
        lang === 'nl' ? 'Mijn overzicht' : 'My overview',
      );
      expect(await page.locator('main').textContent()).toContain('Noordzee Technologies B.V.');
      expect(await page.locator('main').textContent()).toContain('EH4');
      await expectAccessible(page, `dashboard ${lang}`);
      await screenshot(page, `dashboard-${lang}`);

      await tabTo(page, 'header form[action="/logout"] button');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/logged-out/);
      await expectAccessible(page, `logged out ${lang}`);
      const back = await page.goto('/dashboard');
      expect(new URL(back?.url() ?? '').pathname).not.toBe('/dashboard');
      await context.close();
    });

    it('explains a too low level on its own page', async () => {
      const { context, page } = await newPage(e2e, lang);
      await page.goto('/');
      await loginByKeyboard(page, { kvk: '69599084', loa: 'loa2' });
      expect(await page.locator('h1').textContent()).toContain(
        lang === 'nl' ? 'te laag niveau' : 'level is too low',
      );
      await expectAccessible(page, `level too low ${lang}`);
      await context.close();
    });

    it('shows a chain-authorised intermediary as acting for the sponsor', async () => {
      const { context, page } = await newPage(e2e, lang);
      await page.goto('/');
      await loginByKeyboard(page, { kvk: '41216593', intermediaryKvk: '81760124' });
      expect(await page.locator('main').textContent()).toContain('81760124');
      expect(await page.locator('header').textContent()).toContain('Stichting Delta Onderzoeksinstituut');
      await context.close();
    });
  });
}
