import { readFile } from 'node:fs/promises';
import { MetadataError, parseIdpMetadata, type IdpMetadata, type MetadataTrust } from './idp-metadata.ts';

/** Broker metadata is a few hundred kilobytes at most; a larger answer is not metadata. */
const MAX_METADATA_BYTES = 2 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

export interface BrokerMetadataOptions {
  /** A file path, or an http(s) URL where the broker publishes its metadata. */
  location: string;
  trust: Omit<MetadataTrust, 'now'>;
  /** How often to fetch again; a shorter cacheDuration in the metadata wins. */
  refreshMs: number;
  /** Told when a reload fails (the metadata in use stays until its validUntil). */
  onReloadError?: (error: Error) => void;
  now?: () => Date;
}

/**
 * The broker's metadata as the portal uses it: verified at start-up (a failure stops the start),
 * fetched again on a schedule without a restart, and refused for logins once past validUntil.
 */
export interface BrokerMetadataSource {
  /** The metadata in use; throws MetadataError once it has expired and no fresh copy came. */
  current(): IdpMetadata;
  /** Fetch and verify now; the metadata in use is replaced only by a valid document. */
  reload(): Promise<void>;
  close(): void;
}

export async function loadBrokerMetadata(options: BrokerMetadataOptions): Promise<BrokerMetadataSource> {
  const now = options.now ?? (() => new Date());
  const read = async () =>
    parseIdpMetadata(await readMetadataText(options.location), { ...options.trust, now: now() });
  let metadata = await read();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const schedule = () => {
    if (closed) return;
    const delay = Math.max(1000, Math.min(options.refreshMs, metadata.cacheDurationMs ?? Infinity));
    timer = setTimeout(() => void source.reload().finally(schedule), delay);
    // The reload never keeps the process (or a test run) alive on its own.
    timer.unref();
  };

  const source: BrokerMetadataSource = {
    current() {
      if (metadata.validUntil && metadata.validUntil <= now()) {
        throw new MetadataError(
          `the broker metadata expired at ${metadata.validUntil.toISOString()} and no valid copy could be loaded`,
        );
      }
      return metadata;
    },
    async reload() {
      try {
        metadata = await read();
      } catch (error) {
        options.onReloadError?.(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
  schedule();
  return source;
}

/** A fixed document (the built-in test broker's): nothing to reload. */
export function staticBrokerMetadata(metadata: IdpMetadata): BrokerMetadataSource {
  return { current: () => metadata, reload: () => Promise.resolve(), close: () => undefined };
}

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

async function readMetadataText(location: string): Promise<string> {
  if (!isUrl(location)) {
    try {
      return await readFile(location, 'utf8');
    } catch (error) {
      throw new MetadataError(`cannot read broker metadata ${location}: ${(error as Error).message}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(location, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml' },
      redirect: 'error',
    });
  } catch (error) {
    throw new MetadataError(`cannot fetch broker metadata from ${location}: ${(error as Error).message}`);
  }
  if (response.status !== 200)
    throw new MetadataError(`cannot fetch broker metadata from ${location}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_METADATA_BYTES) throw new MetadataError('the broker metadata is too large');
  const body = await response.arrayBuffer();
  if (body.byteLength > MAX_METADATA_BYTES) throw new MetadataError('the broker metadata is too large');
  return new TextDecoder('utf-8').decode(body);
}
