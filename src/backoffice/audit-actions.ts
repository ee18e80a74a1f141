import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions the back office audits (issue 17: the typed registry, platform/audit.ts). */
export const backofficeAuditActions = defineAuditActions({
  'closure_day.added': {
    shown: 'staff',
    label: { nl: 'Sluitingsdag toegevoegd', en: 'Added a closure day' },
  },
  'closure_day.removed': {
    shown: 'staff',
    label: { nl: 'Sluitingsdag verwijderd', en: 'Removed a closure day' },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof backofficeAuditActions> {}
}
