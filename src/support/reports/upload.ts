import type { FastifyRequest } from 'fastify';
import type { FileStore, StoredFile } from '../../platform/files/file-store.ts';
import { multipartForm } from '../../platform/http/multipart.ts';
import {
  fieldFits,
  MAX_SCREENSHOTS,
  REPORT_FIELD_NAMES,
  SCREENSHOT_TYPES,
  type ReportError,
  type ScreenshotType,
} from './form.ts';

/**
 * The report form, read through the platform's multipart pipeline (platform/http/multipart.ts):
 * CSRF from the first part before any file is read, screenshots checked by their content and
 * size while they stream into the file store; after a field that does not fit, no file is kept.
 */
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

/** Screenshots live under their own prefix, so the sweep (service.ts) can find the orphans. */
export const SCREENSHOT_PURPOSE = 'support-screenshots';

export function reportUpload(maxBytes: number) {
  const form = multipartForm({
    fields: REPORT_FIELD_NAMES,
    fieldSize: 32 * 1024,
    fieldFits,
    files: {
      names: ['screenshots'],
      maxBytes,
      maxFiles: MAX_SCREENSHOTS,
      accept: SCREENSHOT_TYPES,
      purpose: SCREENSHOT_PURPOSE,
    },
  });
  return {
    preValidation: form.preValidation,
    async read(request: FastifyRequest, files: FileStore, sizeLabel: string): Promise<ReadForm> {
      const read = await form.read(request, files);
      const errors: ReportError[] = read.problems.map(({ filename: name, problem }): ReportError =>
        problem === 'too_large'
          ? {
              field: 'screenshots',
              key: 'support.form.error.size.screenshots',
              params: { name, size: sizeLabel },
            }
          : problem === 'too_many'
            ? {
                field: 'screenshots',
                key: 'support.form.error.count.screenshots',
                params: { max: MAX_SCREENSHOTS },
              }
            : { field: 'screenshots', key: 'support.form.error.type.screenshots', params: { name } },
      );
      if (read.limit === 'files')
        errors.push({
          field: 'screenshots',
          key: 'support.form.error.count.screenshots',
          params: { max: MAX_SCREENSHOTS },
        });
      else if (read.limit === 'parts')
        errors.push({ field: 'screenshots', key: 'support.form.error.unreadable' });
      return {
        fields: Object.fromEntries(
          Object.entries(read.fields).map(([name, values]) => [name, values[0] ?? '']),
        ),
        screenshots: read.files.map((f) => ({ ...f, contentType: f.contentType as ScreenshotType })),
        filesSent: read.filesSent,
        errors,
      };
    },
  };
}

export async function discardAll(files: FileStore, screenshots: StoredScreenshot[]): Promise<void> {
  for (const screenshot of screenshots) await files.delete(screenshot.key);
}
