import { expect } from 'vitest';
import { csrfFrom, type TestPortal } from './portal.ts';

/**
 * D10 as a browser does it: opens `url` with the session, presses the header's language button
 * (which posts the page's form, `form="page-form"`, to its formaction) with `fields` typed in,
 * and opens the page again in English with the kept-input cookie it was given. Returns the
 * switch's answer and the page as it came back (and `again`: the page opened once more).
 */
export async function switchLanguageWith(
  portal: TestPortal,
  url: string,
  session: string,
  fields: Record<string, string | string[]>,
) {
  const page = await portal.app.inject({ method: 'GET', url, headers: { cookie: session } });
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('id="page-form"');
  const button = /<button[^>]*formAction="(\/language\?[^"]*)"[^>]*>/i.exec(page.body);
  expect(button?.[0]).toContain('form="page-form"');
  const action = (button?.[1] ?? '').replaceAll('&amp;', '&');
  expect(action).toBe(`/language?to=en&return=${encodeURIComponent(url)}`);
  const { cookie: csrfCookie, token } = csrfFrom(page);
  const cookie = `${session}; ${csrfCookie}`;
  const body = new URLSearchParams({ _csrf: token });
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  const switched = await portal.app.inject({
    method: 'POST',
    url: action,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
  expect(switched.statusCode).toBe(303);
  expect(switched.headers.location).toBe(url);
  const set = switched.headers['set-cookie'];
  const kept = (Array.isArray(set) ? set : [String(set)])
    .find((c) => c.startsWith('__Host-bp-kept='))
    ?.split(';')[0];
  expect(kept).toBeDefined();
  const open = () =>
    portal.app.inject({ method: 'GET', url, headers: { cookie: `${cookie}; bp-lang=en; ${kept ?? ''}` } });
  const back = await open();
  return { switched, back, again: await open() };
}
