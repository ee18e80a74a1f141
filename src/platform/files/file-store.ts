import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded files live (architecture brief: a local directory under the data
 * directory; S3-compatible storage as the scale-out option). Files are streamed in and out,
 * never held whole in memory. Keys are generated here, never taken from a user.
 */
export interface FileMeta {
  contentType: string;
}

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

export interface FileStore {
  put(stream: Readable, meta: FileMeta): Promise<StoredFile>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Files in a local directory, two levels deep (`ab/<uuid>`), written to a temporary name first. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(stream: Readable, _meta: FileMeta): Promise<StoredFile> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const target = this.pathOf(key);
    await mkdir(join(this.root, id.slice(0, 2)), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, measure, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file's path on disk, for consumers that stream by path (mail attachments). */
  pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error('not a file store key');
    return join(this.root, key);
  }
}
