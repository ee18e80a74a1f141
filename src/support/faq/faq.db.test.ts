import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation } from '../../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';
import { staffSession } from '../../../test/helpers/sessions.ts';
import { seedFaq } from './seed.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let staffCookie: string;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  staffCookie = await staffSession(portal, { roles: ['team_zakelijk'] });
});
afterAll(async () => portal.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  portal.app.inject({ method: 'GET', url, headers });
const en = { 'accept-language': 'en' };
const questionLinks = (body: string) => [...body.matchAll(/href="\/faq\/([a-z0-9-]+)"/g)].map((m) => m[1]);

async function staffPost(pageUrl: string, url: string, fields: Record<string, string>) {
  const page = await get(pageUrl, { cookie: staffCookie });
  const { cookie, token } = csrfFrom(page);
  return portal.app.inject({
    method: 'POST',
    url,
    headers: { cookie: `${staffCookie}; ${cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}

async function entryId(slug: string): Promise<string> {
  const row = await portal.database.db
    .selectFrom('faq_entries')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the FAQ', () => {
  it('lists the seeded answers by category, in the user’s language, each at its own address', async () => {
    const nl = await get('/faq');
    expect(nl.statusCode).toBe(200);
    for (const heading of [
      'Inloggen en eHerkenning',
      'Gemachtigden',
      'Aanvragen',
      'Status en documenten',
      'Technische problemen',
    ])
      expect(nl.body).toContain(heading);
    expect(questionLinks(nl.body)).toEqual(
      expect.arrayContaining([
        'wrong-kvk-number',
        'missing-authorisation-or-level',
        'service-not-available',
        'logged-out-while-working',
        'draft-will-not-open',
        'why-no-decision-yet',
        'register-as-representative',
      ]),
    );
    const entry = await get('/faq/missing-authorisation-or-level', en);
    expect(entry.statusCode).toBe(200);
    expect(entry.body).toContain('EH3');
    expect(entry.body).toContain('Immigratie- en Naturalisatiedienst: toegang tot het portaal');
    expect(entry.body).toContain('<a class="nl-link" href="/logging-in">/logging-in</a>');
    const loggedOut = await get('/faq/logged-out-while-working', en);
    expect(loggedOut.body).toContain('15 minutes');
    expect(loggedOut.body).toContain('Your draft applications are kept');
    const reps = await get('/faq/register-as-representative');
    expect(reps.body).toContain('5 werkdagen');
    const refresh = await get('/faq/why-no-decision-yet', en);
    expect(refresh.body).toContain('once a day');
    expect((await get('/faq/no-such-question')).statusCode).toBe(404);
  });

  it('search finds answers by words in either language, whatever the page language', async () => {
    const dutchWordOnEnglishPage = await get(`/faq?q=${encodeURIComponent('uitgelogd')}`, en);
    expect(questionLinks(dutchWordOnEnglishPage.body)).toContain('logged-out-while-working');
    expect(dutchWordOnEnglishPage.body).toContain('I was logged out while I was working');

    const englishWordsOnDutchPage = await get(`/faq?q=${encodeURIComponent('decision refresh')}`);
    expect(questionLinks(englishWordsOnDutchPage.body)).toEqual(['why-no-decision-yet']);
    expect(englishWordsOnDutchPage.body).toContain('Waarom zie ik mijn beslissing nog niet?');

    const caseInsensitive = await get('/faq?q=KVK-NUMMER');
    expect(questionLinks(caseInsensitive.body)).toContain('wrong-kvk-number');

    const nothing = await get(`/faq?q=${encodeURIComponent('xylofoon')}`, en);
    expect(nothing.body).toContain('No answers found for &#x27;xylofoon&#x27;');
    expect(questionLinks(nothing.body)).toEqual([]);

    // LIKE wildcards in the query are taken literally, not as "match everything".
    const wildcard = await get(`/faq?q=${encodeURIComponent('%% __')}`, en);
    expect(questionLinks(wildcard.body)).toEqual([]);
  });

  it('search is limited per client: a burst gets 429 for the sender only', async () => {
    let limited = 0;
    for (let i = 0; i < 65; i++) {
      const response = await portal.app.inject({
        method: 'GET',
        url: '/faq?q=eherkenning',
        remoteAddress: '10.20.0.1',
      });
      if (response.statusCode === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
    const other = await portal.app.inject({
      method: 'GET',
      url: '/faq?q=eherkenning',
      remoteAddress: '10.20.0.2',
    });
    expect(other.statusCode).toBe(200);
  });
});

describe('staff maintain the FAQ', () => {
  // The tests of the public FAQ read the seeded answers: put back the one edited here.
  afterAll(async () => {
    await portal.database.db.deleteFrom('faq_entries').where('slug', '=', 'why-no-decision-yet').execute();
    await seedFaq(portal.database.db);
  });

  it('an edit by staff shows in the portal at once, and HTML in it is shown as text, never rendered', async () => {
    const id = await entryId('why-no-decision-yet');
    const response = await staffPost(`/backoffice/faq/${id}`, `/backoffice/faq/${id}`, {
      slug: 'why-no-decision-yet',
      category: 'status',
      position: '10',
      question_nl: 'Waarom zie ik mijn beslissing nog niet?',
      question_en: "Why don't I see my decision yet?",
      answer_nl:
        'Nieuwe uitleg over de dagelijkse verversing. <script>alert(1)</script>\n\nZie https://ind.nl/zakelijk.',
      answer_en: 'New explanation of the daily refresh. <img src=x onerror=alert(1)>',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/backoffice/faq/${id}?done=saved`);

    const nl = await get('/faq/why-no-decision-yet');
    expect(nl.body).toContain('Nieuwe uitleg over de dagelijkse verversing.');
    expect(nl.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(nl.body).not.toContain('<script>alert');
    expect(nl.body).toContain(
      '<a class="nl-link" href="https://ind.nl/zakelijk">https://ind.nl/zakelijk</a>.',
    );
    const english = await get('/faq/why-no-decision-yet', en);
    expect(english.body).toContain('New explanation of the daily refresh.');
    expect(english.body).not.toContain('<img');
    const found = await get(`/faq?q=${encodeURIComponent('explanation')}`);
    expect(questionLinks(found.body)).toEqual(['why-no-decision-yet']);

    const audit = await portal.database.db
      .selectFrom('audit_log')
      .select(['event', 'staff_user'])
      .where('object_id', '=', id)
      .execute();
    expect(audit).toContainEqual({ event: 'support.faq.updated', staff_user: 'staff-1' });
  });

  it('creates a question, which is unpublished until staff publish it, and can be unpublished again', async () => {
    const created = await staffPost('/backoffice/faq/new', '/backoffice/faq', {
      slug: 'which-browsers',
      category: 'technical',
      position: '30',
      question_nl: 'Welke browsers werken?',
      question_en: 'Which browsers work?',
      answer_nl: 'De laatste versies van gangbare browsers.',
      answer_en: 'The latest versions of common browsers.',
    });
    expect(created.statusCode).toBe(303);
    const id = await entryId('which-browsers');
    expect((await get('/faq/which-browsers')).statusCode).toBe(404);
    expect(questionLinks((await get('/faq')).body)).not.toContain('which-browsers');

    const publish = await staffPost(`/backoffice/faq/${id}`, `/backoffice/faq/${id}/publication`, {
      published: 'true',
    });
    expect(publish.statusCode).toBe(303);
    expect((await get('/faq/which-browsers', en)).body).toContain('The latest versions of common browsers.');

    await staffPost(`/backoffice/faq/${id}`, `/backoffice/faq/${id}/publication`, { published: 'false' });
    expect((await get('/faq/which-browsers')).statusCode).toBe(404);
  });

  it('refuses a bad slug, a slug in use, a missing text and a too long answer, keeping the input', async () => {
    const bad = await staffPost('/backoffice/faq/new', '/backoffice/faq', {
      slug: 'Not A Slug',
      category: 'nonsense',
      position: 'first',
      question_nl: 'Vraag',
      question_en: '',
      answer_nl: 'x'.repeat(10_001),
      answer_en: 'Answer',
    });
    expect(bad.statusCode).toBe(400);
    // D12: every message names its field and says what to do (not "Vul dit veld in" four times).
    expect(bad.body).toContain('Vul bij Adres (slug) alleen kleine letters, cijfers en streepjes in');
    expect(bad.body).toContain('Kies bij Categorie onder welk onderwerp de vraag staat');
    expect(bad.body).toContain('Vul bij Volgorde binnen de categorie een heel getal van 0 tot 10000 in');
    expect(bad.body).toContain('Vul de vraag in het Engels in.');
    expect(bad.body).toContain(
      'Het antwoord in het Nederlands mag hoogstens 10000 tekens hebben. Maak het korter.',
    );
    expect(bad.body).not.toContain('Vul dit veld in');
    expect(bad.body).toContain('value="Not A Slug"');

    const taken = await staffPost('/backoffice/faq/new', '/backoffice/faq', {
      slug: 'wrong-kvk-number',
      category: 'login',
      position: '1',
      question_nl: 'Vraag',
      question_en: 'Question',
      answer_nl: 'Antwoord',
      answer_en: 'Answer',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Er is al een vraag met dit Adres (slug). Kies een ander adres.');
  });

  it('the FAQ back office is for Team Zakelijk and administrators only', async () => {
    const business = await loginAs(portal, EMPLOYER);
    expect((await get('/backoffice/faq', { cookie: business })).statusCode).toBe(403);
    const officer = await staffSession(portal, { roles: ['case_officer'], userId: 'officer-2' });
    expect((await get('/backoffice/faq', { cookie: officer })).statusCode).toBe(403);
    const admin = await staffSession(portal, { roles: ['administrator'], userId: 'admin-1' });
    expect((await get('/backoffice/faq', { cookie: admin })).statusCode).toBe(200);
  });
});

describe('the information pages', () => {
  it('services: the seed’s list and who may use which, in both languages', async () => {
    const page = await get('/services', en);
    expect(page.statusCode).toBe(200);
    for (const text of [
      'Submit applications',
      'View the status of your submitted applications',
      'Register or de-register an employee',
      'View account information',
      'Access file documents',
      'Only recognised sponsors and their representatives (with a chain authorisation or a registered authorisation)',
      'My IND',
    ])
      expect(page.body).toContain(text);
    expect((await get('/services')).body).toContain('Alleen erkende referenten');
  });

  it('logging in: EH3, the service name, how to apply, and chain authorisations for intermediaries', async () => {
    const page = await get('/logging-in', en);
    expect(page.body).toContain('EH3');
    expect(page.body).toContain('Immigratie- en Naturalisatiedienst: toegang tot het portaal');
    expect(page.body).toContain('How to apply for eHerkenning');
    expect(page.body).toContain('Intermediaries: chain authorisation');
    expect(page.body).toContain('href="https://www.eherkenning.nl"');
  });

  it('authorised representatives: registration in the portal, processed by Team Zakelijk within 5 working days', async () => {
    const page = await get('/representatives', en);
    expect(page.body).toContain('Within 5 working days');
    expect(page.body).toContain('Team Zakelijk processes your registration');
    expect(page.body).toContain('href="/authorisations/new"');
    expect((await get('/representatives')).body).toContain('Binnen 5 werkdagen');
  });

  it('accessibility, privacy and contact say what they must', async () => {
    // The digitoegankelijk.nl format: status, how it was drawn up, known problems, feedback,
    // enforcement and date; no claim about tasks the portal does not have.
    const a11y = await get('/accessibility', en);
    for (const part of [
      'Compliance status',
      'Status C: first measures taken.',
      'How this statement was drawn up',
      'What does not work well yet',
      'Feedback and contact',
      'Enforcement procedure',
      'National Ombudsman',
      'Date of this statement',
      'WCAG',
    ])
      expect(a11y.body).toContain(part);
    const nl = await get('/accessibility');
    expect(nl.body).toContain('Nalevingsstatus');
    expect(nl.body).toContain('Handhavingsprocedure');
    expect(nl.body).not.toContain('werknemer aan- of afmelden');
    // D26: the home page's title is the portal's name once.
    const home = await get('/');
    expect(home.body).toContain('<title>Portaal Zakelijk</title>');
    const privacy = await get('/privacy', en);
    expect(privacy.body).toContain('When you report a problem');
    const contact = await get('/contact', en);
    expect(contact.body).toContain('href="/faq"');
    expect(contact.body).toContain('href="/report-a-problem"');
  });
});
