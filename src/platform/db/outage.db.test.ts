import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usingPostgres } from '../../../test/helpers/database.ts';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';

/**
 * Quality (reliability) check 3: the database goes away → 503 pages and /readyz not ready;
 * it comes back → the portal recovers by itself. A TCP proxy in front of PostgreSQL is cut and
 * restored. (PGlite runs inside the process and cannot go away, so this runs on PostgreSQL.)
 */
class Proxy {
  server: Server | null = null;
  sockets = new Set<Socket>();
  port = 0;
  async start(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(5432, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe.runIf(usingPostgres)('when the database goes away', () => {
  const proxy = new Proxy();
  let portal: TestPortal;
  let target: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    await proxy.start();
    const { createTestDatabaseUrl } = await import('../../../test/helpers/database.ts');
    target = await createTestDatabaseUrl();
    const url = new URL(target.url);
    url.port = String(proxy.port);
    url.hostname = '127.0.0.1';
    portal = await createTestPortal({ DATABASE_URL: url.toString() });
  });
  afterAll(async () => {
    await portal.close();
    await proxy.cut();
    await target.drop(); // the portal's own database is behind the proxy: createTestPortal drops another
  });

  it('answers 503 with a friendly page, says not ready, and recovers when it returns', async () => {
    expect((await portal.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
    await proxy.cut();
    const page = await portal.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'en' } });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('The portal is temporarily unavailable');
    expect(page.body).not.toMatch(/\n\s+at \S/);
    expect(page.body).not.toContain('node_modules');
    const ready = await portal.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect((await portal.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    await proxy.start(proxy.port);
    let recovered = 0;
    for (let i = 0; i < 20 && recovered !== 200; i++) {
      recovered = (await portal.app.inject({ method: 'GET', url: '/' })).statusCode;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(200);
    expect((await portal.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});
