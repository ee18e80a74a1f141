import type { FastifyPluginAsync } from 'fastify';
import { registerMultipart } from '../platform/http/multipart.ts';
import type { ModuleContext } from '../platform/module.ts';
import { backofficeRoutes } from './backoffice-routes.tsx';
import { faqRoutes } from './faq/routes.tsx';
import { reportRoutes } from './reports/routes.tsx';

/**
 * Support (issue 6): reporting a problem, the reporter's own reports, the FAQ, and Team
 * Zakelijk's queue and FAQ maintenance.
 */
export function supportRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    await registerMultipart(app);
    reportRoutes(app, deps, deps.files, deps.reports);
    faqRoutes(app, deps);
    backofficeRoutes(app, deps, deps.files, deps.reports);
  };
}
