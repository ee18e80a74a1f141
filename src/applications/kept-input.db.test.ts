import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFor, startApplication } from '../../test/helpers/applications.ts';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../test/helpers/portal.ts';
import { sessionIdHash } from '../identity/sessions/sessions.ts';

/**
 * D3: a form posted after the session ended keeps what was typed, for the same person, and
 * gives it back once after logging in again, with a message. Never to someone else.
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
});
afterAll(async () => portal.close());

async function expire(sessionCookie: string): Promise<void> {
  const idHash = sessionIdHash(sessionCookie.split('=')[1]);
  if (!idHash) throw new Error('no session token');
  await portal.database.db
    .updateTable('sessions')
    .set({ idle_expires_at: new Date(Date.now() - 60_000) })
    .where('id_hash', '=', idHash)
    .execute();
}

/** Posts the personal page as the browser would, with the session that has just ended. */
async function postAfterExpiry(id: string, subject: string) {
  const session = await loginAs(portal, EMPLOYER, { subject });
  const browser = await browserFor(portal, session);
  const form = await portal.app.inject({
    method: 'GET',
    url: `/applications/${id}/pages/personal`,
    headers: { cookie: session },
  });
  const { cookie: csrf, token } = csrfFrom(form);
  await expire(session);
  const response = await portal.app.inject({
    method: 'POST',
    url: `/applications/${id}/pages/personal`,
    headers: {
      cookie: `${session}; ${csrf}`,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    payload: new URLSearchParams({
      _csrf: token,
      givenNames: 'Typed',
      surname: 'Butnotsaved',
      'dateOfBirth-day': '17',
      'dateOfBirth-month': '4',
    }).toString(),
  });
  return { response, browser };
}

function keptCookie(response: { headers: Record<string, unknown> }): string {
  const set = response.headers['set-cookie'];
  const found = (Array.isArray(set) ? set : [set]).find(
    (c): c is string => typeof c === 'string' && c.startsWith('__Host-bp-kept='),
  );
  if (!found) throw new Error('no kept-input cookie');
  return found.split(';')[0] ?? '';
}

describe('input posted after the session ended (D3)', () => {
  it('is kept, and after logging in again the same person gets it back once, with a message', async () => {
    const owner = await browserFor(portal, await loginAs(portal, EMPLOYER, { subject: 'anna' }));
    const id = await startApplication(owner, 'hsm_residence');
    const { response } = await postAfterExpiry(id, 'anna');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(
      `/login?return=${encodeURIComponent(`/applications/${id}/pages/personal`)}&expired=1&kept=1`,
    );
    const kept = keptCookie(response);
    // Nothing was saved to the draft: the session had ended.
    const row = await portal.database.db
      .selectFrom('applications')
      .select('answers')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.answers.personal?.surname).toBe('Sharma');

    const again = await loginAs(portal, EMPLOYER, { subject: 'anna' });
    const page = await portal.app.inject({
      method: 'GET',
      url: `/applications/${id}/pages/personal`,
      headers: { cookie: `${again}; ${kept}` },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Butnotsaved"');
    expect(page.body).toMatch(/name="dateOfBirth-month"[^>]*value="4"/);
    expect(page.body).toContain('Uw sessie was verlopen');
    const twice = await portal.app.inject({
      method: 'GET',
      url: `/applications/${id}/pages/personal`,
      headers: { cookie: `${again}; ${kept}` },
    });
    expect(twice.body).not.toContain('Butnotsaved');
  });

  it('is never given to another person who logs in on the same browser', async () => {
    const owner = await browserFor(portal, await loginAs(portal, EMPLOYER, { subject: 'anna' }));
    const id = await startApplication(owner, 'hsm_residence');
    const { response } = await postAfterExpiry(id, 'anna');
    const kept = keptCookie(response);
    const colleague = await loginAs(portal, EMPLOYER, { subject: 'bram' });
    const page = await portal.app.inject({
      method: 'GET',
      url: `/applications/${id}/pages/personal`,
      headers: { cookie: `${colleague}; ${kept}` },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Butnotsaved');
    expect(page.body).not.toContain('Uw sessie was verlopen');
  });

  it('is not kept for a post from another site', async () => {
    const owner = await browserFor(portal, await loginAs(portal, EMPLOYER, { subject: 'anna' }));
    const id = await startApplication(owner, 'hsm_residence');
    const session = await loginAs(portal, EMPLOYER, { subject: 'anna' });
    await expire(session);
    const response = await portal.app.inject({
      method: 'POST',
      url: `/applications/${id}/pages/personal`,
      headers: {
        cookie: session,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      payload: 'givenNames=Planted',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).not.toContain('kept=1');
    expect(response.headers['set-cookie'] ?? '').not.toContain('__Host-bp-kept');
  });
});
