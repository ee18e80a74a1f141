import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the back office. */
export const backofficeMessages = {
  'role.team_zakelijk': { nl: 'Team Zakelijk', en: 'Team Zakelijk' },
  'role.case_officer': { nl: 'Behandelaar', en: 'Case officer' },
  'role.administrator': { nl: 'Beheerder', en: 'Administrator' },
  'bo.home.title': { nl: 'Backoffice', en: 'Back office' },
  'bo.home.lead': {
    nl: 'U bent ingelogd met de rollen: {roles}.',
    en: 'You are logged in with the roles: {roles}.',
  },
  'bo.home.none': {
    nl: 'Voor uw rollen zijn hier nog geen onderdelen beschikbaar.',
    en: 'No sections are available here for your roles yet.',
  },

  'bo.section.reports': {
    nl: 'Technische meldingen van zakelijke klanten beoordelen en beantwoorden.',
    en: 'Assess and answer technical issue reports of business customers.',
  },
  'bo.section.faq': {
    nl: 'Veelgestelde vragen schrijven, wijzigen en publiceren.',
    en: 'Write, edit and publish frequently asked questions.',
  },
  'bo.queue.title': { nl: 'Machtigingen verwerken', en: 'Process authorisations' },
  'bo.queue.description': {
    nl: 'Geregistreerde machtigingen van intermediairs beoordelen, binnen 5 werkdagen.',
    en: 'Assess authorisations registered by intermediaries, within 5 working days.',
  },
  'bo.queue.lead': {
    nl: 'Registraties die nog verwerkt moeten worden, de vroegste uiterste datum eerst. Registraties over de uiterste datum staan dus bovenaan.',
    en: 'Registrations still to be processed, earliest due date first. Overdue registrations are therefore at the top.',
  },
  'bo.queue.empty': {
    nl: 'Er zijn geen registraties te verwerken.',
    en: 'There are no registrations to process.',
  },
  'bo.queue.caption': { nl: 'Te verwerken registraties ({count})', en: 'Registrations to process ({count})' },
  'bo.queue.overdue': { nl: 'Te laat', en: 'Overdue' },
  'bo.queue.open': { nl: 'Bekijken', en: 'View' },
  'bo.queue.doneApproved': {
    nl: 'De registratie is goedgekeurd. De intermediair krijgt een e-mail.',
    en: 'The registration has been approved. The intermediary receives an e-mail.',
  },
  'bo.queue.doneRejected': {
    nl: 'De registratie is afgewezen. De intermediair krijgt een e-mail met de reden.',
    en: 'The registration has been rejected. The intermediary receives an e-mail with the reason.',
  },
  'bo.col.due': { nl: 'Uiterste datum', en: 'Due date' },
  'bo.col.submitted': { nl: 'Ingediend op', en: 'Submitted on' },
  'bo.reg.title': { nl: 'Registratie van een machtiging', en: 'Registration of an authorisation' },
  'bo.reg.notify': { nl: 'E-mail voor het bericht', en: 'E-mail for the notification' },
  'bo.reg.document': { nl: 'Ondertekende machtiging', en: 'Signed authorisation' },
  'bo.reg.download': { nl: 'PDF downloaden ({size} kB)', en: 'Download PDF ({size} kB)' },
  'bo.reg.reason': { nl: 'Reden van afwijzing', en: 'Reason for rejection' },
  'bo.reg.processedAt': { nl: 'Verwerkt op', en: 'Processed on' },
  'bo.reg.decide': { nl: 'Beslissen', en: 'Decide' },
  'bo.reg.decideHelp': {
    nl: 'Controleer de PDF: is de machtiging ondertekend door de referent, en komen de diensten en data overeen?',
    en: 'Check the PDF: is the authorisation signed by the sponsor, and do the services and dates match?',
  },
  'bo.reg.reasonLabel': { nl: 'Reden (verplicht bij afwijzen)', en: 'Reason (required when rejecting)' },
  'bo.reg.reasonHelp': {
    nl: 'De intermediair ziet deze reden in het portaal en in de e-mail.',
    en: 'The intermediary sees this reason in the portal and in the e-mail.',
  },
  'bo.reg.approve': { nl: 'Goedkeuren', en: 'Approve' },
  'bo.reg.reject': { nl: 'Afwijzen', en: 'Reject' },
  'bo.reg.error.reason': { nl: 'Vul de reden van de afwijzing in', en: 'Enter the reason for the rejection' },
  'bo.reg.error.reasonLong': {
    nl: 'De reden is langer dan {max} tekens',
    en: 'The reason is longer than {max} characters',
  },
  'bo.reg.error.decision': { nl: 'Kies goedkeuren of afwijzen', en: 'Choose approve or reject' },

  'bo.orgs.title': { nl: 'Organisaties en erkenningen', en: 'Organisations and recognitions' },
  'bo.orgs.description': {
    nl: 'Organisaties zoeken op KVK-nummer of naam, gegevens bijwerken, erkenningen toekennen, schorsen of intrekken.',
    en: 'Search organisations by KVK number or name, update their data, grant, suspend or withdraw recognitions.',
  },
  'bo.orgs.search': { nl: 'Zoeken', en: 'Search' },
  'bo.orgs.searchLabel': { nl: 'KVK-nummer of naam', en: 'KVK number or name' },
  'bo.orgs.caption': { nl: 'Gevonden organisaties ({count})', en: 'Organisations found ({count})' },
  'bo.orgs.sponsor': { nl: 'Erkend referent', en: 'Recognised sponsor' },
  'bo.orgs.yes': { nl: 'Ja', en: 'Yes' },
  'bo.orgs.no': { nl: 'Nee', en: 'No' },
  'bo.org.edit': { nl: 'Gegevens wijzigen', en: 'Edit details' },
  'bo.org.editLead': { nl: 'Organisatie met KVK-nummer {kvk}.', en: 'Organisation with KVK number {kvk}.' },
  'bo.org.save': { nl: 'Opslaan', en: 'Save' },
  'bo.org.saved': { nl: 'De wijziging is opgeslagen.', en: 'The change has been saved.' },
  'bo.org.auditLink': { nl: 'Auditlog van deze organisatie', en: 'Audit log of this organisation' },
  'bo.org.language': { nl: 'Taal voor post', en: 'Language for mail' },
  'bo.org.visitingStreet': { nl: 'Bezoekadres: straat', en: 'Visiting address: street' },
  'bo.org.visitingHouseNumber': { nl: 'Bezoekadres: huisnummer', en: 'Visiting address: house number' },
  'bo.org.visitingPostalCode': { nl: 'Bezoekadres: postcode', en: 'Visiting address: postal code' },
  'bo.org.visitingCity': { nl: 'Bezoekadres: plaats', en: 'Visiting address: city' },
  'bo.org.adminStreet': {
    nl: 'Correspondentieadres: straat of postbus',
    en: 'Administration address: street or PO box',
  },
  'bo.org.adminHouseNumber': {
    nl: 'Correspondentieadres: huisnummer',
    en: 'Administration address: house number',
  },
  'bo.org.adminPostalCode': {
    nl: 'Correspondentieadres: postcode',
    en: 'Administration address: postal code',
  },
  'bo.org.adminCity': { nl: 'Correspondentieadres: plaats', en: 'Administration address: city' },
  'bo.org.error.required': { nl: 'Vul dit veld in', en: 'Fill in this field' },
  'bo.org.error.rsin': {
    nl: 'Het RSIN bestaat uit 9 cijfers en moet de elfproef doorstaan',
    en: 'The RSIN consists of 9 digits and must pass the eleven test',
  },
  'bo.org.error.iban': {
    nl: 'Vul een geldig IBAN in, bijvoorbeeld NL91ABNA0417164300',
    en: 'Enter a valid IBAN, for example NL91ABNA0417164300',
  },
  'bo.org.error.accountHolder': {
    nl: 'Vul de naam van de rekeninghouder in',
    en: 'Enter the name of the account holder',
  },
  'bo.rec.none': {
    nl: 'Deze organisatie heeft geen erkenningen.',
    en: 'This organisation has no recognitions.',
  },
  'bo.rec.reasonCol': { nl: 'Reden', en: 'Reason' },
  'bo.rec.change': { nl: 'Erkenning wijzigen', en: 'Change a recognition' },
  'bo.rec.action': { nl: 'Wat wilt u doen?', en: 'What do you want to do?' },
  'bo.rec.grant': { nl: 'Toekennen (of weer actief maken)', en: 'Grant (or reactivate)' },
  'bo.rec.suspend': { nl: 'Schorsen', en: 'Suspend' },
  'bo.rec.withdraw': { nl: 'Intrekken', en: 'Withdraw' },
  'bo.rec.startDate': { nl: 'Ingangsdatum (bij toekennen)', en: 'Start date (when granting)' },
  'bo.rec.startDateHelp': { nl: 'Leeg laten voor vandaag', en: 'Leave empty for today' },
  'bo.rec.reason': { nl: 'Reden', en: 'Reason' },
  'bo.rec.reasonHelp': {
    nl: 'Verplicht bij schorsen en intrekken. Wordt vastgelegd bij de erkenning.',
    en: 'Required when suspending or withdrawing. Recorded with the recognition.',
  },
  'bo.rec.submit': { nl: 'Erkenning wijzigen', en: 'Change recognition' },
  'bo.rec.error.choose': { nl: 'Kies een actie en een categorie', en: 'Choose an action and a category' },
  'bo.rec.error.reason': { nl: 'Vul de reden in', en: 'Enter the reason' },
  'bo.rec.error.none': {
    nl: 'Deze organisatie heeft geen erkenning in deze categorie',
    en: 'This organisation has no recognition in this category',
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
    nl: 'Deze dag is al geen werkdag (weekend of feestdag)',
    en: 'This day is not a working day already (weekend or public holiday)',
  },
  'bo.closure.error.exists': {
    nl: 'Deze dag is al een sluitingsdag',
    en: 'This day is already a closure day',
  },
  'bo.closure.error.description': { nl: 'Vul een omschrijving in', en: 'Enter a description' },

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
  'bo.audit.actor': { nl: 'Actor', en: 'Actor' },
  'bo.audit.actorHelp': {
    nl: 'KVK-nummer, KVK-nummer van de intermediair, pseudoniem of medewerker-id',
    en: 'KVK number, KVK number of the intermediary, pseudonym or staff id',
  },
  'bo.audit.event': { nl: 'Soort gebeurtenis', en: 'Event type' },
  'bo.audit.eventHelp': {
    nl: 'Begin van de code, bijvoorbeeld representation.',
    en: 'Start of the code, for example representation.',
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
