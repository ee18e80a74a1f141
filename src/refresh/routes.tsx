import type { FastifyPluginAsync } from 'fastify';
import { Gauge } from 'prom-client';
import { z } from 'zod';
import { access } from '../platform/auth/access.ts';
import { staffActorOf } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { BackofficeSection, ModuleContext } from '../platform/module.ts';
import { RefreshPage } from './views.tsx';

export const REFRESH_SECTION = {
  order: 70,
  href: '/backoffice/refresh',
  title: 'nav.staffRefresh',
  description: 'bo.section.refresh',
  roles: ['team_zakelijk', 'administrator'],
} as const satisfies BackofficeSection;

const staff = { access: access.staff(...REFRESH_SECTION.roles) };
const doneQuery = z.object({ done: z.enum(['started', 'busy']).optional().catch(undefined) });

/** The back-office page, "run now", and the staleness alert (metric and /readyz detail). */
export function refreshRoutes(ctx: ModuleContext): FastifyPluginAsync {
  const { refresh, config } = ctx;
  const staleAfterHours = config.refresh.staleAfterHours;
  return async (app) => {
    new Gauge({
      name: 'refresh_stale',
      help: `1 when the last successful refresh is older than REFRESH_STALE_AFTER_HOURS (${staleAfterHours} h)`,
      registers: [ctx.metrics.registry],
      async collect() {
        this.set((await refresh.status()).stale ? 1 : 0);
      },
    });
    // Alert on `refresh_last_success_age_seconds > 26 * 3600` (or on refresh_stale == 1).
    new Gauge({
      name: 'refresh_last_success_age_seconds',
      help: 'Seconds since the last successful refresh from the case system (+Inf: none yet)',
      registers: [ctx.metrics.registry],
      async collect() {
        this.set((await refresh.status()).ageSeconds ?? Number.POSITIVE_INFINITY);
      },
    });
    ctx.metrics.readinessDetails.set('refresh', async () =>
      (await refresh.status()).stale ? 'stale' : 'fresh',
    );

    app.get(REFRESH_SECTION.href, { config: staff }, async (request, reply) => {
      const [runs, status] = await Promise.all([refresh.recentRuns(50), refresh.status()]);
      const done = doneQuery.parse(request.query).done;
      return reply.page(
        request.t('refresh.staff.title'),
        <RefreshPage
          runs={runs}
          status={status}
          staleAfterHours={staleAfterHours}
          cron={config.refresh.cron}
          notice={
            done ? request.t(done === 'started' ? 'refresh.staff.started' : 'refresh.staff.busy') : undefined
          }
        />,
        { crumbs: [{ href: '/backoffice', label: request.t('nav.backoffice') }] },
      );
    });

    app.post(`${REFRESH_SECTION.href}/run`, { config: staff }, async (request, reply) => {
      const actor = staffActorOf(request);
      const busy = (await refresh.status()).running;
      await audit(ctx.database.db, actor, {
        event: 'refresh.run_now',
        outcome: busy ? 'failure' : 'success',
        ...(busy ? { reason: 'already_running' } : {}),
        requestId: request.id,
      });
      if (!busy) {
        // The run continues after the response (it may take minutes); the page shows its progress.
        void refresh.runNow('manual', { startedBy: actor.userId }).catch((error: unknown) => {
          request.log.error({ err: error }, 'refresh run now failed');
        });
      }
      return reply.redirect(`${REFRESH_SECTION.href}?done=${busy ? 'busy' : 'started'}`, 303);
    });
  };
}
