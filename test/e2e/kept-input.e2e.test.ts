import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, startE2E, tabTo, watchReflow, type E2E } from './harness.ts';

/**
 * Issue 12, D10 and D3: nothing typed is lost when the user switches language, presses "stay
 * logged in" in the session banner, or finds the session ended mid-form. In Chromium, with and
 * without JavaScript.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

async function open(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({
    baseURL: e2e.baseUrl,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled,
  });
  watchReflow(context);
  return { context, page: await context.newPage() };
}

/**
 * A browser without JavaScript, logged in as `person`: the login itself goes through the test
 * broker's auto-submitting SAML forms, so it is done with JavaScript and the cookies are carried
 * over to a context that has none.
 */
async function loggedInWithoutJavaScript(person: string): Promise<{ context: BrowserContext; page: Page }> {
  const login = await open(true);
  await login.page.goto('/login');
  await logInAs(login.page, person);
  const storageState = await login.context.storageState();
  await login.context.close();
  const context = await e2e.browser.newContext({
    baseURL: e2e.baseUrl,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
    storageState,
  });
  watchReflow(context);
  return { context, page: await context.newPage() };
}

/**
 * Logs in at the test broker as one person (a fixed pseudonym, so that logging in again is the
 * same person) for the employer Noordzee.
 */
async function logInAs(page: Page, person: string): Promise<void> {
  await page.waitForURL(/\/test-broker\/sso/);
  await page.locator('input[name="organisation"][value="69599084"]').check();
  await page.fill('input[name="actingSubject"]', person);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/test-broker')),
    page.locator('button[value="login"]').click(),
  ]);
}

/** Types a half-filled first page of a new highly skilled migrant application. */
async function typeHalfAPage(page: Page): Promise<void> {
  await page.goto('/applications/new/hsm_residence');
  await tabTo(page, '#givenNames');
  await page.keyboard.type('Mei');
  await tabTo(page, '#surname');
  await page.keyboard.type('O’Neill-Lin');
  await tabTo(page, '#dateOfBirth');
  await page.keyboard.type('17');
}

async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), page.locator(selector).click()]);
  await page.waitForLoadState('load');
}

const values = async (page: Page) => ({
  givenNames: await page.locator('#givenNames').inputValue(),
  surname: await page.locator('#surname').inputValue(),
  day: await page.locator('#dateOfBirth').inputValue(),
});

for (const javaScript of [true, false]) {
  describe(`the language switch and the session banner (JavaScript ${javaScript ? 'on' : 'off'}, D10)`, () => {
    it('keep what was typed on an application page: it comes back in English, then after "stay logged in"', async () => {
      const person = `e2e-d10-${javaScript ? 'js' : 'nojs'}`;
      const { context, page } = javaScript ? await open(true) : await loggedInWithoutJavaScript(person);
      if (javaScript) {
        await page.goto('/login');
        await logInAs(page, person);
      }
      await typeHalfAPage(page);

      // The language switch in the header, by keyboard.
      await tabTo(page, 'header button.bp-language__button');
      await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/applications/new/hsm_residence');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').textContent()).not.toContain('Persoonsgegevens');
      expect(await values(page)).toEqual({ givenNames: 'Mei', surname: 'O’Neill-Lin', day: '17' });
      expect(await page.locator('main').textContent()).toContain('The page is now in English');
      // axe runs in the page: only where JavaScript is on.
      if (javaScript) await expectAccessible(page, 'personal after the language switch');
      await screenshot(page, `kept-input-language-${javaScript ? 'js' : 'nojs'}`);

      // One more change, then "Stay logged in" in the banner.
      await page.fill('#givenNames', 'Mei Ling');
      await clickAndWait(page, '.bp-session-notice button');
      expect(new URL(page.url()).pathname).toBe('/applications/new/hsm_residence');
      expect(await values(page)).toEqual({ givenNames: 'Mei Ling', surname: 'O’Neill-Lin', day: '17' });
      expect(await page.locator('main').textContent()).toContain('You stay logged in');

      // Nothing was saved by either: no draft exists yet.
      const drafts = await e2e.portal.database.db
        .selectFrom('applications')
        .select('id')
        .where('employee_name', 'like', '%Neill-Lin%')
        .execute();
      expect(drafts).toEqual([]);
      await context.close();
    });
  });
}

describe('an expired session mid-form (D3)', () => {
  it('keeps what was posted; after logging in again the same person gets it back on the same page', async () => {
    const { context, page } = await open(true);
    await page.goto('/login');
    await logInAs(page, 'e2e-d3');
    await typeHalfAPage(page);

    // The session ends on the server while the user types.
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-bp-session');
    const idHash = createHash('sha256')
      .update(cookie?.value ?? '')
      .digest('hex');
    await e2e.portal.database.db
      .updateTable('sessions')
      .set({ idle_expires_at: new Date(Date.now() - 60_000) })
      .where('id_hash', '=', idHash)
      .execute();

    await clickAndWait(page, 'main form button.utrecht-button--primary-action');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('main').textContent()).toContain('U was te lang niet actief');
    await expectAccessible(page, 'log in again');
    await clickAndWait(page, 'main a[href^="/login"]');
    await logInAs(page, 'e2e-d3');
    expect(new URL(page.url()).pathname).toBe('/applications/new/hsm_residence');
    expect(await values(page)).toEqual({ givenNames: 'Mei', surname: 'O’Neill-Lin', day: '17' });
    expect(await page.locator('main').textContent()).toContain('Uw sessie was verlopen');
    await context.close();
  });
});
