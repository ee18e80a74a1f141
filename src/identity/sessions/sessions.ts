import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { BusinessPrincipal, StaffPrincipal } from './schema.ts';

/**
 * Server-side sessions. The cookie carries a random 256-bit token; the database keeps only
 * its SHA-256, so a leaked table does not yield usable cookies. Quality check 5: a new id
 * at every login, idle and absolute timeouts, and a logged-out cookie is worthless.
 */
export const SESSION_COOKIES = { business: '__Host-bp-session', staff: '__Host-bp-staff' } as const;
export type SessionKind = keyof typeof SESSION_COOKIES;

export const TIMEOUTS: Record<SessionKind, { idleMs: number; absoluteMs: number }> = {
  business: { idleMs: 15 * 60_000, absoluteMs: 10 * 3_600_000 },
  staff: { idleMs: 30 * 60_000, absoluteMs: 9 * 3_600_000 },
};

export type Principal<K extends SessionKind> = K extends 'business' ? BusinessPrincipal : StaffPrincipal;

export interface ActiveSession<K extends SessionKind = SessionKind> {
  idHash: string;
  kind: K;
  principal: Principal<K>;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export type Lookup<K extends SessionKind> =
  { state: 'active'; session: ActiveSession<K> } | { state: 'expired' } | { state: 'none' };

/** What the sessions table holds about a session, as read to judge it. */
export interface SessionRow {
  id_hash: string;
  principal: unknown;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  ended_at: Date | null;
}

/** The idle timeout is extended in the database at most this often (a write per page would be wasteful). */
export const TOUCH_INTERVAL_MS = 60_000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The key a cookie's token is stored under; null for a value that cannot be a token. */
export function sessionIdHash(token: string | undefined): string | null {
  return token && token.length <= 100 ? hash(token) : null;
}

export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create<K extends SessionKind>(
    kind: K,
    principal: Principal<K>,
  ): Promise<{ token: string; session: ActiveSession<K> }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    const absoluteExpiresAt = new Date(now.getTime() + TIMEOUTS[kind].absoluteMs);
    const idleExpiresAt = new Date(now.getTime() + TIMEOUTS[kind].idleMs);
    const idHash = hash(token);
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: idHash,
        kind,
        principal: JSON.stringify(principal) as never,
        idle_expires_at: idleExpiresAt,
        absolute_expires_at: absoluteExpiresAt,
        last_seen_at: now,
      })
      .execute();
    return { token, session: { idHash, kind, principal, idleExpiresAt, absoluteExpiresAt } };
  }

  /** Finds a live session; `touch` extends the idle timeout (never past the absolute one). */
  async find<K extends SessionKind>(
    kind: K,
    token: string | undefined,
    options: { touch: boolean },
  ): Promise<Lookup<K>> {
    const idHash = sessionIdHash(token);
    if (!idHash) return { state: 'none' };
    const row = await this.db
      .selectFrom('sessions')
      .select(['id_hash', 'principal', 'idle_expires_at', 'absolute_expires_at', 'ended_at'])
      .where('id_hash', '=', idHash)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return this.judge(kind, row, options);
  }

  /**
   * Judges a session row, read here or together with more (identity/resolve-actor reads the
   * session and its actor in one query): active, expired or none. `touch` extends the idle
   * timeout, written at most once a minute per session.
   */
  async judge<K extends SessionKind>(
    kind: K,
    row: SessionRow | undefined,
    options: { touch: boolean },
  ): Promise<Lookup<K>> {
    if (!row) return { state: 'none' };
    const now = this.clock();
    if (row.ended_at || row.idle_expires_at <= now || row.absolute_expires_at <= now)
      return { state: 'expired' };
    let idleExpiresAt = row.idle_expires_at;
    if (options.touch) {
      const extended = new Date(
        Math.min(now.getTime() + TIMEOUTS[kind].idleMs, row.absolute_expires_at.getTime()),
      );
      // Write at most once a minute: the extension is coarse, the database is not hammered.
      if (extended.getTime() - row.idle_expires_at.getTime() > TOUCH_INTERVAL_MS) {
        await this.db
          .updateTable('sessions')
          .set({ idle_expires_at: extended, last_seen_at: now })
          .where('id_hash', '=', row.id_hash)
          .where('ended_at', 'is', null)
          .execute();
        idleExpiresAt = extended;
      }
    }
    return {
      state: 'active',
      session: {
        idHash: row.id_hash,
        kind,
        principal: row.principal as Principal<K>,
        idleExpiresAt,
        absoluteExpiresAt: row.absolute_expires_at,
      },
    };
  }

  async updatePrincipal(idHash: string, principal: BusinessPrincipal | StaffPrincipal): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ principal: JSON.stringify(principal) as never })
      .where('id_hash', '=', idHash)
      .execute();
  }

  /** Ends a session for good: the cookie that named it is worthless from now on. */
  async end(idHash: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ ended_at: this.clock() })
      .where('id_hash', '=', idHash)
      .execute();
  }

  /** Removes sessions that ended or expired more than a day ago (a scheduled job). */
  async purge(): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('absolute_expires_at', '<', sql<Date>`now() - interval '1 day'`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
