import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions identity audits (issue 17: the typed registry, platform/audit.ts). */
export const identityAuditActions = defineAuditActions({
  login: {
    shown: 'organisation',
    label: { nl: 'Ingelogd met eHerkenning', en: 'Logged in with eHerkenning' },
  },
  logout: { shown: 'organisation', label: { nl: 'Uitgelogd', en: 'Logged out' } },
  'staff.login': { shown: 'staff', label: { nl: 'Medewerker ingelogd', en: 'Staff member logged in' } },
  'staff.logout': { shown: 'staff', label: { nl: 'Medewerker uitgelogd', en: 'Staff member logged out' } },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof identityAuditActions> {}
}
