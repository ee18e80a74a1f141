import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver } from '../../src/platform/mail/outbox.ts';
import { SESSION_COOKIES } from '../../src/identity/sessions/sessions.ts';
import { PNG } from '../../src/support/testing/multipart.ts';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import type { TestPortal } from '../helpers/portal.ts';
import { expectAccessible, startE2E, watchReflow, type E2E } from './harness.ts';

/**
 * Issue 6, "done when": in Chromium, by keyboard, in both languages, a logged-out user hits
 * an error page, follows "report this problem", reads the FAQ step, fills the form with a
 * screenshot and submits; staff see the report with the correlation id and answer it; the
 * reporter's mail arrives at a real SMTP server. Axe is clean on every page on the way.
 *
 * On the shared harness (startE2E: the portal on a free port, Debian's Chromium), with its own
 * browser contexts: each starts with the language cookie and, for staff, a session cookie.
 */
let e2e: E2E;
let portal: TestPortal;
let smtp: TestSmtpServer;
let browser: Browser;
let base: string;
let files: string;
let screenshotPath: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Mail is delivered by the test (deliverAll), not by a worker in the web process.
  e2e = await startE2E({ DEV_MAILBOX: 'false', SMTP_URL: smtp.url, WORKER_IN_PROCESS: 'false' });
  ({ portal, browser, baseUrl: base } = e2e);
  files = mkdtempSync(join(tmpdir(), 'bp-e2e-support-'));
  screenshotPath = join(files, 'error.png');
  writeFileSync(screenshotPath, PNG);
});

afterAll(async () => {
  await e2e.close();
  await smtp.close();
  rmSync(files, { recursive: true, force: true });
});

async function newContext(
  lang: 'nl' | 'en',
  session?: { name: string; value: string },
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
  watchReflow(context);
  const cookie = { domain: 'localhost', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' as const };
  await context.addCookies([
    { name: 'bp-lang', value: lang, ...cookie },
    ...(session ? [{ ...session, ...cookie }] : []),
  ]);
  return context;
}

/** Presses Tab until the focused element matches (keyboard only), then returns. */
async function tabTo(page: Page, describe: { text?: string; id?: string; tag?: string }): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? { text: el.textContent.trim(), id: el.id, tag: el.tagName.toLowerCase() } : null;
    });
    if (
      focused &&
      (describe.text === undefined || focused.text === describe.text) &&
      (describe.id === undefined || focused.id === describe.id) &&
      (describe.tag === undefined || focused.tag === describe.tag)
    )
      return;
  }
  throw new Error(`could not reach ${JSON.stringify(describe)} by keyboard on ${page.url()}`);
}

async function deliverAll(): Promise<void> {
  const pending = await portal.database.db
    .selectFrom('outbox')
    .select('id')
    .where('delivered_at', 'is', null)
    .execute();
  for (const { id } of pending) await deliver(portal.outbox, id);
}

const TEXT = {
  nl: {
    report: 'Meld dit probleem',
    check: 'Ligt het aan uw internetprovider of eHerkenningsleverancier?',
    faq: 'Ik log in met eHerkenning, maar het portaal toont een ander KVK-nummer of een andere organisatie',
    faqAnswer: 'Het portaal gebruikt het KVK-nummer',
    continue: 'Verder naar het meldformulier',
    submit: 'Melding versturen',
    errorSummary: 'Er is een probleem',
    reselect: 'Kies uw schermafdrukken opnieuw',
    sent: 'Uw melding is verstuurd',
    sendAnswer: 'Antwoord versturen',
    answerSent: 'Het antwoord is verstuurd',
    answerSubject: 'Antwoord op uw melding',
    answer: 'Wij hebben het probleem opgelost. Probeert u het nog eens?',
  },
  en: {
    report: 'Report this problem',
    check: 'Is it your internet provider or eHerkenning supplier?',
    faq: 'I log in with eHerkenning, but the portal shows another KVK number or another organisation',
    faqAnswer: 'The portal uses the KVK number',
    continue: 'Continue to the report form',
    submit: 'Send report',
    errorSummary: 'There is a problem',
    reselect: 'Please choose your screenshots again',
    sent: 'Your report has been sent',
    sendAnswer: 'Send answer',
    answerSent: 'The answer has been sent',
    answerSubject: 'Answer to your report',
    answer: 'We have solved the problem. Could you please try again?',
  },
} as const;

