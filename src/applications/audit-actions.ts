import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions applications audits (issue 17: the typed registry, platform/audit.ts). */
export const applicationsAuditActions = defineAuditActions({
  'application.start': {
    shown: 'organisation',
    label: { nl: 'Aanvraag begonnen (concept)', en: 'Started an application (draft)' },
  },
  'application.upload': {
    shown: 'organisation',
    label: { nl: 'Bijlage toegevoegd aan concept', en: 'Added an attachment to a draft' },
  },
  'application.draft_deleted': {
    shown: 'organisation',
    label: { nl: 'Concept-aanvraag verwijderd', en: 'Deleted a draft application' },
  },
  'application.submitted': {
    shown: 'organisation',
    label: { nl: 'Aanvraag ingediend', en: 'Submitted an application' },
  },
  'application.lookup': {
    shown: 'staff',
    label: { nl: 'Onbekend concept opgevraagd', en: 'Asked for an unknown draft' },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof applicationsAuditActions> {}
}
