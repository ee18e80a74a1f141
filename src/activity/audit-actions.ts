import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions the activity log itself audits (issue 17: the typed registry, platform/audit.ts). */
export const activityAuditActions = defineAuditActions({
  'activity.exported': {
    shown: 'organisation',
    label: { nl: 'Activiteitenlog geëxporteerd', en: 'Exported the activity log' },
  },
  'activity.subject_named': {
    shown: 'organisation',
    label: { nl: 'Persoon een naam gegeven', en: 'Named a person' },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof activityAuditActions> {}
}
