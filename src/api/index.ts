import { apiAuditActions } from './audit-actions.ts';
import { job } from '../platform/jobs/jobs.ts';
import type { PortalModule } from '../platform/module.ts';
import { apiMessages } from './messages.ts';
import * as m0900 from './migrations/0900_api.ts';
import { purgeExpired } from './oauth.ts';
import { clientPages } from './pages.tsx';
import { apiRoutes } from './routes.ts';
import './schema.ts';
import { deliverDue, DELIVER_WEBHOOKS_JOB, eventsFromBatch, purgeWebhookOutbox } from './webhooks.ts';

/**
 * The sponsor API (issue 16): /api/v1 (OpenAPI 3.1 at /api/v1/openapi.json, reference at
 * /api/v1/docs), client registration under Account → API clients, and webhooks delivered by
 * the worker from events the refresh writes in its own transaction.
 */
export { openApiDocument } from './openapi.ts';

export const API_PURGE_JOB = 'api.purge';

export const apiModule: PortalModule = {
  name: 'api',
  auditActions: apiAuditActions,
  migrations: { '0900_api': m0900 },
  messages: apiMessages,
  nav: {
    business: [
      {
        href: '/account/api-clients',
        label: 'nav.apiClients',
        order: 45,
        when: (actor) => actor.kind === 'business' && actor.via === 'self' && actor.branchNumber === null,
      },
    ],
  },
  routes: (ctx) => async (app) => {
    await app.register(apiRoutes(ctx));
    await app.register(clientPages(ctx));
  },
  onReadModelBatch: eventsFromBatch,
  jobs: ({ database, config, logger }) => [
    // Every minute: what is due (new, or its backoff over) is attempted once; a failure is
    // retried later with exponential backoff (webhooks.ts), up to MAX_ATTEMPTS.
    job<Record<string, never>>({
      name: DELIVER_WEBHOOKS_JOB,
      cron: '* * * * *',
      retryLimit: 0,
      handler: async () => {
        const deps = {
          db: database.db,
          publicUrl: config.publicUrl,
          logger,
          policy: { production: config.production, privateNetworks: config.webhooks.privateNetworks },
        };
        for (let round = 0; round < 20; round += 1) if ((await deliverDue(deps)) === 0) break;
      },
    }),
    job<Record<string, never>>({
      name: API_PURGE_JOB,
      cron: '17 * * * *',
      handler: async () => {
        await purgeExpired(database.db);
        await purgeWebhookOutbox(database.db, config.outboxRetentionDays);
      },
    }),
  ],
};
