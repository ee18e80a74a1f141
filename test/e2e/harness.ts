import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';

/**
 * End-to-end harness: the whole portal listening on a free localhost port, and Debian's
 * Chromium driven by playwright-core (`npx playwright install` cannot work on our machines).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export interface E2E {
  portal: TestPortal;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startE2E(env: Record<string, string> = {}): Promise<E2E> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const portal = await createTestPortal({
    PUBLIC_URL: baseUrl,
    PORT: String(port),
    WORKER_IN_PROCESS: 'true',
    ...env,
  });
  await portal.app.listen({ host: '127.0.0.1', port });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    portal,
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await portal.close();
    },
  };
}

export async function newPage(e2e: E2E, lang: 'nl' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({
    baseURL: e2e.baseUrl,
    locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  return { context, page };
}

/** Zero axe-core violations for the WCAG 2.2 A and AA rules (quality: accessibility). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element matches, like a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxTabs = 80): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (matches) return;
  }
  throw new Error(`could not reach ${selector} by keyboard`);
}

export interface BrokerLogin {
  kvk: string;
  loa?: 'loa2' | 'loa2plus' | 'loa3' | 'loa4';
  intermediaryKvk?: string;
}

/**
 * Logs in by keyboard through the test broker: from any page with the header's login link.
 * Leaves the page on the portal page the login returns to.
 */
export async function loginByKeyboard(page: Page, choice: BrokerLogin): Promise<void> {
  await tabTo(page, 'header a[href^="/login"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/test-broker\/sso/);
  const demo = page.locator(`input[name="organisation"][value="${choice.kvk}"]`);
  if ((await demo.count()) > 0) {
    await tabTo(page, 'input[name="organisation"]');
    // Arrow keys move within a radio group, as a keyboard user would choose.
    for (let i = 0; i < 10 && !(await demo.isChecked()); i++) await page.keyboard.press('ArrowDown');
  } else {
    await tabTo(page, 'input[name="organisation"]');
    for (
      let i = 0;
      i < 10 && !(await page.locator('input[name="organisation"][value="other"]').isChecked());
      i++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'input[name="otherKvk"]');
    await page.keyboard.type(choice.kvk);
  }
  if (choice.loa && choice.loa !== 'loa3') {
    await tabTo(page, 'input[name="loa"]');
    const target = page.locator(`input[name="loa"][value="${choice.loa}"]`);
    for (let i = 0; i < 4 && !(await target.isChecked()); i++)
      await page.keyboard.press(choice.loa === 'loa4' ? 'ArrowDown' : 'ArrowUp');
  }
  if (choice.intermediaryKvk) {
    await tabTo(page, 'input[name="intermediaryKvk"]');
    await page.keyboard.type(choice.intermediaryKvk);
  }
  await tabTo(page, 'button[value="login"]');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/test-broker'));
}
