import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';
import { businessSession, staffSession } from '../../../test/helpers/sessions.ts';
import { postForm, postRegistration, type RegistrationFields } from '../../../test/helpers/organisations.ts';
import { switchLanguageWith } from '../../../test/helpers/kept.ts';
import { fieldsAndFile } from '../../../test/helpers/multipart.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/helpers/smtp.ts';
import { SESSION_COOKIES } from '../../identity/sessions/sessions.ts';
import { deliver } from '../../platform/mail/outbox.ts';
import { createSmtpMailer } from '../../platform/mail/mailer.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import { SMALL_PDF } from '../testing.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let AGENCY: string;
let NON_RECOGNISED: string;
let smtp: TestSmtpServer;
beforeAll(async () => {
  portal = await createTestPortal({ UPLOAD_MAX_BYTES: String(64 * 1024) });
  const make = async (spec: Parameters<typeof makeOrganisation>[1]) =>
    (await makeOrganisation(portal, spec)).kvk;
  EMPLOYER = await make({ recognised: ['work'], name: 'Zeewind Systems B.V.' });
  UNIVERSITY = await make({ recognised: ['study', 'research'], name: 'Hogeschool van de Polder' });
  AGENCY = await make({ agency: true, name: 'Verhuis Direct B.V.' });
  NON_RECOGNISED = await make({ recognised: [], name: 'Klaassen Installaties B.V.' });
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await portal.close();
  await smtp.close();
});

const db = () => portal.database.db;
const get = (url: string, cookie: string) => portal.app.inject({ method: 'GET', url, headers: { cookie } });
const registrations = () => db().selectFrom('representative_registrations').selectAll().execute();
const storedFiles = () => {
  try {
    return readdirSync(join(portal.config.uploads.dir, 'authorisations'));
  } catch {
    return [];
  }
};
async function reset() {
  await db().deleteFrom('representative_registrations').execute();
}
/** Registers an authorisation for the employer, unless the fields name another sponsor. */
const register = (session: string, fields: RegistrationFields = {}) =>
  postRegistration(portal, session, { sponsorKvk: EMPLOYER, ...fields });
