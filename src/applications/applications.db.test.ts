import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAs, loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import {
  browserFor,
  completeAndSubmit,
  completeUpToDeclaration,
  samplePdf,
  startApplication,
  validAnswers,
} from '../../test/helpers/applications.ts';
import { CATALOGUE, feeClassOf, findType, requiredDocuments } from './catalogue/catalogue.ts';
import { addDays, addMonths } from './forms/dates.ts';
import { HANDOVER_JOB } from './service.ts';
import { createSmtpMailer } from '../platform/mail/mailer.ts';
import { deliver, DELIVER_JOB } from '../platform/mail/outbox.ts';
import { startSmtpServer } from '../../test/helpers/smtp.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let UNIVERSITY: string;
let NON_RECOGNISED: string;
let RESEARCH: string;
let AU_PAIR: string;
beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  UNIVERSITY = (await makeOrganisation(portal, { recognised: ['study', 'research'] })).kvk;
  NON_RECOGNISED = (await makeOrganisation(portal, { recognised: [] })).kvk;
  RESEARCH = (await makeOrganisation(portal, { recognised: ['research'] })).kvk;
  AU_PAIR = (await makeOrganisation(portal, { recognised: ['exchange'] })).kvk;
});
afterAll(async () => portal.close());

/** The organisation recognised for a type's purpose (the employer for the work types). */
const organisationFor = (code: string): string =>
  ({ researcher: RESEARCH, study: UNIVERSITY, au_pair: AU_PAIR, exchange: AU_PAIR })[code] ?? EMPLOYER;

const today = () => amsterdamToday(new Date());

describe('recognition and draft expiry (issue 13, finding 4)', () => {
  const setResearch = async (state: 'active' | 'suspended') => {
    const org = await portal.database.db
      .selectFrom('organisations')
      .select('id')
      .where('kvk_number', '=', RESEARCH)
      .executeTakeFirstOrThrow();
    await portal.database.db
      .updateTable('recognitions')
      .set({ state })
      .where('organisation_id', '=', org.id)
      .where('category', '=', 'research')
      .execute();
  };

  it('a draft whose recognition was suspended after it was started is not submitted', async () => {
    const browser = await browserAs(portal, RESEARCH);
    const id = await completeUpToDeclaration(browser, 'researcher');
    await setResearch('suspended');
    try {
      const submitted = await browser.post(`/applications/${id}/declaration`, { declaration: 'agreed' });
      expect(submitted.statusCode).toBe(303);
      expect(submitted.headers.location).toBe('/recognition-required');
      const row = await portal.database.db
        .selectFrom('applications')
        .select(['state', 'reference'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ state: 'draft', reference: null });
    } finally {
      await setResearch('active');
    }
  });

  it('viewing a draft does not reset its 60-day expiry', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    const longAgo = new Date(Date.now() - 50 * 24 * 3600 * 1000);
    await portal.database.db
      .updateTable('applications')
      .set({ updated_at: longAgo })
      .where('id', '=', id)
      .execute();
    for (const url of [
      `/applications/${id}/pages/personal`,
      `/applications/${id}/documents`,
      `/applications/${id}/check`,
    ])
      expect((await browser.get(url)).statusCode).toBe(200);
    const row = await portal.database.db
      .selectFrom('applications')
      .select('updated_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(new Date(row.updated_at).getTime()).toBe(longAgo.getTime());
  });
});

describe('each application type can be filled in completely and submitted', () => {
  for (const type of CATALOGUE.types) {
    it(`${type.code}: every page, every required document, declaration, confirmation with a reference`, async () => {
      const cookie = await loginAs(portal, organisationFor(type.code));
      const browser = await browserFor(portal, cookie);
      const { id, reference } = await completeAndSubmit(browser, type.code);
      const row = await portal.database.db
        .selectFrom('applications')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.state).toBe('submitted');
      expect(row.reference).toBe(reference);
      // The fee of the year of filing and the type's class (2026: work €423, spouse €254, …).
      const year = Number(today().slice(0, 4));
      const fees = CATALOGUE.years[year]?.fees;
      if (!fees) throw new Error(`no amounts for ${year}`);
      expect(row.fee_cents).toBe(fees[feeClassOf(type, row.answers)].cents);
      expect(row.fee_year).toBe(year);
      expect(row.payment_method).toBe('direct_debit');
      for (const pageId of type.pages) expect(Object.keys(row.answers)).toContain(pageId);
    });
  }
});

