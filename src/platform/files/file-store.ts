import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded files live (architecture brief: a local directory under the data
 * directory; S3-compatible storage as the scale-out option behind the same interface).
 * Files are streamed in and out, never held whole in memory. Keys are generated here,
 * never taken from a user.
 */
export interface FileMeta {
  contentType: string;
  /**
   * What the file is for (a folder locally, a prefix in S3): letters, digits and '-'.
   * Without it the file goes under a two-character fan-out folder.
   */
  purpose?: string;
}

export interface StoredFile {
  /** Opaque key chosen by the store; never derived from a user's file name. */
  key: string;
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

export interface FileStore {
  put(stream: Readable, meta: FileMeta): Promise<StoredFile>;
  /** The content; rejects with code 'ENOENT' when the key is unknown or malformed. */
  get(key: string): Promise<Readable>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Keys of the files stored for `purpose` that were last written before `before` (for sweeps). */
  listOlder(purpose: string, before: Date): Promise<string[]>;
}

const KEY = /^[a-z0-9-]{1,40}\/[0-9a-f-]{36}$/;
const PURPOSE = /^[a-z0-9-]{1,40}$/;

/** Files in a local directory: `<purpose>/<uuid>` or `ab/<uuid>`, written via a temporary name. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(stream: Readable, meta: FileMeta): Promise<StoredFile> {
    if (meta.purpose !== undefined && !PURPOSE.test(meta.purpose)) throw new Error('invalid file purpose');
    const id = randomUUID();
    const folder = meta.purpose ?? id.slice(0, 2);
    const key = `${folder}/${id}`;
    const target = this.#pathOf(key);
    const temp = `${target}.part`;
    await mkdir(join(this.root, folder), { recursive: true });
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
    const path = this.#pathOf(key);
    await stat(path); // rejects with ENOENT before a stream is handed out
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    const path = this.#pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}.part`, { force: true });
  }

  async listOlder(purpose: string, before: Date): Promise<string[]> {
    if (!PURPOSE.test(purpose)) throw new Error('invalid file purpose');
    let names: string[];
    try {
      names = await readdir(join(this.root, purpose));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
    const keys: string[] = [];
    for (const name of names) {
      // A '.part' left by a crash mid-write is listed under its final key's name: delete removes both.
      const key = `${purpose}/${name.replace(/\.part$/, '')}`;
      if (!KEY.test(key)) continue;
      const info = await stat(join(this.root, purpose, name)).catch(() => undefined);
      if (info && info.mtime < before) keys.push(key);
    }
    return [...new Set(keys)];
  }

  /** The file's path on disk: private, so every consumer goes through the interface (an S3 store can replace this one). */
  #pathOf(key: string): string {
    if (!KEY.test(key)) throw Object.assign(new Error('not a file store key'), { code: 'ENOENT' });
    return join(this.root, key);
  }
}

/** The store the configuration asks for (today always the local directory). */
export function createFileStore(config: { uploads: { dir: string } }): FileStore {
  return new LocalFileStore(config.uploads.dir);
}
