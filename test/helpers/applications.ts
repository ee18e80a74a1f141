import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { findType, requiredDocuments } from '../../src/applications/catalogue/catalogue.ts';
import { addDays, addMonths } from '../../src/applications/forms/dates.ts';
import { amsterdamToday } from '../../src/platform/time/working-days.ts';
import type { TestPortal } from './portal.ts';
import { asTyped } from './forms.ts';
import { fieldsAndFile } from './multipart.ts';
import { csrfFrom } from './portal.ts';

/**
 * Drives the application journey through the HTTP app (inject), as a browser would: GET a
 * page for the CSRF token, POST forms, upload multipart files.
 */
export interface Browser {
  get(
    url: string,
  ): Promise<{ statusCode: number; body: string; headers: Record<string, unknown>; rawPayload: Buffer }>;
  post(
    url: string,
    fields: Record<string, string | string[]>,
  ): Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
  upload(
    url: string,
    fields: Record<string, string>,
    file?: { filename: string; content: Buffer; contentType?: string },
  ): Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
  token: string;
  /** The session and CSRF cookies the browser sends. */
  cookie: string;
}

export async function browserFor(portal: TestPortal, sessionCookie: string): Promise<Browser> {
  const first = await portal.app.inject({
    method: 'GET',
    url: '/applications',
    headers: { cookie: sessionCookie },
  });
  const { cookie: csrfCookie, token } = csrfFrom(first);
  const cookie = `${sessionCookie}; ${csrfCookie}`;
  return {
    token,
    cookie,
    async get(url) {
      const response = await portal.app.inject({ method: 'GET', url, headers: { cookie } });
      return {
        statusCode: response.statusCode,
        body: response.body,
        headers: response.headers,
        rawPayload: response.rawPayload,
      };
    },
    async post(url, fields) {
      const params = new URLSearchParams();
      params.append('_csrf', token);
      for (const [key, value] of Object.entries(asTyped(fields))) {
        for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
      }
      const response = await portal.app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: params.toString(),
      });
      return { statusCode: response.statusCode, body: response.body, headers: response.headers };
    },
    async upload(url, fields, file) {
      const { payload, contentType } = fieldsAndFile({ _csrf: token, ...fields }, file);
      const response = await portal.app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'content-type': contentType },
        payload,
      });
      return { statusCode: response.statusCode, body: response.body, headers: response.headers };
    },
  };
}

