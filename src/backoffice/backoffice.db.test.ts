import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { staffSession } from '../../test/helpers/sessions.ts';
import { postForm, postRegistration } from '../../test/helpers/organisations.ts';
import { MODULES } from '../main/modules.ts';
import { sectionRegistry } from '../platform/module.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let AGENCY: string;
let NON_RECOGNISED: string;
let tz: string;
let admin: string;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'], name: 'Zeewind Systems B.V.' })).kvk;
  UNIVERSITY = (
    await makeOrganisation(portal, { recognised: ['study', 'research'], name: 'Hogeschool van de Polder' })
  ).kvk;
  AGENCY = (await makeOrganisation(portal, { agency: true, name: 'Verhuis Direct B.V.' })).kvk;
  NON_RECOGNISED = (await makeOrganisation(portal, { recognised: [], name: 'Klaassen Installaties B.V.' }))
    .kvk;
  tz = await staffSession(portal, { roles: ['team_zakelijk'], userId: 'tz-7' });
  admin = await staffSession(portal, { roles: ['administrator'], userId: 'adm-1' });
});
afterAll(async () => portal.close());

const db = () => portal.database.db;
const get = (url: string, cookie: string) => portal.app.inject({ method: 'GET', url, headers: { cookie } });
const orgId = async (kvk: string) =>
  (
    await db()
      .selectFrom('organisations')
      .select('id')
      .where('kvk_number', '=', kvk)
      .executeTakeFirstOrThrow()
  ).id;

