import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the organisations module: representatives, acting for a sponsor, account page. */
export const organisationMessages = {
  'nav.representatives': { nl: 'Machtigingen', en: 'Authorisations' },
  'layout.actingFor': {
    nl: 'Namens {organisation} (als gemachtigde, KVK {kvk})',
    en: 'On behalf of {organisation} (as authorised representative, KVK {kvk})',
  },
  'layout.actingForChain': {
    nl: 'Namens {organisation} via ketenmachtiging (intermediair KVK {kvk})',
    en: 'On behalf of {organisation} through a chain authorisation (intermediary KVK {kvk})',
  },
  'layout.switchOrganisation': { nl: 'Wissel van organisatie', en: 'Switch organisation' },

  'rep.title': { nl: 'Machtigingen als intermediair', en: 'Authorisations as intermediary' },
  'rep.lead': {
    nl: 'Bent u gemachtigde van een erkend referent, bijvoorbeeld als relocatiebureau of advocatenkantoor? Sinds 4 november 2024 logt u bij voorkeur in met een ketenmachtiging in eHerkenning: dan hoeft u hier niets te registreren. Hebt u geen ketenmachtiging, registreer dan hier uw machtiging. Team Zakelijk verwerkt uw registratie binnen 5 werkdagen en u krijgt daarover een e-mail. Daarna kunt u namens de referent werken.',
    en: 'Are you an authorised representative of a recognised sponsor, for example as a relocation agency or law firm? Since 4 November 2024 the preferred way is to log in with a chain authorisation in eHerkenning: then you do not need to register anything here. Without a chain authorisation, register your authorisation here. Team Zakelijk processes your registration within 5 working days and you receive an e-mail about it. After that you can work on behalf of the sponsor.',
  },
  'rep.new.button': { nl: 'Machtiging registreren', en: 'Register an authorisation' },
  'rep.list.title': { nl: 'Uw registraties', en: 'Your registrations' },
  'rep.list.caption': {
    nl: 'Registraties van machtigingen, nieuwste eerst',
    en: 'Registered authorisations, newest first',
  },
  'rep.list.empty': {
    nl: 'U hebt nog geen machtigingen geregistreerd.',
    en: 'You have not registered any authorisations yet.',
  },
  'rep.col.sponsor': { nl: 'Referent', en: 'Sponsor' },
  'rep.col.intermediary': { nl: 'Intermediair', en: 'Intermediary' },
  'rep.col.intermediaryKvk': { nl: 'KVK-nummer intermediair', en: 'KVK number of intermediary' },
  'rep.col.scope': { nl: 'Diensten', en: 'Services' },
  'rep.col.validity': { nl: 'Geldig', en: 'Valid' },
  'rep.col.state': { nl: 'Status', en: 'Status' },
  'rep.col.action': { nl: 'Actie', en: 'Action' },
  'rep.kvk': { nl: 'KVK {kvk}', en: 'KVK {kvk}' },
  'rep.validity': { nl: '{from} tot en met {until}', en: '{from} to {until}' },
  'rep.dueOn': { nl: 'Verwerkt uiterlijk {date}', en: 'Processed by {date}' },
  'rep.reason': { nl: 'Reden: {reason}', en: 'Reason: {reason}' },
  'rep.withdraw': { nl: 'Intrekken', en: 'Withdraw' },
  'rep.state.submitted': { nl: 'Ingediend', en: 'Submitted' },
  'rep.state.approved': { nl: 'Verwerkt: goedgekeurd', en: 'Processed: approved' },
  'rep.state.rejected': { nl: 'Verwerkt: afgewezen', en: 'Processed: rejected' },
  'rep.state.expired': { nl: 'Verlopen', en: 'Expired' },
  'rep.state.withdrawn': { nl: 'Ingetrokken', en: 'Withdrawn' },
  'rep.notice.registered': {
    nl: 'Uw machtiging is geregistreerd. Binnen 5 werkdagen krijgt u bericht dat Team Zakelijk uw registratie heeft verwerkt.',
    en: 'Your authorisation has been registered. Within 5 working days you will be notified that Team Zakelijk has processed your registration.',
  },
  'rep.notice.withdrawn': {
    nl: 'De machtiging is ingetrokken.',
    en: 'The authorisation has been withdrawn.',
  },
  'rep.notice.notWithdrawable': {
    nl: 'Deze registratie kan niet meer worden ingetrokken.',
    en: 'This registration can no longer be withdrawn.',
  },
  'rep.notSelf': {
    nl: 'U werkt nu namens een andere organisatie. Machtigingen registreert u namens uw eigen organisatie: wissel eerst terug naar uw eigen organisatie.',
    en: 'You are now working on behalf of another organisation. You register authorisations on behalf of your own organisation: switch back to your own organisation first.',
  },
  'rep.new.title': { nl: 'Machtiging registreren', en: 'Register an authorisation' },
  'rep.new.lead': {
    nl: 'Vul de gegevens van de machtiging in en voeg de door de referent ondertekende machtiging toe als PDF.',
    en: 'Enter the details of the authorisation and add the authorisation signed by the sponsor as a PDF.',
  },
  'rep.new.submit': { nl: 'Registratie versturen', en: 'Send registration' },
  'rep.new.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'rep.new.fileAgain': {
    nl: 'Voeg de PDF opnieuw toe: om veiligheidsredenen bewaren we een bestand niet als het formulier nog fouten bevat.',
    en: 'Add the PDF again: for security reasons we do not keep a file while the form still has errors.',
  },
  'rep.field.sponsorKvk': { nl: 'KVK-nummer van de referent', en: 'KVK number of the sponsor' },
  'rep.field.sponsorKvk.help': {
    nl: '8 cijfers. De organisatie moet een erkend referent zijn.',
    en: '8 digits. The organisation must be a recognised sponsor.',
  },
  'rep.field.scope': {
    nl: 'Voor welke diensten bent u gemachtigd?',
    en: 'Which services are you authorised for?',
  },
  'rep.field.scope.help': { nl: 'Kies een of meer diensten.', en: 'Choose one or more services.' },
  'rep.field.validFrom': { nl: 'Geldig vanaf', en: 'Valid from' },
  'rep.field.validUntil': { nl: 'Geldig tot en met', en: 'Valid until (inclusive)' },
  'rep.field.date.help': { nl: 'Bijvoorbeeld 31 12 2026', en: 'For example 31 12 2026' },
  'rep.field.notifyEmail': {
    nl: 'E-mailadres voor het bericht over de verwerking',
    en: 'E-mail address for the notification about processing',
  },
  'rep.field.notifyEmail.help': {
    nl: 'Hierheen sturen we het bericht dat uw registratie is verwerkt.',
    en: 'We send the notification that your registration has been processed to this address.',
  },
  'rep.field.file': { nl: 'Ondertekende machtiging (PDF)', en: 'Signed authorisation (PDF)' },
  'rep.field.file.help': {
    nl: 'Alleen PDF, maximaal {max}.',
    en: 'PDF only, at most {max}.',
  },
  'rep.error.kvkRequired': {
    nl: 'Vul het KVK-nummer van de referent in.',
    en: 'Enter the KVK number of the sponsor.',
  },
  'rep.error.kvkInvalid': {
    nl: 'Het KVK-nummer bestaat uit 8 cijfers, bijvoorbeeld 69599084.',
    en: 'The KVK number consists of 8 digits, for example 69599084.',
  },
  'rep.error.self': {
    nl: 'Dit is het KVK-nummer van uw eigen organisatie. Vul het KVK-nummer in van de referent die u heeft gemachtigd.',
    en: 'This is the KVK number of your own organisation. Enter the KVK number of the sponsor that authorised you.',
  },
  'rep.error.notSponsor': {
    nl: 'Deze organisatie is geen erkend referent. U kunt alleen een machtiging van een erkend referent registreren.',
    en: 'This organisation is not a recognised sponsor. You can only register an authorisation of a recognised sponsor.',
  },
  'rep.error.duplicate': {
    nl: 'U hebt al een machtiging voor deze referent ingediend die nog niet is verwerkt.',
    en: 'You have already submitted an authorisation for this sponsor that has not been processed yet.',
  },
  'rep.error.overlap': {
    nl: 'U hebt al een goedgekeurde machtiging voor deze referent die in deze periode geldt. Laat de nieuwe machtiging ingaan na het einde van de bestaande (zie Machtigingen), of vraag de referent de bestaande te beëindigen als u andere diensten nodig hebt.',
    en: 'You already have an approved authorisation for this sponsor that is valid in this period. Let the new one start after the existing one ends (see Authorisations), or ask the sponsor to end the existing one if you need other services.',
  },
  'rep.error.notSelf': {
    nl: 'Registreer een machtiging namens uw eigen organisatie.',
    en: 'Register an authorisation on behalf of your own organisation.',
  },
  'rep.error.scope': { nl: 'Kies minstens één dienst.', en: 'Choose at least one service.' },
  // Still used by staff dates (closure days, mandate, recognition start).
  'rep.error.dateRequired': { nl: 'Vul een datum in.', en: 'Enter a date.' },
  'rep.error.dateInvalid': {
    nl: 'Vul een bestaande datum in, bijvoorbeeld 31-12-2026.',
    en: 'Enter a real date, for example 31-12-2026.',
  },
  'rep.error.validFromRequired': {
    nl: 'Vul bij Geldig vanaf de datum in waarop de machtiging ingaat, bijvoorbeeld 1 12 2026.',
    en: 'Under Valid from, enter the date the authorisation starts, for example 1 12 2026.',
  },
  'rep.error.validUntilRequired': {
    nl: 'Vul bij Geldig tot en met de laatste dag in waarop de machtiging geldt, bijvoorbeeld 30 11 2027.',
    en: 'Under Valid until, enter the last day the authorisation is valid, for example 30 11 2027.',
  },
  'rep.error.validFromInvalid': {
    nl: 'Geldig vanaf moet een bestaande datum zijn. Vul een bestaande datum in, bijvoorbeeld 1 12 2026.',
    en: 'Valid from must be a real date. Enter a real date, for example 1 12 2026.',
  },
  'rep.error.validUntilInvalid': {
    nl: 'Geldig tot en met moet een bestaande datum zijn. Vul een bestaande datum in, bijvoorbeeld 30 11 2027.',
    en: 'Valid until must be a real date. Enter a real date, for example 30 11 2027.',
  },
  'rep.error.untilBeforeFrom': {
    nl: 'Geldig tot en met moet op of na Geldig vanaf liggen. Kies een latere einddatum of een eerdere begindatum.',
    en: 'Valid until must be on or after Valid from. Choose a later end date or an earlier start date.',
  },
  'rep.error.untilPast': {
    nl: 'Geldig tot en met ligt in het verleden. Kies als einddatum vandaag of een latere datum.',
    en: 'Valid until is in the past. Choose today or a later date as the end date.',
  },
  'rep.error.tooLong': {
    nl: 'Deze periode is te lang: een machtiging geldt hoogstens de toegestane termijn (standaard 5 jaar). Kies een eerdere einddatum.',
    en: 'This period is too long: an authorisation is valid for at most the permitted term (5 years by default). Choose an earlier end date.',
  },
  'rep.mail.endedSubject': { nl: 'Een machtiging is beëindigd', en: 'An authorisation has been ended' },
  'rep.mail.endedBody': {
    nl: 'De machtiging van {intermediary} om namens {sponsor} te handelen in het Portaal Zakelijk is beëindigd. Dit geldt direct.',
    en: 'The authorisation of {intermediary} to act for {sponsor} in the Business Portal has been ended, with immediate effect.',
  },
  'account.chain.unknownName': {
    nl: 'KVK {kvk} (naam niet bekend bij de IND)',
    en: 'KVK {kvk} (name not known to the IND)',
  },
  'rep.end.button': { nl: 'Machtiging beëindigen', en: 'End authorisation' },
  'rep.end.done': {
    nl: 'De machtiging is beëindigd. De intermediair kan vanaf nu niet meer namens de referent handelen; beide organisaties krijgen hierover een e-mail.',
    en: 'The authorisation has been ended. The intermediary can no longer act for the sponsor from now on; both organisations get an e-mail about it.',
  },
  // D14: asking before an authorisation ends, naming what ends.
  'rep.confirmWithdraw.title': {
    nl: 'Weet u zeker dat u deze machtiging wilt intrekken?',
    en: 'Are you sure you want to withdraw this authorisation?',
  },
  'rep.confirmEnd.title': {
    nl: 'Weet u zeker dat u deze machtiging wilt beëindigen?',
    en: 'Are you sure you want to end this authorisation?',
  },
  'rep.confirmWithdraw.body': {
    nl: 'U trekt de machtiging in waarmee {intermediary} (KVK {intermediaryKvk}) namens {sponsor} (KVK {sponsorKvk}) handelt in het Portaal Zakelijk. Dit geldt direct: u kunt dan niet meer namens {sponsor} werken.',
    en: 'You are withdrawing the authorisation with which {intermediary} (KVK {intermediaryKvk}) acts for {sponsor} (KVK {sponsorKvk}) in the Business Portal. This takes effect at once: you can then no longer work for {sponsor}.',
  },
  'rep.confirmEnd.body': {
    nl: 'U beëindigt de machtiging waarmee {intermediary} (KVK {intermediaryKvk}) namens {sponsor} (KVK {sponsorKvk}) handelt in het Portaal Zakelijk. Dit geldt direct; beide organisaties krijgen hierover een e-mail.',
    en: 'You are ending the authorisation with which {intermediary} (KVK {intermediaryKvk}) acts for {sponsor} (KVK {sponsorKvk}) in the Business Portal. This takes effect at once; both organisations get an e-mail about it.',
  },
  'rep.confirm.bodySubmitted': {
    nl: 'U trekt de registratie in van de machtiging waarmee {intermediary} (KVK {intermediaryKvk}) namens {sponsor} (KVK {sponsorKvk}) zou handelen. Team Zakelijk verwerkt haar dan niet meer.',
    en: 'You are withdrawing the registration of the authorisation with which {intermediary} (KVK {intermediaryKvk}) would act for {sponsor} (KVK {sponsorKvk}). Team Zakelijk will then no longer process it.',
  },
  'rep.confirm.final': {
    nl: 'Dit kunt u niet ongedaan maken. Is later weer een machtiging nodig, dan wordt een nieuwe geregistreerd.',
    en: 'This cannot be undone. If an authorisation is needed again later, a new one is registered.',
  },
  'rep.confirmWithdraw.yes': { nl: 'Ja, machtiging intrekken', en: 'Yes, withdraw the authorisation' },
  'rep.confirmEnd.yes': { nl: 'Ja, machtiging beëindigen', en: 'Yes, end the authorisation' },
  'rep.confirm.no': { nl: 'Nee, terug', en: 'No, go back' },
  'rep.notice.withdrawnPendingFor': {
    nl: 'De registratie van de machtiging voor {sponsor} (KVK {kvk}) is ingetrokken. Team Zakelijk verwerkt haar niet meer.',
    en: 'The registration of the authorisation for {sponsor} (KVK {kvk}) has been withdrawn. Team Zakelijk will not process it.',
  },
  'rep.notice.withdrawnFor': {
    nl: 'De machtiging voor {sponsor} (KVK {kvk}) is ingetrokken. U kunt niet meer namens deze referent werken.',
    en: 'The authorisation for {sponsor} (KVK {kvk}) has been withdrawn. You can no longer work for this sponsor.',
  },
  'rep.error.email': {
    nl: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    en: 'Enter a valid e-mail address, for example name@example.com.',
  },
  'rep.error.fileRequired': {
    nl: 'Voeg de ondertekende machtiging toe.',
    en: 'Add the signed authorisation.',
  },
  'rep.error.fileNotPdf': {
    nl: 'Het bestand is geen PDF. Voeg de machtiging toe als PDF-bestand.',
    en: 'The file is not a PDF. Add the authorisation as a PDF file.',
  },
  'rep.error.fileTooLarge': {
    nl: 'Het bestand is groter dan {max}. Voeg een kleiner bestand toe.',
    en: 'The file is larger than {max}. Add a smaller file.',
  },
  'rep.mail.approvedSubject': {
    nl: 'Uw registratie als gemachtigde is verwerkt',
    en: 'Your registration as authorised representative has been processed',
  },
  'rep.mail.approvedBody': {
    nl: 'Geachte heer, mevrouw,\n\nTeam Zakelijk van de IND heeft uw registratie als gemachtigde van {sponsor} verwerkt en goedgekeurd. U kunt nu in het Portaal Zakelijk namens deze referent werken: log in en kies bij ‘Wissel van organisatie’ voor {sponsor}.\n\nMet vriendelijke groet,\nTeam Zakelijk, Immigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nTeam Zakelijk of the IND has processed and approved your registration as authorised representative of {sponsor}. You can now work on behalf of this sponsor in the Business Portal: log in and choose {sponsor} under ‘Switch organisation’.\n\nKind regards,\nTeam Zakelijk, Immigration and Naturalisation Service',
  },
  'rep.mail.sponsorApprovedSubject': {
    nl: '{intermediary} mag nu namens uw organisatie werken in het Portaal Zakelijk',
    en: '{intermediary} may now act for your organisation in the Business Portal',
  },
  'rep.mail.sponsorApprovedBody': {
    nl: 'Geachte heer, mevrouw,\n\nTeam Zakelijk van de IND heeft de machtiging goedgekeurd waarmee {intermediary} (KVK {kvk}) namens {sponsor} werkt in het Portaal Zakelijk.\n\nDe machtiging geldt voor:\n{services}\n\nvan {from} tot en met {until}.\n\nKlopt dit niet? Beëindig de machtiging in het Portaal Zakelijk onder ‘Accountgegevens’, of neem contact op met Team Zakelijk.\n\nMet vriendelijke groet,\nTeam Zakelijk, Immigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nTeam Zakelijk of the IND has approved the authorisation with which {intermediary} (KVK {kvk}) acts for {sponsor} in the Business Portal.\n\nThe authorisation covers:\n{services}\n\nfrom {from} up to and including {until}.\n\nIs this not right? End the authorisation in the Business Portal under ‘Account information’, or contact Team Zakelijk.\n\nKind regards,\nTeam Zakelijk, Immigration and Naturalisation Service',
  },
  'rep.mail.rejectedSubject': {
    nl: 'Uw registratie als gemachtigde is verwerkt',
    en: 'Your registration as authorised representative has been processed',
  },
  'rep.mail.rejectedBody': {
    nl: 'Geachte heer, mevrouw,\n\nTeam Zakelijk van de IND heeft uw registratie als gemachtigde van {sponsor} verwerkt en afgewezen.\n\nReden: {reason}\n\nU kunt een nieuwe machtiging registreren in het Portaal Zakelijk.\n\nMet vriendelijke groet,\nTeam Zakelijk, Immigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nTeam Zakelijk of the IND has processed and rejected your registration as authorised representative of {sponsor}.\n\nReason: {reason}\n\nYou can register a new authorisation in the Business Portal.\n\nKind regards,\nTeam Zakelijk, Immigration and Naturalisation Service',
  },

  'acting.title': {
    nl: 'Namens welke organisatie werkt u?',
    en: 'On behalf of which organisation are you working?',
  },
  'acting.lead': {
    nl: 'U kunt werken namens uw eigen organisatie of namens een erkend referent die u heeft gemachtigd en van wie Team Zakelijk de machtiging heeft goedgekeurd.',
    en: 'You can work on behalf of your own organisation or on behalf of a recognised sponsor that authorised you and whose authorisation Team Zakelijk has approved.',
  },
  'acting.legend': { nl: 'Kies een organisatie', en: 'Choose an organisation' },
  'acting.self': {
    nl: '{organisation} (uw eigen organisatie, KVK {kvk})',
    en: '{organisation} (your own organisation, KVK {kvk})',
  },
  'acting.sponsor': {
    nl: '{organisation} (KVK {kvk}), gemachtigd tot en met {until}',
    en: '{organisation} (KVK {kvk}), authorised until {until}',
  },
  'acting.none': {
    nl: 'U hebt nog geen goedgekeurde machtiging van een referent.',
    en: 'You do not have an approved authorisation of a sponsor yet.',
  },
  'acting.submit': { nl: 'Verder namens deze organisatie', en: 'Continue on behalf of this organisation' },
  'acting.link': { nl: 'Wissel van organisatie', en: 'Switch organisation' },
  'acting.chain': {
    nl: 'U bent ingelogd met een ketenmachtiging: u werkt namens {organisation}, als intermediair met KVK-nummer {kvk}. Wilt u namens een andere organisatie werken, log dan opnieuw in met de juiste machtiging.',
    en: 'You logged in with a chain authorisation: you work on behalf of {organisation}, as the intermediary with KVK number {kvk}. To work on behalf of another organisation, log in again with the right authorisation.',
  },
  'dashboard.outOfScope': {
    nl: 'Niet in uw machtiging voor deze referent',
    en: 'Not in your authorisation for this sponsor',
  },

  'account.title': { nl: 'Accountgegevens', en: 'Account information' },
  'account.lead': {
    nl: 'Deze gegevens heeft de IND van uw organisatie. Klopt er iets niet? Geef wijzigingen binnen 4 weken door aan de IND. Verhuist uw administratie naar een ander adres? Meld dat binnen 2 weken.',
    en: 'This is the information the IND holds about your organisation. Is something wrong? Report changes to the IND within 4 weeks. Are your records moving to another address? Report that within 2 weeks.',
  },
  'account.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'account.branches': { nl: 'Vestigingen', en: 'Branches' },
  'account.branches.caption': { nl: 'Vestigingen van uw organisatie', en: 'Branches of your organisation' },
  'account.recognitions': { nl: 'Erkenningen', en: 'Recognitions' },
  'account.recognitions.caption': {
    nl: 'Erkenningen als referent per categorie',
    en: 'Recognitions as sponsor per category',
  },
  'account.mandate': { nl: 'Machtiging automatische incasso', en: 'Direct debit mandate' },
  'account.ibanMasked': {
    nl: 'IBAN, alleen de laatste 4 tekens zichtbaar',
    en: 'IBAN, only the last 4 characters shown',
  },
  'account.noMandate': {
    nl: 'Er is geen incassomachtiging bekend.',
    en: 'No direct debit mandate is known.',
  },
  'account.representatives': { nl: 'Uw gemachtigden', en: 'Your representatives' },
  'account.representatives.lead': {
    nl: 'Organisaties die namens u in het portaal werken: met een bij de IND geregistreerde machtiging, of met een ketenmachtiging in eHerkenning.',
    en: 'Organisations that work on your behalf in the portal: with an authorisation registered with the IND, or with a chain authorisation in eHerkenning.',
  },
  'account.registered': { nl: 'Geregistreerde machtigingen', en: 'Registered authorisations' },
  'account.registered.none': {
    nl: 'Er zijn geen geregistreerde machtigingen.',
    en: 'There are no registered authorisations.',
  },
  'account.chain': { nl: 'Ketenmachtigingen (eHerkenning)', en: 'Chain authorisations (eHerkenning)' },
  'account.chain.none': {
    nl: 'Er heeft nog geen intermediair met een ketenmachtiging namens u ingelogd.',
    en: 'No intermediary has logged in on your behalf with a chain authorisation yet.',
  },
  'account.chain.lastSeen': { nl: 'Laatst ingelogd', en: 'Last logged in' },

  'org.name': { nl: 'Naam (handelsregister)', en: 'Name (trade register)' },
  'org.kvk': { nl: 'KVK-nummer', en: 'KVK number' },
  'org.rsin': { nl: 'RSIN', en: 'RSIN' },
  'org.legalForm': { nl: 'Rechtsvorm', en: 'Legal form' },
  'org.visitingAddress': { nl: 'Bezoekadres', en: 'Visiting address' },
  'org.administrationAddress': { nl: 'Adres van de administratie', en: 'Administration address' },
  'org.address': { nl: 'Adres', en: 'Address' },
  'org.contact': { nl: 'Contactpersoon', en: 'Contact person' },
  'org.contactName': { nl: 'Naam contactpersoon', en: 'Contact person name' },
  'org.contactEmail': { nl: 'E-mailadres voor post van de IND', en: 'E-mail address for IND mail' },
  'org.iban': { nl: 'IBAN', en: 'IBAN' },
  'org.accountHolder': { nl: 'Naam rekeninghouder', en: 'Account holder' },
  'org.mandateSigned': { nl: 'Machtiging getekend op', en: 'Mandate signed on' },
  'org.branchNumber': { nl: 'Vestigingsnummer', en: 'Branch number' },
  'org.branchName': { nl: 'Naam', en: 'Name' },
  'org.category': { nl: 'Categorie', en: 'Category' },
  'org.startDate': { nl: 'Ingangsdatum', en: 'Start date' },
  'org.state': { nl: 'Status', en: 'Status' },
  'recognition.state.active': { nl: 'Actief', en: 'Active' },
  'recognition.state.suspended': { nl: 'Geschorst', en: 'Suspended' },
  'recognition.state.withdrawn': { nl: 'Ingetrokken', en: 'Withdrawn' },
  // Team Zakelijk's back-office pages about organisations, recognitions and authorisations
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
  'bo.reg.error.reason': {
    nl: 'Vul de reden van de afwijzing in.',
    en: 'Enter the reason for the rejection.',
  },
  'bo.reg.error.reasonLong': {
    nl: 'De reden is langer dan {max} tekens.',
    en: 'The reason is longer than {max} characters.',
  },
  'bo.reg.error.decision': { nl: 'Kies goedkeuren of afwijzen.', en: 'Choose approve or reject.' },

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
    nl: 'Adres van de administratie: straat (geen postbus)',
    en: 'Administration address: street (not a PO box)',
  },
  'bo.org.adminHouseNumber': {
    nl: 'Adres van de administratie: huisnummer',
    en: 'Administration address: house number',
  },
  'bo.org.adminPostalCode': {
    nl: 'Adres van de administratie: postcode',
    en: 'Administration address: postal code',
  },
  'bo.org.adminCity': { nl: 'Adres van de administratie: plaats', en: 'Administration address: city' },
  'bo.org.error.required.name': {
    nl: 'Vul de naam van de organisatie in.',
    en: 'Enter the name of the organisation.',
  },
  'bo.org.error.required.legalForm': { nl: 'Vul de rechtsvorm in.', en: 'Enter the legal form.' },
  'bo.org.error.required.visitingStreet': {
    nl: 'Vul de straat van het bezoekadres in.',
    en: 'Enter the street of the visiting address.',
  },
  'bo.org.error.required.visitingCity': {
    nl: 'Vul de plaats van het bezoekadres in.',
    en: 'Enter the city of the visiting address.',
  },
  'bo.org.error.rsin': {
    nl: 'Het RSIN bestaat uit 9 cijfers en moet de elfproef doorstaan.',
    en: 'The RSIN consists of 9 digits and must pass the eleven test.',
  },
  'bo.org.error.iban': {
    nl: 'Vul een geldig IBAN in, bijvoorbeeld NL91ABNA0417164300.',
    en: 'Enter a valid IBAN, for example NL91ABNA0417164300.',
  },
  'bo.org.error.accountHolder': {
    nl: 'Vul de naam van de rekeninghouder in.',
    en: 'Enter the name of the account holder.',
  },
  'bo.rec.none': {
    nl: 'Deze organisatie heeft geen erkenningen.',
    en: 'This organisation has no recognitions.',
  },
  'bo.rec.reasonCol': { nl: 'Reden', en: 'Reason' },
  'bo.rec.change': { nl: 'Erkenning wijzigen', en: 'Change a recognition' },
  'bo.rec.action': { nl: 'Wat wilt u doen?', en: 'What do you want to do?' },
  'bo.rec.grant': { nl: 'Verlenen (of schorsing opheffen)', en: 'Grant (or lift the suspension)' },
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
  'bo.rec.error.choose': { nl: 'Kies een actie en een categorie.', en: 'Choose an action and a category.' },
  'bo.rec.error.reason': { nl: 'Vul de reden in.', en: 'Enter the reason.' },
  'bo.rec.error.none': {
    nl: 'Deze organisatie heeft geen erkenning in deze categorie.',
    en: 'This organisation has no recognition in this category.',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof organisationMessages> {}
}
