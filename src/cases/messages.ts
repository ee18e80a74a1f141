import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the sponsor's status and file-document pages (issue 10). */
export const caseMessages = {
  'nav.cases': { nl: 'Status aanvragen', en: 'Status of applications' },
  'nav.documents': { nl: 'Dossierstukken', en: 'File documents' },

  'cases.informationAsOf': { nl: 'Informatie van {at}.', en: 'Information as of {at}.' },
  'cases.informationAsOf.never': {
    nl: 'De informatie is nog niet bijgewerkt vanuit het zaaksysteem van de IND.',
    en: "The information has not yet been refreshed from the IND's case system.",
  },
  'cases.refreshNote': {
    nl: 'De IND ververst de informatie in het portaal één keer per dag.',
    en: 'The IND refreshes the information in the portal once a day.',
  },

  // The list
  'cases.title': { nl: 'Status van aanvragen', en: 'Status of applications' },
  'cases.lead': {
    nl: 'De aanvragen die uw organisatie heeft ingediend, met hun status en de verwachte beslisdatum.',
    en: 'The applications your organisation has submitted, with their status and the expected decision date.',
  },
  'cases.filter.q': { nl: 'Zoeken', en: 'Search' },
  'cases.filter.q.hint': {
    nl: 'Naam van de werknemer, zaaknummer of V-nummer.',
    en: 'Name of the employee, case number or V-number.',
  },
  'cases.filter.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'cases.filter.status': { nl: 'Status', en: 'Status' },
  'cases.filter.any': { nl: 'Alle', en: 'All' },
  'cases.filter.from': { nl: 'Ingediend vanaf', en: 'Submitted from' },
  'cases.filter.to': { nl: 'Ingediend tot en met', en: 'Submitted up to and including' },
  'cases.filter.sort': { nl: 'Sorteren op', en: 'Sort by' },
  'cases.sort.submitted_desc': { nl: 'Ingediend, nieuwste eerst', en: 'Submitted, newest first' },
  'cases.sort.submitted_asc': { nl: 'Ingediend, oudste eerst', en: 'Submitted, oldest first' },
  'cases.sort.expected_asc': {
    nl: 'Verwachte beslisdatum, eerste eerst',
    en: 'Expected decision date, earliest first',
  },
  'cases.filter.apply': { nl: 'Toon aanvragen', en: 'Show applications' },
  'cases.filter.error.date': {
    nl: 'Vul een datum in als jaar-maand-dag, bijvoorbeeld 2026-03-31.',
    en: 'Enter a date as year-month-day, for example 2026-03-31.',
  },
  'cases.filter.error.range': {
    nl: 'De datum "tot en met" ligt vóór de datum "vanaf".',
    en: 'The "up to" date is before the "from" date.',
  },
  'cases.filter.error.type': {
    nl: 'Kies een soort aanvraag uit de lijst.',
    en: 'Choose a type from the list.',
  },
  'cases.filter.error.status': { nl: 'Kies een status uit de lijst.', en: 'Choose a status from the list.' },
  'cases.table.caption': { nl: 'Aanvragen van {organisation}', en: 'Applications of {organisation}' },
  'cases.table.scroll': {
    nl: 'Tabel met aanvragen, horizontaal te scrollen',
    en: 'Table of applications, scrolls horizontally',
  },
  'cases.col.caseNumber': { nl: 'Zaaknummer', en: 'Case number' },
  'cases.col.employee': { nl: 'Werknemer', en: 'Employee' },
  'cases.col.vNumber': { nl: 'V-nummer', en: 'V-number' },
  'cases.col.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'cases.col.status': { nl: 'Status', en: 'Status' },
  'cases.col.submitted': { nl: 'Ingediend op', en: 'Submitted on' },
  'cases.col.expected': { nl: 'Verwachte beslisdatum', en: 'Expected decision date' },
  'cases.none': {
    nl: 'Er zijn geen aanvragen die aan uw zoekopdracht voldoen.',
    en: 'There are no applications that match your search.',
  },
  'cases.csv': { nl: 'Download als CSV (deze filters)', en: 'Download as CSV (these filters)' },
  'cases.csv.hint': {
    nl: 'Een CSV-bestand met puntkomma als scheidingsteken, te openen in Excel.',
    en: 'A CSV file with a semicolon as separator, opens in Excel.',
  },
  'cases.csv.file': { nl: 'aanvragen', en: 'applications' },

  // Statuses
  'cases.status.received': { nl: 'Ontvangen', en: 'Received' },
  'cases.status.in_progress': { nl: 'In behandeling', en: 'In progress' },
  'cases.status.information_requested': {
    nl: 'Aanvullende informatie gevraagd',
    en: 'Additional information requested',
  },
  'cases.status.granted': { nl: 'Ingewilligd', en: 'Granted' },
  'cases.status.rejected': { nl: 'Afgewezen', en: 'Rejected' },
  'cases.status.withdrawn': { nl: 'Ingetrokken', en: 'Withdrawn' },
  'cases.status.mvv_issued': { nl: 'Mvv afgegeven', en: 'MVV issued' },
  'cases.status.document_ready': {
    nl: 'Verblijfsdocument klaar om op te halen',
    en: 'Residence document ready for collection',
  },

  // The detail page
  'cases.detail.title': { nl: 'Aanvraag {caseNumber}', en: 'Application {caseNumber}' },
  'cases.detail.summary': { nl: 'Gegevens van de aanvraag', en: 'Details of the application' },
  'cases.detail.statutory': {
    nl: 'Uiterste beslisdatum (wettelijke termijn)',
    en: 'Statutory decision date',
  },
  'cases.detail.target': {
    nl: 'Streefdatum van de IND voor erkende referenten',
    en: "The IND's target date for recognised sponsors",
  },
  'cases.detail.targetNote': {
    nl: 'De streefdatum geldt voor een volledige aanvraag. Als de IND om aanvullende informatie vraagt, kan het later worden; de wettelijke termijn blijft gelden.',
    en: 'The target date applies to a complete application. If the IND asks for more information it may be later; the statutory period still applies.',
  },
  'cases.detail.decidedAt': { nl: 'Besloten op', en: 'Decided on' },
  'cases.detail.todo': { nl: 'Wat moet u nu doen?', en: 'What do you need to do now?' },
  'cases.detail.todo.nothing': {
    nl: 'U hoeft nu niets te doen. De IND behandelt de aanvraag.',
    en: 'You do not need to do anything now. The IND is handling the application.',
  },
  'cases.detail.todo.decided': {
    nl: 'De IND heeft over deze aanvraag besloten. Het besluit staat bij de dossierstukken.',
    en: 'The IND has decided on this application. The decision is among the file documents.',
  },
  'cases.detail.todo.information': {
    nl: 'De IND vraagt u om aanvullende informatie. Stuur die uiterlijk {deadline}. De brief met het verzoek staat bij de dossierstukken.',
    en: 'The IND asks you for additional information. Send it by {deadline} at the latest. The letter with the request is among the file documents.',
  },
  'cases.detail.todo.informationNoDeadline': {
    nl: 'De IND vraagt u om aanvullende informatie. De brief met het verzoek staat bij de dossierstukken.',
    en: 'The IND asks you for additional information. The letter with the request is among the file documents.',
  },
  'cases.detail.todo.overdue': {
    nl: 'De termijn is verstreken. Stuur de informatie zo snel mogelijk; de IND kan de aanvraag anders afwijzen.',
    en: 'The deadline has passed. Send the information as soon as possible; otherwise the IND may reject the application.',
  },
  'cases.detail.timeline': { nl: 'Verloop', en: 'Timeline' },
  'cases.detail.timeline.caption': {
    nl: 'Verloop van aanvraag {caseNumber}, oudste eerst',
    en: 'Timeline of application {caseNumber}, oldest first',
  },
  'cases.detail.timeline.none': { nl: 'Nog geen gebeurtenissen.', en: 'No events yet.' },
  'cases.col.at': { nl: 'Datum', en: 'Date' },
  'cases.col.event': { nl: 'Gebeurtenis', en: 'Event' },
  'cases.col.deadline': { nl: 'Termijn', en: 'Deadline' },
  'cases.detail.documents': { nl: 'Dossierstukken', en: 'File documents' },
  'cases.detail.documents.none': {
    nl: 'Er zijn nog geen dossierstukken.',
    en: 'There are no file documents yet.',
  },
  'cases.detail.documents.outOfScope': {
    nl: 'Uw machtiging geeft geen toegang tot dossierstukken.',
    en: 'Your authorisation does not give access to file documents.',
  },
  'cases.detail.back': { nl: 'Terug naar de lijst met aanvragen', en: 'Back to the list of applications' },

  // Sending the requested information
  'cases.upload.title': { nl: 'Aanvullende informatie sturen', en: 'Send additional information' },
  'cases.upload.file': { nl: 'Bestand', en: 'File' },
  'cases.upload.file.hint': {
    nl: 'Een PDF, JPG of PNG van ten hoogste {size}. Meer bestanden? Stuur ze één voor één.',
    en: 'A PDF, JPG or PNG of at most {size}. More files? Send them one at a time.',
  },
  'cases.upload.note': { nl: 'Toelichting (niet verplicht)', en: 'Explanation (optional)' },
  'cases.upload.submit': { nl: 'Informatie versturen', en: 'Send information' },
  'cases.upload.sent': {
    nl: 'Uw informatie is naar de IND gestuurd. U ziet dit in het verloop na de volgende verversing.',
    en: 'Your information has been sent to the IND. You will see it in the timeline after the next refresh.',
  },
  'cases.upload.notRequested': {
    nl: 'De IND vraagt op dit moment geen informatie voor deze aanvraag.',
    en: 'The IND is not asking for information for this application at the moment.',
  },
  'cases.upload.error.no_file': { nl: 'Kies een bestand om te versturen.', en: 'Choose a file to send.' },
  'cases.upload.error.empty': { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  'cases.upload.error.type': {
    nl: 'Het bestand moet een PDF, JPG of PNG zijn.',
    en: 'The file must be a PDF, JPG or PNG.',
  },
  'cases.upload.error.mismatch': {
    nl: 'De inhoud van het bestand past niet bij de naam (bijvoorbeeld een .pdf dat geen PDF is).',
    en: 'The content of the file does not match its name (for example a .pdf that is not a PDF).',
  },
  'cases.upload.error.too_large': {
    nl: 'Het bestand is groter dan {size}.',
    en: 'The file is larger than {size}.',
  },
  'cases.upload.error.nested_filters': {
    nl: 'Deze PDF kunnen wij niet veilig openen. Sla hem opnieuw op als PDF en probeer het nog eens.',
    en: 'We cannot open this PDF safely. Save it again as a PDF and try again.',
  },
  'cases.upload.error.too_many': { nl: 'Stuur één bestand tegelijk.', en: 'Send one file at a time.' },
  'cases.upload.error.note': {
    nl: 'De toelichting is langer dan 2000 tekens.',
    en: 'The explanation is longer than 2000 characters.',
  },
  'cases.upload.error.refused': {
    nl: 'Het zaaksysteem van de IND heeft de informatie niet aangenomen. Probeer het later nog eens.',
    en: "The IND's case system did not accept the information. Please try again later.",
  },

  // Event reasons (codes from the case system; unknown codes show the status)
  'cases.reason.intake': { nl: 'Aanvraag ontvangen', en: 'Application received' },
  'cases.reason.information_supplied': {
    nl: 'Aanvullende informatie ontvangen',
    en: 'Additional information received',
  },

  // File documents
  'documents.title': { nl: 'Dossierstukken', en: 'File documents' },
  'documents.lead': {
    nl: 'Brieven van de IND en de stukken die u hebt ingediend, van alle aanvragen van uw organisatie. Elke download wordt vastgelegd in het verwerkingslogboek.',
    en: 'Letters from the IND and the documents you submitted, for all applications of your organisation. Every download is recorded in the processing log.',
  },
  'documents.filter.q.hint': {
    nl: 'Zaaknummer of naam van de werknemer.',
    en: 'Case number or name of the employee.',
  },
  'documents.filter.kind': { nl: 'Soort stuk', en: 'Kind of document' },
  'documents.filter.from': { nl: 'Aangemaakt vanaf', en: 'Created from' },
  'documents.filter.to': { nl: 'Aangemaakt tot en met', en: 'Created up to and including' },
  'documents.filter.apply': { nl: 'Toon stukken', en: 'Show documents' },
  'documents.filter.error.kind': {
    nl: 'Kies een soort stuk uit de lijst.',
    en: 'Choose a kind from the list.',
  },
  'documents.table.caption': {
    nl: 'Dossierstukken van {organisation}',
    en: 'File documents of {organisation}',
  },
  'documents.table.captionCase': {
    nl: 'Dossierstukken van aanvraag {caseNumber}',
    en: 'File documents of application {caseNumber}',
  },
  'documents.table.scroll': {
    nl: 'Tabel met dossierstukken, horizontaal te scrollen',
    en: 'Table of file documents, scrolls horizontally',
  },
  'documents.col.title': { nl: 'Stuk', en: 'Document' },
  'documents.col.kind': { nl: 'Soort', en: 'Kind' },
  'documents.col.case': { nl: 'Aanvraag', en: 'Application' },
  'documents.col.created': { nl: 'Datum', en: 'Date' },
  'documents.col.size': { nl: 'Grootte', en: 'Size' },
  'documents.none': {
    nl: 'Er zijn geen dossierstukken die aan uw zoekopdracht voldoen.',
    en: 'There are no file documents that match your search.',
  },
  'documents.download': { nl: 'Download {title}', en: 'Download {title}' },
  'documents.kind.acknowledgement': { nl: 'Ontvangstbevestiging', en: 'Acknowledgement of receipt' },
  'documents.kind.information_request': {
    nl: 'Verzoek om aanvullende informatie',
    en: 'Request for additional information',
  },
  'documents.kind.decision': { nl: 'Beschikking', en: 'Decision' },
  'documents.kind.application': { nl: 'Ingediende aanvraag', en: 'Application as submitted' },
  'documents.kind.attachment': { nl: 'Bijlage bij de aanvraag', en: 'Attachment to the application' },
  'documents.kind.supplied_information': {
    nl: 'Door u gestuurde informatie',
    en: 'Information you sent',
  },
  'documents.unavailable': {
    nl: 'Dit stuk is op dit moment niet beschikbaar. Probeer het later nog eens.',
    en: 'This document is not available at the moment. Please try again later.',
  },

  // Account page additions
  'cases.account.title': {
    nl: 'Gegevens uit het zaaksysteem van de IND',
    en: "Data from the IND's case system",
  },
  'cases.account.sponsored': { nl: 'Aantal werknemers als referent', en: 'Number of sponsored employees' },
  'cases.account.recognitions': { nl: 'Erkenningen', en: 'Recognitions' },
  'cases.account.recognitions.caption': {
    nl: 'Erkenningen van uw organisatie met hun data',
    en: 'Recognitions of your organisation with their dates',
  },
  'cases.account.col.category': { nl: 'Categorie', en: 'Category' },
  'cases.account.col.start': { nl: 'Ingangsdatum', en: 'Start date' },
  'cases.account.col.end': { nl: 'Einddatum', en: 'End date' },
  'cases.account.col.state': { nl: 'Status', en: 'Status' },
  'cases.account.noEnd': { nl: 'Geen einddatum', en: 'No end date' },
  'cases.account.noRecognitions': {
    nl: 'Uw organisatie heeft geen erkenningen.',
    en: 'Your organisation holds no recognitions.',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof caseMessages> {}
}
