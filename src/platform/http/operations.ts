import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { migrationsCurrent } from '../db/migrate.ts';
import type { ModuleContext } from '../module.ts';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  loginsTotal: Counter<'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route pattern (never the raw URL: it may contain ids)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    loginsTotal: new Counter({
      name: 'logins_total',
      help: 'Logins by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}

const READY_TIMEOUT_MS = 2_000;

/** /healthz (the process is up), /readyz (database reachable, migrations current), /metrics. */
export function operationsRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      deps.metrics.httpDuration.observe(
        { method: request.method, route, status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
    const config = { access: { kind: 'public' as const }, session: false };

    app.get('/healthz', { config }, async () => ({ status: 'ok' }));

    app.get('/readyz', { config }, async (_request, reply) => {
      try {
        const ready = await withTimeout(
          (async () => {
            await sql`select 1`.execute(deps.database.db);
            return await migrationsCurrent(deps.database.db, deps.migrations);
          })(),
          READY_TIMEOUT_MS,
        );
        if (!ready)
          return await reply.status(503).send({ status: 'not ready', reason: 'migrations pending' });
        return { status: 'ready' };
      } catch {
        return reply.status(503).send({ status: 'not ready', reason: 'database unreachable' });
      }
    });

    app.get('/metrics', { config }, async (_request, reply) => {
      return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
