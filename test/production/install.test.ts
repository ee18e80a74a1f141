import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureKeyPair } from '../../src/identity/eherkenning/key-pair.ts';
import { createTestDatabaseUrl } from '../helpers/database.ts';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';

/**
 * Issue 9: the production install, as docs/operations.md tells an operator to do it.
 * Build stage (this checkout, with dev dependencies): `npm run build`. Runtime stage (an empty
 * directory): package.json, package-lock.json, public/ and dist/, then `npm ci --omit=dev`;
 * no src/, no tsx, no dev dependency. The compiled web process and worker start on PostgreSQL
 * with production configuration, the portal becomes ready, and both stop cleanly on SIGTERM.
 */
const ROOT = process.cwd();
const PUBLIC_URL = 'https://portaal.smoke.example';
let release: string;
let secrets: string;
let smtp: TestSmtpServer;
let database: { url: string; drop(): Promise<void> };

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 400_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${String(result.status)}):\n${result.stderr}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  release = mkdtempSync(join(tmpdir(), 'bp-release-'));
  secrets = mkdtempSync(join(tmpdir(), 'bp-secrets-'));
  run('npm', ['run', 'build', '--', '--outDir', join(release, 'dist')], ROOT);
  for (const path of ['package.json', 'package-lock.json', 'public']) {
    cpSync(join(ROOT, path), join(release, path), { recursive: true });
  }
  run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], release);

  // What the operator makes: the portal's SAML key pair (the broker's metadata is a fixture).
  await ensureKeyPair(secrets, 'sp', 'portaal.smoke.example');
  smtp = await startSmtpServer();
  database = await createTestDatabaseUrl();
});

afterAll(async () => {
  await smtp.close();
  await database.drop();
  rmSync(release, { recursive: true, force: true });
  rmSync(secrets, { recursive: true, force: true });
});

function productionEnv(ports: { web: number; metrics: number }): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(ports.web),
    METRICS_PORT: String(ports.metrics),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    PUBLIC_URL,
    LOG_LEVEL: 'info',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: database.url,
    DATA_DIR: join(release, 'data'),
    SMTP_URL: smtp.url,
    // The broker's metadata as brokers publish it (signed EntitiesDescriptor) and its trust anchor.
    EHERKENNING_IDP_METADATA: join(ROOT, 'test', 'fixtures', 'eherkenning', 'broker-metadata.xml'),
    EHERKENNING_IDP_METADATA_CERT: join(ROOT, 'test', 'fixtures', 'eherkenning', 'metadata-signer.cert.pem'),
    EHERKENNING_BROKER_OIN: '00000003123456780000',
    EHERKENNING_SP_KEY: join(secrets, 'sp-key.pem'),
    EHERKENNING_SP_CERT: join(secrets, 'sp-cert.pem'),
    EHERKENNING_ENTITY_ID: `${PUBLIC_URL}/saml/metadata`,
    STAFF_OIDC_ISSUER: 'https://login.smoke.example',
    STAFF_OIDC_CLIENT_ID: 'business-portal',
    STAFF_OIDC_CLIENT_SECRET: randomBytes(16).toString('hex'),
  };
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a compiled entry point with the Node that runs this test (Node 24, as production needs). */
function start(entry: string, env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [join('dist', 'main', entry)], { cwd: release, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor<T>(what: string, started: Started, probe: () => Promise<T | undefined>): Promise<T> {
  const state = { exited: false };
  void started.exited.then(() => (state.exited = true));
  for (let attempt = 0; attempt < 240 && !state.exited; attempt++) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen; the process said:\n${started.output()}`);
}

async function stop(started: Started): Promise<number | null> {
  started.child.kill('SIGTERM');
  return started.exited;
}

describe('a production install', () => {
  it('holds no development dependency (and so no Node pinned by npm: production installs Node 24)', () => {
    for (const devOnly of ['selfsigned', 'typescript', 'vitest', 'node', 'smtp-server']) {
      expect(existsSync(join(release, 'node_modules', devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(join(release, 'dist', 'main', 'web.js'))).toBe(true);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('starts the compiled web process and worker on PostgreSQL, becomes ready, stops on SIGTERM', async () => {
    const ports = { web: await freePort(), metrics: await freePort() };
    const env = productionEnv(ports);
    const web = start('web.js', env);
    const base = `http://127.0.0.1:${ports.web}`;
    try {
      const ready = await waitFor('/readyz ready', web, async () => {
        const response = await fetch(`${base}/readyz`);
        return response.status === 200 ? ((await response.json()) as unknown) : undefined;
      });
      // A new production portal has not refreshed from the case system yet: ready, and says so.
      expect(ready).toEqual({ status: 'ready', refresh: 'stale' });

      const home = await fetch(`${base}/`, { headers: { 'accept-language': 'nl' } });
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<html lang="nl"');
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      const metrics = await fetch(`http://127.0.0.1:${ports.metrics}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(
        /http_request_duration_seconds_count\{method="GET",route="\/",status="200"\}/,
      );

      const worker = start('worker.js', env);
      await waitFor('the worker start', worker, async () =>
        worker.output().includes('"msg":"worker started"') ? true : undefined,
      );
      expect(await stop(worker), worker.output()).toBe(0);
    } finally {
      const code = await stop(web);
      expect(code, web.output()).toBe(0);
    }
  });
});
