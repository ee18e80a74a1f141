import { employeesAuditActions } from './audit-actions.ts';
import { job } from '../platform/jobs/jobs.ts';
import { isRecognisedSponsor, type Actor } from '../platform/auth/actor.ts';
import type { PortalModule } from '../platform/module.ts';
import { employeeMessages } from './messages.ts';
import * as m0800 from './migrations/0800_employees.ts';
import * as m0810 from './migrations/0810_employee_bulk.ts';
import * as m0820 from './migrations/0820_employee_digest.ts';
import { DIGEST_CRON, DIGEST_JOB, dutiesDashboardSections, sendWeeklyDigests } from './duties.tsx';
import { employeeRoutes } from './routes.tsx';
import { HANDOVER_JOB, type EmployeeService } from './service.ts';

/**
 * The sponsor's employees and its duty to inform (issue 11): the employees page on the read
 * model, de-registration and other changes about an employee, registration of an employee who
 * changes employer, changes about the sponsor itself; each report handed to the case system.
 */
export { EmployeeService, AUDIT_EVENTS, type EmployeeServiceDeps, type SubmitOutcome } from './service.ts';
// For the sponsor API (issue 16): the forms' own checks and the read model's queries, so the
// API files reports with the same validation, deadlines and scoping as the pages.
export { checkDeregistration, checkRegistration, checkSponsorChange, EXPLANATION_MAX } from './forms.ts';
export {
  employeesByVNumber,
  findReport,
  listEmployees,
  SPONSORSHIP_STATES,
  type EmployeeRow,
} from './repository.ts';
export {
  DEREGISTRATION_REASONS,
  endsSponsorship,
  REGISTRATION_PERMITS,
  reportDeadline,
  SPONSOR_CHANGE_REASONS,
} from './rules.ts';

declare module '../platform/module.ts' {
  interface PortalServices {
    /** The duty-to-inform reports (built once in main). */
    employees: EmployeeService;
  }
}

/** The seed's service "Register or de-register an employee", when a registration's scope covers it. */
const offers = (actor: Actor) =>
  isRecognisedSponsor(actor) && (!actor.scope || actor.scope.includes('register'));

export const employeesModule: PortalModule = {
  name: 'employees',
  auditActions: employeesAuditActions,
  migrations: { '0800_employees': m0800, '0810_employee_bulk': m0810, '0820_employee_digest': m0820 },
  messages: employeeMessages,
  nav: { business: [{ href: '/employees', label: 'nav.employees', order: 23, when: offers }] },
  routes: employeeRoutes,
  dashboardSections: dutiesDashboardSections,
  jobs: ({ employees, database, jobs, config, logger }) => [
    job<{ reportId: string }>({
      name: HANDOVER_JOB,
      retryLimit: 50,
      handler: async ({ reportId }) => employees.handOver(reportId),
    }),
    // Monday 07:00 Amsterdam; idempotent per organisation per week (employee_digest_sends).
    job<object>({
      name: DIGEST_JOB,
      cron: DIGEST_CRON,
      handler: async () => {
        await sendWeeklyDigests({
          db: database.db,
          jobs,
          publicUrl: config.publicUrl,
          logger,
          ...(employees.deps.clock ? { clock: employees.deps.clock } : {}),
        });
      },
    }),
  ],
};
