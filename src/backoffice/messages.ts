import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the back office. */
export const backofficeMessages = {
  'bo.home.title': { nl: 'Backoffice', en: 'Back office' },
  'bo.home.lead': {
    nl: 'U bent ingelogd met de rollen: {roles}.',
    en: 'You are logged in with the roles: {roles}.',
  },
  'bo.home.amountsMissingTitle': {
    nl: 'Leges en salariscriteria ontbreken voor {years}',
    en: 'Fees and salary criteria missing for {years}',
  },
  'bo.home.amountsMissingBody': {
    nl: 'Het portaal berekent geen leges en controleert geen salarissen voor {years} zolang de bedragen daarvoor niet in de catalogus staan (src/applications/catalogue/amounts.ts). Zodra de IND ze heeft gepubliceerd: voeg ze met bron toe en breng een nieuwe versie uit.',
    en: 'The portal computes no fees and checks no salaries for {years} until the amounts are in the catalogue (src/applications/catalogue/amounts.ts). Once the IND has published them: add them with their source and release a new version.',
  },
  'bo.home.none': {
    nl: 'Voor uw rollen zijn hier nog geen onderdelen beschikbaar.',
    en: 'No sections are available here for your roles yet.',
  },

  'bo.closure.title': { nl: 'Sluitingsdagen', en: 'Closure days' },
  'bo.closure.description': { nl: 'Omschrijving', en: 'Description' },
  'bo.closure.summary': {
    nl: 'Dagen waarop de IND gesloten is, bovenop de feestdagen; ze tellen niet mee als werkdag.',
    en: 'Days on which the IND is closed, on top of public holidays; they do not count as working days.',
  },
  'bo.closure.lead': {
    nl: 'Dagen waarop de IND gesloten is, naast de feestdagen. Ze tellen niet mee als werkdag voor de verwerkingstermijn van 5 werkdagen.',
    en: 'Days on which the IND is closed, besides public holidays. They do not count as working days for the 5-working-day processing period.',
  },
  'bo.closure.none': { nl: 'Er zijn geen sluitingsdagen ingesteld.', en: 'No closure days have been set.' },
  'bo.closure.caption': { nl: 'Sluitingsdagen vanaf dit jaar', en: 'Closure days from this year on' },
  'bo.closure.day': { nl: 'Datum', en: 'Date' },
  'bo.closure.remove': { nl: 'Verwijderen', en: 'Remove' },
  'bo.closure.add': { nl: 'Sluitingsdag toevoegen', en: 'Add a closure day' },
  'bo.closure.addButton': { nl: 'Toevoegen', en: 'Add' },
  'bo.closure.added': { nl: 'De sluitingsdag is toegevoegd.', en: 'The closure day has been added.' },
  'bo.closure.removed': { nl: 'De sluitingsdag is verwijderd.', en: 'The closure day has been removed.' },
  'bo.closure.error.closed': {
    nl: 'Deze dag is al geen werkdag (weekend of feestdag).',
    en: 'This day is not a working day already (weekend or public holiday).',
  },
  'bo.closure.error.exists': {
    nl: 'Deze dag is al een sluitingsdag.',
    en: 'This day is already a closure day.',
  },
  'bo.closure.error.description': { nl: 'Vul een omschrijving in.', en: 'Enter a description.' },

  'bo.audit.title': { nl: 'Auditlog', en: 'Audit log' },
  'bo.audit.description': {
    nl: 'Wie deed wat, wanneer en namens wie; filteren op organisatie, actor en soort gebeurtenis.',
    en: 'Who did what, when and on whose behalf; filter by organisation, actor and event type.',
  },
  'bo.audit.lead': {
    nl: 'Nieuwste eerst. Het log bevat geen persoonsgegevens of berichtinhoud, alleen codes en kenmerken.',
    en: 'Newest first. The log holds no personal data or message content, only codes and identifiers.',
  },
  'bo.audit.filter': { nl: 'Filteren', en: 'Filter' },
  'bo.audit.organisation': { nl: 'Organisatie (KVK-nummer)', en: 'Organisation (KVK number)' },
  'bo.audit.actor': { nl: 'Wie (gebruiker)', en: 'Who (user)' },
  'bo.audit.actorHelp': {
    nl: 'Wie: KVK-nummer, KVK-nummer van de intermediair, pseudoniem of medewerker-id',
    en: 'Who: KVK number, KVK number of the intermediary, pseudonym or staff id',
  },
  'bo.audit.event': { nl: 'Gebeurtenis', en: 'Event' },
  'bo.audit.eventHelp': {
    nl: 'Code: het begin is genoeg, bijvoorbeeld representation.',
    en: 'Code: its start is enough, for example representation.',
  },
  'bo.audit.eventCode': { nl: 'Code van de gebeurtenis', en: 'Event code' },
  'bo.audit.organisationShort': { nl: 'Organisatie', en: 'Organisation' },
  'bo.audit.reason.needs': {
    nl: 'pagina {route} vraagt een andere rol ({rule})',
    en: 'page {route} needs another role ({rule})',
  },
  'bo.audit.none': { nl: 'Geen regels gevonden.', en: 'No entries found.' },
  'bo.audit.caption': { nl: 'Auditregels, pagina {page}', en: 'Audit entries, page {page}' },
  'bo.audit.at': { nl: 'Moment', en: 'Moment' },
  'bo.audit.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'bo.audit.who': { nl: 'Wie', en: 'Who' },
  'bo.audit.object': { nl: 'Object', en: 'Object' },
  'bo.audit.pages': { nl: 'Pagina’s', en: 'Pages' },
  'bo.audit.previous': { nl: 'Vorige pagina', en: 'Previous page' },
  'bo.audit.next': { nl: 'Volgende pagina', en: 'Next page' },
  'bo.audit.staff': { nl: 'Medewerker {user}', en: 'Staff member {user}' },
  'bo.audit.anonymous': { nl: 'Niet ingelogd', en: 'Not logged in' },
  'bo.audit.business': { nl: 'KVK {kvk}, persoon {subject}', en: 'KVK {kvk}, person {subject}' },
  'bo.audit.intermediary': {
    nl: 'Intermediair {intermediary} namens {sponsor}, persoon {subject}',
    en: 'Intermediary {intermediary} for sponsor {sponsor}, acting person {subject}',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof backofficeMessages> {}
}

/**
 * D19: the audit log's event codes and outcomes in the reader's language. The code stays in the
 * log (and beside the label, for the filter); an unknown code is shown as it is.
 */
export const auditEventLabels = {
  'access.denied': { nl: 'Toegang geweigerd', en: 'Access refused' },
  login: { nl: 'Inloggen met eHerkenning', en: 'Login with eHerkenning' },
  logout: { nl: 'Uitloggen', en: 'Logout' },
  'staff.login': { nl: 'Inloggen medewerker', en: 'Staff login' },
  'staff.logout': { nl: 'Uitloggen medewerker', en: 'Staff logout' },
  'application.start': { nl: 'Aanvraag gestart', en: 'Application started' },
  'application.upload': { nl: 'Bijlage bij aanvraag geüpload', en: 'Application attachment uploaded' },
  'application.submitted': { nl: 'Aanvraag ingediend', en: 'Application submitted' },
  'application.draft_deleted': { nl: 'Concept-aanvraag verwijderd', en: 'Draft application deleted' },
  'application.lookup': { nl: 'Aanvraag opgevraagd', en: 'Application looked up' },
  'case.lookup': { nl: 'Zaak opgevraagd', en: 'Case looked up' },
  'case.information': { nl: 'Informatie bij zaak nagestuurd', en: 'Information sent for a case' },
  'case.take_in': { nl: 'Zaak in behandeling genomen', en: 'Case taken in' },
  'case.request_information': { nl: 'Informatie opgevraagd', en: 'Information requested' },
  'case.decide': { nl: 'Besluit genomen', en: 'Decision taken' },
  'case.mvv_issued': { nl: 'Mvv afgegeven', en: 'MVV issued' },
  'case.document_ready': { nl: 'Document klaar', en: 'Document ready' },
  'case.withdraw': { nl: 'Zaak ingetrokken', en: 'Case withdrawn' },
  'cases.export': { nl: 'Zaken geëxporteerd (CSV)', en: 'Cases exported (CSV)' },
  'document.download': { nl: 'Document gedownload', en: 'Document downloaded' },
  'document.lookup': { nl: 'Document opgevraagd', en: 'Document looked up' },
  'closure_day.added': { nl: 'Sluitingsdag toegevoegd', en: 'Closure day added' },
  'closure_day.removed': { nl: 'Sluitingsdag verwijderd', en: 'Closure day removed' },
  'organisation.updated': { nl: 'Organisatiegegevens gewijzigd', en: 'Organisation details changed' },
  'recognition.grant': { nl: 'Erkenning verleend', en: 'Recognition granted' },
  'recognition.suspend': { nl: 'Erkenning geschorst', en: 'Recognition suspended' },
  'recognition.withdraw': { nl: 'Erkenning ingetrokken', en: 'Recognition withdrawn' },
  'refresh.run_now': { nl: 'Verversing direct gestart', en: 'Refresh started now' },
  'representation.registered': { nl: 'Machtiging geregistreerd', en: 'Authorisation registered' },
  'representation.act_for': { nl: 'Werkt namens sponsor', en: 'Acting for a sponsor' },
  'representation.act_for_self': {
    nl: 'Werkt weer voor eigen organisatie',
    en: 'Acting for own organisation',
  },
  'representation.document_viewed': {
    nl: 'Machtigingsdocument bekeken',
    en: 'Authorisation document viewed',
  },
  'representation.end': { nl: 'Machtiging beëindigd door sponsor', en: 'Authorisation ended by sponsor' },
  'representation.ended': { nl: 'Machtiging beëindigd', en: 'Authorisation ended' },
  'representation.withdraw': { nl: 'Machtiging ingetrokken', en: 'Authorisation withdrawn' },
  'representation.approved': { nl: 'Machtiging goedgekeurd', en: 'Authorisation approved' },
  'representation.rejected': { nl: 'Machtiging afgewezen', en: 'Authorisation rejected' },
  'support.faq.updated': { nl: 'Veelgestelde vraag gewijzigd', en: 'FAQ changed' },
  'support.report.submitted': { nl: 'Probleem gemeld', en: 'Problem reported' },
  'support.report.viewed': { nl: 'Melding bekeken', en: 'Report viewed' },
  'support.report.answered': { nl: 'Melding beantwoord', en: 'Report answered' },
  'support.report.note_added': { nl: 'Notitie bij melding', en: 'Note added to report' },
  'support.report.state_changed': { nl: 'Status melding gewijzigd', en: 'Report status changed' },
  'support.report.screenshot_downloaded': {
    nl: 'Schermafdruk van melding gedownload',
    en: 'Report screenshot downloaded',
  },
  'support_report.lookup': { nl: 'Melding opgevraagd', en: 'Report looked up' },
} as const satisfies Messages;

export const auditOutcomeLabels = {
  success: { nl: 'Gelukt', en: 'Succeeded' },
  failure: { nl: 'Mislukt', en: 'Failed' },
  denied: { nl: 'Geweigerd', en: 'Refused' },
  error: { nl: 'Fout', en: 'Error' },
  granted: { nl: 'Toegekend', en: 'Granted' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
  changed: { nl: 'Gewijzigd', en: 'Changed' },
  unchanged: { nl: 'Ongewijzigd', en: 'Unchanged' },
  interrupted: { nl: 'Onderbroken', en: 'Interrupted' },
  maybe: { nl: 'Onzeker (afgebroken)', en: 'Uncertain (interrupted)' },
} as const satisfies Messages;
