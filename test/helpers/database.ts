import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.ts';
import { prepareDatabase } from '../../src/main/modules.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, a new
 * PostgreSQL database when TEST_DRIVER=postgres (`npm run test:pg`). Never a mock.
 */
export const usingPostgres = process.env.TEST_DRIVER === 'postgres';
const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  /** The URL to give the portal: a postgres:// URL, or memory:// for PGlite. */
  url: string;
}

export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!usingPostgres) return { url: 'memory://', drop: async () => undefined };
  const name = `bp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  // Which test file made it: a database left behind names its maker (`\l+` shows the comment).
  const maker = /[\w./-]+\.test\.tsx?/.exec(new Error().stack ?? '')?.[0] ?? process.argv[1] ?? 'unknown';
  await admin.query(`comment on database ${name} is ${pg.escapeLiteral(maker)}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * The migrated PGlite data directory made once per run by test/global-setup.ts: starting from
 * it skips initdb, the migrations and pg-boss's schema in every test file.
 */
export function pgliteTemplate(): Blob | undefined {
  const path = process.env.BP_TEST_PGLITE_TEMPLATE;
  return path && existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const target = await createTestDatabaseUrl();
  const template = target.url.startsWith('memory://') ? pgliteTemplate() : undefined;
  const handle = await openDatabase({ databaseUrl: target.url, ...(template ? { template } : {}) });
  await prepareDatabase(handle);
  return {
    ...handle,
    url: target.url,
    async close() {
      await handle.close();
      await target.drop();
    },
  };
}