describe('the catalogue', () => {
  it('shows a non-recognised employer only what it may submit, and where the rest is filed', async () => {
    const browser = await browserAs(portal, NON_RECOGNISED);
    const page = await browser.get('/applications');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="eu_blue_card"');
    expect(page.body).toContain('value="intra_corporate_transferee"');
    expect(page.body).toContain('value="family_member"');
    for (const code of [
      'hsm_entry_mvv',
      'hsm_residence',
      'hsm_change_purpose',
      'hsm_extension',
      'researcher',
      'study',
      'au_pair',
      'exchange',
    ]) {
      expect(page.body).not.toContain(`value="${code}"`);
    }
    expect(page.body).toContain('Mijn IND');
    expect(page.body).toContain('Verblijfsvergunning voor onbepaalde tijd');
  });

  it('refuses to start a type the organisation may not submit (recognition required)', async () => {
    const browser = await browserAs(portal, NON_RECOGNISED);
    const response = await browser.post('/applications', { type: 'hsm_residence' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/applications');
    const unknown = await browser.post('/applications', { type: 'no_such_type' });
    expect(unknown.headers.location).toBe('/applications');
  });

  it('shows a recognised employer the highly skilled migrant types with fee and decision period', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const page = await browser.get('/applications');
    expect(page.body).toContain('value="hsm_entry_mvv"');
    expect(page.body).not.toContain('value="study"');
    expect(page.body).toMatch(/Leges \d{4}: €\s423,00\. Beslistermijn: 90 dagen\./);
  });
});

describe('the form engine over HTTP', () => {
  it('keeps every field and shows an error summary linking to the fields, with status 400', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    const response = await browser.post(`/applications/${id}/pages/personal`, {
      givenNames: 'Priya',
      surname: '',
      dateOfBirth: '2001-02-30',
      nationality: 'ATA',
      passportNumber: 'P1234567',
      bsn: '123456789',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#surname"');
    expect(response.body).toContain('href="#dateOfBirth"');
    expect(response.body).toContain('href="#nationality"');
    expect(response.body).toContain('href="#bsn"');
    expect(response.body).toContain('value="Priya"');
    // The date as typed, day by day: never erased, never turned into 2 March.
    expect(response.body).toMatch(/id="dateOfBirth"[^>]*name="dateOfBirth-day" value="30"/);
    expect(response.body).toMatch(/name="dateOfBirth-month" value="2"/);
    // Each message names its field (D12), and the error summary sits above the heading.
    expect(response.body).toContain('Geboortedatum moet een bestaande datum zijn');
    expect(response.body.indexOf('id="error-summary"')).toBeLessThan(response.body.indexOf('<h1'));
    expect(response.body).toContain('value="123456789"');
    expect(response.body).toContain('elfproef');
    expect(response.body).toContain('Stap 1 van 6');
  });

  it('answers wrong types, over-long strings and unknown enum values with 400, never 500', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    const arrays = await browser.post(`/applications/${id}/pages/personal`, {
      givenNames: ['a', 'b'],
      surname: 'x'.repeat(5000),
      'dateOfBirth-day': 'yesterday',
      nationality: 'NLD',
      passportNumber: 'P1234567',
    });
    expect(arrays.statusCode).toBe(400);
    expect(arrays.body).toContain('De waarde bij Voornamen kunnen we niet verwerken');
    expect(arrays.body).toContain('Achternaam mag hoogstens 100 tekens lang zijn');
    expect(arrays.body).toContain('Vul bij Geboortedatum ook');
    await browser.post(
      `/applications/${id}/pages/personal`,
      validAnswers(today(), addDays, addMonths).personal,
    );
    const enumValue = await browser.post(`/applications/${id}/pages/employment`, {
      ...validAnswers(today(), addDays, addMonths).employment,
      reducedCriterion: 'maybe',
    });
    expect(enumValue.statusCode).toBe(400);
    expect(enumValue.body).toContain('een van de mogelijkheden');
    const json = await portal.app.inject({
      method: 'POST',
      url: `/applications/${id}/pages/employment`,
      headers: {
        cookie: await loginAs(portal, EMPLOYER),
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ _csrf: browser.token, jobTitle: { nested: true } }),
    });
    expect(json.statusCode).toBeLessThan(500);
  });

  it('ignores fields that are not on the page (the schema is the allow-list)', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    await browser.post(`/applications/${id}/pages/personal`, {
      ...validAnswers(today(), addDays, addMonths).personal,
      organisation_id: '00000000-0000-0000-0000-000000000000',
      isAdmin: 'true',
    });
    const row = await portal.database.db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Object.keys(row.answers.personal ?? {})).not.toContain('isAdmin');
    expect(Object.keys(row.answers.personal ?? {})).not.toContain('organisation_id');
    expect(row.answers.personal?.passportNumber).toBe('P1234567');
  });

  it('names the income criterion and the amount of the year when the salary is too low', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    await browser.post(
      `/applications/${id}/pages/personal`,
      validAnswers(today(), addDays, addMonths).personal,
    );
    const response = await browser.post(`/applications/${id}/pages/employment`, {
      ...validAnswers(today(), addDays, addMonths).employment,
      grossMonthlySalary: '3000',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(
      /Salariscriterium kennismigrant \d{4}, 30 jaar of ouder: het bruto maandsalaris moet minstens €\s[\d.]+,\d\d zijn/,
    );
    expect(response.body).toContain('value="3000"');
  });
});

