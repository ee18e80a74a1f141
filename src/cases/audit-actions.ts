import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions the sponsor's case pages audit (issue 17: the typed registry, platform/audit.ts). */
export const casesAuditActions = defineAuditActions({
  'cases.export': {
    shown: 'organisation',
    label: { nl: 'Overzicht van aanvragen geëxporteerd', en: 'Exported the list of applications' },
  },
  'case.information': {
    shown: 'organisation',
    label: { nl: 'Gevraagde informatie gestuurd', en: 'Sent requested information' },
  },
  'document.download': {
    shown: 'organisation',
    label: { nl: 'Document uit het dossier gedownload', en: 'Downloaded a file document' },
  },
  'case.lookup': {
    shown: 'staff',
    label: { nl: 'Onbekende zaak opgevraagd', en: 'Asked for an unknown case' },
  },
  'document.lookup': {
    shown: 'staff',
    label: { nl: 'Onbekend document opgevraagd', en: 'Asked for an unknown document' },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof casesAuditActions> {}
}
