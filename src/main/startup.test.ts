import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 2, bad input: an unreachable database at start gives one clear line and a non-zero exit. */
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function start(env: Record<string, string>) {
  return spawnSync(tsx, ['src/main/web.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('starting the portal', () => {
  it('exits with a one-line error when the database cannot be reached', () => {
    const result = start({
      NODE_ENV: 'development',
      DATABASE_URL: 'postgres://portal@127.0.0.1:1/portal',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-start-')),
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Business Portal cannot start: cannot open the PostgreSQL database in DATABASE_URL/,
    );
  });

  it('refuses to start in production with the development mailbox on, and says so', () => {
    const result = start({ NODE_ENV: 'production', DEV_MAILBOX: 'true' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('DEV_MAILBOX is on');
    expect(result.stderr).toContain('DATABASE_URL is missing');
  });

  it('refuses to start without an explicit mode (issue 13, finding 10)', () => {
    const result = start({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-start-')) });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('NODE_ENV is missing');
  });
});
