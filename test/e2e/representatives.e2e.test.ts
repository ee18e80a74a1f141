import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PDF } from '../../src/organisations/testing.ts';
import { amsterdamToday } from '../../src/platform/time/working-days.ts';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp.ts';
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
 * Issue 4, "done when": in Chromium, the agency registers an authorisation → a Team Zakelijk
 * user (staff OIDC login against the development issuer) approves it → the mail arrives at a
 * real SMTP server → the agency acts for the sponsor, sees the sponsor's services within the
 * scope, and cannot reach any other sponsor's data. Axe is clean on every page, both languages.
 */
const AGENCY = '81760124';
let e2e: E2E;
let smtp: TestSmtpServer;
let pdfPath: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  e2e = await startE2E({ DEV_MAILBOX: 'false', SMTP_URL: smtp.url, DEV_STAFF_ISSUER: 'true' });
  pdfPath = join(e2e.portal.dataDir, 'machtiging.pdf');
  writeFileSync(pdfPath, SMALL_PDF);
});
afterAll(async () => {
  await e2e.close();
  await smtp.close();
});

/** Waits for the outbox worker to hand the mail to the SMTP server (no timing assertion). */
async function mailArrives(to: string): Promise<ReceivedMail> {
  for (let i = 0; i < 120; i++) {
    const mail = smtp.received.find((m) => m.recipients.includes(to));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail for ${to}`);
}

for (const lang of ['nl', 'en'] as const) {
  describe(`authorised representatives (${lang})`, () => {
    it('registers, is approved by Team Zakelijk, is mailed, and acts for the sponsor within scope', async () => {
      const t = (nl: string, en: string) => (lang === 'nl' ? nl : en);
      await e2e.portal.database.db.deleteFrom('representative_registrations').execute();
      const notify = `office-${lang}@relocate.example`;

      // 1. The agency logs in for itself (test broker, keyboard) and registers the authorisation.
      const agency = await newPage(e2e, lang);
      await agency.page.goto('/');
      await loginByKeyboard(agency.page, { kvk: AGENCY });
      await agency.page.goto('/authorisations/new');
      await expectAccessible(agency.page, `new registration ${lang}`);
      await agency.page
        .getByRole('button', { name: t('Registratie versturen', 'Send registration') })
        .click();
      expect(await agency.page.locator('#error-summary').isVisible()).toBe(true);
      await expectAccessible(agency.page, `registration errors ${lang}`);
      await agency.page.fill('#sponsorKvk', '69599084');
      await agency.page.check('#scope');
      await agency.page.check('input[name="scope"][value="status"]');
      await agency.page.check('input[name="scope"][value="account"]');
      // Within the longest validity (5 years from today, issue 13).
      // The portal's day is Amsterdam's, not UTC's.
      const today = amsterdamToday();
      await typeDate(agency.page, '#validFrom', today);
      await typeDate(agency.page, '#validUntil', `${Number(today.slice(0, 4)) + 2}-12-31`);
      await agency.page.fill('#notifyEmail', notify);
      await agency.page.setInputFiles('#file', pdfPath);
      await agency.page
        .getByRole('button', { name: t('Registratie versturen', 'Send registration') })
        .click();
      await agency.page.waitForURL(/\/authorisations\?saved=registered/);
      expect(await agency.page.locator('main').textContent()).toContain(t('Ingediend', 'Submitted'));
      await expectAccessible(agency.page, `registrations ${lang}`);

      // 2. Team Zakelijk logs in with OpenID Connect (development issuer) by keyboard.
      const staff = await newPage(e2e, lang);
      await staff.page.goto('/staff/login');
      await staff.page.waitForURL(/\/dev-issuer\/interaction\//);
      await expectAccessible(staff.page, `dev issuer ${lang}`);
      await tabTo(staff.page, 'input[name="account"]');
      await staff.page.keyboard.press('Space');
      await tabTo(staff.page, 'main button[type="submit"]');
      await staff.page.keyboard.press('Enter');
      await staff.page.waitForURL(/\/backoffice$/);
      await expectAccessible(staff.page, `back office ${lang}`);
      await staff.page.goto('/backoffice/authorisations');
      await expectAccessible(staff.page, `queue ${lang}`);
      await staff.page.locator('main table a').first().click();
      await expectAccessible(staff.page, `registration ${lang}`);
      const download = staff.page.waitForEvent('download');
      await staff.page.locator('a[href$="/document"]').click();
      expect((await download).suggestedFilename()).toMatch(/^machtiging-81760124-69599084-[0-9a-f]{8}\.pdf$/);
      await staff.page.getByRole('button', { name: t('Goedkeuren', 'Approve') }).click();
      await staff.page.waitForURL(/\/backoffice\/authorisations\?done=approved/);
      await screenshot(staff.page, `authorisation-queue-${lang}`);

      // 3. The mail reaches the SMTP server, in the agency's language.
      const mail = await mailArrives(notify);
      expect(mail.subject).toBe(
        t(
          'Uw registratie als gemachtigde is verwerkt',
          'Your registration as authorised representative has been processed',
        ),
      );

      // 4. The agency acts for the sponsor, and sees exactly the services in scope.
      await agency.page.goto('/acting-for');
      await expectAccessible(agency.page, `acting for ${lang}`);
      await agency.page.locator('input[name="registration"]:not([value="self"])').check();
      await agency.page
        .getByRole('button', {
          name: t('Verder namens deze organisatie', 'Continue on behalf of this organisation'),
        })
        .click();
      await agency.page.waitForURL(/\/dashboard/);
      expect(await agency.page.locator('header').textContent()).toContain('Noordzee Technologies B.V.');
      expect(await agency.page.locator('main a[href="/employees"]').count()).toBe(0);
      expect(await agency.page.locator('main a[href="/account"]').count()).toBe(1);
      await expectAccessible(agency.page, `dashboard acting ${lang}`);
      await agency.page.goto('/account');
      expect(await agency.page.locator('main').textContent()).toContain('69599084');
      await expectAccessible(agency.page, `account ${lang}`);
      await screenshot(agency.page, `account-acting-${lang}`);

      // 5. Nothing of another sponsor: the university's data is nowhere to be reached.
      const university = await e2e.portal.database.db
        .selectFrom('organisations')
        .select('id')
        .where('kvk_number', '=', '50826506')
        .executeTakeFirstOrThrow();
      const other = await agency.page.goto(`/backoffice/organisations/${university.id}`);
      expect(other?.status()).toBe(403);
      expect(await agency.page.content()).not.toContain('Universiteit van de Lage Landen');
      const forged = await agency.page.request.post('/acting-for', {
        form: { registration: university.id },
      });
      expect(forged.status()).toBe(403); // no CSRF token: refused before anything is read
      await agency.page.goto('/account');
      expect(await agency.page.locator('main').textContent()).not.toContain(
        'Universiteit van de Lage Landen',
      );

      await agency.context.close();
      await staff.context.close();
    });
  });
}
