import { afterAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';

/** Issue 9: /metrics is not public in production: a bearer token, or a listener of its own. */
const TOKEN = 'metrics-token-'.padEnd(40, 'x');
const opened: TestPortal[] = [];
afterAll(async () => {
  for (const portal of opened) await portal.close();
});

async function portalWith(env: Record<string, string>): Promise<TestPortal> {
  const portal = await createTestPortal(env);
  opened.push(portal);
  return portal;
}

describe('/metrics', () => {
  it('with METRICS_TOKEN answers only a request that brings the token; without it the page does not exist', async () => {
    const portal = await portalWith({ METRICS_TOKEN: TOKEN });
    const metrics = (authorization?: string) =>
      portal.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    expect((await metrics()).statusCode).toBe(404);
    expect((await metrics(`Bearer ${TOKEN}x`)).statusCode).toBe(404);
    expect((await metrics(`Basic ${TOKEN}`)).statusCode).toBe(404);
    const allowed = await metrics(`Bearer ${TOKEN}`);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain(
      'http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}',
    );
  });

  it('with METRICS_PORT is served only by the operations listener, which also measures the public pages', async () => {
    const portal = await portalWith({ METRICS_PORT: '9464' });
    expect((await portal.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    expect((await portal.app.inject({ method: 'GET', url: '/faq' })).statusCode).toBe(200);
    const operations = portal.operations;
    if (!operations) throw new Error('METRICS_PORT gives the portal an operations listener');
    const metrics = await operations.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/faq",status="200"\} 1$/m,
    );
    expect((await operations.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
      refresh: 'fresh',
    });
    expect((await operations.inject({ method: 'GET', url: '/faq' })).statusCode).toBe(404);
  });
});
