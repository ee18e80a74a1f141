import { Readable } from 'node:stream';
import { fileTypeFromBuffer, type FileTypeResult } from 'file-type';

const SAMPLE_BYTES = 4100;

/**
 * Reads the first bytes of a stream to learn its type from its content (magic bytes), and
 * gives back a stream of the whole content, so the file is never buffered whole.
 */
export async function sniffStream(source: Readable): Promise<{
  type: FileTypeResult | undefined;
  /** Nothing was sent at all. */
  empty: boolean;
  stream: Readable;
  /** Reads and discards the rest, for a stream that will not be stored. */
  discard(): Promise<void>;
}> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    length += next.value.length;
  }
  const sample = Buffer.concat(head);
  const type = length > 0 ? await fileTypeFromBuffer(sample) : undefined;
  async function* rest(): AsyncGenerator<Buffer> {
    if (sample.length > 0) yield sample;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return {
    type,
    empty: length === 0,
    stream: Readable.from(rest(), { objectMode: false }),
    async discard() {
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
      }
    },
  };
}
