import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsAndFile } from '../../test/helpers/multipart.ts';
import { browserAs, loginAs, makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import {
  sampleExe,
  sampleJpeg,
  samplePdf,
  samplePng,
  startApplication,
  type Browser,
} from '../../test/helpers/applications.ts';
import { PdfFilterScan, UploadRejected } from './upload-inspection.ts';

const MAX_BYTES = 64 * 1024;
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let EMPLOYER: string;
let browser: Browser;
beforeAll(async () => {
  portal = await createTestPortal({ UPLOAD_MAX_BYTES: String(MAX_BYTES), UPLOAD_MAX_FILES: '3' });
  EMPLOYER = (await makeOrganisation(portal, { recognised: ['work'] })).kvk;
  browser = await browserAs(portal, EMPLOYER);
});
afterAll(async () => portal.close());

const attachmentsOf = (id: string) =>
  portal.database.db
    .selectFrom('application_attachments')
    .selectAll()
    .where('application_id', '=', id)
    .execute();

/** Every file under the upload directory (no half-written leftovers may stay behind). */
function storedFiles(): string[] {
  const walk = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    } catch {
      return [];
    }
  };
  return walk(portal.config.uploads.dir);
}

describe('uploads are checked by content and size while they stream', () => {
  it('accepts a PDF, a PNG and a JPEG, with size and SHA-256, and serves them back as attachments', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const files = [
      { filename: 'contract.pdf', content: samplePdf(5000) },
      { filename: 'photo.png', content: samplePng() },
      { filename: 'scan.JPEG', content: sampleJpeg() },
    ];
    for (const file of files) {
      const response = await browser.upload(
        `/applications/${id}/documents`,
        { documentType: 'passport' },
        file,
      );
      expect(response.statusCode).toBe(303);
    }
    const rows = await attachmentsOf(id);
    expect(rows.map((r) => r.content_type).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    for (const row of rows) {
      const original = files.find((f) => f.filename === row.original_name);
      expect(row.size_bytes).toBe(original?.content.length);
      expect(row.sha256).toBe(
        createHash('sha256')
          .update(original?.content ?? '')
          .digest('hex'),
      );
      const download = await browser.get(`/applications/${id}/documents/${row.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(original?.content ?? Buffer.alloc(0))).toBe(true);
      expect(download.headers['content-disposition']).toMatch(
        /^attachment; filename="passport-[0-9a-f]{8}\.(pdf|png|jpg)"$/,
      );
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(String(download.headers['content-security-policy'])).toContain('sandbox');
    }
    const page = await browser.get(`/applications/${id}/documents`);
    expect(page.body).toContain('contract.pdf');
  });

  it('refuses a renamed executable, a file whose bytes do not match its name, and an unaccepted name', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const before = storedFiles().length;
    const exe = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'passport.pdf',
        content: sampleExe(),
      },
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('Dit bestand is geen PDF, JPG of PNG');
    const mismatch = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'passport.pdf',
        content: samplePng(),
      },
    );
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('past niet bij de naam');
    const exeName = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'setup.exe',
        content: sampleExe(),
      },
    );
    expect(exeName.statusCode).toBe(400);
    const svg = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'logo.png',
        content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
    );
    expect(svg.statusCode).toBe(400);
    expect(await attachmentsOf(id)).toEqual([]);
    expect(storedFiles().length).toBe(before);
  });

  it('never stores a file sent before the CSRF token, even with a valid token after it', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const before = storedFiles();
    const form = new FormData();
    form.append('documentType', 'passport');
    form.append('file', new Blob([new Uint8Array(samplePdf())], { type: 'application/pdf' }), 'a.pdf');
    form.append('_csrf', browser.token);
    const encoded = new Response(form);
    const response = await portal.app.inject({
      method: 'POST',
      url: `/applications/${id}/documents`,
      headers: { cookie: browser.cookie, 'content-type': encoded.headers.get('content-type') ?? '' },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(response.statusCode).toBe(403);
    expect(await attachmentsOf(id)).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });

  it('"continue" uploads a chosen file that was not uploaded yet, then goes on (D9)', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const response = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport', action: 'continue' },
      { filename: 'passport.pdf', content: samplePdf() },
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/applications/${id}/check`);
    expect((await attachmentsOf(id)).map((a) => a.original_name)).toEqual(['passport.pdf']);
    const nothingChosen = await browser.upload(`/applications/${id}/documents`, { action: 'continue' });
    expect(nothingChosen.headers.location).toBe(`/applications/${id}/check`);
  });

  it('removing a document asks first, then says it was done (D14)', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      { filename: 'p.pdf', content: samplePdf() },
    );
    const [row] = await attachmentsOf(id);
    const confirm = await browser.get(`/applications/${id}/documents/${row?.id ?? ''}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Weet u zeker dat u dit bestand wilt verwijderen?');
    expect(confirm.body).toContain('p.pdf');
    expect(await attachmentsOf(id)).toHaveLength(1);
    const removed = await browser.post(`/applications/${id}/documents/${row?.id ?? ''}/delete`, {});
    expect(removed.headers.location).toBe(`/applications/${id}/documents?done=removed`);
    expect((await browser.get(`/applications/${id}/documents?done=removed`)).body).toContain(
      'Het bestand is verwijderd',
    );
    expect(await attachmentsOf(id)).toEqual([]);
  });

  it('accepts a file of exactly the limit and refuses one byte over with 413, and stays healthy', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const atLimit = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'big.pdf',
        content: samplePdf(MAX_BYTES),
      },
    );
    expect(atLimit.statusCode).toBe(303);
    const before = storedFiles().length;
    const over = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'bigger.pdf',
        content: samplePdf(MAX_BYTES + 1),
      },
    );
    expect(over.statusCode).toBe(413);
    expect(over.body).toContain('Het bestand is groter dan');
    expect(over.body).toContain('big.pdf');
    expect((await attachmentsOf(id)).map((r) => r.size_bytes)).toEqual([MAX_BYTES]);
    expect(storedFiles().length).toBe(before);
    expect((await browser.get('/healthz')).statusCode).toBe(200);
  });

  it('refuses one file too many per application', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    for (let i = 0; i < 3; i++) {
      const ok = await browser.upload(
        `/applications/${id}/documents`,
        { documentType: 'passport' },
        {
          filename: `c${i}.pdf`,
          content: samplePdf(),
        },
      );
      expect(ok.statusCode).toBe(303);
    }
    const fourth = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'c3.pdf',
        content: samplePdf(),
      },
    );
    expect(fourth.statusCode).toBe(400);
    expect(fourth.body).toContain('al 3 bestanden');
    expect(await attachmentsOf(id)).toHaveLength(3);
  });

  it('refuses a PDF with nested compression filters without decompressing it', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const bomb = samplePdf(
      3000,
      '3 0 obj\n<< /Length 4 /Filter [/FlateDecode /FlateDecode /FlateDecode] >>\nstream\nxxxx\nendstream\nendobj\n',
    );
    const response = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'bomb.pdf',
        content: bomb,
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('meerdere compressies');
    expect(await attachmentsOf(id)).toEqual([]);
  });

  it('refuses an empty file, a missing file and an unknown document type', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const empty = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'empty.pdf',
        content: Buffer.alloc(0),
      },
    );
    expect(empty.statusCode).toBe(400);
    const none = await browser.upload(`/applications/${id}/documents`, { documentType: 'passport' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Kies een bestand');
    const unknownType = await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'diploma' },
      {
        filename: 'a.pdf',
        content: samplePdf(),
      },
    );
    expect(unknownType.statusCode).toBe(400);
    expect(await attachmentsOf(id)).toEqual([]);
  });

  it('refuses a multipart upload without a valid CSRF token, storing nothing', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    const before = storedFiles().length;
    const cookie = await loginAs(portal, EMPLOYER);
    const { payload, contentType } = fieldsAndFile(
      { _csrf: 'forged', documentType: 'passport' },
      { filename: 'a.pdf', content: samplePdf() },
    );
    const response = await portal.app.inject({
      method: 'POST',
      url: `/applications/${id}/documents`,
      headers: { cookie, 'content-type': contentType },
      payload,
    });
    expect(response.statusCode).toBe(403);
    expect(await attachmentsOf(id)).toEqual([]);
    expect(storedFiles().length).toBe(before);
  });

  it('a file can be removed from the list and from storage', async () => {
    const id = await startApplication(browser, 'hsm_residence');
    await browser.upload(
      `/applications/${id}/documents`,
      { documentType: 'passport' },
      {
        filename: 'a.pdf',
        content: samplePdf(),
      },
    );
    const [row] = await attachmentsOf(id);
    const before = storedFiles().length;
    const removed = await browser.post(`/applications/${id}/documents/${row?.id ?? ''}/delete`, {});
    expect(removed.statusCode).toBe(303);
    expect(await attachmentsOf(id)).toEqual([]);
    expect(storedFiles().length).toBe(before - 1);
  });
});

describe('the PDF filter scan', () => {
  const run = async (chunks: Buffer[]) => {
    const inspector = new PdfFilterScan();
    const out: Buffer[] = [];
    await pipeline(Readable.from(chunks), inspector, async function* (source) {
      for await (const chunk of source) out.push(chunk as Buffer);
      yield* [];
    });
    return Buffer.concat(out);
  };

  it('passes the bytes through unchanged', async () => {
    const pdf = samplePdf(20_000);
    const chunks = [pdf.subarray(0, 10), pdf.subarray(10, 5000), pdf.subarray(5000)];
    expect((await run(chunks)).equals(pdf)).toBe(true);
  });

  it('finds a chained filter array that straddles two chunks', async () => {
    const pdf = samplePdf(10_000, '4 0 obj\n<< /Filter [/ASCIIHexDecode /FlateDecode] >>\nendobj\n');
    const at = pdf.indexOf('/FlateDecode]');
    await expect(run([pdf.subarray(0, at), pdf.subarray(at)])).rejects.toBeInstanceOf(UploadRejected);
  });

  it('accepts a single filter, in an array or not', async () => {
    const pdf = samplePdf(
      6000,
      '4 0 obj\n<< /Filter [/FlateDecode] >>\nendobj\n5 0 obj\n<< /Filter /DCTDecode >>\nendobj\n',
    );
    expect((await run([pdf])).length).toBe(pdf.length);
  });
});
