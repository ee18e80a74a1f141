import type { PortalModule } from '../platform/module.ts';
import { backofficeMessages } from './messages.ts';
import { backofficeRoutes } from './routes.tsx';
import { AUDIT_LOG_SECTION, CLOSURE_DAYS_SECTION } from './sections.ts';
import { backofficeAuditActions } from './audit-actions.ts';

/** The back-office shell: home, closure days, audit log. */
export const backofficeModule: PortalModule = {
  name: 'backoffice',
  auditActions: backofficeAuditActions,
  messages: backofficeMessages,
  backofficeSections: [CLOSURE_DAYS_SECTION, AUDIT_LOG_SECTION],
  routes: backofficeRoutes,
};