describe('the back office', () => {
  it('lists its sections from the registry, per role, in Dutch and English', async () => {
    const nl = await get('/backoffice', admin);
    const sections = sectionRegistry(MODULES).all;
    expect(sections.map((s) => s.href)).toEqual([
      '/backoffice/cases',
      '/backoffice/authorisations',
      '/backoffice/organisations',
      '/backoffice/closure-days',
      '/backoffice/reports',
      '/backoffice/faq',
      '/backoffice/audit-log',
      '/backoffice/refresh',
    ]);
    for (const section of sectionRegistry(MODULES).for(['administrator']))
      expect(nl.body).toContain(`href="${section.href}"`);
    const en = await get('/backoffice', `${admin}; bp-lang=en`);
    expect(en.body).toContain('Process authorisations');
    expect(en.body).toContain('Audit log');
  });

  it('finds organisations by KVK number and by name', async () => {
    const byKvk = await get(`/backoffice/organisations?q=${EMPLOYER}`, tz);
    expect(byKvk.body).toContain('Zeewind Systems B.V.');
    expect(byKvk.body).not.toContain('Verhuis Direct');
    const byName = await get('/backoffice/organisations?q=verhuis', tz);
    expect(byName.body).toContain('Verhuis Direct B.V.');
    expect(byName.body).not.toContain('Zeewind');
    const odd = await get('/backoffice/organisations?q=%25_%5C', tz);
    expect(odd.statusCode).toBe(200);
  });

  it('answers an unknown or malformed organisation id with 404', async () => {
    expect((await get('/backoffice/organisations/not-a-uuid', tz)).statusCode).toBe(404);
    expect((await get('/backoffice/organisations/00000000-0000-4000-8000-000000000000', tz)).statusCode).toBe(
      404,
    );
  });

  it('edits organisation data with IBAN and RSIN validated, keeping input on error, audited', async () => {
    const id = await orgId(NON_RECOGNISED);
    const page = `/backoffice/organisations/${id}/edit`;
    const base = {
      name: 'Klaassen Installaties B.V.',
      legalForm: 'Besloten vennootschap',
      visitingStreet: 'Stationsplein',
      visitingHouseNumber: '1',
      visitingPostalCode: '3011 AB',
      visitingCity: 'Rotterdam',
      contactEmail: 'hr@vandijk.example',
      accountHolder: 'Klaassen',
      preferredLanguage: 'en',
    };
    const bad = await postForm(portal, page, page, tz, {
      ...base,
      iban: 'NL00BANK0123456789',
      rsin: '123456789',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul een geldig IBAN in');
    expect(bad.body).toContain('elfproef');
    expect(bad.body).toContain('value="NL00BANK0123456789"');
    const good = await postForm(portal, page, page, tz, {
      ...base,
      iban: 'NL91 ABNA 0417 1643 00',
      rsin: '',
    });
    expect(good.statusCode).toBe(303);
    const row = await db()
      .selectFrom('organisations')
      .select(['iban', 'preferred_language'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ iban: 'NL91ABNA0417164300', preferred_language: 'en' });
    const logged = await db()
      .selectFrom('audit_log')
      .select('staff_user')
      .where('event', '=', 'organisation.updated')
      .executeTakeFirstOrThrow();
    expect(logged.staff_user).toBe('tz-7');
  });

  it('grants, suspends and withdraws a recognition with a reason; "recognised sponsor" follows at once', async () => {
    const id = await orgId(NON_RECOGNISED);
    const page = `/backoffice/organisations/${id}`;
    const action = `${page}/recognitions`;
    const business = await loginAs(portal, NON_RECOGNISED);
    expect((await get('/account', business)).headers.location).toBe('/recognition-required');

    expect(
      (
        await postForm(portal, page, action, tz, {
          action: 'grant',
          category: 'work',
          reason: '',
          startDate: '2025-03-01',
        })
      ).statusCode,
    ).toBe(303);
    expect((await get('/account', business)).statusCode).toBe(200);

    const noReason = await postForm(portal, page, action, tz, {
      action: 'suspend',
      category: 'work',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Vul de reden in');
    const noSuch = await postForm(portal, page, action, tz, {
      action: 'withdraw',
      category: 'study',
      reason: 'x',
    });
    expect(noSuch.statusCode).toBe(400);
    expect(noSuch.body).toContain('geen erkenning in deze categorie');
    const unknown = await postForm(portal, page, action, tz, { action: 'promote', category: 'work' });
    expect(unknown.statusCode).toBe(400);

    expect(
      (
        await postForm(portal, page, action, tz, {
          action: 'suspend',
          category: 'work',
          reason: 'Onderzoek naar naleving',
        })
      ).statusCode,
    ).toBe(303);
    expect((await get('/account', business)).headers.location).toBe('/recognition-required');
    const view = await get(page, tz);
    expect(view.body).toContain('Geschorst');
    expect(view.body).toContain('Onderzoek naar naleving');
    const events = await db()
      .selectFrom('audit_log')
      .select('event')
      .where('organisation_id', '=', id)
      .where('event', 'like', 'recognition.%')
      .execute();
    expect(events.map((e) => e.event)).toEqual(['recognition.grant', 'recognition.suspend']);
  });

  it('adds and removes closure days, which push the due date of a new registration on', async () => {
    const page = '/backoffice/closure-days';
    const weekend = await postForm(portal, page, page, tz, { day: '2030-01-05', description: 'Zaterdag' });
    expect(weekend.statusCode).toBe(400);
    expect(weekend.body).toContain('al geen werkdag');
    const invalid = await postForm(portal, page, page, tz, { day: '31-02-2030', description: 'x' });
    expect(invalid.body).toContain('Vul een bestaande datum in');

    // Close the next ten calendar days' working days: a new registration's due date moves past them.
    await db().deleteFrom('representative_registrations').execute();
    const agency = await loginAs(portal, AGENCY);
    expect((await postRegistration(portal, agency, { sponsorKvk: EMPLOYER })).statusCode).toBe(303);
    const before = await db()
      .selectFrom('representative_registrations')
      .select(['id', 'due_on'])
      .executeTakeFirstOrThrow();
    await db().deleteFrom('representative_registrations').execute();
    const { createCalendar, nextDay, amsterdamToday, IND_CALENDAR_OPTIONS } =
      await import('../platform/time/working-days.ts');
    const holidays = createCalendar(IND_CALENDAR_OPTIONS);
    const added: string[] = [];
    for (let day = amsterdamToday(); added.length < 3; day = nextDay(day)) {
      if (day > amsterdamToday() && holidays.isWorkingDay(day)) {
        const response = await postForm(portal, page, page, tz, { day, description: 'Sluiting' });
        expect(response.statusCode).toBe(303);
        added.push(day);
      }
    }
    expect((await get(page, tz)).body).toContain('Sluiting');
    expect((await postRegistration(portal, agency, { sponsorKvk: EMPLOYER })).statusCode).toBe(303);
    const after = await db()
      .selectFrom('representative_registrations')
      .select('due_on')
      .executeTakeFirstOrThrow();
    expect(after.due_on > before.due_on).toBe(true);
    expect(added).not.toContain(after.due_on);

    for (const day of added) {
      expect((await postForm(portal, page, `${page}/${day}/delete`, tz, {})).statusCode).toBe(303);
    }
    expect((await postForm(portal, page, `${page}/${added[0] ?? ''}/delete`, tz, {})).statusCode).toBe(404);
    await db().deleteFrom('representative_registrations').execute();
  });

  it('shows the queue overdue first, and filters and pages the audit log (administrator only)', async () => {
    await db().deleteFrom('representative_registrations').execute();
    const agency = await loginAs(portal, AGENCY);
    expect((await postRegistration(portal, agency, { sponsorKvk: EMPLOYER })).statusCode).toBe(303);
    expect((await postRegistration(portal, agency, { sponsorKvk: UNIVERSITY })).statusCode).toBe(303);
    const [first] = await db()
      .selectFrom('representative_registrations')
      .select('id')
      .orderBy('submitted_at')
      .execute();
    await db()
      .updateTable('representative_registrations')
      .set({ due_on: '2020-01-06' })
      .where('id', '!=', first?.id ?? '')
      .execute();
    const queue = await get('/backoffice/authorisations', tz);
    const overdueAt = queue.body.indexOf('Te laat');
    expect(overdueAt).toBeGreaterThan(0);
    expect(queue.body.indexOf('Hogeschool van de Polder')).toBeLessThan(
      queue.body.indexOf('Zeewind Systems'),
    );

    // Team Zakelijk may not read the audit log: refused, and that refusal is itself audited (as tz-7).
    const refused = await get('/backoffice/audit-log', tz);
    expect(refused.statusCode).toBe(403);
    // D24: the page says the role is missing and which role the page is for, not "refresh the page".
    expect(refused.body).toContain('Uw account heeft niet de rol die deze pagina vraagt');
    expect(refused.body).toContain('Beheerder');
    expect(refused.body).not.toContain('Ververs de pagina');
    const all = await get(`/backoffice/audit-log?organisation=${AGENCY}&event=representation.`, admin);
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('representation.registered');
    expect(all.body).not.toContain('recognition.grant');
    const byActor = await get('/backoffice/audit-log?actor=tz-7', admin);
    expect(byActor.body).toContain('access.denied');
    expect(byActor.body).not.toContain('Medewerker adm-1');
    expect(byActor.body).toContain('Medewerker tz-7');
    // D19: events, outcomes and the refusal's reason read in Dutch; the code stays beside the label.
    expect(all.body).toContain('Machtiging geregistreerd');
    expect(all.body).toContain('Gelukt');
    expect(all.body).not.toMatch(/>success</);
    expect(byActor.body).toContain('Toegang geweigerd');
    expect(byActor.body).toContain('Geweigerd');
    expect(byActor.body).toContain('pagina /backoffice/audit-log vraagt een andere rol (staff)');
    expect(byActor.body).not.toContain('denied: route');
    const english = await portal.app.inject({
      method: 'GET',
      url: '/backoffice/audit-log?actor=tz-7',
      headers: { cookie: admin, 'accept-language': 'en' },
    });
    expect(english.body).toContain('Access refused');
    expect(english.body).toContain('page /backoffice/audit-log needs another role (staff)');
    const junk = await get('/backoffice/audit-log?page=-3&organisation=%27%3B', admin);
    expect(junk.statusCode).toBe(200);
  });
});
