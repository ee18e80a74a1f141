import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the case system: its letters and the back office's case handling (issue 10). */
export const caseSystemMessages = {
  // Letters
  'cs.letter.caseNumber': { nl: 'Zaaknummer', en: 'Case number' },
  'cs.letter.date': { nl: 'Datum', en: 'Date' },
  'cs.letter.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'cs.letter.employee': { nl: 'Werknemer', en: 'Employee' },
  'cs.letter.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'cs.letter.receivedOn': { nl: 'Ontvangen op', en: 'Received on' },
  'cs.letter.statutoryEnd': { nl: 'Uiterste beslisdatum', en: 'Decision due by' },
  'cs.letter.targetDate': {
    nl: 'Streefdatum (erkend referent, volledige aanvraag)',
    en: 'Target date (recognised sponsor, complete application)',
  },
  'cs.letter.footer': {
    nl: 'Vermeld bij contact met de IND altijd het zaaknummer.',
    en: 'Always quote the case number when you contact the IND.',
  },
  'cs.letter.ack.title': { nl: 'Ontvangstbevestiging', en: 'Acknowledgement of receipt' },
  'cs.letter.ack.body': {
    nl: 'Wij hebben uw aanvraag ontvangen. Wij beslissen uiterlijk op de hieronder genoemde datum. Als wij meer informatie nodig hebben, sturen wij u een brief.',
    en: 'We have received your application. We will decide no later than the date below. If we need more information, we will send you a letter.',
  },
  'cs.letter.info.title': {
    nl: 'Verzoek om aanvullende informatie',
    en: 'Request for additional information',
  },
  'cs.letter.info.body': {
    nl: 'Om op de aanvraag te kunnen beslissen hebben wij de volgende informatie nodig:',
    en: 'To decide on the application we need the following information:',
  },
  'cs.letter.info.deadline': {
    nl: 'Stuur de informatie uiterlijk op',
    en: 'Send the information no later than',
  },
  'cs.letter.info.how': {
    nl: 'U kunt de informatie uploaden bij de zaak in het Zakelijk Portaal. De beslistermijn wordt opgeschort tot wij de informatie hebben ontvangen.',
    en: 'You can upload the information with the case in the Business Portal. The decision period is suspended until we have received it.',
  },
  'cs.letter.decision.title': { nl: 'Beschikking', en: 'Decision' },
  'cs.letter.decision.granted': {
    nl: 'Wij hebben besloten de aanvraag in te willigen.',
    en: 'We have decided to grant the application.',
  },
  'cs.letter.decision.rejected': {
    nl: 'Wij hebben besloten de aanvraag af te wijzen.',
    en: 'We have decided to reject the application.',
  },
  'cs.letter.decision.reasons': { nl: 'Motivering', en: 'Reasons' },
  'cs.letter.decision.objection': {
    nl: 'Bent u het niet eens met dit besluit? Dan kunt u binnen 4 weken na de datum van deze brief bezwaar maken.',
    en: 'If you disagree with this decision, you can lodge an objection within 4 weeks of the date of this letter.',
  },
  'cs.doc.acknowledgement': { nl: 'Ontvangstbevestiging', en: 'Acknowledgement of receipt' },
  'cs.doc.information_request': { nl: 'Verzoek om aanvullende informatie', en: 'Request for information' },
  'cs.doc.decision': { nl: 'Beschikking', en: 'Decision' },
  'cs.doc.application': { nl: 'Aanvraag', en: 'Application' },
  'cs.doc.attachment': { nl: 'Bijlage', en: 'Attachment' },
  'cs.doc.supplied_information': { nl: 'Aangeleverde informatie', en: 'Supplied information' },

  // Back office: case handling
  'cs.section.title': { nl: 'Zaken behandelen', en: 'Case handling' },
  'cs.section.description': {
    nl: 'Nieuwe en lopende zaken: in behandeling nemen, informatie opvragen, beslissen.',
    en: 'New and open cases: take in, request information, decide.',
  },
  'cs.queue.lead': {
    nl: 'Nieuwe en lopende zaken, oudste eerst.',
    en: 'New and open cases, oldest first.',
  },
  'cs.queue.caption': { nl: 'Zaken', en: 'Cases' },
  'cs.queue.empty': { nl: 'Geen zaken gevonden.', en: 'No cases found.' },
  'cs.queue.next': { nl: 'Volgende pagina', en: 'Next page' },
  'cs.filter.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'cs.filter.anyType': { nl: 'Alle soorten', en: 'All types' },
  'cs.filter.organisation': {
    nl: 'Organisatie (KVK-nummer of naam)',
    en: 'Organisation (KVK number or name)',
  },
  'cs.filter.status': { nl: 'Status', en: 'Status' },
  'cs.filter.open': { nl: 'Nieuw en lopend', en: 'New and open' },
  'cs.filter.all': { nl: 'Alle', en: 'All' },
  'cs.filter.minAge': { nl: 'Ten minste zoveel dagen oud', en: 'At least this many days old' },
  'cs.filter.overdue': { nl: 'Alleen over de beslisdatum', en: 'Only past the decision date' },
  'cs.filter.apply': { nl: 'Filteren', en: 'Filter' },
  'cs.col.caseNumber': { nl: 'Zaaknummer', en: 'Case number' },
  'cs.col.type': { nl: 'Soort', en: 'Type' },
  'cs.col.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'cs.col.received': { nl: 'Ontvangen', en: 'Received' },
  'cs.col.due': { nl: 'Beslisdatum', en: 'Decision due' },
  'cs.col.status': { nl: 'Status', en: 'Status' },
  'cs.overdue': { nl: 'te laat', en: 'overdue' },
  'cs.status.received': { nl: 'Ontvangen', en: 'Received' },
  'cs.status.in_progress': { nl: 'In behandeling', en: 'In progress' },
  'cs.status.information_requested': { nl: 'Informatie opgevraagd', en: 'Information requested' },
  'cs.status.granted': { nl: 'Ingewilligd', en: 'Granted' },
  'cs.status.rejected': { nl: 'Afgewezen', en: 'Rejected' },
  'cs.status.withdrawn': { nl: 'Ingetrokken', en: 'Withdrawn' },
  'cs.status.mvv_issued': { nl: 'Mvv afgegeven', en: 'MVV issued' },
  'cs.status.document_ready': { nl: 'Verblijfsdocument klaar', en: 'Residence document ready' },
  'cs.case.title': { nl: 'Zaak {caseNumber}', en: 'Case {caseNumber}' },
  'cs.case.details': { nl: 'Gegevens', en: 'Details' },
  'cs.case.informationDeadline': { nl: 'Termijn voor informatie', en: 'Deadline for information' },
  'cs.case.submission': { nl: 'De aanvraag', en: 'The application' },
  'cs.case.documents': { nl: 'Documenten', en: 'Documents' },
  'cs.case.noDocuments': { nl: 'Geen documenten.', en: 'No documents.' },
  'cs.case.history': { nl: 'Geschiedenis', en: 'History' },
  'cs.case.actions': { nl: 'Acties', en: 'Actions' },
  'cs.case.noActions': {
    nl: 'Op deze zaak is geen actie meer mogelijk.',
    en: 'No further action is possible on this case.',
  },
  'cs.case.download': { nl: 'Downloaden', en: 'Download' },
  'cs.col.at': { nl: 'Moment', en: 'When' },
  'cs.col.note': { nl: 'Toelichting', en: 'Note' },
  'cs.col.document': { nl: 'Document', en: 'Document' },
  'cs.col.size': { nl: 'Grootte', en: 'Size' },
  'cs.action.take_in': { nl: 'In behandeling nemen', en: 'Take in' },
  'cs.action.request_information': { nl: 'Informatie opvragen', en: 'Request information' },
  'cs.action.decide': { nl: 'Beslissen', en: 'Decide' },
  'cs.action.mvv_issued': { nl: 'Mvv afgegeven', en: 'MVV issued' },
  'cs.action.document_ready': {
    nl: 'Verblijfsdocument klaar voor afhalen',
    en: 'Residence document ready for collection',
  },
  'cs.action.withdraw': { nl: 'Intrekken', en: 'Withdraw' },
  'cs.field.reason': { nl: 'Wat ontbreekt er?', en: 'What is missing?' },
  'cs.field.deadline': { nl: 'Termijn (JJJJ-MM-DD)', en: 'Deadline (YYYY-MM-DD)' },
  'cs.field.outcome': { nl: 'Besluit', en: 'Decision' },
  'cs.field.reasons': { nl: 'Motivering', en: 'Reasons' },
  'cs.field.withdrawReason': { nl: 'Reden van intrekking', en: 'Reason for withdrawal' },
  'cs.outcome.granted': { nl: 'Inwilligen', en: 'Grant' },
  'cs.outcome.rejected': { nl: 'Afwijzen', en: 'Reject' },
  'cs.error.required.missing': {
    nl: 'Vul in welke informatie ontbreekt.',
    en: 'Enter which information is missing.',
  },
  'cs.error.required.reasons': {
    nl: 'Vul de motivering van het besluit in.',
    en: 'Enter the reasons for the decision.',
  },
  'cs.error.required.reason': {
    nl: 'Vul de reden van de intrekking in.',
    en: 'Enter the reason for the withdrawal.',
  },
  'cs.error.tooLong': { nl: 'Gebruik ten hoogste {max} tekens.', en: 'Use at most {max} characters.' },
  'cs.error.date': {
    nl: 'Vul een geldige datum in na vandaag (JJJJ-MM-DD).',
    en: 'Enter a valid date after today (YYYY-MM-DD).',
  },
  'cs.error.outcome': { nl: 'Kies inwilligen of afwijzen.', en: 'Choose grant or reject.' },
  'cs.error.wrongState': {
    nl: 'Dit kan niet bij een zaak met status "{status}". Vernieuw de pagina en kijk wat er al gedaan is.',
    en: 'This is not possible for a case with status "{status}". Reload the page to see what has been done.',
  },
  'cs.done': { nl: 'De zaak is bijgewerkt.', en: 'The case has been updated.' },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof caseSystemMessages> {}
}