describe('drafts', () => {
  it('are saved at every step, listed with employee, type and last change, and resume at the same step', async () => {
    const cookie = await loginAs(portal, EMPLOYER);
    const browser = await browserFor(portal, cookie);
    const id = await startApplication(browser, 'hsm_entry_mvv');
    await browser.post(`/applications/${id}/pages/personal`, {
      ...validAnswers(today(), addDays, addMonths).personal,
      givenNames: 'Wei',
      surname: 'Zhang',
    });
    await browser.get(`/applications/${id}/pages/travel`);
    // A new session (after logout or expiry) of the same organisation finds the draft.
    const later = await browserAs(portal, EMPLOYER);
    const list = await later.get('/applications/drafts');
    expect(list.body).toContain('Wei Zhang');
    expect(list.body).toContain('Kennismigrant – toegang en verblijf (TEV, met mvv)');
    const resume = await later.get(`/applications/${id}`);
    expect(resume.statusCode).toBe(303);
    expect(resume.headers.location).toBe(`/applications/${id}/pages/travel`);
    const personal = await later.get(`/applications/${id}/pages/personal`);
    expect(personal.body).toContain('value="Wei"');
  });

  it('"save and finish later" stores the page and returns to the list', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    const response = await browser.post(`/applications/${id}/pages/personal`, {
      ...validAnswers(today(), addDays, addMonths).personal,
      action: 'save',
    });
    expect(response.headers.location).toBe('/applications/drafts?done=saved');
    expect((await browser.get(`/applications/${id}`)).headers.location).toBe(
      `/applications/${id}/pages/personal`,
    );
  });

  it('"save and finish later" keeps a half-filled, invalid page as typed, and checks it only on continue (D2)', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'family_member', {
      givenNames: 'Mei',
      surname: "O'Neill-Lin",
      'dateOfBirth-day': '17',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '1992',
      passportNumber: 'no!',
      action: 'save',
    });
    const drafts = await browser.get('/applications/drafts');
    expect(drafts.body).toContain('Mei O&#x27;Neill-Lin');
    const page = await browser.get(`/applications/${id}/pages/personal`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Mei"');
    expect(page.body).toMatch(/name="dateOfBirth-day"[^>]*value="17"/);
    expect(page.body).toMatch(/name="dateOfBirth-year"[^>]*value="1992"/);
    expect(page.body).toContain('value="no!"');
    expect(page.body).not.toContain('id="error-summary"');
    // The check page does not take the kept page as complete.
    const check = await browser.get(`/applications/${id}/check`);
    expect(check.body).not.toContain(`/applications/${id}/declaration"`);
    // Continue checks everything at once, and names what is missing.
    const next = await browser.post(`/applications/${id}/pages/personal`, {
      givenNames: 'Mei',
      surname: "O'Neill-Lin",
      'dateOfBirth-day': '17',
      'dateOfBirth-year': '1992',
      passportNumber: 'no!',
    });
    expect(next.statusCode).toBe(400);
    expect(next.body).toContain('Vul bij Geboortedatum ook de maand in.');
    expect(next.body).toContain('href="#passportNumber"');
    expect(next.body).toContain('href="#nationality"');
  });

  it('"start" stores nothing: the draft is made at the first save, and an empty save makes none (D13)', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const count = async () =>
      (
        await portal.database.db
          .selectFrom('applications')
          .innerJoin('organisations', 'organisations.id', 'applications.organisation_id')
          .select('applications.id')
          .where('organisations.kvk_number', '=', EMPLOYER)
          .execute()
      ).length;
    const before = await count();
    for (let i = 0; i < 3; i += 1) {
      const started = await browser.post('/applications', { type: 'hsm_residence' });
      expect(started.headers.location).toBe('/applications/new/hsm_residence');
    }
    const form = await browser.get('/applications/new/hsm_residence');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('action="/applications/new/hsm_residence"');
    const empty = await browser.post('/applications/new/hsm_residence', { action: 'save' });
    expect(empty.headers.location).toBe('/applications/drafts?done=nothing');
    const invalid = await browser.post('/applications/new/hsm_residence', { givenNames: 'Mei' });
    expect(invalid.statusCode).toBe(400);
    expect(await count()).toBe(before);
    await browser.post('/applications/new/hsm_residence', { givenNames: 'Mei', action: 'save' });
    expect(await count()).toBe(before + 1);
    const drafts = await browser.get('/applications/drafts');
    expect(drafts.body).toContain('door u');
  });

  it('deleting a draft asks first, without JavaScript, and then says what was done (D14)', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    const confirm = await browser.get(`/applications/${id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Weet u zeker dat u deze aanvraag wilt verwijderen?');
    expect(confirm.body).toContain('Priya Sharma');
    expect((await browser.get(`/applications/${id}`)).statusCode).toBe(303);
    const deleted = await browser.post(`/applications/${id}/delete`, {});
    expect(deleted.headers.location).toBe('/applications/drafts?done=deleted');
    const list = await browser.get('/applications/drafts?done=deleted');
    expect(list.body).toContain('De opgeslagen aanvraag is verwijderd');
  });

  it('can be deleted, with their files', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'hsm_residence');
    await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      { filename: 'p.pdf', content: samplePdf() },
    );
    const deleted = await browser.post(`/applications/${id}/delete`, {});
    expect(deleted.statusCode).toBe(303);
    expect((await browser.get(`/applications/${id}`)).statusCode).toBe(404);
    const files = await portal.database.db
      .selectFrom('application_attachments')
      .select('id')
      .where('application_id', '=', id)
      .execute();
    expect(files).toEqual([]);
  });
});

describe('submission', () => {
  it('a double submit (double click, back button, retry) yields one reference, one mail, one case', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const { id, reference } = await completeAndSubmit(browser, 'hsm_residence');
    const again = await browser.post(`/applications/${id}/declaration`, { declaration: 'agreed' });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`/applications/${id}/confirmation`);
    const back = await browser.get(`/applications/${id}/pages/personal`);
    expect(back.headers.location).toBe(`/applications/${id}/confirmation`);

    const mails = await portal.database.db
      .selectFrom('outbox')
      .select('payload')
      .where('topic', '=', 'mail')
      .execute();
    expect(mails.filter((m) => JSON.stringify(m.payload).includes(reference))).toHaveLength(1);

    // The hand-over job, run twice (a retry), takes the application in once.
    const service = portal.services.applications;
    await service.handOver(id);
    await service.handOver(id);
    const cases = await portal.database.db
      .selectFrom('cs_cases')
      .selectAll()
      .where('application_id', '=', id)
      .execute();
    expect(cases).toHaveLength(1);
    expect(cases[0]?.case_number).toBe(reference);
    // The case system writes only its own tables: the portal sees the case after a refresh.
    const readModel = await portal.database.db
      .selectFrom('cases')
      .selectAll()
      .where('case_number', '=', reference)
      .execute();
    expect(readModel).toHaveLength(0);
    const documents = await portal.database.db
      .selectFrom('cs_documents')
      .select('kind')
      .where('case_id', '=', cases[0]?.id ?? '')
      .execute();
    expect(documents.map((d) => d.kind).sort()).toEqual(
      expect.arrayContaining(['acknowledgement', 'application', 'attachment']),
    );
    expect(documents.filter((d) => d.kind === 'application')).toHaveLength(1);
    const jobs = await portal.database.db
      .selectFrom('pgboss.job' as never)
      .select(['name' as never])
      .where('name' as never, '=', HANDOVER_JOB as never)
      .execute();
    expect(jobs.length).toBeGreaterThanOrEqual(1);
  });

  it('concurrent submits of one application give one reference', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const type = findType('eu_blue_card');
    if (!type) throw new Error('type');
    const answers = validAnswers(today(), addDays, addMonths);
    const id = await startApplication(browser, 'eu_blue_card');
    for (const pageId of type.pages)
      await browser.post(`/applications/${id}/pages/${pageId}`, answers[pageId]);
    for (const documentType of requiredDocuments(type, { blueCard: answers.blueCard })) {
      await browser.upload(
        `/applications/${id}/documents`,
        { documentType },
        { filename: 'a.pdf', content: samplePdf() },
      );
    }
    const results = await Promise.all(
      [1, 2, 3].map(() => browser.post(`/applications/${id}/declaration`, { declaration: 'agreed' })),
    );
    for (const r of results) expect(r.statusCode).toBe(303);
    const row = await portal.database.db
      .selectFrom('applications')
      .select('reference')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const mails = await portal.database.db.selectFrom('outbox').select('payload').execute();
    expect(mails.filter((m) => JSON.stringify(m.payload).includes(row.reference ?? 'none'))).toHaveLength(1);
  });

  it('refuses to submit without the declaration, keeping the application as it was', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const id = await startApplication(browser, 'family_member');
    const response = await browser.post(`/applications/${id}/declaration`, {});
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vink de verklaring aan');
    const incomplete = await browser.post(`/applications/${id}/declaration`, { declaration: 'agreed' });
    expect(incomplete.headers.location).toBe(`/applications/${id}/check`);
  });

  it('a submission that fails after its receipt was stored leaves no receipt file behind', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const receipts = () => {
      const folder = join(portal.config.uploads.dir, 'mail');
      return existsSync(folder) ? readdirSync(folder) : [];
    };
    const before = receipts();
    const send = portal.jobs.send.bind(portal.jobs);
    portal.jobs.send = (name, data, options) =>
      name === DELIVER_JOB ? Promise.reject(new Error('queue unavailable')) : send(name, data, options);
    try {
      await expect(completeAndSubmit(browser, 'hsm_residence')).rejects.toThrow();
    } finally {
      portal.jobs.send = send;
    }
    expect(receipts()).toEqual(before);
  });

  it('the receipt is a PDF download with the reference, and the confirmation mail carries it', async () => {
    const browser = await browserAs(portal, EMPLOYER);
    const { id, reference } = await completeAndSubmit(browser, 'hsm_entry_mvv');
    const receipt = await browser.get(`/applications/${id}/receipt.pdf`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(String(receipt.headers['content-disposition'])).toBe(
      `attachment; filename="ontvangstbevestiging-${reference}.pdf"`,
    );
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // D20: a tagged PDF in Dutch with a structure tree and its title shown (PDF/UA-1 declared).
    const pdf = receipt.rawPayload.toString('latin1');
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toContain('/Marked true');
    expect(pdf).toContain('/Lang (nl-NL)');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const mail = await portal.database.db
      .selectFrom('outbox')
      .select('payload')
      .where('topic', '=', 'mail')
      .orderBy('created_at', 'desc')
      .select('id')
      .executeTakeFirstOrThrow();
    const payload = mail.payload as { to: string; subject: string; attachments: { filename: string }[] };
    expect(payload.to).toBe(`hr-${EMPLOYER}@example.com`);
    expect(payload.subject).toContain(reference);
    expect(payload.attachments[0]?.filename).toBe(`ontvangstbevestiging-${reference}.pdf`);
    // The receipt holds passport numbers and BSNs: the outbox row keeps only a file key.
    const stored = JSON.stringify(payload);
    expect(stored).not.toContain(Buffer.from('%PDF-').toString('base64').slice(0, 6));
    expect(stored).not.toContain('contentBase64');

    const smtp = await startSmtpServer();
    try {
      const mailer = createSmtpMailer(smtp.url, 'IND <noreply@ind.example>');
      expect(await deliver({ ...portal.outbox, mailer }, mail.id)).toBe('sent');
      const attachment = smtp.received[0]?.attachments[0];
      expect(attachment?.filename).toBe(`ontvangstbevestiging-${reference}.pdf`);
      expect(attachment?.contentType).toBe('application/pdf');
      expect(attachment?.content.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await smtp.close();
    }
  });
});
