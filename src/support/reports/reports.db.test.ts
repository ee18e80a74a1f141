import { utimes } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { LocalFileStore } from '../../platform/files/file-store.ts';
import { sweepOrphanScreenshots } from './service.ts';
import { SCREENSHOT_PURPOSE } from './upload.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loginAs,
  makeOrganisation,
  makeReport,
  type MadeOrganisation,
} from '../../../test/helpers/factories.ts';
import { createTestPortal, csrfFrom, type TestPortal } from '../../../test/helpers/portal.ts';
import { staffSession } from '../../../test/helpers/sessions.ts';
import { deliver } from '../../platform/mail/outbox.ts';
import { switchLanguageWith } from '../../../test/helpers/kept.ts';
import { multipartBody, type Part } from '../../../test/helpers/multipart.ts';
import { EXE, JPEG, PNG, pngOfSize } from '../testing/multipart.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/helpers/smtp.ts';
import { toAmsterdamLocal } from '../time.ts';

let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let employer: MadeOrganisation;
let EMPLOYER: string;
let NON_RECOGNISED: string;
let RESEARCH: string;
let smtp: TestSmtpServer;
let employerCookie: string;
let researchCookie: string;
let staffCookie: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  portal = await createTestPortal({ DEV_MAILBOX: 'false', SMTP_URL: smtp.url });
  employer = await makeOrganisation(portal, { recognised: ['work'] });
  EMPLOYER = employer.kvk;
  NON_RECOGNISED = (await makeOrganisation(portal, { recognised: [] })).kvk;
  RESEARCH = (await makeOrganisation(portal, { recognised: ['research'] })).kvk;
  employerCookie = await loginAs(portal, EMPLOYER);
  researchCookie = await loginAs(portal, RESEARCH);
  staffCookie = await staffSession(portal, { roles: ['team_zakelijk'] });
});
afterAll(async () => {
  await portal.close();
  await smtp.close();
});

// Each submission comes from its own address, so the per-client rate limit only bites where tested.
let client = 0;
const nextAddress = () => `10.0.${Math.floor(++client / 250)}.${client % 250}`;

const get = (url: string, headers: Record<string, string> = {}) =>
  portal.app.inject({ method: 'GET', url, headers });

interface Fields {
  pageAddress?: string;
  kvkNumber?: string;
  occurredAt?: string;
  description?: string;
  email?: string;
  correlationId?: string;
  errorAt?: string;
}

const valid = (): Required<Fields> => ({
  pageAddress: '/dashboard',
  kvkNumber: EMPLOYER,
  occurredAt: toAmsterdamLocal(new Date(Date.now() - 60_000)),
  description: 'The page shows an error after I click Submit.',
  email: 'hr@example.com',
  correlationId: '',
  errorAt: '',
});

const screenshot = (data: Buffer = PNG, filename = 'error.png', contentType = 'image/png'): Part => ({
  name: 'screenshots',
  filename,
  contentType,
  content: data,
});

/** Opens the form (as the user would), then posts it with the given fields and files. */
async function submit(
  fields: Fields,
  files: Part[],
  options: { cookie?: string; lang?: string; address?: string; csrf?: 'first' | 'missing' } = {},
) {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.lang) headers['accept-language'] = options.lang;
  const page = await get('/report-a-problem/form', headers);
  const { cookie, token } = csrfFrom(page);
  const parts: Part[] = [];
  if (options.csrf !== 'missing') parts.push({ name: '_csrf', value: token });
  for (const [name, value] of Object.entries(fields) as [string, string][]) parts.push({ name, value });
  parts.push(...files);
  const body = multipartBody(parts);
  return portal.app.inject({
    method: 'POST',
    url: '/report-a-problem/form',
    remoteAddress: options.address ?? nextAddress(),
    headers: {
      ...headers,
      cookie: [options.cookie, cookie].filter(Boolean).join('; '),
      'content-type': body.contentType,
    },
    payload: body.payload,
  });
}

async function reportByReference(reference: string) {
  return portal.database.db
    .selectFrom('support_reports')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
}

const referenceOf = (location: unknown) => /reference=(PZ-[A-Z0-9-]+)/.exec(String(location))?.[1] ?? '';

async function deliverAll() {
  const pending = await portal.database.db
    .selectFrom('outbox')
    .select('id')
    .where('delivered_at', 'is', null)
    .orderBy('created_at')
    .execute();
  for (const { id } of pending) await deliver(portal.outbox, id);
}

