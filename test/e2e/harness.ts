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
  watchReflow(context);
  const page = await context.newPage();
  return { context, page };
}

/** The width every page must fit without horizontal scrolling (WCAG 1.4.10 asks 320 CSS px). */
export const PHONE_WIDTH = 375;

interface Snapshot {
  url: string;
  html: string;
}

/**
 * Issue 12: every page a context loads — by goto, a link, a form post or a redirect, in either
 * language — must fit a 375 px wide screen: `scrollWidth <= innerWidth`. The test itself runs at
 * 1280 px, undisturbed: at each load the page's DOM is kept (a POST answer cannot be fetched
 * again), and when the context closes each one is laid out again at 375 px in a separate context,
 * with the portal's own stylesheets and fonts. A page that is wider fails the test with its URL.
 */
export function watchReflow(context: BrowserContext): void {
  const snapshots: Snapshot[] = [];
  const pending: Promise<void>[] = [];
  const attach = (page: Page) => {
    page.on('load', () => {
      pending.push(
        (async () => {
          const url = page.url();
          if (!url.startsWith('http')) return;
          try {
            snapshots.push({ url, html: await page.content() });
          } catch {
            // The page navigated on before its DOM could be read; its successor is checked.
          }
        })(),
      );
    });
  };
  context.on('page', attach);
  for (const page of context.pages()) attach(page);
  const close = context.close.bind(context);
  context.close = async (options) => {
    await Promise.all(pending);
    const browser = context.browser();
    const wide = browser ? await tooWide(browser, snapshots) : [];
    await close(options);
    expect(wide, `pages wider than ${PHONE_WIDTH} px (horizontal scroll on a phone)`).toEqual([]);
  };
}

async function tooWide(browser: Browser, snapshots: Snapshot[]): Promise<string[]> {
  if (snapshots.length === 0) return [];
  const checker = await browser.newContext({
    viewport: { width: PHONE_WIDTH, height: 800 },
    javaScriptEnabled: false,
  });
  const bodies = new Map<string, string>();
  await checker.route('**/__reflow-check/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: bodies.get(route.request().url()) ?? '',
    }),
  );
  const page = await checker.newPage();
  const failures: string[] = [];
  const seen = new Set<string>();
  try {
    for (const [index, snapshot] of snapshots.entries()) {
      if (seen.has(snapshot.html)) continue;
      seen.add(snapshot.html);
      // Served from the portal's own origin, so its stylesheets and fonts load as they would.
      const address = `${new URL(snapshot.url).origin}/__reflow-check/${index}`;
      bodies.set(address, snapshot.html);
      await page.goto(address, { waitUntil: 'load' });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth)
        failures.push(`${snapshot.url}: ${scrollWidth} px wide at ${innerWidth} px`);
    }
  } finally {
    await checker.close();
  }
  return failures;
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

/**
 * Types a 'YYYY-MM-DD' date the way a keyboard user does into the day / month / year fields of
 * the field kit (the day input carries the field's id): day, Tab, month, Tab, year.
 */
export async function typeDate(page: Page, selector: string, isoDate: string): Promise<void> {
  await tabTo(page, selector);
  const [year = '', month = '', day = ''] = isoDate.split('-');
  await page.keyboard.type(String(Number(day)));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(Number(month)));
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}
