import type { MultipartSpec } from '../platform/http/multipart.ts';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * What an upload of an application or of a case's requested information may be (quality check
 * 7). The platform's multipart pipeline (platform/http/multipart.ts) reads the type from the
 * content (magic bytes), checks that the name agrees and counts the size; `PdfFilterScan` adds
 * the scan of a PDF for chained compression filters (the shape of a decompression bomb).
 */
export type UploadProblem =
  'empty' | 'type' | 'mismatch' | 'too_large' | 'nested_filters' | 'too_many' | 'no_file';

export class UploadRejected extends Error {
  constructor(readonly problem: UploadProblem) {
    super(`upload rejected: ${problem}`);
    this.name = 'UploadRejected';
  }
}

export type AcceptedType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The types an upload may have, as found in its content (applications and a case's requested information). */
export const ACCEPTED_TYPES: readonly AcceptedType[] = ['application/pdf', 'image/jpeg', 'image/png'];

export const EXTENSION_OF: Record<AcceptedType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** The name's extensions each accepted type may have (a renamed file is refused as a mismatch). */
export const EXTENSIONS: Record<AcceptedType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** Filter arrays can straddle chunks: keep this much of the previous chunk when scanning. */
const OVERLAP = 512;
/** `/Filter [/A /B]`: two or more filters applied one after the other. */
const CHAINED_FILTERS = /\/Filter\s*\[\s*(?:\/[A-Za-z0-9#]+\s*){2,}\]/;
/** `/DecodeParms [<<…>> <<…>>]` also betrays a chain even if the filter array is indirect. */
const CHAINED_PARMS = /\/DecodeParms\s*\[\s*(?:<<[^>]*>>\s*|null\s*){2,}\]/;

/**
 * The PDF scan alone, for the platform's multipart pipeline (which checks type and size): chained
 * compression filters end the stream with UploadRejected('nested_filters'). Nothing is decompressed.
 */
export class PdfFilterScan extends Transform {
  private tail = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = this.tail + chunk.toString('latin1');
    if (CHAINED_FILTERS.test(text) || CHAINED_PARMS.test(text)) {
      done(new UploadRejected('nested_filters'));
      return;
    }
    this.tail = text.slice(-OVERLAP);
    done(null, chunk);
  }
}

/**
 * The file part of a multipart form that takes one document as applications take it (PDF, JPEG
 * or PNG by content, the name agreeing with the content, a PDF's filters scanned while it
 * streams): the application's documents and the information a case officer asked for.
 */
export function documentFile(maxBytes: number, purpose: string): MultipartSpec['files'] {
  return {
    names: ['file'],
    maxBytes,
    maxFiles: 1,
    accept: ACCEPTED_TYPES,
    extensions: EXTENSIONS,
    purpose,
    inspect: (contentType) => (contentType === 'application/pdf' ? new PdfFilterScan() : undefined),
  };
}
