import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAs, loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import {
  browserFor,
  samplePdf,
  startApplication,
  validAnswers,
  type Browser,
} from '../../test/helpers/applications.ts';
import { addDays, addMonths } from './forms/dates.ts';

/**
 * Quality check 2: company A asks for every object id of company B on every route → 404,
 * nothing of B in the body, the attempt logged.
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let AGENCY: string;
let RESEARCH: string;
let a: Browser;
let b: Browser;
let draftOfB: string;
let submittedOfB: string;
let attachmentOfB: string;
let referenceOfB: string;
const SECRET_NAME = 'Geheimenaam';

beforeAll(async () => {
  portal = await createTestPortal();
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  RESEARCH = (await makeOrganisation(portal, { recognised: ['research'] })).kvk;
  a = await browserAs(portal, EMPLOYER);
  b = await browserAs(portal, RESEARCH);
  const answers = validAnswers(amsterdamToday(new Date()), addDays, addMonths);
  const personal = { ...answers.personal, surname: SECRET_NAME };
  draftOfB = await startApplication(b, 'researcher');
  await b.post(`/applications/${draftOfB}/pages/personal`, personal);
  await b.upload(
    `/applications/${draftOfB}/documents`,
    { documentType: 'passport' },
    { filename: 'secret.pdf', content: samplePdf() },
  );
  const row = await portal.database.db
    .selectFrom('application_attachments')
    .select('id')
    .where('application_id', '=', draftOfB)
    .executeTakeFirstOrThrow();
  attachmentOfB = row.id;

  submittedOfB = await startApplication(b, 'researcher');
  await b.post(`/applications/${submittedOfB}/pages/personal`, personal);
  for (const page of ['antecedents', 'mvv', 'research'] as const) {
    await b.post(`/applications/${submittedOfB}/pages/${page}`, answers[page]);
  }
  for (const documentType of ['passport', 'hosting_agreement']) {
    await b.upload(
      `/applications/${submittedOfB}/documents`,
      { documentType },
      { filename: 'x.pdf', content: samplePdf() },
    );
  }
  await b.post(`/applications/${submittedOfB}/declaration`, { declaration: 'agreed' });
  const submitted = await portal.database.db
    .selectFrom('applications')
    .select('reference')
    .where('id', '=', submittedOfB)
    .executeTakeFirstOrThrow();
  referenceOfB = submitted.reference ?? '';
  expect(referenceOfB).toMatch(/P\d{6}$/);
});
afterAll(async () => portal.close());

type Attempt = {
  method: 'GET' | 'POST' | 'UPLOAD';
  route: string;
  url: () => string;
  fields?: Record<string, string>;
};
const ATTEMPTS: Attempt[] = [
  { method: 'GET', route: '/applications/:id', url: () => `/applications/${draftOfB}` },
  { method: 'GET', route: '/applications/:id/delete', url: () => `/applications/${draftOfB}/delete` },
  { method: 'POST', route: '/applications/:id/delete', url: () => `/applications/${draftOfB}/delete` },
  {
    method: 'GET',
    route: '/applications/:id/pages/personal',
    url: () => `/applications/${draftOfB}/pages/personal`,
  },
  {
    method: 'POST',
    route: '/applications/:id/pages/personal',
    url: () => `/applications/${draftOfB}/pages/personal`,
    fields: { surname: 'Hacked' },
  },
  { method: 'GET', route: '/applications/:id/documents', url: () => `/applications/${draftOfB}/documents` },
  {
    method: 'UPLOAD',
    route: '/applications/:id/documents',
    url: () => `/applications/${draftOfB}/documents`,
  },
  {
    method: 'GET',
    route: '/applications/:id/documents/:attachmentId',
    url: () => `/applications/${draftOfB}/documents/${attachmentOfB}`,
  },
  {
    method: 'GET',
    route: '/applications/:id/documents/:attachmentId/delete',
    url: () => `/applications/${draftOfB}/documents/${attachmentOfB}/delete`,
  },
  {
    method: 'POST',
    route: '/applications/:id/documents/:attachmentId/delete',
    url: () => `/applications/${draftOfB}/documents/${attachmentOfB}/delete`,
  },
  { method: 'GET', route: '/applications/:id/check', url: () => `/applications/${draftOfB}/check` },
  {
    method: 'GET',
    route: '/applications/:id/declaration',
    url: () => `/applications/${draftOfB}/declaration`,
  },
  {
    method: 'POST',
    route: '/applications/:id/declaration',
    url: () => `/applications/${draftOfB}/declaration`,
    fields: { declaration: 'agreed' },
  },
  {
    method: 'GET',
    route: '/applications/:id/confirmation',
    url: () => `/applications/${submittedOfB}/confirmation`,
  },
  {
    method: 'GET',
    route: '/applications/:id/receipt.pdf',
    url: () => `/applications/${submittedOfB}/receipt.pdf`,
  },
  {
    method: 'POST',
    route: '/applications/:id/declaration (submitted)',
    url: () => `/applications/${submittedOfB}/declaration`,
    fields: { declaration: 'agreed' },
  },
];

describe('tenant isolation: company A asking for company B’s applications', () => {
  for (const attempt of ATTEMPTS) {
    it(`${attempt.method} ${attempt.route} → 404, nothing of B, audited`, async () => {
      const url = attempt.url();
      const response =
        attempt.method === 'GET'
          ? await a.get(url)
          : attempt.method === 'POST'
            ? await a.post(url, attempt.fields ?? {})
            : await a.upload(url, { documentType: 'passport' }, { filename: 'x.pdf', content: samplePdf() });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(SECRET_NAME);
      expect(response.body).not.toContain('secret.pdf');
      expect(response.body).not.toContain(referenceOfB);
      const logged = await portal.database.db
        .selectFrom('audit_log')
        .select(['event', 'outcome', 'actor_kvk'])
        .where('object_id', 'in', [draftOfB, submittedOfB, attachmentOfB])
        .where('actor_kvk', '=', EMPLOYER)
        .where('request_id', '=', String(response.headers['x-request-id']))
        .execute();
      expect(logged).toEqual([{ event: 'application.lookup', outcome: 'denied', actor_kvk: EMPLOYER }]);
    });
  }

  it('covers every application route that takes an id', () => {
    const covered = new Set(
      ATTEMPTS.map(
        (a) =>
          `${a.method === 'UPLOAD' ? 'POST' : a.method} ${a
            .url()
            .replace(/[0-9a-f-]{36}/g, 'X')
            .replace('/pages/personal', '/pages/:page')}`,
      ),
    );
    const routes = portal.routeTable
      .filter((r) => r.url.startsWith('/applications/:id') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url.replace(/:id|:attachmentId/g, 'X')}`);
    for (const route of routes) expect(covered, route).toContain(route);
  });

  it('B’s application is unchanged, and B still sees it', async () => {
    const rows = await portal.database.db
      .selectFrom('applications')
      .select(['id', 'state', 'answers'])
      .where('id', 'in', [draftOfB, submittedOfB])
      .execute();
    expect(rows).toHaveLength(2);
    const draft = rows.find((r) => r.id === draftOfB);
    expect(draft?.state).toBe('draft');
    expect(draft?.answers.personal?.surname).toBe(SECRET_NAME);
    expect((await b.get(`/applications/${draftOfB}/documents/${attachmentOfB}`)).statusCode).toBe(200);
    const drafts = await a.get('/applications/drafts');
    expect(drafts.body).not.toContain(SECRET_NAME);
  });

  it('malformed ids are simply not found', async () => {
    for (const url of [
      '/applications/not-a-uuid',
      "/applications/1' or '1'='1/check",
      '/applications/00000000-0000-0000-0000-000000000000/receipt.pdf',
    ]) {
      expect((await a.get(url)).statusCode).toBe(404);
    }
  });
});

describe('representatives', () => {
  it('an intermediary under a chain authorisation submits for the sponsor it acts for, and sees only that sponsor’s drafts', async () => {
    const agency = await browserFor(portal, await loginAs(portal, EMPLOYER, { intermediary: AGENCY }));
    const id = await startApplication(agency, 'hsm_residence');
    const row = await portal.database.db
      .selectFrom('applications')
      .innerJoin('organisations', 'organisations.id', 'applications.organisation_id')
      .select(['organisations.kvk_number', 'applications.intermediary_kvk'])
      .where('applications.id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ kvk_number: EMPLOYER, intermediary_kvk: AGENCY });
    expect((await agency.get(`/applications/${draftOfB}`)).statusCode).toBe(404);
    expect((await a.get(`/applications/${id}`)).statusCode).toBe(303);
  });

  it('the agency logged in for itself (not recognised) cannot start a recognised-only type', async () => {
    const agencyItself = await browserAs(portal, AGENCY);
    const response = await agencyItself.post('/applications', { type: 'hsm_residence' });
    expect(response.headers.location).toBe('/applications');
  });
});
