import { seedDemo } from './seed/demo.ts';
import type { PortalModule } from '../platform/module.ts';
import { AUTHORISATIONS_SECTION, ORGANISATIONS_SECTION } from './backoffice/sections.ts';
import { organisationMessages } from './messages.ts';
import * as m0200 from './migrations/0200_organisations.ts';
import { organisationRoutes } from './routes.ts';
import { organisationsAuditActions } from './audit-actions.ts';

/** The organisations module's public entry: what other modules and src/main may import. */
export { listClosureDays, loadCalendar } from './closure-days.ts';
export { DEMO_ORGANISATIONS, type DemoOrganisation } from './seed/demo.ts';
export { seedLarge } from './seed/large.ts';
export { representationCheck } from './representatives/representation.ts';
export { parseDate } from './validation.ts';

/**
 * Organisations, recognitions, branches and representatives: the sponsor's account and
 * authorisations, and Team Zakelijk's back-office pages about them.
 */
export const organisationsModule: PortalModule = {
  name: 'organisations',
  auditActions: organisationsAuditActions,
  migrations: { '0200_organisations': m0200 },
  messages: organisationMessages,
  nav: {
    business: [
      {
        href: '/authorisations',
        label: 'nav.representatives',
        order: 40,
        when: (actor) => actor.kind === 'business' && actor.via !== 'chain',
      },
    ],
  },
  backofficeSections: [AUTHORISATIONS_SECTION, ORGANISATIONS_SECTION],
  routes: organisationRoutes,
  demo: ({ database }) => seedDemo(database.db),
};
