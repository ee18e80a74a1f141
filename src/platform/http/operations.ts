import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Config } from '../../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrationsCurrent } from '../db/migrate.ts';
import type { ModuleContext } from '../module.ts';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  loginsTotal: Counter<'outcome'>;
  /**
   * Details a module adds to /readyz (e.g. `refresh: 'stale'`): informative, they never make
   * the portal "not ready". A detail that fails or takes too long reads 'unknown'.
   */
  readinessDetails: Map<string, () => Promise<string>>;
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
    readinessDetails: new Map(),
  };
}

const READY_TIMEOUT_MS = 2_000;
/** The route label of a request no route matched: never the raw URL (it may hold ids, and is unbounded). */
export const UNMATCHED_ROUTE = 'unmatched';

export interface OperationsDeps {
  config: Pick<Config, 'metrics'>;
  database: DatabaseHandle;
  metrics: Metrics;
  /** Every module's migrations: /readyz says ready only when all of them are applied. */
  migrations: ModuleContext['migrations'];
}

/**
 * Records every response in `http_request_duration_seconds`, labelled by route pattern. Added
 * on the root instance (not inside a plugin, whose hooks would see only its own routes).
 */
export function observeRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED_ROUTE,
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}

/**
 * /healthz (the process is up), /readyz (database reachable, migrations current), /metrics.
 * On the public listener /metrics is left out when METRICS_PORT gives it a listener of its
 * own; wherever it is served, METRICS_TOKEN (when set) must come as a bearer token.
 */
export function operationsRoutes(
  deps: OperationsDeps,
  listener: 'public' | 'operations' = 'public',
): FastifyPluginAsync {
  return async (app) => {
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
        return { status: 'ready', ...(await readinessDetails(deps.metrics)) };
      } catch {
        return reply.status(503).send({ status: 'not ready', reason: 'database unreachable' });
      }
    });

    if (listener === 'public' && deps.config.metrics.port !== undefined) return;
    const token = deps.config.metrics.token;
    app.get('/metrics', { config }, async (request, reply) => {
      // Without the token the page does not exist, as far as the caller can tell.
      if (token !== undefined && !bearerMatches(request.headers.authorization, token))
        return reply.callNotFound();
      return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    });
  };
}

/**
 * The second listener of METRICS_PORT: the operations routes only, for a scraper on the
 * internal network. Its own requests are measured too.
 */
export async function createOperationsApp(deps: OperationsDeps): Promise<FastifyInstance> {
  // No request log: a scraper's calls every few seconds would drown the portal's own.
  const app = Fastify({ return503OnClosing: true });
  observeRequests(app, deps.metrics);
  await app.register(operationsRoutes(deps, 'operations'));
  return app;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  // Compare digests in constant time, so the comparison reveals nothing about the token.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

async function readinessDetails(metrics: Metrics): Promise<Record<string, string>> {
  const entries = await Promise.all(
    [...metrics.readinessDetails].map(async ([name, detail]) => {
      const value = await withTimeout(detail(), READY_TIMEOUT_MS).catch(() => 'unknown');
      return [name, value] as const;
    }),
  );
  return Object.fromEntries(entries);
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
