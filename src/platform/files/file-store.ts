import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded files live. Small and generic on purpose: the local directory below is the
 * default; an S3-compatible implementation can replace it behind the same interface
 * (architecture brief, "files"). Files are streamed, never held whole in memory.
 */
export interface StoredFile {
  /** Opaque key chosen by the store; never derived from a user's file name. */
  key: string;
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

export interface FileMeta {
  /** What the file is for (a folder in the local store, a prefix in S3); letters, digits, '-'. */
  purpose: string;
  contentType?: string;
}

export interface FileStore {
  put(stream: Readable, meta: FileMeta): Promise<StoredFile>;
  /** The content; rejects with code 'ENOENT' when the key is unknown. */
  get(key: string): Promise<Readable>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]{1,40}\/[0-9a-f-]{36}$/;

/** Files in a local directory (config.uploads.dir): `<purpose>/<uuid>`, written via a temp name. */
export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  async put(stream: Readable, meta: FileMeta): Promise<StoredFile> {
    if (!/^[a-z0-9-]{1,40}$/.test(meta.purpose)) throw new Error('invalid file purpose');
    const key = `${meta.purpose}/${randomUUID()}`;
    const target = join(this.dir, key);
    const temp = `${target}.part`;
    await mkdir(join(this.dir, meta.purpose), { recursive: true });
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
      await pipeline(stream, measure, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path); // rejects with ENOENT before a stream is handed out
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw Object.assign(new Error('invalid file key'), { code: 'ENOENT' });
    return join(this.dir, key);
  }
}

/** The store the configuration asks for (today always the local directory). */
export function createFileStore(config: { uploads: { dir: string } }): FileStore {
  return new LocalFileStore(config.uploads.dir);
}