describe.each(['nl', 'en'] as const)('reporting a problem from an error page (%s)', (lang) => {
  const text = TEXT[lang];

  it('by keyboard: error page → FAQ step → form with a screenshot → staff answer → mail', async () => {
    const reporter = await newContext(lang);
    const page = await reporter.newPage();

    // 1. An error page, with its correlation id and the link to report it.
    const response = await page.goto(`${base}/no-such-page/not-there`);
    expect(response?.status()).toBe(404);
    const correlationId = (await response?.headerValue('x-request-id')) ?? '';
    expect(await page.textContent('main')).toContain(correlationId);
    await expectAccessible(page, page.url());
    await tabTo(page, { text: text.report });
    await Promise.all([page.waitForURL(/\/report-a-problem\?/), page.keyboard.press('Enter')]);

    // 2. Step 1: the provider/supplier check and the FAQ answers, opened by keyboard.
    expect(await page.textContent('main')).toContain(text.check);
    await expectAccessible(page, page.url());
    await tabTo(page, { text: text.faq, tag: 'summary' });
    await page.keyboard.press('Enter');
    expect(await page.isVisible(`text=${text.faqAnswer}`)).toBe(true);
    await expectAccessible(page, page.url());
    await tabTo(page, { text: text.continue });
    await Promise.all([page.waitForURL(/\/report-a-problem\/form\?/), page.keyboard.press('Enter')]);

    // 3. Step 2: the form carries the correlation id and the page; the time is prefilled.
    expect(await page.inputValue('#pageAddress')).toBe('/no-such-page/not-there');
    expect(await page.inputValue('input[name="correlationId"]')).toBe(correlationId);
    expect(await page.inputValue('#occurredAt')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/);
    await expectAccessible(page, page.url());

    // A first try without a description: the error summary, the input kept, files to choose again.
    await tabTo(page, { id: 'kvkNumber' });
    await page.keyboard.type('69599084');
    await tabTo(page, { id: 'email' });
    await page.keyboard.type(`reporter-${lang}@example.com`);
    await page.setInputFiles('#screenshots', screenshotPath);
    await tabTo(page, { text: text.submit });
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#error-summary');
    expect(await page.textContent('#error-summary')).toContain(text.errorSummary);
    expect(await page.textContent('main')).toContain(text.reselect);
    expect(await page.inputValue('#kvkNumber')).toBe('69599084');
    await expectAccessible(page, page.url());

    await page.focus('#error-summary');
    await tabTo(page, { id: 'description' });
    await page.keyboard.type('After logging in I see a blank page instead of my cases.');
    await page.setInputFiles('#screenshots', screenshotPath);
    await tabTo(page, { text: text.submit });
    await Promise.all([page.waitForURL(/\/report-a-problem\/sent\?/), page.keyboard.press('Enter')]);
    expect(await page.textContent('main')).toContain(text.sent);
    const reference = /PZ-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await page.textContent('main')) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    await expectAccessible(page, page.url());
    await reporter.close();

    // 4. Staff find it in the queue with the correlation id, and answer it by keyboard.
    const { token } = await portal.sessions.create('staff', {
      userId: `staff-${lang}`,
      name: 'Medewerker Team Zakelijk',
      roles: ['team_zakelijk'],
    });
    const staff = await newContext(lang, { name: SESSION_COOKIES.staff, value: token });
    const desk = await staff.newPage();
    await desk.goto(`${base}/backoffice/reports`);
    expect(await desk.textContent('main')).toContain(correlationId);
    await expectAccessible(desk, desk.url());
    await tabTo(desk, { text: reference });
    await Promise.all([desk.waitForURL(/\/backoffice\/reports\/[0-9a-f-]+$/), desk.keyboard.press('Enter')]);
    expect(await desk.textContent('main')).toContain(correlationId);
    await expectAccessible(desk, desk.url());
    await tabTo(desk, { id: 'answer' });
    await desk.keyboard.type(text.answer);
    await tabTo(desk, { text: text.sendAnswer });
    await Promise.all([desk.waitForURL(/done=answer/), desk.keyboard.press('Enter')]);
    expect(await desk.textContent('main')).toContain(text.answerSent);
    await expectAccessible(desk, desk.url());
    await staff.close();

    // 5. The reporter's mail arrives, in the reporter's language.
    await deliverAll();
    const mail = smtp.received.find((m) => m.subject === `${text.answerSubject} ${reference}`);
    expect(mail?.text).toContain(text.answer);
    const team = smtp.received.find((m) => m.subject?.includes(reference) && m.attachments.length === 1);
    expect(team?.text).toContain(correlationId);
  });

  it('the FAQ, its search and the information pages are axe clean', async () => {
    const context = await newContext(lang);
    const page = await context.newPage();
    for (const path of [
      '/faq',
      '/faq?q=eherkenning',
      '/faq/service-not-available',
      '/services',
      '/logging-in',
      '/representatives',
      '/accessibility',
      '/privacy',
      '/contact',
    ]) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(200);
      await expectAccessible(page, page.url());
    }
    await context.close();
  });
});
