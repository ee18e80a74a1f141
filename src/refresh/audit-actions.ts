import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions the refresh audits (issue 17: the typed registry, platform/audit.ts). */
export const refreshAuditActions = defineAuditActions({
  'refresh.run_now': { shown: 'staff', label: { nl: 'Verversing gestart', en: 'Started a refresh' } },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof refreshAuditActions> {}
}