function storedFiles(): string[] {
  const root = portal.config.uploads.dir;
  try {
    return readdirSync(root).flatMap((dir) => readdirSync(join(root, dir)));
  } catch {
    return [];
  }
}

describe('reporting a problem', () => {
  it('a logged-out user follows "report this problem" from an error page: FAQ step, then a prefilled form', async () => {
    const error = await get('/does-not-exist', { 'accept-language': 'en' });
    expect(error.statusCode).toBe(404);
    const link = /href="(\/report-a-problem\?[^"]+)"/.exec(error.body)?.[1]?.replace(/&amp;/g, '&');
    expect(link).toBeDefined();
    const requestId = String(error.headers['x-request-id']);

    const stepOne = await get(link ?? '', { 'accept-language': 'en' });
    expect(stepOne.statusCode).toBe(200);
    expect(stepOne.body).toContain('Is it your internet provider or eHerkenning supplier?');
    expect(stepOne.body).toContain('The portal uses the KVK number in your eHerkenning means');
    const next = /href="(\/report-a-problem\/form\?[^"]+)"/.exec(stepOne.body)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toContain(`ref=${requestId}`);
    expect(next).toContain('from=%2Fdoes-not-exist');

    const form = await get(next ?? '', { 'accept-language': 'en' });
    expect(form.body).toContain(`name="correlationId" value="${requestId}"`);
    expect(form.body).toContain('name="pageAddress" value="/does-not-exist"');
    expect(form.body).toMatch(/name="occurredAt"[^>]*value="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"/);
    expect(form.body).toMatch(/enctype="multipart\/form-data"/i);
    expect(form.body).toContain(`Your report includes the reference of the error you saw: ${requestId}`);
  });

  it('a logged-out report is stored with the correlation id, mailed to Team Zakelijk with the screenshot, and confirmed to the reporter in English', async () => {
    const errorAt = new Date(Date.now() - 120_000).toISOString();
    const response = await submit(
      {
        ...valid(),
        email: 'reporter@example.com',
        correlationId: 'abc-123',
        errorAt,
        kvkNumber: NON_RECOGNISED,
      },
      [screenshot(), screenshot(JPEG, 'second.jpg', 'image/jpeg')],
      { lang: 'en' },
    );
    expect(response.statusCode).toBe(303);
    const reference = referenceOf(response.headers.location);
    expect(reference).toMatch(/^PZ-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const sent = await get(String(response.headers.location), { 'accept-language': 'en' });
    // The confirmation panel is the h1, with the reference in large type.
    expect(sent.body).toMatch(
      new RegExp(`class="bp-panel".*Your report has been sent.*Your reference.*${reference}`, 's'),
    );

    const row = await reportByReference(reference);
    expect(row.organisation_id).toBeNull();
    expect(row.correlation_id).toBe('abc-123');
    expect(row.error_at?.toISOString()).toBe(errorAt);
    expect(row.language).toBe('en');
    expect(row.state).toBe('new');
    const files = await portal.database.db
      .selectFrom('support_report_files')
      .selectAll()
      .where('report_id', '=', row.id)
      .orderBy('position')
      .execute();
    expect(files.map((f) => f.content_type)).toEqual(['image/png', 'image/jpeg']);
    expect(files[0]?.size).toBe(PNG.length);

    await deliverAll();
    const team = smtp.received.find((m) => m.subject === `Melding technisch probleem ${reference}`);
    expect(team).toBeDefined();
    expect(team?.text).toContain('abc-123');
    expect(team?.text).toContain(`KVK-nummer: ${NON_RECOGNISED}`);
    expect(team?.attachments.map((a) => a.contentType)).toEqual(['image/png', 'image/jpeg']);
    expect(team?.attachments[0]?.content.equals(PNG)).toBe(true);
    expect(team?.attachments[0]?.filename).toBe(`${reference}-1.png`);
    const confirmation = smtp.received.find(
      (m) => m.subject === `We have received your report (${reference})`,
    );
    expect(confirmation?.text).toContain(`Your reference is ${reference}`);
    const to = confirmation?.to;
    expect(Array.isArray(to) ? to[0]?.text : to?.text).toBe('reporter@example.com');
  });

  it('a logged-in report is tied to the organisation acted for; the KVK number is prefilled', async () => {
    const form = await get('/report-a-problem/form', { cookie: employerCookie });
    expect(form.body).toContain(`name="kvkNumber" value="${EMPLOYER}"`);
    // A KVK number typed in the form changes nothing about whose report it is.
    const response = await submit({ ...valid(), kvkNumber: RESEARCH }, [screenshot()], {
      cookie: employerCookie,
    });
    expect(response.statusCode).toBe(303);
    const row = await reportByReference(referenceOf(response.headers.location));
    const employer = await portal.database.db
      .selectFrom('organisations')
      .select('id')
      .where('kvk_number', '=', EMPLOYER)
      .executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(employer.id);
    expect(row.kvk_number).toBe(RESEARCH);
  });

  it('refuses every field that breaks its rule, with a message by the field, keeping the input (files must be chosen again)', async () => {
    const future = toAmsterdamLocal(new Date(Date.now() + 3_600_000));
    const response = await submit(
      {
        pageAddress: 'javascript:alert(1)',
        kvkNumber: '1234',
        occurredAt: future,
        description: 'x'.repeat(2001),
        email: 'not-an-email',
      },
      [screenshot()],
      { lang: 'en' },
    );
    expect(response.statusCode).toBe(400);
    const body = response.body;
    expect(body).toContain('There is a problem');
    expect(body).toContain(
      'Enter an internet address starting with https:// or http://, or a path starting with /',
    );
    expect(body).toContain('A KVK number consists of 8 digits');
    expect(body).toContain('The date and time of the error cannot be in the future');
    expect(body).toContain('The description can have at most 2000 characters');
    expect(body).toContain('Enter a valid e-mail address');
    expect(body).toContain('href="#kvkNumber"');
    expect(body).toContain('value="1234"');
    expect(body).toContain('value="not-an-email"');
    expect(body).toContain(`value="${future}"`);
    expect(body).toContain('Please choose your screenshots again');
    expect(body).toContain('aria-invalid="true"');
  });

  it('answers over-long fields with 400 and the form, and keeps none of the screenshots (issue 13, findings 3 and 11)', async () => {
    const before = storedFiles().length;
    const response = await submit(
      { ...valid(), description: 'x'.repeat(25_000), email: `${'e'.repeat(1200)}@example.com` },
      [screenshot(), screenshot(PNG, 'second.png')],
      { lang: 'en' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The description can have at most 2000 characters');
    expect(response.body).toContain('Enter a valid e-mail address');
    expect(response.body).toContain('Please choose your screenshots again');
    expect(storedFiles().length).toBe(before);
  });

  it('a prototype key in ?done= or ?saved= shows the page without a notice, never a 500 (issue 13, finding 11)', async () => {
    for (const url of [
      '/backoffice/reports?done=constructor',
      '/backoffice/faq?done=__proto__',
      '/backoffice/faq?done=toString',
    ]) {
      const response = await get(url, { cookie: staffCookie });
      expect(response.statusCode, url).toBe(200);
    }
    for (const url of ['/authorisations?saved=constructor', '/authorisations?saved=hasOwnProperty']) {
      const response = await get(url, { cookie: employerCookie });
      expect(response.statusCode, url).toBe(200);
    }
  });

  it('requires every field and a screenshot', async () => {
    const response = await submit({}, [], { lang: 'nl' });
    expect(response.statusCode).toBe(400);
    for (const message of [
      'Vul het internetadres in waar het probleem gebeurde',
      'Vul het KVK-nummer in',
      'Vul de datum en het tijdstip van de fout in',
      'Beschrijf kort wat er misging',
      'Vul uw e-mailadres in',
      'Kies ten minste één schermafdruk van de fout',
    ])
      expect(response.body).toContain(message);
  });

  it('refuses an impossible date, a page address on another scheme, and accepts a full https address', async () => {
    const bad = await submit(
      { ...valid(), occurredAt: '2025-02-30T10:00', pageAddress: 'data:text/html,x' },
      [screenshot()],
      {
        lang: 'en',
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a date and time like 14-03-2025 09:41');
    expect(bad.body).toContain('Enter an internet address starting with https://');
    const good = await submit({ ...valid(), pageAddress: 'https://portaal.example/cases?page=2' }, [
      screenshot(),
    ]);
    expect(good.statusCode).toBe(303);
  });

  it('checks screenshots by content: a renamed executable is refused and nothing is stored', async () => {
    const before = storedFiles().length;
    const response = await submit(valid(), [screenshot(EXE, 'screenshot.png', 'image/png')], { lang: 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('&#x27;screenshot.png&#x27; is not a PNG or JPEG image');
    expect(storedFiles().length).toBe(before);
    const text = await submit(valid(), [screenshot(Buffer.from('just text'), 'notes.png', 'image/png')], {
      lang: 'en',
    });
    expect(text.body).toContain('is not a PNG or JPEG image');
  });

  it('accepts a screenshot of exactly 10 MB and refuses one byte more, without keeping it', async () => {
    const limit = portal.config.uploads.maxBytes;
    expect(limit).toBe(10 * 1024 * 1024);
    const before = storedFiles().length;
    const over = await submit(valid(), [screenshot(pngOfSize(limit + 1), 'big.png')], { lang: 'en' });
    expect(over.statusCode).toBe(400);
    expect(over.body).toContain('&#x27;big.png&#x27; is larger than 10 MB');
    expect(storedFiles().length).toBe(before);
    const exact = await submit(valid(), [screenshot(pngOfSize(limit), 'exact.png')]);
    expect(exact.statusCode).toBe(303);
    expect(storedFiles().length).toBe(before + 1);
  });

  it('refuses more than 5 screenshots', async () => {
    const before = storedFiles().length;
    const response = await submit(
      valid(),
      Array.from({ length: 6 }, (_, i) => screenshot(PNG, `s${i}.png`)),
      {
        lang: 'en',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('You can add at most 5 screenshots');
    expect(storedFiles().length).toBe(before);
  });

  it('refuses a post without the CSRF token before any file is stored, also as text/plain', async () => {
    const before = storedFiles().length;
    const forged = await submit(valid(), [screenshot()], { csrf: 'missing' });
    expect(forged.statusCode).toBe(403);
    expect(storedFiles().length).toBe(before);
    const plain = await portal.app.inject({
      method: 'POST',
      url: '/report-a-problem/form',
      remoteAddress: nextAddress(),
      headers: { 'content-type': 'text/plain' },
      payload: 'description=hi',
    });
    expect(plain.statusCode).toBe(403);
  });

  it('D7: only accepted reports count; the sixth in ten minutes keeps what was typed and says truly when, another client is not affected', async () => {
    const address = '10.99.0.1';
    // Posts with mistakes in them do not count toward the limit.
    for (let i = 0; i < 6; i++) {
      const response = await submit({}, [], { address });
      expect(response.statusCode).toBe(400);
    }
    for (let i = 0; i < 5; i++) {
      const response = await submit(valid(), [screenshot()], { address });
      expect(response.statusCode).toBe(303);
    }
    const typed = 'The upload button does nothing in the documents step.';
    const before = storedFiles().length;
    const limited = await submit({ ...valid(), description: typed }, [screenshot()], { address, lang: 'en' });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('You have already sent 5 reports in 10 minutes');
    expect(limited.body).toContain(typed);
    // The first accepted report leaves the window about ten minutes from now: the page and the
    // Retry-After header say that, not "a minute".
    expect(limited.body).toMatch(/send the report in (9|10) minutes \(at \d{2}:\d{2}\)/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(500);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    // The refused post's screenshot is not kept.
    expect(storedFiles().length).toBe(before);
    const stored = await portal.database.db
      .selectFrom('support_reports')
      .select(['client_key'])
      .where('description', '=', typed)
      .execute();
    expect(stored).toEqual([]);
    const other = await submit(valid(), [screenshot()], { address: '10.99.0.2' });
    expect(other.statusCode).toBe(303);
  });

  it('keeps only a keyed hash of the client with a report, never its address', async () => {
    const sent = await submit(valid(), [screenshot()], { address: '10.99.0.3' });
    const report = await reportByReference(referenceOf(sent.headers.location));
    expect(report.client_key).toMatch(/^[0-9a-f]{32}$/);
    expect(report.client_key).not.toContain('10.99');
  });
});

describe('the sweep of orphaned screenshots (issue 13, finding 3)', () => {
  it('removes screenshots without a report once they are an hour old; keeps newer ones and those of a report', async () => {
    const store = new LocalFileStore(portal.config.uploads.dir);
    const put = () =>
      store.put(Readable.from([PNG]), { contentType: 'image/png', purpose: SCREENSHOT_PURPOSE });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    const age = (key: string) => utimes(join(portal.config.uploads.dir, key), twoHoursAgo, twoHoursAgo);
    const orphan = await put();
    await age(orphan.key);
    const fresh = await put();
    const sent = await submit(valid(), [screenshot()]);
    expect(sent.statusCode).toBe(303);
    const report = await reportByReference(referenceOf(sent.headers.location));
    const [file] = await portal.database.db
      .selectFrom('support_report_files')
      .select('file_key')
      .where('report_id', '=', report.id)
      .execute();
    await age(file?.file_key ?? '');

    expect(await sweepOrphanScreenshots(portal.database.db, store)).toBeGreaterThanOrEqual(1);
    await expect(store.get(orphan.key)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.get(fresh.key)).resolves.toBeDefined();
    await expect(store.get(file?.file_key ?? '')).resolves.toBeDefined();
  });
});

describe('a reporter’s own reports', () => {
  it('shows the organisation’s reports and answers, and another company’s report is a 404 that is logged', async () => {
    const { reference } = await makeReport(portal, { organisation: employer, description: 'Mine' });
    const row = await reportByReference(reference);

    const list = await get('/support/reports', { cookie: employerCookie });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(reference);
    const detail = await get(`/support/reports/${row.id}`, { cookie: employerCookie });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Mine');

    const otherList = await get('/support/reports', { cookie: researchCookie });
    expect(otherList.body).not.toContain(reference);
    const other = await get(`/support/reports/${row.id}`, { cookie: researchCookie });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(reference);
    const logged = await portal.database.db
      .selectFrom('audit_log')
      .select(['outcome', 'actor_kvk'])
      .where('event', '=', 'support.report.viewed')
      .where('object_id', '=', row.id)
      .execute();
    expect(logged).toEqual([{ outcome: 'denied', actor_kvk: RESEARCH }]);
    expect((await get('/support/reports/not-a-uuid', { cookie: employerCookie })).statusCode).toBe(404);
  });

  it('is for logged-in business users only', async () => {
    const anonymous = await get('/support/reports');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/login');
  });
});

describe('Team Zakelijk assesses reports', () => {
  it('staff see the report with its correlation id, change its state, keep notes and answer; the answer mail arrives in the reporter’s language', async () => {
    const response = await submit(
      {
        ...valid(),
        correlationId: 'corr-42',
        description: '<script>alert("x")</script> broken',
        email: 'nl@example.com',
      },
      [screenshot()],
      { cookie: employerCookie, lang: 'nl' },
    );
    const reference = referenceOf(response.headers.location);
    const row = await reportByReference(reference);

    const queue = await get('/backoffice/reports', { cookie: staffCookie });
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain(reference);
    expect(queue.body).toContain('corr-42');

    const page = await get(`/backoffice/reports/${row.id}`, { cookie: staffCookie });
    expect(page.body).toContain('corr-42');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; broken');
    expect(page.body).not.toContain('<script>alert');
    // D6: the label "Nieuwe status" names the select: the id "state" is the select's alone.
    expect(page.body.match(/id="state"/g)).toHaveLength(1);
    expect(page.body).toMatch(/<label[^>]*for="state"/);
    expect(page.body).toMatch(/<select[^>]*id="state"/);
    const { cookie: csrfCookie, token } = csrfFrom(page);
    const post = (url: string, payload: string) =>
      portal.app.inject({
        method: 'POST',
        url,
        headers: {
          cookie: `${staffCookie}; ${csrfCookie}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `_csrf=${encodeURIComponent(token)}&${payload}`,
      });

    const file = /href="(\/backoffice\/reports\/[^"]+\/files\/[^"]+)"/.exec(page.body)?.[1] ?? '';
    const download = await get(file, { cookie: staffCookie });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${reference}-1.png"`);
    expect(download.rawPayload.equals(PNG)).toBe(true);

    const state = await post(`/backoffice/reports/${row.id}/state`, 'state=assessing');
    expect(state.statusCode).toBe(303);
    expect((await reportByReference(reference)).state).toBe('assessing');
    const badState = await post(`/backoffice/reports/${row.id}/state`, 'state=deleted');
    expect(badState.statusCode).toBe(400);

    const emptyNote = await post(`/backoffice/reports/${row.id}/notes`, 'note=%20');
    expect(emptyNote.statusCode).toBe(400);
    // D12: the message names the field and says what to do.
    expect(emptyNote.body).toContain('Vul bij Nieuwe notitie de tekst van de notitie in.');
    const emptyAnswer = await post(`/backoffice/reports/${row.id}/answer`, 'answer=%20');
    expect(emptyAnswer.statusCode).toBe(400);
    expect(emptyAnswer.body).toContain('Vul bij Antwoord de tekst in die de melder per e-mail krijgt.');
    expect(emptyAnswer.body).not.toContain('Vul de tekst in');
    const note = await post(
      `/backoffice/reports/${row.id}/notes`,
      `note=${encodeURIComponent('Checked the logs for corr-42')}`,
    );
    expect(note.statusCode).toBe(303);
    const withNote = await get(`/backoffice/reports/${row.id}`, { cookie: staffCookie });
    expect(withNote.body).toContain('Checked the logs for corr-42');
    expect(withNote.body).toContain('Test Medewerker');

    const answerText = 'Het probleem is opgelost. Zie /faq/logged-out-while-working';
    const answer = await post(
      `/backoffice/reports/${row.id}/answer`,
      `answer=${encodeURIComponent(answerText)}`,
    );
    expect(answer.statusCode).toBe(303);
    expect((await reportByReference(reference)).state).toBe('answered');

    await deliverAll();
    const mail = smtp.received.find((m) => m.subject === `Antwoord op uw melding ${reference}`);
    expect(mail?.text).toContain(answerText);
    const to = mail?.to;
    expect(Array.isArray(to) ? to[0]?.text : to?.text).toBe('nl@example.com');

    // The reporter sees the answer, never the internal note.
    const mine = await get(`/support/reports/${row.id}`, { cookie: employerCookie });
    expect(mine.body).toContain('Het probleem is opgelost.');
    expect(mine.body).toContain('<a class="nl-link" href="/faq/logged-out-while-working">');
    expect(mine.body).not.toContain('Checked the logs');
    expect(mine.body).toContain('Beantwoord');

    const audit = await portal.database.db
      .selectFrom('audit_log')
      .select('event')
      .where('object_id', '=', row.id)
      .where('actor_kind', '=', 'staff')
      .execute();
    expect(audit.map((a) => a.event).sort()).toEqual([
      'support.report.answered',
      'support.report.note_added',
      'support.report.screenshot_downloaded',
      'support.report.state_changed',
    ]);
  });

  it('filters the queue by state, and an unknown report is a 404', async () => {
    const closed = await get('/backoffice/reports?state=closed', { cookie: staffCookie });
    expect(closed.statusCode).toBe(200);
    expect(closed.body).toContain('Geen meldingen met deze status.');
    const missing = await get('/backoffice/reports/00000000-0000-4000-8000-000000000000', {
      cookie: staffCookie,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('a business user on the staff queue gets 403; a logged-out user is sent to the staff login', async () => {
    expect((await get('/backoffice/reports', { cookie: employerCookie })).statusCode).toBe(403);
    const anonymous = await get('/backoffice/reports');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/staff/login');
    const caseOfficer = await staffSession(portal, { roles: ['case_officer'], userId: 'officer-1' });
    expect((await get('/backoffice/reports', { cookie: caseOfficer })).statusCode).toBe(403);
  });
});

describe('the report form keeps what was typed over a language switch (D10)', () => {
  it('comes back in English for the person logged in, and asks for the screenshots again', async () => {
    const before = (await portal.database.db.selectFrom('support_reports').select('id').execute()).length;
    const { back, again } = await switchLanguageWith(portal, '/report-a-problem/form', employerCookie, {
      pageAddress: '',
      occurredAt: '',
      description: 'Half a description, typed before switching',
      email: 'typed@example.com',
      correlationId: '',
      errorAt: '',
      screenshots: 'error.png',
    });
    expect(back.body).toContain('<html lang="en"');
    expect(back.body).toContain('The page is now in English');
    expect(back.body).toContain('Half a description, typed before switching');
    expect(back.body).toContain('value="typed@example.com"');
    expect(back.body).toContain('Please choose your screenshots again');
    expect(again.body).not.toContain('Half a description');
    expect((await portal.database.db.selectFrom('support_reports').select('id').execute()).length).toBe(
      before,
    );
  });
});
