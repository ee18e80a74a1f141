import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { createFileStore } from '../platform/files/file-store.ts';
import type { AppDeps } from '../platform/http/app.ts';
import { backofficeRoutes } from './backoffice-routes.tsx';
import { faqRoutes } from './faq/routes.tsx';
import { reportRoutes } from './reports/routes.tsx';
import type { ReportServiceDeps } from './reports/service.ts';

/**
 * Support (issue 6): reporting a problem, the reporter's own reports, the FAQ, and Team
 * Zakelijk's queue and FAQ maintenance. Multipart is registered in this plugin's scope only.
 */
export function supportRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(multipart, { throwFileSizeLimit: false });
    const files = createFileStore(deps.config);
    const service: ReportServiceDeps = {
      db: deps.database.db,
      jobs: deps.jobs,
      teamZakelijk: deps.config.mail.teamZakelijk,
      publicUrl: deps.config.publicUrl,
    };
    reportRoutes(app, deps, files, service);
    faqRoutes(app, deps);
    backofficeRoutes(app, deps, files, service);
  };
}
