import type { PortalModule } from '../platform/module.ts';
import { dashboardRoutes } from './dashboard.tsx';
import { purgeExpiredSamlIds } from './eherkenning/repository.ts';
import { eherkenningRoutes } from './eherkenning/routes.tsx';
import type { EHerkenning } from './eherkenning/setup.ts';
import { identityMessages } from './messages.ts';
import * as m0100 from './migrations/0100_identity.ts';
import * as m0110 from './migrations/0110_sessions.ts';
import * as m0150 from './migrations/0150_kept_input.ts';
import * as m0160 from './migrations/0160_kept_input_reason.ts';
import { identityView } from './schema.ts';
import { sessionRoutes } from './session-routes.tsx';
import { SessionStore } from './sessions/sessions.ts';
import { staffMessages } from './staff/messages.ts';
import { staffRoutes } from './staff/routes.tsx';
import { testBrokerRoutes } from './test-broker/routes.tsx';
import { identityAuditActions } from './audit-actions.ts';

/** The identity module's public entry: what other modules and src/main may import. */
export { actorResolver, type RepresentationCheck } from './resolve-actor.ts';
export { keptInputStore } from './sessions/kept-input.ts';
export { setUpEHerkenning, type EHerkenning } from './eherkenning/setup.ts';
export { SESSION_COOKIES, SessionStore, type ActiveSession } from './sessions/sessions.ts';

declare module '../platform/module.ts' {
  interface PortalServices {
    sessions: SessionStore;
  }
  interface WebServices {
    /** Keys, broker metadata and stores of the eHerkenning login (built at start-up, web only). */
    eherkenning: EHerkenning;
  }
}

/** Logging in (eHerkenning, staff OIDC), sessions, and the business dashboard. */
export const identityModule: PortalModule = {
  name: 'identity',
  auditActions: identityAuditActions,
  migrations: {
    '0100_identity': m0100,
    '0110_sessions': m0110,
    '0150_kept_input': m0150,
    '0160_kept_input_reason': m0160,
  },
  messages: { ...identityMessages, ...staffMessages },
  nav: { business: [{ href: '/dashboard', label: 'nav.dashboard', order: 10 }] },
  routes: (ctx) => async (app) => {
    await app.register(eherkenningRoutes(ctx, ctx.eherkenning));
    const broker = ctx.eherkenning.testBroker;
    if (broker && ctx.config.features.testBroker) {
      await app.register(testBrokerRoutes(ctx, ctx.eherkenning, broker));
      if (!ctx.config.eherkenning.idpMetadataPath) {
        // The built-in broker answers ArtifactResolve in this same process: no network round trip.
        ctx.eherkenning.transport = async (url, envelope) => {
          const response = await app.inject({
            method: 'POST',
            url: new URL(url).pathname,
            payload: envelope,
            headers: { 'content-type': 'text/xml; charset=utf-8' },
          });
          if (response.statusCode >= 500) throw new Error(`test broker answered ${response.statusCode}`);
          return response.body;
        };
      }
    }
    await app.register(sessionRoutes(ctx));
    await app.register(dashboardRoutes(ctx));
    await app.register(staffRoutes(ctx));
  },
  jobs: (ctx) => [
    {
      name: 'housekeeping.sessions',
      cron: '17 * * * *',
      handler: async () => {
        await ctx.sessions.purge();
        await purgeExpiredSamlIds(identityView(ctx.database.db));
      },
    },
  ],
};
