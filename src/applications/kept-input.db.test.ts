import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFor, startApplication } from '../../test/helpers/applications.ts';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../test/helpers/portal.ts';
import { businessSession } from '../../test/helpers/sessions.ts';
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

/**
 * D10: the language switch and "stay logged in" post the page's form along (`form="page-form"`
 * with a `formaction`): what was typed comes back on the same page, for the same person only.
 */
describe('the language switch and "stay logged in" keep unsaved input (D10)', () => {
  const typed = {
    givenNames: 'Typed',
    surname: 'Butnotsaved',
    'dateOfBirth-day': '17',
    'dateOfBirth-month': '4',
  };

  /** Posts the page's form as the header button does: to its formaction, with the page's fields. */
  async function postAlong(action: string, cookie: string, token: string) {
    return portal.app.inject({
      method: 'POST',
      url: action,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...typed }).toString(),
    });
  }

  /** The formaction of the header button that posts the page's form to `route`, as rendered. */
  function formActionOf(body: string, route: string): string {
    const button = body.match(new RegExp(`<button[^>]*formAction="(${route}\\?[^"]*)"[^>]*>`, 'i'));
    expect(button?.[0]).toContain('form="page-form"');
    return (button?.[1] ?? '').replaceAll('&amp;', '&');
  }

  it('the language button re-posts the form: the typed fields come back in English on the same page', async () => {
    const session = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'anna' });
    const browser = await browserFor(portal, session);
    const id = await startApplication(browser, 'hsm_residence');
    const url = `/applications/${id}/pages/personal`;
    const page = await browser.get(url);
    expect(page.body).toContain('id="page-form"');
    const action = formActionOf(page.body, '/language');
    expect(action).toBe(`/language?to=en&return=${encodeURIComponent(url)}`);

    const switched = await postAlong(action, browser.cookie, browser.token);
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe(url);
    expect(String(switched.headers['set-cookie'])).toContain('bp-lang=en');
    const kept = keptCookie(switched);

    // Nothing was saved: switching language is not "save".
    const row = await portal.database.db
      .selectFrom('applications')
      .select('answers')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.answers.personal?.surname).toBe('Sharma');

    // Another person on the same browser does not get it.
    const colleague = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'bram' });
    const other = await portal.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${colleague}; bp-lang=en; ${kept}` },
    });
    expect(other.body).not.toContain('Butnotsaved');

    const after = await portal.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${browser.cookie}; bp-lang=en; ${kept}` },
    });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('<html lang="en"');
    expect(after.body).toContain('value="Butnotsaved"');
    expect(after.body).toContain('value="Typed"');
    expect(after.body).toMatch(/name="dateOfBirth-month"[^>]*value="4"/);
    expect(after.body).toContain('The page is now in English');
    // Once: a reload shows the saved answers again.
    const again = await portal.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${browser.cookie}; bp-lang=en; ${kept}` },
    });
    expect(again.body).not.toContain('Butnotsaved');
  });

  it('keeps the input of a new application’s first page (no draft yet) over the switch', async () => {
    const session = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'anna' });
    const browser = await browserFor(portal, session);
    const url = '/applications/new/hsm_residence';
    const page = await browser.get(url);
    expect(page.statusCode).toBe(200);
    const switched = await postAlong(formActionOf(page.body, '/language'), browser.cookie, browser.token);
    expect(switched.headers.location).toBe(url);
    const after = await portal.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${browser.cookie}; bp-lang=en; ${keptCookie(switched)}` },
    });
    expect(after.body).toContain('value="Butnotsaved"');
  });

  it('"stay logged in" in the banner re-posts the form: the typed fields come back on the same page', async () => {
    const session = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'anna' });
    const browser = await browserFor(portal, session);
    const id = await startApplication(browser, 'hsm_residence');
    const url = `/applications/${id}/pages/personal`;
    const page = await browser.get(url);
    const action = formActionOf(page.body, '/session/extend');
    expect(action).toBe(`/session/extend?return=${encodeURIComponent(url)}`);
    const extended = await postAlong(action, browser.cookie, browser.token);
    expect(extended.statusCode).toBe(303);
    expect(extended.headers.location).toBe(url);
    const after = await portal.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${browser.cookie}; ${keptCookie(extended)}` },
    });
    expect(after.body).toContain('value="Butnotsaved"');
    expect(after.body).toContain('U blijft ingelogd');
  });

  it('"stay logged in" after the session ended keeps the input over the new login (D3 with D10)', async () => {
    const session = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'anna' });
    const browser = await browserFor(portal, session);
    const id = await startApplication(browser, 'hsm_residence');
    const url = `/applications/${id}/pages/personal`;
    const page = await browser.get(url);
    const action = formActionOf(page.body, '/session/extend');
    await expire(session);
    const response = await portal.app.inject({
      method: 'POST',
      url: action,
      headers: {
        cookie: browser.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      payload: new URLSearchParams({ _csrf: browser.token, ...typed }).toString(),
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/login?return=${encodeURIComponent(url)}&expired=1&kept=1`);
    const again = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'anna' });
    const after = await portal.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `${again}; ${keptCookie(response)}` },
    });
    expect(after.body).toContain('value="Butnotsaved"');
    expect(after.body).toContain('Uw sessie was verlopen');
  });

  it('an anonymous page still switches language, and keeps nothing (kept input is bound to a person)', async () => {
    const home = await portal.app.inject({ method: 'GET', url: '/contact' });
    // A page without a form that keeps input: the button posts its own header form.
    expect(home.body).not.toContain('form="page-form"');
    const { cookie, token } = csrfFrom(home);
    const response = await portal.app.inject({
      method: 'POST',
      url: `/language?to=en&return=${encodeURIComponent('/contact')}`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, surname: 'Anonymous' }).toString(),
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/contact');
    expect(String(response.headers['set-cookie'])).toContain('bp-lang=en');
    expect(String(response.headers['set-cookie'])).not.toContain('__Host-bp-kept');
    const rows = await portal.database.db
      .selectFrom('kept_inputs')
      .select('subject')
      .where('path', '=', '/contact')
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses the page form posted to /language without its CSRF token', async () => {
    const session = await businessSession(portal, { kvkNumber: EMPLOYER, actingSubject: 'anna' });
    const response = await portal.app.inject({
      method: 'POST',
      url: `/language?to=en&return=${encodeURIComponent('/dashboard')}`,
      headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(typed).toString(),
    });
    expect(response.statusCode).toBe(403);
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('__Host-bp-kept');
  });
});
