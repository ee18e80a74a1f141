import type { PortalModule } from '../platform/module.ts';
import { CASES_SECTION } from './backoffice/section.ts';
import { caseSystemMessages } from './messages.ts';
import * as m0500 from './migrations/0500_casesystem.ts';
import * as m0510 from './migrations/0510_casesystem_records.ts';
import * as m0520 from './migrations/0520_casesystem_reports.ts';
import { caseHandlingRoutes } from './backoffice/routes.tsx';
import { seedCaseSystemDemo } from './seed/demo.ts';
import type { CaseSystemService } from './service.ts';
import { casesystemAuditActions } from './audit-actions.ts';

/**
 * The built-in case system (the system of record behind the portal). Its public entry: the
 * interface of contract.ts (intake, the sponsor's answers, the change export, documents,
 * recognition changes), its factory for main, and Team Zakelijk's case handling pages.
 */
export * from './contract.ts';
export {
  createCaseSystem,
  DEFAULT_SAFETY_LAG_MS,
  type CaseAction,
  type CaseSystemDeps,
  type CaseSystemService,
} from './service.ts';
export { seedCaseSystemLarge } from './seed/large.ts';

declare module '../platform/module.ts' {
  interface PortalServices {
    /** The case system (built once in main; the refresh, applications and cases call it). */
    caseSystem: CaseSystemService;
  }
}

export const casesystemModule: PortalModule = {
  name: 'casesystem',
  auditActions: casesystemAuditActions,
  migrations: {
    '0500_casesystem': m0500,
    '0510_casesystem_records': m0510,
    '0520_casesystem_reports': m0520,
  },
  messages: caseSystemMessages,
  backofficeSections: [CASES_SECTION],
  routes: caseHandlingRoutes,
  demo: (ctx) => seedCaseSystemDemo(ctx),
};

/** The contract's interface under a name of its own, for the refresh (src/refresh). */
export type { CaseSystem as CaseSystemContract } from './contract.ts';
