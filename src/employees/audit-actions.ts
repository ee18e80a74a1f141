import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions the employees module audits (issue 11; the typed registry of platform/audit.ts). */
export const employeesAuditActions = defineAuditActions({
  'employee.deregistered': {
    shown: 'organisation',
    label: {
      nl: 'Werknemer afgemeld of wijziging doorgegeven',
      en: 'De-registered an employee or reported a change',
    },
  },
  'employee.registered': {
    shown: 'organisation',
    label: { nl: 'Werknemer aangemeld', en: 'Registered an employee' },
  },
  'sponsor.change_reported': {
    shown: 'organisation',
    label: {
      nl: 'Wijziging over de organisatie doorgegeven',
      en: 'Reported a change about the organisation',
    },
  },
  'employees.bulk_upload': {
    shown: 'organisation',
    label: { nl: 'Bestand met afmeldingen geüpload', en: 'Uploaded a file of de-registrations' },
  },
  'employees.bulk_submitted': {
    shown: 'organisation',
    label: { nl: 'Afmeldingen uit een bestand ingediend', en: 'Submitted de-registrations from a file' },
  },
  'employees.digest_changed': {
    shown: 'organisation',
    label: { nl: 'Wekelijkse e-mail aan- of uitgezet', en: 'Turned the weekly e-mail on or off' },
  },
  'employees.viewed': {
    shown: 'staff',
    label: { nl: 'Werknemersoverzicht bekeken', en: 'Viewed the list of employees' },
  },
  'employees.exported': {
    shown: 'organisation',
    label: { nl: 'Werknemersoverzicht geëxporteerd', en: 'Exported the list of employees' },
  },
  'employee.lookup': {
    shown: 'staff',
    label: { nl: 'Onbekende werknemer opgevraagd', en: 'Asked for an unknown employee' },
  },
  'employee_report.lookup': {
    shown: 'staff',
    label: { nl: 'Onbekende melding opgevraagd', en: 'Asked for an unknown report' },
  },
  'employee_bulk_batch.lookup': {
    shown: 'staff',
    label: {
      nl: 'Onbekend bestand met afmeldingen opgevraagd',
      en: 'Asked for an unknown file of de-registrations',
    },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof employeesAuditActions> {}
}
