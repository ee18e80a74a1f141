import { defineAuditActions, type AuditActionsOf } from '../platform/audit.ts';

/** The actions the sponsor API audits (issue 16; the typed registry of platform/audit.ts). */
export const apiAuditActions = defineAuditActions({
  'api.client.registered': {
    shown: 'organisation',
    label: { nl: 'API-koppeling geregistreerd', en: 'Registered an API client' },
  },
  'api.client.revoked': {
    shown: 'organisation',
    label: { nl: 'API-koppeling ingetrokken', en: 'Revoked an API client' },
  },
  'api.token.issued': {
    shown: 'staff',
    label: {
      nl: 'Toegangstoken uitgegeven aan een API-koppeling',
      en: 'Issued an access token to an API client',
    },
  },
  'api.organisations.listed': {
    shown: 'organisation',
    label: { nl: 'Organisaties opgevraagd via de API', en: 'Listed organisations through the API' },
  },
  'api.organisation.read': {
    shown: 'organisation',
    label: { nl: 'Organisatie opgevraagd via de API', en: 'Read the organisation through the API' },
  },
  'api.cases.listed': {
    shown: 'organisation',
    label: { nl: 'Aanvragen opgevraagd via de API', en: 'Listed applications through the API' },
  },
  'api.case.read': {
    shown: 'organisation',
    label: { nl: 'Aanvraag opgevraagd via de API', en: 'Read an application through the API' },
  },
  'api.documents.listed': {
    shown: 'organisation',
    label: { nl: 'Dossierdocumenten opgevraagd via de API', en: 'Listed file documents through the API' },
  },
  'api.document.downloaded': {
    shown: 'organisation',
    label: { nl: 'Dossierdocument gedownload via de API', en: 'Downloaded a file document through the API' },
  },
  'api.employees.listed': {
    shown: 'organisation',
    label: { nl: 'Werknemers opgevraagd via de API', en: 'Listed employees through the API' },
  },
  'api.employee-report.filed': {
    shown: 'organisation',
    label: {
      nl: 'Werknemer afgemeld of wijziging gemeld via de API',
      en: 'De-registered an employee or reported a change through the API',
    },
  },
  'api.employee-registration.filed': {
    shown: 'organisation',
    label: { nl: 'Werknemer aangemeld via de API', en: 'Registered an employee through the API' },
  },
  'api.sponsor-change-report.filed': {
    shown: 'organisation',
    label: {
      nl: 'Wijziging referent gemeld via de API',
      en: 'Reported a change about the sponsor through the API',
    },
  },
  'api.webhook-subscriptions.listed': {
    shown: 'organisation',
    label: {
      nl: 'Webhook-abonnementen opgevraagd via de API',
      en: 'Listed webhook subscriptions through the API',
    },
  },
  'api.webhook-subscription.created': {
    shown: 'organisation',
    label: {
      nl: 'Webhook-abonnement aangemaakt via de API',
      en: 'Created a webhook subscription through the API',
    },
  },
  'api.webhook-subscription.deleted': {
    shown: 'organisation',
    label: {
      nl: 'Webhook-abonnement verwijderd via de API',
      en: 'Deleted a webhook subscription through the API',
    },
  },
});

declare module '../platform/audit.ts' {
  interface AuditActionRegistry extends AuditActionsOf<typeof apiAuditActions> {}
}
