import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileMeta, FileStore, StoredFile } from './file-store.ts';

const KEY = /^[a-z0-9-]{1,32}\/\d{4}\/[0-9a-f-]{36}$/;
const PREFIX = /^[a-z0-9-]{1,32}$/;

/**
 * Files in a local directory (config.uploads.dir). A file is written under a temporary name
 * and renamed only when complete, so a failed or aborted upload never leaves a half file
 * under a real key. Keys are generated here (prefix/year/uuid), never taken from a request.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(stream: Readable, meta: FileMeta): Promise<StoredFile> {
    if (!PREFIX.test(meta.prefix)) throw new Error('invalid file store prefix');
    const key = `${meta.prefix}/${new Date().getUTCFullYear()}/${randomUUID()}`;
    const path = this.pathOf(key);
    const directory = join(path, '..');
    await mkdir(directory, { recursive: true });
    const temporary = join(directory, `.${randomUUID()}.part`);
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
      await pipeline(stream, measure, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    // Surface "not found" as a rejected promise rather than a later stream error.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error('invalid file key');
    return join(this.root, ...key.split('/'));
  }
}
