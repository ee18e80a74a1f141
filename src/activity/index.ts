import type { PortalModule } from '../platform/module.ts';
import { activityAuditActions } from './audit-actions.ts';
import { activityMessages } from './messages.ts';
import * as m1000 from './migrations/1000_activity_log.ts';
import * as m1010 from './migrations/1010_activity_filters.ts';
import { activityRoutes } from './routes.tsx';
import './schema.ts';

/**
 * The organisation's activity log (issue 17): who did what in its name, from the audit log that
 * every module writes through platform/audit.ts. Migrations 1000–1099.
 */
export { organisationActions } from './repository.ts';

export const activityModule: PortalModule = {
  name: 'activity',
  auditActions: activityAuditActions,
  migrations: { '1000_activity_log': m1000, '1010_activity_filters': m1010 },
  messages: activityMessages,
  nav: {
    business: [
      {
        href: '/activity',
        label: 'nav.activity',
        order: 50,
        when: (actor) => actor.kind === 'business' && actor.branchNumber === null,
      },
    ],
  },
  routes: activityRoutes,
};
