import type { TestPortal } from './portal.ts';
import { csrfFrom } from './portal.ts';
import { SMALL_PDF } from '../../src/organisations/testing.ts';
import { amsterdamToday } from '../../src/platform/time/working-days.ts';
import { fieldsAndFile } from './multipart.ts';
import { asTyped } from './forms.ts';

/** A 'YYYY-MM-DD' date as typed into the day / month / year fields of `name` (anything else as it is). */
function typedDate(name: string, value: string): [string, string][] {
  return Object.entries(asTyped({ [name]: value })).map(([k, v]): [string, string] => [k, String(v)]);
}

/**
 * Portal-level helpers for the organisations tests (inject-based). The organisations themselves
 * come from test/helpers/factories.ts: each test makes what it needs.
 */

export async function formCsrf(portal: TestPortal, url: string, cookie: string) {
  const page = await portal.app.inject({ method: 'GET', url, headers: { cookie } });
  const { cookie: csrfCookie, token } = csrfFrom(page);
  return { cookie: `${cookie}; ${csrfCookie}`, token };
}

export interface RegistrationFields {
  sponsorKvk?: string;
  scope?: string[];
  validFrom?: string;
  validUntil?: string;
  notifyEmail?: string;
  extra?: [string, string][];
  file?: { name?: string; filename: string; contentType: string; content: Buffer } | null;
}

/** Posts the authorisation form for the sponsor `fields.sponsorKvk` (the other fields have valid defaults). */
export async function postRegistration(
  portal: TestPortal,
  session: string,
  fields: RegistrationFields & { sponsorKvk: string },
) {
  const { cookie, token } = await formCsrf(portal, '/authorisations/new', session);
  const file =
    fields.file === undefined
      ? { name: 'file', filename: 'machtiging.pdf', contentType: 'application/pdf', content: SMALL_PDF }
      : fields.file;
  const body = fieldsAndFile(
    [
      ['_csrf', token],
      ['sponsorKvk', fields.sponsorKvk],
      ...(fields.scope ?? ['submit', 'status']).map((s): [string, string] => ['scope', s]),
      // Defaults within the longest validity (5 years, issue 13): from today for two years.
      // The portal's day is Amsterdam's, not UTC's.
      ...typedDate('validFrom', fields.validFrom ?? amsterdamToday()),
      ...typedDate('validUntil', fields.validUntil ?? `${Number(amsterdamToday().slice(0, 4)) + 2}-12-31`),
      ['notifyEmail', fields.notifyEmail ?? 'office@relocate.example'],
      ...(fields.extra ?? []),
    ],
    file,
  );
  return portal.app.inject({
    method: 'POST',
    url: '/authorisations',
    headers: { cookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}

export async function postForm(
  portal: TestPortal,
  formUrl: string,
  action: string,
  session: string,
  fields: Record<string, string>,
) {
  const { cookie, token } = await formCsrf(portal, formUrl, session);
  return portal.app.inject({
    method: 'POST',
    url: action,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}
