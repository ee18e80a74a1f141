import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../platform/http/app.ts';
import { accountRoutes } from './account.tsx';
import { representativeRoutes } from './representatives/routes.tsx';

/** The organisations module's routes for business users (the back office has its own). */
export function organisationRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(representativeRoutes(deps));
    await app.register(accountRoutes(deps));
  };
}
