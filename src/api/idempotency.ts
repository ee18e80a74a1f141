import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

/**
 * `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the first request with a key
 * is processed and its response stored with a hash of the request; a retry with the same key
 * and the same request gets the stored response (nothing is filed twice); the same key with
 * another request is refused (422); a retry while the first is still running gets 409.
 * Generic: any POST of the API wraps its work in `idempotently`.
 */
type Db = Kysely<DB>;

export const KEY_MAX = 255;

export function isValidKey(key: unknown): key is string {
  return typeof key === 'string' && key.length >= 1 && key.length <= KEY_MAX && /^[\x21-\x7e]+$/.test(key);
}

/** The fingerprint of a request: method, path and the body's canonical JSON (keys sorted). */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export interface Stored {
  status: number;
  body: unknown;
}

export type Outcome =
  { kind: 'done'; response: Stored; replayed: boolean } | { kind: 'processing' } | { kind: 'mismatch' };

/**
 * Runs `work` once per (client, key): its writes and the stored response commit together.
 * A failure (an exception) removes the key again, so the client may retry with it.
 */
export async function idempotently(
  db: Db,
  clientId: string,
  key: string,
  hash: string,
  work: (trx: Transaction<DB>) => Promise<Stored>,
): Promise<Outcome> {
  const claimed = await db
    .insertInto('api_idempotency_keys')
    .values({
      client_id: clientId,
      key,
      request_hash: hash,
      state: 'processing',
      response_status: null,
      response_body: null,
    })
    .onConflict((oc) => oc.columns(['client_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!claimed) {
    const existing = await db
      .selectFrom('api_idempotency_keys')
      .select(['request_hash', 'state', 'response_status', 'response_body'])
      .where('client_id', '=', clientId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!existing) return idempotently(db, clientId, key, hash, work); // removed meanwhile: try again
    if (existing.request_hash !== hash) return { kind: 'mismatch' };
    if (existing.state === 'processing') {
      // A first request that died with its process (no answer, no rollback of the key): after a
      // minute its key is free again, so the client's retry is processed instead of refused for good.
      const abandoned = await db
        .deleteFrom('api_idempotency_keys')
        .where('client_id', '=', clientId)
        .where('key', '=', key)
        .where('state', '=', 'processing')
        .where('created_at', '<', sql<Date>`now() - interval '1 minute'`)
        .returning('key')
        .executeTakeFirst();
      if (abandoned) return idempotently(db, clientId, key, hash, work);
      return { kind: 'processing' };
    }
    return {
      kind: 'done',
      replayed: true,
      response: { status: existing.response_status ?? 200, body: existing.response_body },
    };
  }
  try {
    const response = await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      await trx
        .updateTable('api_idempotency_keys')
        .set({ state: 'done', response_status: result.status, response_body: JSON.stringify(result.body) })
        .where('client_id', '=', clientId)
        .where('key', '=', key)
        .execute();
      return result;
    });
    return { kind: 'done', response, replayed: false };
  } catch (error) {
    await db
      .deleteFrom('api_idempotency_keys')
      .where('client_id', '=', clientId)
      .where('key', '=', key)
      .where('state', '=', 'processing')
      .execute();
    throw error;
  }
}
