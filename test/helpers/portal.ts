import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import { buildPortal, type Portal } from '../../src/main/runtime.ts';
import type { Logger } from '../../src/platform/logging.ts';
import { createTestDatabaseUrl, pgliteTemplate } from './database.ts';

export interface TestPortal extends Portal {
  config: Config;
  dataDir: string;
}

/**
 * The whole portal as `npm start` builds it, on a fresh database (PGlite in memory, or a
 * new PostgreSQL database under `npm run test:pg`) and a temporary data directory.
 * The in-process job worker is off unless asked for, so tests drive jobs themselves.
 */
export async function createTestPortal(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestPortal> {
  const target = await createTestDatabaseUrl();
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-test-'));
  // A portal that refuses its configuration or to start (the tests of start-up refusals) leaves
  // nothing behind: no database, no data directory.
  const cleanUp = async (error: unknown): Promise<never> => {
    await target.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  };
  let config: Config;
  try {
    config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: target.url,
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      DEV_MAILBOX: 'true',
      RATE_LIMIT_MAX: '100000',
      WORKER_IN_PROCESS: 'false',
      ...env,
    });
  } catch (error) {
    return cleanUp(error);
  }
  const template = target.url.startsWith('memory://') ? pgliteTemplate() : undefined;
  const portal = await buildPortal(config, {
    ...options,
    ...(template ? { databaseTemplate: template } : {}),
  }).catch(cleanUp);
  return {
    ...portal,
    config,
    dataDir,
    async close() {
      await portal.close();
      await target.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reads the CSRF cookie and a token from a rendered page, for POSTs in inject() tests. */
export function csrfFrom(response: { headers: Record<string, unknown>; body: string }): {
  cookie: string;
  token: string;
} {
  const setCookie = response.headers['set-cookie'];
  const cookies = (Array.isArray(setCookie) ? setCookie : [setCookie]).filter(
    (c): c is string => typeof c === 'string',
  );
  const csrfCookie = cookies.find((c) => c.startsWith('__Host-bp-csrf='));
  const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  if (!csrfCookie || !token) throw new Error('no CSRF cookie or token on the page');
  return { cookie: csrfCookie.split(';')[0] ?? '', token };
}
