import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/**
 * The actions the case system audits (issue 17: the typed registry, platform/audit.ts): a case
 * officer's steps (`case.<CaseAction kind>`) and downloads of a file's documents.
 */
export const casesystemAuditActions = defineAuditActions({
  'case.take_in': { shown: 'staff', label: { nl: 'Zaak in behandeling genomen', en: 'Took a case in' } },
  'case.request_information': {
    shown: 'staff',
    label: { nl: 'Informatie opgevraagd', en: 'Requested information' },
  },
  'case.decide': { shown: 'staff', label: { nl: 'Besluit genomen', en: 'Decided a case' } },
  'case.mvv_issued': { shown: 'staff', label: { nl: 'Mvv afgegeven', en: 'Issued the MVV' } },
  'case.document_ready': {
    shown: 'staff',
    label: { nl: 'Verblijfsdocument klaargezet', en: 'Residence document ready' },
  },
  'case.withdraw': { shown: 'staff', label: { nl: 'Zaak ingetrokken', en: 'Withdrew a case' } },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof casesystemAuditActions> {}
}
