import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { Mutex } from './mutex.ts';
import { LOCK_TIMEOUT_MS, PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** The PGlite instance when embedded, and a way to use it alone (pg-boss goes through this). */
  pglite?: { instance: PGlite; exclusive<T>(fn: () => Promise<T>): Promise<T> };
  close(): Promise<void>;
}

/**
 * Type parsing is aligned between the drivers so that code and tests see the same values:
 * int8 → number (counts and ids stay far below 2^53), numeric → string (exact money),
 * date → 'YYYY-MM-DD' string (a calendar date has no time zone).
 */
const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;
const keepString = (value: string) => value;
const defaultParser = pg.types.getTypeParser.bind(pg.types) as (
  oid: number,
  format?: 'text' | 'binary',
) => (value: string) => unknown;

/**
 * Opens PostgreSQL when a postgres:// URL is given, else PGlite in the data directory.
 * `DATABASE_URL=memory://` runs PGlite in memory (tests, throw-away demos).
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** An in-memory PGlite starts from this data directory dump (tests start from a migrated template). */
  template?: Blob;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl?.startsWith('memory://')) return openPglite('memory://', options.template);
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(connectionString: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === OID.INT8) return Number;
        if (oid === OID.NUMERIC || oid === OID.DATE) return keepString;
        return defaultParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A client that loses its server must not crash the process (an 'error' event without a
  // listener would): the query in flight is rejected anyway, and the pool replaces the client.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    // No JIT compilation: the portal's statements are short, and PostgreSQL compiles one whose
    // estimated cost passes jit_above_cost (100,000) before running it: 20 ms for the activity
    // log's "who" list, which runs in under 2 ms (bench/README.md, "Sixth pass"). Sent first on
    // each connection (a client runs its queries in order); a SET, not a startup option, so a
    // pooler in session mode passes it on.
    client.query('set jit = off').catch(() => undefined);
    prepareMarkedQueries(client);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return { db, driver: 'postgres', close: () => db.destroy() };
}

/**
 * SQL that starts with this comment runs as a prepared statement on PostgreSQL: parsed and
 * planned once per connection, not for every request. For a query run on (nearly) every request
 * whose planning costs more than its execution: the session and actor query plans in ~0.2 ms and
 * runs in ~0.05 ms (issue 9). PGlite ignores the comment.
 */
export const PREPARED = '/* prepared */ ';

/** A compiled Kysely query, marked to run as a prepared statement on PostgreSQL (PREPARED). */
export function prepared<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return CompiledQuery.raw(`${PREPARED}${query.sql}`, [...query.parameters]);
}

const statementNames = new Map<string, string>();

/** Kysely calls `client.query(text, values)`; a marked text goes as a named (prepared) statement. */
function prepareMarkedQueries(client: pg.PoolClient): void {
  const plain = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = (first: unknown, ...rest: unknown[]): unknown => {
    if (
      typeof first !== 'string' ||
      !first.startsWith(PREPARED) ||
      rest.length !== 1 ||
      !Array.isArray(rest[0])
    )
      return plain(first, ...rest);
    let name = statementNames.get(first);
    if (!name) {
      name = `bp_${createHash('sha256').update(first).digest('hex').slice(0, 24)}`;
      statementNames.set(first, name);
    }
    return plain({ name, text: first, values: rest[0] });
  };
  (client as unknown as { query: typeof prepared }).query = prepared;
}

/**
 * PGlite runs PostgreSQL in this process, and PostgreSQL fills its shared buffers as it reads:
 * with the 128 MB that initdb writes into postgresql.conf the portal held ~130 MB more for an
 * embedded database of a few MB (bench/startup.ts). 16 MB keeps the working set of the embedded
 * default; pages beyond it still come from the operating system's file cache.
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

async function openPglite(dataDir: string, template?: Blob): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    ...(template ? { loadDataDir: template } : {}),
    startParams: PGLITE_START_PARAMS,
    // The trigram index of the status list's search (src/cases/migrations/0720_cases_search.ts).
    extensions: { pg_trgm },
    parsers: {
      [pgliteTypes.INT8]: (v: string) => Number(v),
      [pgliteTypes.NUMERIC]: keepString,
      [pgliteTypes.DATE]: keepString,
    },
  });
  const mutex = new Mutex();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite, mutex) });
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    const release = await mutex.acquire(LOCK_TIMEOUT_MS);
    try {
      return await fn();
    } finally {
      release();
    }
  };
  return { db, driver: 'pglite', pglite: { instance: pglite, exclusive }, close: () => db.destroy() };
}

/** True for errors that mean "the database cannot be reached", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code))
      return true;
    // Class 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
    if (code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)) return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    error.message,
  );
}
