import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, loginByKeyboard, newPage, startE2E, type E2E } from './harness.ts';

/** Issue 3 and WCAG 2.2.1: a warning before the idle timeout, and a way to extend without leaving the page. */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e.close());

describe('the idle-timeout warning', () => {
  it('opens a dialog shortly before the session ends and extends it by keyboard', async () => {
    const { context, page } = await newPage(e2e, 'en');
    await page.clock.install();
    await page.goto('/');
    await loginByKeyboard(page, { kvk: '69599084' });
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-bp-session');
    const idHash = createHash('sha256')
      .update(cookie?.value ?? '')
      .digest('hex');
    const sessionEnd = () =>
      e2e.portal.database.db
        .selectFrom('sessions')
        .select('idle_expires_at')
        .where('id_hash', '=', idHash)
        .executeTakeFirstOrThrow();

    // The user does nothing: 13½ minutes pass in the browser, and the server's session is nearly over.
    await e2e.portal.database.db
      .updateTable('sessions')
      .set({ idle_expires_at: new Date(Date.now() + 90_000) })
      .where('id_hash', '=', idHash)
      .execute();
    await page.clock.fastForward('13:30');
    const dialog = page.locator('dialog#session-warning');
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await dialog.textContent()).toContain('You will soon be logged out');
    await expectAccessible(page, 'session warning');

    // The dialog's button has focus or is the next stop; Enter extends the session.
    await page.locator('dialog#session-warning button').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    expect((await sessionEnd()).idle_expires_at.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await context.close();
  });
});
