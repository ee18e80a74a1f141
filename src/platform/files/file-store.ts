import type { Readable } from 'node:stream';

/**
 * Where uploaded files are kept. The portal streams every file through `put` (never holding
 * it whole in memory) and reads it back as a stream. The local-directory implementation is
 * the default; an S3-compatible store can implement the same three methods.
 */
export interface StoredFile {
  key: string;
  size: number;
  /** Hex SHA-256 of the bytes as stored. */
  sha256: string;
}

export interface FileMeta {
  /** A short, safe prefix for the key (e.g. the module); never a user-supplied name. */
  prefix: string;
}

export interface FileStore {
  /** Streams the bytes into the store. If the stream fails, nothing is kept and the error is thrown. */
  put(stream: Readable, meta: FileMeta): Promise<StoredFile>;
  get(key: string): Promise<Readable>;
  /** Removes the file; removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
}
