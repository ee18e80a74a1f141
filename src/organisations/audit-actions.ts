import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions organisations audits (issue 17: the typed registry, platform/audit.ts). */
export const organisationsAuditActions = defineAuditActions({
  'recognition.grant': {
    shown: 'organisation',
    label: { nl: 'Erkenning verleend', en: 'Granted a recognition' },
  },
  'recognition.suspend': {
    shown: 'organisation',
    label: { nl: 'Erkenning geschorst', en: 'Suspended a recognition' },
  },
  'recognition.withdraw': {
    shown: 'organisation',
    label: { nl: 'Erkenning ingetrokken', en: 'Withdrew a recognition' },
  },
  'organisation.updated': {
    shown: 'organisation',
    label: { nl: 'Organisatiegegevens gewijzigd', en: 'Changed the organisation’s details' },
  },
  'representation.registered': {
    shown: 'organisation',
    label: { nl: 'Machtiging aangemeld', en: 'Registered an authorisation' },
  },
  'representation.withdraw': {
    shown: 'organisation',
    label: { nl: 'Aanmelding machtiging ingetrokken', en: 'Withdrew an authorisation' },
  },
  'representation.approved': {
    shown: 'organisation',
    label: { nl: 'Machtiging goedgekeurd', en: 'Approved an authorisation' },
  },
  'representation.rejected': {
    shown: 'organisation',
    label: { nl: 'Machtiging afgewezen', en: 'Rejected an authorisation' },
  },
  'representation.end': {
    shown: 'staff',
    label: { nl: 'Beëindigen machtiging geweigerd', en: 'Refused to end an authorisation' },
  },
  'representation.ended': {
    shown: 'organisation',
    label: { nl: 'Machtiging beëindigd', en: 'Ended an authorisation' },
  },
  'representation.act_for': {
    shown: 'organisation',
    label: { nl: 'Gaan handelen namens een referent', en: 'Started acting for a sponsor' },
  },
  'representation.act_for_self': {
    shown: 'organisation',
    label: { nl: 'Weer namens de eigen organisatie', en: 'Back to acting for the own organisation' },
  },
  'representation.document_viewed': {
    shown: 'staff',
    label: { nl: 'Machtigingsdocument bekeken', en: 'Viewed an authorisation document' },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof organisationsAuditActions> {}
}
