import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamToday, nextDay } from '../../src/platform/time/working-days.ts';
import {
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
 * Issue 11, done-when: in Chromium, by keyboard, in Dutch and in English, a sponsor de-registers
 * an employee with a late date and sees the late warning; registers an employee; uploads a CSV of
 * 3 valid and 2 invalid rows, submits the valid ones and downloads the result; after a refresh
 * the employees page shows the changes. Axe clean on each page.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

const SPONSOR = '69599084';
const db = () => e2e.portal.database.db;

/**
 * Four active employees of the sponsor from the demo data (the case system's, via the refresh):
 * a journey ends the ones it uses, so the next journey, in either order, gets four others.
 */
async function demoEmployees() {
  const org = await db()
    .selectFrom('organisations')
    .select('id')
    .where('kvk_number', '=', SPONSOR)
    .executeTakeFirstOrThrow();
  return (
    db()
      .selectFrom('employees')
      .select(['id', 'v_number', 'surname'])
      .where('organisation_id', '=', org.id)
      .where('sponsorship_state', '=', 'active')
      .where('v_number', 'is not', null)
      // Not the employees these journeys register (their order is shuffled).
      .where('v_number', 'not like', '6666666%')
      .orderBy('id')
      .limit(4)
      .execute()
  );
}

/** Presses Enter on the focused control and waits for the page it leads to. */
async function enter(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}

/** Chooses a radio button of a group by the arrow keys. */
async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[name="${name}"]`);
  const target = page.locator(`input[name="${name}"][value="${value}"]`);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  expect(await target.isChecked()).toBe(true);
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

describe.each([
  { lang: 'nl' as const, newV: '6666666601' },
  { lang: 'en' as const, newV: '6666666602' },
])('the duty to inform in the browser ($lang)', ({ lang, newV }) => {
  it('de-registers late, registers, uploads a file, and sees it all after the refresh', async () => {
    const employees = await demoEmployees();
    const leaving = employees[0];
    const bulk = employees.slice(1, 4);
    if (!leaving || bulk.length !== 3) throw new Error('the demo data has too few employees');
    const today = amsterdamToday();
    const { context, page } = await newPage(e2e, lang);
    await page.goto('/');
    await loginByKeyboard(page, { kvk: SPONSOR });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);

    // The dashboard's open duties.
    await page.goto('/dashboard');
    expect(await mainText(page)).toMatch(lang === 'nl' ? /Openstaande verplichtingen/ : /Open duties/);
    await expectAccessible(page, `dashboard ${lang}`);
    // The weekly e-mail, turned on by keyboard from the dashboard's link (then off again).
    await tabTo(page, 'main a[href="/employees/reminders"]');
    await enter(page);
    await expectAccessible(page, `reminders ${lang}`);
    for (const on of [true, false]) {
      await tabTo(page, 'input[name="weekly"]');
      await page.keyboard.press('Space');
      expect(await page.isChecked('input[name="weekly"]')).toBe(on);
      await tabTo(page, 'main form button[type="submit"]');
      await enter(page);
      expect(await mainText(page)).toMatch(
        lang === 'nl' ? /Opgeslagen: uw organisatie krijgt/ : /Saved: your organisation gets/,
      );
    }
    await expectAccessible(page, `reminders saved ${lang}`);

    // 1. De-register with a date more than 4 weeks ago: the late warning, then the reference.
    await page.goto(`/employees?q=${leaving.v_number ?? ''}`);
    await expectAccessible(page, `employees ${lang}`);
    await tabTo(page, `main a[href="/employees/${leaving.id}/report"]`);
    await enter(page);
    await expectAccessible(page, `de-registration form ${lang}`);
    await chooseRadio(page, 'reason', 'employment_ended');
    await typeDate(page, '#occurredOn', nextDay(today, -40));
    await tabTo(page, '#explanation');
    await page.keyboard.type(
      lang === 'nl' ? 'Contract niet verlengd; te laat doorgegeven.' : 'Contract ended; reported late.',
    );
    await tabTo(page, 'button[value="check"]');
    await enter(page);
    expect(await mainText(page)).toContain(lang === 'nl' ? 'Deze melding is te laat' : 'This report is late');
    await expectAccessible(page, `check page late ${lang}`);
    await screenshot(page, `employees-late-${lang}`);
    await tabTo(page, 'button[value="submit"]');
    await enter(page);
    expect(page.url()).toMatch(/\/employees\/reports\/IM-\d{8}-[A-Z2-9]{6}$/);
    const lateReference = /IM-\d{8}-[A-Z2-9]{6}/.exec(page.url())?.[0] ?? '';
    expect(await mainText(page)).toContain(lateReference);
    await expectAccessible(page, `report done ${lang}`);

    // 2. Register an employee who changes employer.
    await page.goto('/employees/register');
    await expectAccessible(page, `registration form ${lang}`);
    await tabTo(page, '#vNumber');
    await page.keyboard.type(newV);
    await tabTo(page, '#givenNames');
    await page.keyboard.type('Nieuwe');
    await tabTo(page, '#surname');
    await page.keyboard.type(`Collega${lang.toUpperCase()}`);
    await typeDate(page, '#dateOfBirth', '1988-03-04');
    await chooseRadio(page, 'permit', 'hsm_residence');
    await typeDate(page, '#startDate', nextDay(today, -3));
    await tabTo(page, '#job');
    await page.keyboard.type('Data engineer');
    await tabTo(page, '#salary');
    await page.keyboard.type('7000');
    await tabTo(page, 'button[value="check"]');
    await enter(page);
    await expectAccessible(page, `registration check ${lang}`);
    await tabTo(page, 'button[value="submit"]');
    await enter(page);
    expect(page.url()).toMatch(/\/employees\/reports\/IM-\d{8}-[A-Z2-9]{6}$/);

    // 3. A CSV of 3 valid and 2 invalid rows: per-row errors, submit the valid ones, the result file.
    const recent = nextDay(today, -3);
    const csv =
      'v_number;reason;date;explanation\r\n' +
      bulk.map((e) => `${e.v_number ?? ''};employment_ended;${recent};\r\n`).join('') +
      `0000000009;employment_ended;${recent};\r\n` +
      `${bulk[0]?.v_number ?? ''};did_not_come;${nextDay(today, 10)};\r\n`;
    await page.goto('/employees/bulk');
    await expectAccessible(page, `bulk upload ${lang}`);
    // A file is chosen in the system's dialog, which no test can drive: set it, then go on by keyboard.
    await page.setInputFiles('#file', {
      name: 'afmeldingen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await tabTo(page, 'form[enctype="multipart/form-data"] button');
    await enter(page);
    const preview = await mainText(page);
    expect(preview).toMatch(lang === 'nl' ? /5 regels: 3 goed, 2/ : /5 rows: 3 valid, 2/);
    expect(preview).toMatch(
      lang === 'nl' ? /hoort niet bij een werknemer van uw organisatie/ : /not one of your organisation/,
    );
    await expectAccessible(page, `bulk preview ${lang}`);
    await screenshot(page, `employees-bulk-preview-${lang}`);
    await tabTo(page, 'form[action$="/submit"] button');
    await enter(page);
    await expectAccessible(page, `bulk result ${lang}`);
    await tabTo(page, 'main a[href$="/result.csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const result = readFileSync(await download.path(), 'utf8');
    const references = await db()
      .selectFrom('employee_reports')
      .select(['reference', 'v_number'])
      .where('batch_id', 'is not', null)
      .where(
        'v_number',
        'in',
        bulk.map((e) => e.v_number ?? ''),
      )
      .execute();
    expect(references).toHaveLength(3);
    for (const r of references) expect(result).toContain(r.reference);
    expect(result).toContain('0000000009');

    // 4. The hand-over (in-process worker) and a refresh: the employees page shows the changes.
    const gone = [leaving, ...bulk].map((e) => e.v_number ?? '');
    for (let i = 0; i < 60; i++) {
      await e2e.portal.services.refresh.runNow('manual');
      const ended = await db()
        .selectFrom('employees')
        .select('v_number')
        .where('v_number', 'in', gone)
        .where('sponsorship_state', '=', 'ended')
        .execute();
      const added = await db().selectFrom('employees').select('id').where('v_number', '=', newV).execute();
      if (ended.length === gone.length && added.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await page.goto(`/employees?q=${leaving.v_number ?? ''}`);
    expect(await mainText(page)).toMatch(lang === 'nl' ? /Afgemeld per/ : /De-registered as of/);
    await page.goto(`/employees?q=${newV}`);
    expect(await mainText(page)).toContain(`Collega${lang.toUpperCase()}`);
    await expectAccessible(page, `employees after refresh ${lang}`);
    for (const e of bulk) {
      await page.goto(`/employees?q=${e.v_number ?? ''}`);
      expect(await mainText(page)).toMatch(lang === 'nl' ? /Afgemeld per/ : /De-registered as of/);
    }
    await context.close();
  });
});
