import type { FastifyPluginAsync } from 'fastify';
import type { ModuleContext } from '../platform/module.ts';
import { accountRoutes } from './account.tsx';
import { authorisationQueueRoutes } from './backoffice/authorisations.tsx';
import { organisationBackofficeRoutes } from './backoffice/organisations.tsx';
import { representativeRoutes } from './representatives/routes.tsx';

/** The organisations module's routes: business users' pages, and Team Zakelijk's back-office pages. */
export function organisationRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(representativeRoutes(deps));
    await app.register(accountRoutes(deps));
    await app.register(authorisationQueueRoutes(deps));
    await app.register(organisationBackofficeRoutes(deps));
  };
}