async function orgId(kvk: string) {
  const row = await db()
    .selectFrom('organisations')
    .select('id')
    .where('kvk_number', '=', kvk)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('registering an authorisation (bad input: a clear message by the field, nothing saved)', () => {
  let agency: string;
  beforeAll(async () => {
    agency = await loginAs(portal, AGENCY);
  });
  beforeEach(reset);

  // The organisations are made in beforeAll: fields that name one are read when the test runs.
  const cases: [string, RegistrationFields | (() => RegistrationFields), string][] = [
    ['an invalid KVK number', { sponsorKvk: '1234' }, 'Het KVK-nummer bestaat uit 8 cijfers'],
    [
      'a sponsor that is not a recognised sponsor',
      () => ({ sponsorKvk: NON_RECOGNISED }),
      'geen erkend referent',
    ],
    ['a sponsor unknown to the IND', { sponsorKvk: '12345678' }, 'geen erkend referent'],
    ['a registration for oneself', () => ({ sponsorKvk: AGENCY }), 'eigen organisatie'],
    ['no service chosen', { scope: [] }, 'Kies minstens één dienst'],
    ['an unknown service', { scope: ['submit', 'everything'] }, 'Kies minstens één dienst'],
    // D12: each date message names its field and says what to do.
    // D4: the dates are day / month / year fields; an impossible or half-typed one names the part.
    [
      'an impossible date',
      { validFrom: '2025-02-30' },
      'Geldig vanaf moet een bestaande datum zijn: controleer de dag.',
    ],
    [
      'a half-typed date',
      {
        validFrom: '',
        extra: [
          ['validFrom-day', '3'],
          ['validFrom-year', '2027'],
        ],
      },
      'Vul bij Geldig vanaf ook de maand in.',
    ],
    ['no start date', { validFrom: '' }, 'Vul bij Geldig vanaf de datum in waarop de machtiging ingaat'],
    ['no end date', { validUntil: '' }, 'Vul bij Geldig tot en met de laatste dag in'],
    [
      'an end before the start',
      { validFrom: '2030-01-01', validUntil: '2029-12-31' },
      'Geldig tot en met moet op of na Geldig vanaf liggen',
    ],
    [
      'an end in the past',
      { validFrom: '2020-01-01', validUntil: '2021-01-01' },
      'Geldig tot en met ligt in het verleden. Kies als einddatum vandaag',
    ],
    ['an invalid e-mail address', { notifyEmail: 'not-an-address' }, 'geldig e-mailadres'],
    ['no file', { file: null }, 'Voeg de ondertekende machtiging toe'],
    [
      'a renamed executable',
      {
        file: {
          name: 'file',
          filename: 'machtiging.pdf',
          contentType: 'application/pdf',
          content: Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]),
        },
      },
      'geen PDF',
    ],
    [
      'an HTML file declared as PDF',
      {
        file: {
          name: 'file',
          filename: 'x.pdf',
          contentType: 'application/pdf',
          content: Buffer.from('<html><script>alert(1)</script></html>'),
        },
      },
      'geen PDF',
    ],
    [
      'a file one byte over the limit',
      {
        file: {
          name: 'file',
          filename: 'big.pdf',
          contentType: 'application/pdf',
          content: Buffer.concat([SMALL_PDF, Buffer.alloc(64 * 1024 + 1 - SMALL_PDF.length)]),
        },
      },
      'groter dan 64 kB',
    ],
  ];
  for (const [what, fields, message] of cases) {
    it(`refuses ${what}`, async () => {
      const filesBefore = storedFiles().length;
      const response = await register(agency, typeof fields === 'function' ? fields() : fields);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(message);
      expect(response.body).toContain('id="error-summary"');
      expect(await registrations()).toHaveLength(0);
      expect(storedFiles()).toHaveLength(filesBefore);
    });
  }

  it('D12: names each date field in its own message, in English too (not “Enter a date” twice)', async () => {
    const english = `${agency}; bp-lang=en`;
    const response = await postRegistration(portal, english, {
      sponsorKvk: EMPLOYER,
      validFrom: '',
      validUntil: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Under Valid from, enter the date the authorisation starts');
    expect(response.body).toContain('Under Valid until, enter the last day the authorisation is valid');
    expect(response.body).not.toContain('Enter a date.');
  });

  it('refuses a duplicate pending registration for the same sponsor', async () => {
    expect((await register(agency)).statusCode).toBe(303);
    const second = await register(agency);
    expect(second.statusCode).toBe(400);
    expect(second.body).toContain('al een machtiging voor deze referent ingediend');
    expect(await registrations()).toHaveLength(1);
  });

  it('D15: refuses a registration that overlaps an approved one for the same sponsor; a later period is accepted', async () => {
    // The portal's day is Amsterdam's, which is not UTC's for an hour or two before midnight.
    const today = amsterdamToday();
    const year = Number(today.slice(0, 4));
    expect((await register(agency, { validFrom: today, validUntil: `${year + 1}-11-30` })).statusCode).toBe(
      303,
    );
    await db().updateTable('representative_registrations').set({ state: 'approved' }).execute();
    const overlapping = await register(agency, {
      validFrom: `${year + 1}-06-01`,
      validUntil: `${year + 2}-05-31`,
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.body).toContain(
      'al een goedgekeurde machtiging voor deze referent die in deze periode geldt',
    );
    expect(await registrations()).toHaveLength(1);
    const after = await register(agency, {
      validFrom: `${year + 1}-12-01`,
      validUntil: `${year + 2}-05-31`,
    });
    expect(after.statusCode).toBe(303);
    expect(await registrations()).toHaveLength(2);
  });

  it('keeps the user’s input when re-showing the form', async () => {
    const response = await register(agency, {
      sponsorKvk: '1234',
      notifyEmail: 'keep@me.example',
    });
    expect(response.body).toContain('value="1234"');
    expect(response.body).toContain('value="keep@me.example"');
  });

  it('refuses a multipart POST without the CSRF token and keeps no file', async () => {
    const filesBefore = storedFiles().length;
    const body = fieldsAndFile([['sponsorKvk', EMPLOYER]], {
      filename: 'm.pdf',
      contentType: 'application/pdf',
      content: SMALL_PDF,
    });
    const response = await portal.app.inject({
      method: 'POST',
      url: '/authorisations',
      headers: { cookie: agency, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(403);
    expect(await registrations()).toHaveLength(0);
    expect(storedFiles()).toHaveLength(filesBefore);
  });
});

describe('the registration → approval → mail → acting-for flow', () => {
  beforeEach(reset);

  it('runs end to end, and the agency then acts for the sponsor within the scope only', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY, actingSubject: 'agency-person-1' });
    // 1. The agency registers, naming itself in the body as well: the body's ids are ignored.
    const posted = await register(agency, {
      scope: ['submit', 'status'],
      extra: [
        ['intermediary_organisation_id', await orgId(UNIVERSITY)],
        ['organisationId', await orgId(UNIVERSITY)],
      ],
    });
    expect(posted.statusCode).toBe(303);
    const [row] = await registrations();
    expect(row?.intermediary_organisation_id).toBe(await orgId(AGENCY));
    expect(row?.state).toBe('submitted');
    expect((await get('/authorisations', agency)).body).toContain('Ingediend');

    // 2. Team Zakelijk sees it in the queue and opens the PDF as a download.
    const staff = await staffSession(portal, { roles: ['team_zakelijk'], userId: 'tz-1' });
    const queue = await get('/backoffice/authorisations', staff);
    expect(queue.body).toContain('Verhuis Direct B.V.');
    const pdf = await get(`/backoffice/authorisations/${row?.id ?? ''}/document`, staff);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="machtiging-${AGENCY}-${EMPLOYER}-[0-9a-f]{8}\\.pdf"$`),
    );
    expect(pdf.rawPayload.equals(SMALL_PDF)).toBe(true);

    // 3. Rejecting needs a reason; approving queues the mail in the same transaction.
    const noReason = await postForm(
      portal,
      `/backoffice/authorisations/${row?.id ?? ''}`,
      `/backoffice/authorisations/${row?.id ?? ''}/decision`,
      staff,
      { decision: 'reject', reason: '' },
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Vul de reden van de afwijzing in');
    const approved = await postForm(
      portal,
      `/backoffice/authorisations/${row?.id ?? ''}`,
      `/backoffice/authorisations/${row?.id ?? ''}/decision`,
      staff,
      { decision: 'approve' },
    );
    expect(approved.statusCode).toBe(303);
    const outbox = await db()
      .selectFrom('outbox')
      .select(['id', 'payload'])
      .where('delivered_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
    // The newest: another test may have left an undelivered mail to the same agency.
    const mail = outbox.find((o) => (o.payload as { to?: string }).to === 'office@relocate.example');
    expect(mail).toBeDefined();
    // D16: the sponsor is told too: who may act for it, for what and how long, and how to end it.
    const sponsorMail = outbox
      .map((o) => o.payload as { to?: string; subject?: string; text?: string })
      .find(
        (p) =>
          p.subject === 'Verhuis Direct B.V. mag nu namens uw organisatie werken in het Portaal Zakelijk',
      );
    expect(sponsorMail?.to).toMatch(/@/);
    expect(sponsorMail?.to).not.toBe('office@relocate.example');
    expect(sponsorMail?.text).toContain(`Verhuis Direct B.V. (KVK ${AGENCY}) namens Zeewind Systems B.V.`);
    expect(sponsorMail?.text).toContain('Beëindig de machtiging');

    // 4. The mail arrives at a real SMTP server, in the language the agency registered in (nl).
    const mailer = createSmtpMailer(smtp.url, 'IND <noreply@ind.example>');
    expect(await deliver({ ...portal.outbox, mailer }, mail?.id ?? '')).toBe('sent');
    mailer.close();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.recipients).toEqual(['office@relocate.example']);
    expect(smtp.received[0]?.subject).toBe('Uw registratie als gemachtigde is verwerkt');
    expect(smtp.received[0]?.text).toContain('Zeewind Systems B.V.');

    // 5. The agency chooses to act for the sponsor.
    const choose = await get('/acting-for', agency);
    expect(choose.body).toContain('Zeewind Systems B.V.');
    const switched = await postForm(portal, '/acting-for', '/acting-for', agency, {
      registration: row?.id ?? '',
    });
    expect(switched.statusCode).toBe(303);
    const dashboard = await get('/dashboard', agency);
    expect(dashboard.body).toContain(`Namens Zeewind Systems B.V. (als gemachtigde, KVK ${AGENCY})`);
    expect(dashboard.body).toContain('href="/applications"');
    // Status is in scope and built (issue 10): linked; file documents are not in scope.
    expect(dashboard.body).toContain('href="/cases"');
    expect(dashboard.body).not.toContain('href="/documents"');
    expect(dashboard.body).not.toContain('href="/employees"');
    expect(dashboard.body).not.toContain('href="/account"');
    expect(dashboard.body).toContain('Niet in uw machtiging voor deze referent');

    // 6. Out of scope: the sponsor's account information → 403, logged.
    const outOfScope = await get('/account', agency);
    expect(outOfScope.statusCode).toBe(403);

    // 7. Every action is recorded as intermediary X for sponsor Y, acting person Z.
    const denied = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('event', '=', 'access.denied')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denied.actor_kvk).toBe(EMPLOYER);
    expect(denied.intermediary_kvk).toBe(AGENCY);
    expect(denied.actor_subject).toBe('agency-person-1');
    expect(denied.organisation_id).toBe(await orgId(EMPLOYER));

    // 8. Withdrawn → the next request is back to the agency itself.
    await postForm(portal, '/acting-for', '/acting-for', agency, { registration: 'self' });
    const withdrawn = await postForm(
      portal,
      '/authorisations',
      `/authorisations/${row?.id ?? ''}/withdraw`,
      agency,
      {},
    );
    expect(withdrawn.statusCode).toBe(303);
    const again = await postForm(portal, '/acting-for', '/acting-for', agency, {
      registration: row?.id ?? '',
    });
    expect(again.statusCode).toBe(404);
  });

  it('re-checks the registration on every request: a withdrawn or expired one stops acting at once', async () => {
    await reset();
    const agency = await loginAs(portal, AGENCY);
    await register(agency, { sponsorKvk: UNIVERSITY, scope: ['account'] });
    const [row] = await registrations();
    await db()
      .updateTable('representative_registrations')
      .set({ state: 'approved' })
      .where('id', '=', row?.id ?? '')
      .execute();
    await postForm(portal, '/acting-for', '/acting-for', agency, { registration: row?.id ?? '' });
    const account = await get('/account', agency);
    expect(account.body).toContain('Hogeschool van de Polder');
    // The mandate's IBAN masked but for its last four; the sponsor's representatives listed.
    expect(account.body).toContain('••••••••••••••4300');
    expect(account.body).not.toContain('NL91ABNA0417164300');
    expect(account.body).toContain(`Verhuis Direct B.V. (${AGENCY})`);
    // Scope is an allow-list (issue 13, finding 6): routes of no service in the scope are refused,
    // the sponsor's problem reports among them; the general pages stay reachable.
    for (const url of [
      '/support/reports',
      '/support/reports/00000000-0000-4000-8000-000000000000',
      '/applications',
      '/authorisations',
    ]) {
      expect((await get(url, agency)).statusCode, url).toBe(403);
    }
    expect((await get('/dashboard', agency)).statusCode).toBe(200);
    expect((await get('/acting-for', agency)).statusCode).toBe(200);
    // Expired yesterday (validity ended): back to the agency, which is no sponsor.
    await db()
      .updateTable('representative_registrations')
      .set({ valid_from: '2020-01-01', valid_until: '2020-12-31' })
      .where('id', '=', row?.id ?? '')
      .execute();
    const after = await get('/account', agency);
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/recognition-required');
    expect((await get('/authorisations', agency)).body).toContain('Verlopen');
  });

  it('mails a rejection with its reason in English when the agency registered in English', async () => {
    await reset();
    const agency = await loginAs(portal, AGENCY);
    const english = `${agency}; bp-lang=en`;
    expect((await register(english)).statusCode).toBe(303);
    const [row] = await registrations();
    expect(row?.language).toBe('en');
    const staff = await staffSession(portal, { roles: ['team_zakelijk'] });
    await postForm(
      portal,
      `/backoffice/authorisations/${row?.id ?? ''}`,
      `/backoffice/authorisations/${row?.id ?? ''}/decision`,
      staff,
      {
        decision: 'reject',
        reason: 'The authorisation is not signed.',
      },
    );
    const mail = await db()
      .selectFrom('outbox')
      .select('payload')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.payload).toMatchObject({
      to: 'office@relocate.example',
      subject: 'Your registration as authorised representative has been processed',
    });
    expect((mail.payload as { text: string }).text).toContain('Reason: The authorisation is not signed.');
    expect((await get('/authorisations', agency)).body).toContain('Reden: The authorisation is not signed.');
  });
});

describe('ending an authorisation and its validity (issue 13, finding 5)', () => {
  beforeEach(reset);
  const today = () => amsterdamToday();

  async function approvedFor(agency: string) {
    expect((await register(agency, { scope: ['submit'] })).statusCode).toBe(303);
    const [row] = await registrations();
    const staff = await staffSession(portal, { roles: ['team_zakelijk'], userId: 'tz-1' });
    const id = row?.id ?? '';
    const approved = await postForm(
      portal,
      `/backoffice/authorisations/${id}`,
      `/backoffice/authorisations/${id}/decision`,
      staff,
      { decision: 'approve' },
    );
    expect(approved.statusCode).toBe(303);
    await postForm(portal, '/acting-for', '/acting-for', agency, { registration: id });
    expect((await get('/dashboard', agency)).body).toContain('Namens Zeewind Systems B.V.');
    return { id, staff };
  }

  const mailsAbout = async (since: Date) =>
    (await db().selectFrom('outbox').select(['payload', 'created_at']).execute())
      .filter((o) => new Date(o.created_at) >= since)
      .map((o) => o.payload as { to?: string; subject?: string })
      .filter((p) => p.subject === 'Een machtiging is beëindigd');

  it('the sponsor ends an approved authorisation: at once, mailed to both sides, audited', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY, actingSubject: 'agency-x' });
    const { id } = await approvedFor(agency);
    const since = new Date(Date.now() - 1000);
    // Only this test's mails: another test may have ended an authorisation of the same parties.
    await db().deleteFrom('outbox').where('delivered_at', 'is', null).execute();
    const sponsor = await loginAs(portal, EMPLOYER);
    expect((await get('/account', sponsor)).body).toContain(`/account/representatives/${id}/end`);
    const ended = await postForm(portal, '/account', `/account/representatives/${id}/end`, sponsor, {});
    expect(ended.statusCode).toBe(303);
    expect((await get('/dashboard', agency)).body).not.toContain('Namens Zeewind Systems B.V.');
    const mails = await mailsAbout(since);
    expect(mails).toHaveLength(2);
    expect(mails.map((m) => m.to)).toContain('office@relocate.example');
    const audited = await db()
      .selectFrom('audit_log')
      .select(['outcome', 'object_id'])
      .where('event', '=', 'representation.ended')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audited).toEqual({ outcome: 'success', object_id: id });
  });

  it('Team Zakelijk ends an approved authorisation', async () => {
    const agency = await loginAs(portal, AGENCY);
    const { id, staff } = await approvedFor(agency);
    expect((await get(`/backoffice/authorisations/${id}`, staff)).body).toContain(
      `/backoffice/authorisations/${id}/end`,
    );
    const ended = await postForm(
      portal,
      `/backoffice/authorisations/${id}`,
      `/backoffice/authorisations/${id}/end`,
      staff,
      {},
    );
    expect(ended.statusCode).toBe(303);
    expect((await get('/dashboard', agency)).body).not.toContain('Namens Zeewind Systems B.V.');
  });

  it('a representative acting for the sponsor, or another company, cannot end it (404)', async () => {
    const agency = await loginAs(portal, AGENCY);
    const { id } = await approvedFor(agency);
    const other = await loginAs(portal, UNIVERSITY);
    for (const session of [other]) {
      const response = await postForm(portal, '/account', `/account/representatives/${id}/end`, session, {});
      expect(response.statusCode).toBe(404);
    }
    const [row] = await registrations();
    expect(row?.state).toBe('approved');
  });

  it('D14: the sponsor is asked first, on a page that names what ends; then told it was done', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY });
    const { id } = await approvedFor(agency);
    const sponsor = await businessSession(portal, { kvkNumber: EMPLOYER });
    const account = await get('/account', sponsor);
    // A link to the question, not a button that acts at once.
    expect(account.body).toContain(`href="/account/representatives/${id}/end"`);
    expect(account.body).not.toContain(`action="/account/representatives/${id}/end"`);
    const confirm = await get(`/account/representatives/${id}/end`, sponsor);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Weet u zeker dat u deze machtiging wilt beëindigen?');
    expect(confirm.body).toContain(`Verhuis Direct B.V. (KVK ${AGENCY})`);
    expect(confirm.body).toContain(`Zeewind Systems B.V. (KVK ${EMPLOYER})`);
    expect(confirm.body).toContain('Aanvragen indienen');
    expect(confirm.body).toMatch(/\d{1,2} [a-z]+ \d{4} tot en met 31 december \d{4}/);
    expect(confirm.body).toContain(`action="/account/representatives/${id}/end"`);
    expect(confirm.body).toContain('Ja, machtiging beëindigen');
    // Asking changes nothing.
    expect((await registrations())[0]?.state).toBe('approved');
    // Another company cannot even see the question.
    const other = await businessSession(portal, { kvkNumber: UNIVERSITY });
    expect((await get(`/account/representatives/${id}/end`, other)).statusCode).toBe(404);

    const ended = await postForm(
      portal,
      `/account/representatives/${id}/end`,
      `/account/representatives/${id}/end`,
      sponsor,
      {},
    );
    expect(ended.statusCode).toBe(303);
    expect(ended.headers.location).toBe('/account?ended=1');
    expect((await get('/account?ended=1', sponsor)).body).toContain('De machtiging is beëindigd.');
    expect((await registrations())[0]?.state).toBe('withdrawn');
    // Asked again afterwards: nothing to end any more.
    expect((await get(`/account/representatives/${id}/end`, sponsor)).statusCode).toBe(404);
  });

  it('D14: Team Zakelijk is asked first, on a page that names what ends; then told it was done', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY });
    const { id, staff } = await approvedFor(agency);
    const confirm = await get(`/backoffice/authorisations/${id}/end`, staff);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Weet u zeker dat u deze machtiging wilt beëindigen?');
    expect(confirm.body).toContain(`Verhuis Direct B.V. (KVK ${AGENCY})`);
    expect(confirm.body).toContain(`Zeewind Systems B.V. (KVK ${EMPLOYER})`);
    expect((await registrations())[0]?.state).toBe('approved');
    const ended = await postForm(
      portal,
      `/backoffice/authorisations/${id}/end`,
      `/backoffice/authorisations/${id}/end`,
      staff,
      {},
    );
    expect(ended.headers.location).toBe(`/backoffice/authorisations/${id}?done=ended`);
    const detail = await get(`/backoffice/authorisations/${id}?done=ended`, staff);
    expect(detail.body).toContain('De machtiging is beëindigd.');
    // An ended authorisation is not asked about again.
    const again = await get(`/backoffice/authorisations/${id}/end`, staff);
    expect(again.statusCode).toBe(303);
  });

  it('refuses a validity longer than the maximum (5 years by default) when registering', async () => {
    const agency = await loginAs(portal, AGENCY);
    const response = await register(agency, {
      validFrom: '2000-01-01',
      validUntil: '2199-12-31',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Deze periode is te lang');
    expect(await registrations()).toHaveLength(0);
  });

  it('approval starts the validity no earlier than the approval day and caps it at the maximum', async () => {
    const agency = await loginAs(portal, AGENCY);
    await register(agency, { scope: ['submit'] });
    const [row] = await registrations();
    // As a registration from before the limit could be stored: far in the past and future.
    await db()
      .updateTable('representative_registrations')
      .set({ valid_from: '2000-01-01', valid_until: '2199-12-31' })
      .where('id', '=', row?.id ?? '')
      .execute();
    const staff = await staffSession(portal, { roles: ['team_zakelijk'], userId: 'tz-1' });
    const id = row?.id ?? '';
    await postForm(
      portal,
      `/backoffice/authorisations/${id}`,
      `/backoffice/authorisations/${id}/decision`,
      staff,
      {
        decision: 'approve',
      },
    );
    const [approved] = await registrations();
    const from = today();
    expect(approved?.valid_from).toBe(from);
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    expect(approved?.valid_until).toBe(new Date(Date.UTC(y + 5, m - 1, d - 1)).toISOString().slice(0, 10));
  });
});

describe('withdrawing a registration (D14)', () => {
  beforeEach(reset);

  it('asks first on a page that names the sponsor, the services and the period; then says it was done', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY });
    expect(
      (await postRegistration(portal, agency, { sponsorKvk: EMPLOYER, scope: ['submit', 'status'] }))
        .statusCode,
    ).toBe(303);
    const [row] = await registrations();
    const id = row?.id ?? '';
    const list = await get('/authorisations', agency);
    expect(list.body).toContain(`href="/authorisations/${id}/withdraw"`);
    expect(list.body).not.toContain(`action="/authorisations/${id}/withdraw"`);

    const confirm = await get(`/authorisations/${id}/withdraw`, agency);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Weet u zeker dat u deze machtiging wilt intrekken?');
    expect(confirm.body).toContain(`Zeewind Systems B.V. (KVK ${EMPLOYER})`);
    expect(confirm.body).toContain(`(KVK ${AGENCY})`);
    expect(confirm.body).toContain('Aanvragen indienen; De status van uw ingediende aanvragen bekijken');
    expect(confirm.body).toMatch(/tot en met 31 december \d{4}/);
    // Not yet processed: it says that Team Zakelijk will not process it.
    expect(confirm.body).toContain('Team Zakelijk verwerkt haar dan niet meer');
    expect(confirm.body).toContain('Ja, machtiging intrekken');
    expect((await registrations())[0]?.state).toBe('submitted');

    const withdrawn = await postForm(
      portal,
      `/authorisations/${id}/withdraw`,
      `/authorisations/${id}/withdraw`,
      agency,
      {},
    );
    expect(withdrawn.statusCode).toBe(303);
    expect(withdrawn.headers.location).toBe(`/authorisations?saved=withdrawn&id=${id}`);
    const after = await get(String(withdrawn.headers.location), agency);
    expect(after.body).toContain(
      `De registratie van de machtiging voor Zeewind Systems B.V. (KVK ${EMPLOYER}) is ingetrokken. Team Zakelijk verwerkt haar niet meer.`,
    );
    expect(after.body).not.toContain('U kunt niet meer namens deze referent werken');
    expect((await registrations())[0]?.state).toBe('withdrawn');
    // Once withdrawn, the question is not asked again.
    const again = await get(`/authorisations/${id}/withdraw`, agency);
    expect(again.headers.location).toBe('/authorisations?saved=not_withdrawable');
  });

  it('never shows another agency’s registration on the question page (404)', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY });
    await postRegistration(portal, agency, { sponsorKvk: EMPLOYER });
    const [row] = await registrations();
    const other = await businessSession(portal, { kvkNumber: UNIVERSITY });
    const response = await get(`/authorisations/${row?.id ?? ''}/withdraw`, other);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Zeewind Systems');
  });
});

describe('tenant isolation', () => {
  let registrationOfA: string;
  let agencyA: string;
  let agencyB: string;
  beforeAll(async () => {
    await reset();
    agencyA = await loginAs(portal, AGENCY);
    // A second "agency": another organisation known to the IND.
    agencyB = await loginAs(portal, NON_RECOGNISED);
    await register(agencyA);
    const [row] = await registrations();
    registrationOfA = row?.id ?? '';
    await db()
      .updateTable('representative_registrations')
      .set({ state: 'approved' })
      .where('id', '=', registrationOfA)
      .execute();
  });

  it('agency B does not see agency A’s registrations', async () => {
    const page = await get('/authorisations', agencyB);
    expect(page.body).not.toContain('Zeewind');
    expect(page.body).not.toContain(registrationOfA);
  });

  it('agency B cannot withdraw agency A’s registration (404, nothing changes, the attempt is logged)', async () => {
    const response = await postForm(
      portal,
      '/authorisations',
      `/authorisations/${registrationOfA}/withdraw`,
      agencyB,
      {},
    );
    expect(response.statusCode).toBe(404);
    const [row] = await registrations();
    expect(row?.state).toBe('approved');
    const logged = await db()
      .selectFrom('audit_log')
      .select(['outcome', 'actor_kvk'])
      .where('event', '=', 'representation.withdraw')
      .where('object_id', '=', registrationOfA)
      .executeTakeFirstOrThrow();
    expect(logged).toEqual({ outcome: 'denied', actor_kvk: NON_RECOGNISED });
  });

  it('agency B cannot act for A’s sponsor by posting A’s registration id', async () => {
    const response = await postForm(portal, '/acting-for', '/acting-for', agencyB, {
      registration: registrationOfA,
    });
    expect(response.statusCode).toBe(404);
    const dashboard = await get('/dashboard', agencyB);
    expect(dashboard.body).toContain('Klaassen Installaties B.V.');
    expect(dashboard.body).not.toContain('Zeewind');
  });

  it('a session whose actingFor names another company’s registration acts for nobody but itself', async () => {
    const forged = await businessSession(portal, {
      kvkNumber: NON_RECOGNISED,
      actingFor: { organisationId: await orgId(EMPLOYER), registrationId: registrationOfA },
    });
    const dashboard = await get('/dashboard', forged);
    expect(dashboard.body).toContain('Klaassen Installaties B.V.');
    expect(dashboard.body).not.toContain('Zeewind');
  });

  it('agency A acting for sponsor Y cannot reach another sponsor’s data', async () => {
    await postForm(portal, '/acting-for', '/acting-for', agencyA, { registration: registrationOfA });
    const account = await get('/account', agencyA);
    expect(account.body).toContain('Zeewind Systems B.V.');
    expect(account.body).not.toContain('Hogeschool van de Polder');
    const university = await orgId(UNIVERSITY);
    expect((await get(`/backoffice/organisations/${university}`, agencyA)).statusCode).toBe(403);
    await postForm(portal, '/acting-for', '/acting-for', agencyA, { registration: 'self' });
  });

  it('agency B cannot download A’s authorisation PDF (staff route: 403)', async () => {
    const response = await get(`/backoffice/authorisations/${registrationOfA}/document`, agencyB);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).not.toBe('application/pdf');
  });

  it('a chain-authorised session shows the chain in the header and cannot switch', async () => {
    const chain = await loginAs(portal, EMPLOYER, { intermediary: AGENCY });
    const dashboard = await get('/dashboard', chain);
    expect(dashboard.body).toContain(`via ketenmachtiging (intermediair KVK ${AGENCY})`);
    await postForm(portal, '/acting-for', '/acting-for', chain, { registration: registrationOfA });
    const after = await get('/dashboard', chain);
    expect(after.body).toContain('via ketenmachtiging');
  });

  it('D16: the sponsor’s account names a chain-authorised intermediary, not only its number', async () => {
    const sponsor = await orgId(EMPLOYER);
    for (const kvk of [AGENCY, '12345678'])
      await db()
        .insertInto('audit_log')
        .values({
          event: 'login',
          outcome: 'success',
          actor_kind: 'business',
          actor_kvk: EMPLOYER,
          actor_subject: 'chain-person',
          intermediary_kvk: kvk,
          organisation_id: sponsor,
          details: null as never,
        })
        .execute();
    const account = await get('/account', await loginAs(portal, EMPLOYER));
    expect(account.body).toContain(`Verhuis Direct B.V. (${AGENCY})`);
    expect(account.body).toContain('KVK 12345678 (naam niet bekend bij de IND)');
  });
});

describe('access', () => {
  it('a staff user can never act as a company (403 on business routes)', async () => {
    const staff = await staffSession(portal, { roles: ['team_zakelijk', 'administrator'] });
    for (const url of ['/dashboard', '/authorisations', '/acting-for', '/account']) {
      const response = await portal.app.inject({ method: 'GET', url, headers: { cookie: staff } });
      expect(response.statusCode, url).toBe(403);
    }
  });

  it('the business cookie is the only one that names a company', () => {
    expect(SESSION_COOKIES.business).not.toBe(SESSION_COOKIES.staff);
  });
});

describe('the registration form keeps what was typed over a language switch (D10)', () => {
  beforeEach(reset);

  it('comes back in English with the typed fields, and asks for the file again', async () => {
    const agency = await businessSession(portal, { kvkNumber: AGENCY });
    const { back, again } = await switchLanguageWith(portal, '/authorisations/new', agency, {
      sponsorKvk: EMPLOYER,
      scope: ['submit', 'status'],
      'validFrom-day': '4',
      'validFrom-month': '1',
      'validFrom-year': '2027',
      // Half typed: kept as typed, not erased.
      'validUntil-day': '31',
      'validUntil-month': '12',
      'validUntil-year': '',
      notifyEmail: 'typed@relocate.example',
      // A file input posted along URL-encoded sends only the file's name: the file is not kept.
      file: 'machtiging.pdf',
    });
    expect(back.body).toContain('<html lang="en"');
    expect(back.body).toContain('The page is now in English');
    expect(back.body).toContain('Choose the file again');
    expect(back.body).toContain(`value="${EMPLOYER}"`);
    expect(back.body).toContain('value="typed@relocate.example"');
    expect(back.body).toMatch(/name="validFrom-year"[^>]*value="2027"/);
    expect(back.body).toMatch(/name="validUntil-day"[^>]*value="31"/);
    expect(back.body).toMatch(/value="status"[^>]*checked|checked[^>]*value="status"/);
    expect(again.body).not.toContain('typed@relocate.example');
    expect(await registrations()).toHaveLength(0);
  });
});
