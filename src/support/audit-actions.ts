import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions support audits (issue 17: the typed registry, platform/audit.ts). */
export const supportAuditActions = defineAuditActions({
  'support.report.submitted': {
    shown: 'organisation',
    label: { nl: 'Technisch probleem gemeld', en: 'Reported a technical problem' },
  },
  'support.report.viewed': { shown: 'staff', label: { nl: 'Melding bekeken', en: 'Viewed a report' } },
  'support.report.state_changed': {
    shown: 'staff',
    label: { nl: 'Status van melding gewijzigd', en: 'Changed the state of a report' },
  },
  'support.report.note_added': {
    shown: 'staff',
    label: { nl: 'Notitie bij melding toegevoegd', en: 'Added a note to a report' },
  },
  'support.report.answered': {
    shown: 'organisation',
    label: { nl: 'Melding beantwoord', en: 'Answered a problem report' },
  },
  'support.report.screenshot_downloaded': {
    shown: 'staff',
    label: { nl: 'Schermafbeelding van melding gedownload', en: 'Downloaded a report’s screenshot' },
  },
  'support.faq.created': {
    shown: 'staff',
    label: { nl: 'Veelgestelde vraag toegevoegd', en: 'Added an FAQ entry' },
  },
  'support.faq.updated': {
    shown: 'staff',
    label: { nl: 'Veelgestelde vraag gewijzigd', en: 'Changed an FAQ entry' },
  },
  'support.faq.published': {
    shown: 'staff',
    label: { nl: 'Veelgestelde vraag gepubliceerd', en: 'Published an FAQ entry' },
  },
  'support.faq.unpublished': {
    shown: 'staff',
    label: { nl: 'Veelgestelde vraag teruggetrokken', en: 'Unpublished an FAQ entry' },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof supportAuditActions> {}
}
