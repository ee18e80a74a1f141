import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';

/**
 * Checks an upload while it streams to storage (quality check 7): the type is read from the
 * content (magic bytes), not from the name; the size is counted; a PDF is scanned, without
 * decompressing anything, for chained compression filters (the shape of a decompression
 * bomb). The first failure ends the stream with an UploadRejected error.
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

const BY_EXTENSION: Record<string, AcceptedType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

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

/** The type the name claims, if it is one we accept. */
export function claimedType(filename: string): AcceptedType | undefined {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(filename)?.[1]?.toLowerCase();
  return extension ? BY_EXTENSION[extension] : undefined;
}

const HEAD_BYTES = 4100;
/** Filter arrays can straddle chunks: keep this much of the previous chunk when scanning. */
const OVERLAP = 512;
/** `/Filter [/A /B]`: two or more filters applied one after the other. */
const CHAINED_FILTERS = /\/Filter\s*\[\s*(?:\/[A-Za-z0-9#]+\s*){2,}\]/;
/** `/DecodeParms [<<…>> <<…>>]` also betrays a chain even if the filter array is indirect. */
const CHAINED_PARMS = /\/DecodeParms\s*\[\s*(?:<<[^>]*>>\s*|null\s*){2,}\]/;

export class UploadInspector extends Transform {
  private head: Buffer[] = [];
  private headLength = 0;
  private detected: AcceptedType | undefined;
  private size = 0;
  private tail = '';

  constructor(
    private readonly claimed: AcceptedType,
    private readonly maxBytes: number,
  ) {
    super();
  }

  /** The content type found, once the stream has finished. */
  get contentType(): AcceptedType {
    if (!this.detected) throw new Error('the upload was not inspected');
    return this.detected;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new UploadRejected('too_large'));
      return;
    }
    if (this.detected) {
      this.pass(chunk, done);
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < HEAD_BYTES) {
      done();
      return;
    }
    this.detect().then(
      () => this.pass(Buffer.concat(this.flushHead()), done),
      (error: unknown) => done(error as Error),
    );
  }

  override _flush(done: TransformCallback): void {
    if (this.detected) {
      done();
      return;
    }
    if (this.headLength === 0) {
      done(new UploadRejected('empty'));
      return;
    }
    this.detect().then(
      () =>
        this.pass(Buffer.concat(this.flushHead()), (error, chunk) => {
          if (chunk) this.push(chunk);
          done(error);
        }),
      (error: unknown) => done(error as Error),
    );
  }

  private flushHead(): Buffer[] {
    const head = this.head;
    this.head = [];
    return head;
  }

  private async detect(): Promise<void> {
    const found = await fileTypeFromBuffer(Buffer.concat(this.head));
    const mime = found?.mime;
    if (mime !== 'application/pdf' && mime !== 'image/jpeg' && mime !== 'image/png') {
      throw new UploadRejected('type');
    }
    if (mime !== this.claimed) throw new UploadRejected('mismatch');
    this.detected = mime;
  }

  private pass(chunk: Buffer, done: (error?: Error | null, chunk?: Buffer) => void): void {
    if (this.detected === 'application/pdf') {
      const text = this.tail + chunk.toString('latin1');
      if (CHAINED_FILTERS.test(text) || CHAINED_PARMS.test(text)) {
        done(new UploadRejected('nested_filters'));
        return;
      }
      this.tail = text.slice(-OVERLAP);
    }
    done(null, chunk);
  }
}

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
