import { multipartForm, type MultipartForm } from '../../platform/http/multipart.ts';
import type { UploadedAuthorisation } from './service.ts';

/**
 * The authorisation form, read through the platform's multipart pipeline
 * (platform/http/multipart.ts): CSRF from the first part before any file is read, the PDF
 * checked by its content and size while it streams into the file store.
 */
export const AUTHORISATION_FIELDS = [
  'sponsorKvk',
  'scope',
  // The validity dates as day / month / year fields (D4).
  'validFrom-day',
  'validFrom-month',
  'validFrom-year',
  'validUntil-day',
  'validUntil-month',
  'validUntil-year',
  'notifyEmail',
] as const;

export function authorisationUpload(maxBytes: number) {
  return multipartForm({
    fields: AUTHORISATION_FIELDS,
    fieldSize: 4096,
    files: { names: ['file'], maxBytes, maxFiles: 1, accept: ['application/pdf'], purpose: 'authorisations' },
  });
}

/** The uploaded file as the registration checks it (stored, or what was wrong with it). */
export function uploadedAuthorisation(form: MultipartForm): UploadedAuthorisation | null {
  const file = form.files[0];
  if (file) {
    return {
      key: file.key,
      size: file.size,
      sha256: file.sha256,
      fileName: file.filename,
      isPdf: true,
      tooLarge: false,
    };
  }
  const problem = form.problems[0];
  if (!problem) return null;
  // Nothing was stored: an empty key is never deleted or kept.
  return {
    key: '',
    size: problem.problem === 'empty' ? 0 : 1,
    sha256: '',
    fileName: problem.filename,
    isPdf: false,
    tooLarge: problem.problem === 'too_large',
  };
}
