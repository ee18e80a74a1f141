import { cleanFileName } from '../../platform/files/file-name.ts';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FileStore, StoredFile } from '../../platform/files/file-store.ts';
import { sniffStream } from '../../platform/files/sniff.ts';
import {
  fieldFits,
  MAX_SCREENSHOTS,
  REPORT_FIELD_NAMES,
  SCREENSHOT_TYPES,
  type ReportError,
  type ScreenshotType,
} from './form.ts';

/**
 * Reading the report form as a stream (architecture brief: stream, never buffer whole files).
 *
 * The CSRF token is the form's first field: `takeCsrfField` reads only that part before the
 * app's CSRF check (preHandler), so no file is read, let alone stored, for a forged post.
 * Then `readReportForm` reads the rest: text fields are kept, each screenshot is checked by
 * its content (magic bytes, not its name or the browser's type) while it streams into the
 * file store, and a file over the size limit is cut off by busboy and refused.
 */
const pending = new WeakMap<FastifyRequest, AsyncIterator<Multipart>>();

export async function takeCsrfField(request: FastifyRequest, limits: { fileSize: number }): Promise<void> {
  if (!request.isMultipart()) return; // the CSRF check refuses it, then the handler says 415
  const iterable = request.parts({
    limits: {
      fileSize: limits.fileSize,
      files: MAX_SCREENSHOTS,
      fields: 20,
      fieldSize: 32 * 1024,
      parts: MAX_SCREENSHOTS + 20,
      headerPairs: 100,
    },
    // throwFileSizeLimit is off for the plugin (routes.ts): a file at the limit is truncated and refused here.
  });
  const parts = iterable[Symbol.asyncIterator]();
  pending.set(request, parts);
  try {
    const first = await parts.next();
    const part = first.done ? undefined : first.value;
    if (part?.type === 'field' && part.fieldname === '_csrf' && typeof part.value === 'string') {
      request.body = { _csrf: part.value };
      return;
    }
    if (part?.type === 'file') await drain(part);
  } catch {
    // a malformed body: no token, so the CSRF check refuses it
  }
  request.body = {};
}

export interface StoredScreenshot extends StoredFile {
  contentType: ScreenshotType;
}

export interface ReadForm {
  fields: Record<string, string>;
  screenshots: StoredScreenshot[];
  /** Files were sent (so the user must choose them again if the form has errors). */
  filesSent: boolean;
  errors: ReportError[];
}

export async function readReportForm(
  request: FastifyRequest,
  files: FileStore,
  maxBytes: number,
  sizeLabel: string,
): Promise<ReadForm> {
  const parts = pending.get(request);
  if (!parts) throw Object.assign(new Error('not a multipart form'), { statusCode: 415 });
  const form: ReadForm = { fields: {}, screenshots: [], filesSent: false, errors: [] };
  // Fields are checked as they arrive: after a bad one no file is kept (issue 13, finding 3).
  let fieldsFit = true;
  try {
    for (;;) {
      const next = await parts.next();
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') {
        if ((REPORT_FIELD_NAMES as string[]).includes(part.fieldname) && typeof part.value === 'string') {
          form.fields[part.fieldname] ??= part.value;
          if (part.valueTruncated || !fieldFits(part.fieldname, part.value)) fieldsFit = false;
        }
        continue;
      }
      if (part.fieldname !== 'screenshots' || part.filename === '') {
        await drain(part);
        continue;
      }
      form.filesSent = true;
      if (!fieldsFit) {
        await drain(part);
        continue;
      }
      await storeScreenshot(part, files, form, maxBytes, sizeLabel);
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_FILES_LIMIT')
      form.errors.push({
        field: 'screenshots',
        key: 'support.form.error.count.screenshots',
        params: { max: MAX_SCREENSHOTS },
      });
    else if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      form.errors.push({ field: 'screenshots', key: 'support.form.error.unreadable' });
    else {
      await discardAll(files, form.screenshots);
      throw error;
    }
  }
  return form;
}

async function storeScreenshot(
  part: MultipartFile,
  files: FileStore,
  form: ReadForm,
  maxBytes: number,
  sizeLabel: string,
): Promise<void> {
  const name = cleanFileName(part.filename, 'screenshot');
  const sniffed = await sniffStream(part.file);
  const mime = sniffed.type?.mime;
  if (!mime || !(SCREENSHOT_TYPES as readonly string[]).includes(mime)) {
    await sniffed.discard();
    form.errors.push({ field: 'screenshots', key: 'support.form.error.type.screenshots', params: { name } });
    return;
  }
  const stored = await files.put(sniffed.stream, { contentType: mime, purpose: SCREENSHOT_PURPOSE });
  // busboy ends a file at the limit and marks it truncated: a file over the limit is refused.
  if (part.file.truncated || stored.size > maxBytes) {
    await files.delete(stored.key);
    form.errors.push({
      field: 'screenshots',
      key: 'support.form.error.size.screenshots',
      params: { name, size: sizeLabel },
    });
    return;
  }
  form.screenshots.push({ ...stored, contentType: mime as ScreenshotType });
}

async function drain(part: MultipartFile): Promise<void> {
  part.file.resume();
  await new Promise<void>((resolve) => {
    if (part.file.readableEnded) resolve();
    else
      part.file
        .once('end', resolve)
        .once('close', resolve)
        .once('error', () => resolve());
  });
}

/** Screenshots live under their own prefix, so the sweep (service.ts) can find the orphans. */
export const SCREENSHOT_PURPOSE = 'support-screenshots';

export async function discardAll(files: FileStore, screenshots: StoredScreenshot[]): Promise<void> {
  for (const screenshot of screenshots) await files.delete(screenshot.key);
}