/** A small valid PDF, padded with a comment to `size` bytes if asked. */
export function samplePdf(size = 0, extra = ''): Buffer {
  const body = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n${extra}trailer\n<< /Root 1 0 R >>\n`;
  const end = '%%EOF\n';
  const head = Buffer.from(body);
  const padding = Math.max(0, size - head.length - end.length);
  return Buffer.concat([
    head,
    Buffer.from(`%${'x'.repeat(Math.max(0, padding - 2))}\n`.slice(0, padding)),
    Buffer.from(end),
  ]);
}

/** A 1×1 PNG. */
export function samplePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JPEG (JFIF), enough for content sniffing. */
export function sampleJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
      0x01, 0x00, 0x00,
    ]),
    randomBytes(200),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A Windows executable header (what a renamed .exe starts with). */
export function sampleExe(): Buffer {
  const buffer = Buffer.alloc(512);
  buffer.write('MZ', 0, 'latin1');
  buffer.writeUInt32LE(0x80, 0x3c);
  buffer.write('PE\0\0', 0x80, 'latin1');
  return buffer;
}

/**
 * Answers that pass every rule for each page, relative to today (no fixed dates to go stale).
 * The current permit expires this year at the latest: an extension's income criterion is
 * that of its effective date (the day after expiry), and next year's amounts are only in the
 * catalogue once the IND has published them.
 */
export function validAnswers(
  today: string,
  addDays: (d: string, n: number) => string,
  addMonths: (d: string, n: number) => string,
) {
  const start = addDays(today, 30);
  const lastDayButOne = `${today.slice(0, 4)}-12-30`;
  const expiry = addDays(today, 60) < lastDayButOne ? addDays(today, 60) : lastDayButOne;
  return {
    personal: {
      givenNames: 'Priya',
      surname: 'Sharma',
      dateOfBirth: '1985-05-01',
      nationality: 'IND',
      passportNumber: 'p1234567',
      vNumber: '',
      bsn: '',
    },
    antecedents: { antecedents: 'signedNone' },
    travel: { mvvCountry: 'IND', mvvCity: 'New Delhi' },
    mvv: { mvv: 'apply', mvvCountry: 'IND', mvvCity: 'New Delhi' },
    currentPermit: { permitNumber: 'NLA123456', permitExpiry: expiry < today ? today : expiry },
    employment: {
      jobTitle: 'Data engineer',
      startDate: start,
      contractType: 'permanent',
      grossMonthlySalary: '7.000,00',
      reducedCriterion: 'no',
    },
    blueCard: {
      jobTitle: 'Software architect',
      startDate: start,
      grossMonthlySalary: '7000',
      contractMonths: '24',
      qualification: 'diploma',
      loweredCriterion: 'none',
    },
    transfer: {
      jobTitle: 'Process specialist',
      role: 'specialist',
      sendingCompany: 'Noordzee India Pvt Ltd',
      sendingCountry: 'IND',
      groupEmploymentStart: addMonths(today, -24),
      grossMonthlySalary: '7000',
      startDate: start,
      endDate: addMonths(start, 24),
    },
    research: {
      projectTitle: 'Delta flood resilience',
      hostingAgreementDate: addDays(today, -10),
      startDate: start,
      funding: ['salary', 'grant'],
    },
    study: { programme: 'MSc Water Management', level: 'master', startDate: start },
    auPair: {
      hostFamilyName: 'Familie de Vries',
      hostFamilyCity: 'Haarlem',
      previousExchange: 'no',
      startDate: start,
    },
    exchange: { programme: 'Tulip cultural exchange', startDate: start, endDate: addMonths(start, 6) },
    family: {
      relationship: 'spouse',
      employeeName: 'Rahul Iyer',
      employeePermit: 'hasPermit',
      employeeVNumber: '3000000001',
      startDate: start,
    },
  } satisfies Record<string, Record<string, string | string[]>>;
}

/**
 * Starts an application of the type and returns its id. Starting stores nothing: the draft is
 * made when its first page is saved, here "save and finish later" with the first page's fields
 * (valid personal details unless given).
 */
export async function startApplication(
  browser: Browser,
  type: string,
  firstPage?: Record<string, string | string[]>,
): Promise<string> {
  const started = await browser.post('/applications', { type });
  const location = typeof started.headers.location === 'string' ? started.headers.location : '';
  if (started.statusCode !== 303 || location !== `/applications/new/${type}`)
    throw new Error(`could not start ${type}: ${started.statusCode} ${location}`);
  const today = amsterdamToday(new Date());
  const fields = firstPage ?? validAnswers(today, addDays, addMonths).personal;
  const saved = await browser.post(location, { ...fields, action: 'save' });
  const drafts = await browser.get('/applications/drafts');
  const ids = [...drafts.body.matchAll(/\/applications\/([0-9a-f-]{36})\/delete/g)].map((m) => m[1] ?? '');
  if (saved.statusCode !== 303 || ids.length === 0)
    throw new Error(`could not save the first page of ${type}: ${saved.statusCode}`);
  // The list is newest first.
  return ids[0] ?? '';
}

/** Fills every page of a type with valid answers, uploads each required document, submits. */
export async function completeAndSubmit(
  browser: Browser,
  typeCode: string,
): Promise<{ id: string; reference: string }> {
  const id = await completeUpToDeclaration(browser, typeCode);
  const submitted = await browser.post(`/applications/${id}/declaration`, { declaration: 'agreed' });
  expect(submitted.statusCode).toBe(303);
  expect(submitted.headers.location).toBe(`/applications/${id}/confirmation`);
  const confirmation = await browser.get(`/applications/${id}/confirmation`);
  const reference = /\d{4}-P\d{6}/.exec(confirmation.body)?.[0];
  if (!reference) throw new Error('no reference on the confirmation page');
  return { id, reference };
}

/** Fills every page with valid answers and uploads each required document, up to the declaration page. */
export async function completeUpToDeclaration(browser: Browser, typeCode: string): Promise<string> {
  const today = amsterdamToday(new Date());
  const type = findType(typeCode);
  if (!type) throw new Error(typeCode);
  const answers: Record<string, Record<string, string | string[]>> = validAnswers(today, addDays, addMonths);
  if (typeCode === 'au_pair')
    answers.personal = { ...answers.personal, dateOfBirth: addMonths(today, -12 * 24) };
  if (typeCode === 'hsm_change_purpose')
    answers.currentPermit = { ...answers.currentPermit, permitExpiry: addDays(today, 200) };
  const id = await startApplication(browser, typeCode);
  for (const [index, pageId] of type.pages.entries()) {
    const response = await browser.post(`/applications/${id}/pages/${pageId}`, answers[pageId] ?? {});
    expect(response.statusCode, `${typeCode} page ${pageId}: ${response.body.slice(0, 0)}`).toBe(303);
    const next = type.pages[index + 1];
    expect(response.headers.location).toBe(
      next ? `/applications/${id}/pages/${next}` : `/applications/${id}/documents`,
    );
  }
  for (const [index, documentType] of requiredDocuments(type, answers).entries()) {
    const file =
      index % 2 === 0
        ? { filename: 'scan.pdf', content: samplePdf(2000) }
        : { filename: 'photo.PNG', content: samplePng() };
    const uploaded = await browser.upload(`/applications/${id}/documents`, { documentType }, file);
    expect(uploaded.statusCode, `${typeCode} upload ${documentType}`).toBe(303);
  }
  const check = await browser.get(`/applications/${id}/check`);
  expect(check.statusCode).toBe(200);
  expect(check.body).toContain(`/applications/${id}/declaration`);
  const declaration = await browser.get(`/applications/${id}/declaration`);
  expect(declaration.statusCode).toBe(200);
  return id;
}
