import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleContext } from '../platform/module.ts';
import { backofficeRoutes } from './backoffice-routes.tsx';
import { faqRoutes } from './faq/routes.tsx';
import { reportRoutes } from './reports/routes.tsx';

/**
 * Support (issue 6): reporting a problem, the reporter's own reports, the FAQ, and Team
 * Zakelijk's queue and FAQ maintenance. Multipart is registered in this plugin's scope only.
 */
export function supportRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(multipart, { throwFileSizeLimit: false });
    reportRoutes(app, deps, deps.files, deps.reports);
    faqRoutes(app, deps);
    backofficeRoutes(app, deps, deps.files, deps.reports);
  };
}
