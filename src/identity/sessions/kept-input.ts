import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import {
  KEPT_INPUT_SECONDS,
  KEPT_REASONS,
  type KeptInput,
  type KeptInputService,
  type KeptReason,
} from '../../platform/http/kept-input.ts';

declare module '../../platform/db/schema.ts' {
  interface DB {
    kept_inputs: {
      id_hash: string;
      subject: string;
      path: string;
      input: string;
      reason: import('kysely').ColumnType<string, string | undefined, never>;
      expires_at: Date;
      created_at: import('kysely').ColumnType<Date, Date | undefined, never>;
    };
  }
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const pathOf = (url: string) => url.split('?')[0] ?? url;

/** The subject a kept input belongs to: the person of the ended session, or of the new one. */
function subjectOf(request: FastifyRequest): string | null {
  if (request.expiredSubject) return request.expiredSubject;
  return request.actor.kind === 'business' ? request.actor.actingSubject : null;
}

/**
 * Kept input in the database (several instances share it), under the hash of a random token
 * that only the browser's cookie holds, bound to the person of the ended session: after a new
 * login it goes back only to the same person (eHerkenning's pseudonym), on the same page, once.
 * When the ended session is not known (no cookie at all), nothing is kept: it could be anyone.
 * With a live session (the language switch or "stay logged in" posting the page's form, D10)
 * it is bound to the person logged in, and goes back to the page named, once.
 */
export function keptInputStore(db: Database, clock: () => Date = () => new Date()): KeptInputService {
  return {
    async keep(request, input, options = {}) {
      const subject = subjectOf(request);
      if (!subject) return undefined;
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      await db.deleteFrom('kept_inputs').where('expires_at', '<', now).execute();
      await db
        .insertInto('kept_inputs')
        .values({
          id_hash: hash(token),
          subject,
          path: pathOf(options.path ?? request.url),
          input: JSON.stringify(input),
          reason: options.reason ?? 'login',
          expires_at: new Date(now.getTime() + KEPT_INPUT_SECONDS * 1000),
        })
        .execute();
      return token;
    },
    async take(request, token) {
      const subject = subjectOf(request);
      if (!subject || request.expiredSubject) return undefined;
      const row = await db
        .deleteFrom('kept_inputs')
        .where('id_hash', '=', hash(token))
        .where('subject', '=', subject)
        .where('path', '=', pathOf(request.url))
        .where('expires_at', '>', sql<Date>`${clock()}`)
        .returning(['input', 'reason'])
        .executeTakeFirst();
      if (!row) return undefined;
      const input = typeof row.input === 'string' ? (JSON.parse(row.input) as unknown) : row.input;
      const reason: KeptReason = KEPT_REASONS.find((r) => r === row.reason) ?? 'login';
      return input && typeof input === 'object' ? { input: input as KeptInput, reason } : undefined;
    },
  };
}
