import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the support module: reporting a problem, the FAQ, the information pages. */
export const supportMessages = {
  // Navigation
  'nav.faq': { nl: 'Veelgestelde vragen', en: 'Frequently asked questions' },
  'nav.myReports': { nl: 'Mijn meldingen', en: 'My reports' },
  'nav.staffReports': { nl: 'Meldingen', en: 'Reports' },
  'nav.staffFaq': { nl: 'Veelgestelde vragen beheren', en: 'Manage FAQ' },

  // Reporting a problem, step 1
  'support.report.title': { nl: 'Een probleem melden', en: 'Report a problem' },
  'support.report.step': { nl: 'Stap {step} van 2', en: 'Step {step} of 2' },
  'support.report.lead': {
    nl: 'Hebt u problemen met inloggen of een technisch probleem in het portaal? Veel problemen kunt u zelf oplossen. Kijk daarom eerst hieronder.',
    en: 'Do you have login problems or a technical issue in the portal? You can solve many problems yourself. Please look below first.',
  },
  'support.report.checkTitle': {
    nl: 'Ligt het aan uw internetprovider of eHerkenningsleverancier?',
    en: 'Is it your internet provider or eHerkenning supplier?',
  },
  'support.report.check.internet': {
    nl: 'Werken andere websites wel? Zo niet, dan ligt het waarschijnlijk aan uw internetverbinding of uw internetprovider.',
    en: 'Do other websites work? If not, the cause is probably your internet connection or your internet provider.',
  },
  'support.report.check.supplier': {
    nl: 'Ziet u de fout op de pagina van uw eHerkenningsleverancier, of lukt inloggen met eHerkenning bij andere organisaties ook niet? Neem dan contact op met uw eHerkenningsleverancier.',
    en: 'Do you see the error on the page of your eHerkenning supplier, or does logging in with eHerkenning fail at other organisations too? Then contact your eHerkenning supplier.',
  },
  'support.report.check.level': {
    nl: 'Hebt u eHerkenning op niveau EH3 of hoger, met een machtiging voor de dienst ‘Immigratie- en Naturalisatiedienst: toegang tot het portaal’?',
    en: "Do you have eHerkenning at level EH3 or higher, with an authorisation for the service 'Immigratie- en Naturalisatiedienst: toegang tot het portaal'?",
  },
  'support.report.faqTitle': {
    nl: 'Antwoorden op veelvoorkomende problemen',
    en: 'Answers to common problems',
  },
  'support.report.faqMore': { nl: 'Alle veelgestelde vragen', en: 'All frequently asked questions' },
  'support.report.stillTitle': { nl: 'Lukt het nog steeds niet?', en: 'Still not working?' },
  'support.report.stillBody': {
    nl: 'Meld het probleem dan bij Team Zakelijk. U hebt nodig: een schermafdruk van de fout waarop ook het internetadres te zien is, het KVK-nummer, de datum en het precieze tijdstip van de fout en een korte beschrijving.',
    en: 'Then report the problem to Team Zakelijk. You need: a screenshot of the error which also shows the internet address, the KVK number, the date and exact time of the error, and a short description.',
  },
  'support.report.continue': { nl: 'Verder naar het meldformulier', en: 'Continue to the report form' },

  // Step 2: the form
  'support.form.title': { nl: 'Meld uw probleem', en: 'Report your problem' },
  'support.form.lead': {
    nl: 'Vul alle velden in. Zo kan Team Zakelijk uw melding goed beoordelen. U krijgt een bevestiging per e-mail.',
    en: 'Please fill in all fields, so Team Zakelijk can assess your report properly. You will receive a confirmation by e-mail.',
  },
  'support.form.correlation': {
    nl: 'Uw melding bevat de referentie van de fout die u zag: {id}, van {moment}.',
    en: 'Your report includes the reference of the error you saw: {id}, from {moment}.',
  },
  'support.form.pageAddress': {
    nl: 'Internetadres waar het gebeurde',
    en: 'Internet address where it happened',
  },
  'support.form.pageAddress.help': {
    nl: 'Het adres van de pagina, bijvoorbeeld https://… of /dashboard. Wij hebben het alvast ingevuld als we het wisten.',
    en: 'The address of the page, for example https://… or /dashboard. We filled it in if we knew it.',
  },
  'support.form.kvkNumber': { nl: 'KVK-nummer', en: 'Chamber of Commerce (KVK) number' },
  'support.form.kvkNumber.help': {
    nl: '8 cijfers. Het KVK-nummer van de organisatie waarvoor u wilde inloggen of werkte.',
    en: '8 digits. The KVK number of the organisation you wanted to log in for or were working for.',
  },
  'support.form.occurredAt': { nl: 'Datum en tijdstip van de fout', en: 'Date and time of the error' },
  'support.form.occurredAt.help': {
    nl: 'Nederlandse tijd, zo precies als u weet. Bijvoorbeeld 14-03-2025 09:41.',
    en: 'Dutch time, as exactly as you know it. For example 14-03-2025 09:41.',
  },
  'support.form.description': {
    nl: 'Korte beschrijving van het probleem',
    en: 'Short description of the problem',
  },
  'support.form.description.help': {
    nl: 'Wat deed u, wat verwachtte u en wat gebeurde er? Maximaal {max} tekens.',
    en: 'What did you do, what did you expect and what happened? At most {max} characters.',
  },
  'support.form.email': { nl: 'E-mailadres voor ons antwoord', en: 'E-mail address for our answer' },
  'support.form.screenshots': { nl: 'Schermafdrukken van de fout', en: 'Screenshots of the error' },
  'support.form.screenshots.help': {
    nl: 'PNG of JPEG, maximaal {size} per bestand en maximaal {max} bestanden. Zorg dat het internetadres op de schermafdruk staat.',
    en: 'PNG or JPEG, at most {size} per file and at most {max} files. Make sure the internet address is visible on the screenshot.',
  },
  'support.form.submit': { nl: 'Melding versturen', en: 'Send report' },
  'support.form.limited.title': {
    nl: 'U hebt al 5 meldingen verstuurd in 10 minuten',
    en: 'You have already sent 5 reports in 10 minutes',
  },
  'support.form.limited.body': {
    nl: 'Uw melding is nog niet verstuurd. Wat u hebt ingevuld staat hieronder. U kunt de melding over {minutes} minuten versturen (om {time}). Is het dringend? Bel ons op 088 043 04 30.',
    en: 'Your report has not been sent yet. What you typed is below. You can send the report in {minutes} minutes (at {time}). Is it urgent? Call us on +31 88 043 04 30.',
  },
  'support.form.limited.body.one': {
    nl: 'Uw melding is nog niet verstuurd. Wat u hebt ingevuld staat hieronder. U kunt de melding over 1 minuut versturen (om {time}). Is het dringend? Bel ons op 088 043 04 30.',
    en: 'Your report has not been sent yet. What you typed is below. You can send the report in 1 minute (at {time}). Is it urgent? Call us on +31 88 043 04 30.',
  },
  'support.form.reselect': {
    nl: 'Kies uw schermafdrukken opnieuw. Om veiligheidsredenen bewaren we geen bestanden uit een formulier met fouten.',
    en: 'Please choose your screenshots again. For security reasons we do not keep files from a form with errors.',
  },
  'support.form.error.required.pageAddress': {
    nl: 'Vul het internetadres in waar het probleem gebeurde.',
    en: 'Enter the internet address where the problem happened.',
  },
  'support.form.error.invalid.pageAddress': {
    nl: 'Vul een internetadres in dat begint met https:// of http://, of een pad dat begint met /.',
    en: 'Enter an internet address starting with https:// or http://, or a path starting with /.',
  },
  'support.form.error.required.kvkNumber': { nl: 'Vul het KVK-nummer in.', en: 'Enter the KVK number.' },
  'support.form.error.invalid.kvkNumber': {
    nl: 'Een KVK-nummer bestaat uit 8 cijfers.',
    en: 'A KVK number consists of 8 digits.',
  },
  'support.form.error.required.occurredAt': {
    nl: 'Vul de datum en het tijdstip van de fout in.',
    en: 'Enter the date and time of the error.',
  },
  'support.form.error.invalid.occurredAt': {
    nl: 'Vul een datum en tijd in als 14-03-2025 09:41.',
    en: 'Enter a date and time like 14-03-2025 09:41.',
  },
  'support.form.error.future.occurredAt': {
    nl: 'De datum en tijd van de fout kunnen niet in de toekomst liggen.',
    en: 'The date and time of the error cannot be in the future.',
  },
  'support.form.error.required.description': {
    nl: 'Beschrijf kort wat er misging.',
    en: 'Briefly describe what went wrong.',
  },
  'support.form.error.tooLong.description': {
    nl: 'De beschrijving mag maximaal {max} tekens hebben.',
    en: 'The description can have at most {max} characters.',
  },
  'support.form.error.required.email': {
    nl: 'Vul uw e-mailadres in, zodat we u kunnen antwoorden.',
    en: 'Enter your e-mail address, so that we can answer you.',
  },
  'support.form.error.invalid.email': {
    nl: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    en: 'Enter a valid e-mail address, like name@example.com.',
  },
  'support.form.error.required.screenshots': {
    nl: 'Kies ten minste één schermafdruk van de fout.',
    en: 'Choose at least one screenshot of the error.',
  },
  'support.form.error.type.screenshots': {
    nl: '‘{name}’ is geen PNG- of JPEG-afbeelding',
    en: "'{name}' is not a PNG or JPEG image",
  },
  'support.form.error.size.screenshots': {
    nl: '‘{name}’ is groter dan {size}',
    en: "'{name}' is larger than {size}",
  },
  'support.form.error.count.screenshots': {
    nl: 'U kunt maximaal {max} schermafdrukken toevoegen.',
    en: 'You can add at most {max} screenshots.',
  },
  'support.form.error.unreadable': {
    nl: 'Het formulier kwam niet volledig aan. Probeer het opnieuw.',
    en: 'The form did not arrive completely. Please try again.',
  },

  // After sending
  'support.sent.title': { nl: 'Uw melding is verstuurd', en: 'Your report has been sent' },
  'support.sent.reference': { nl: 'Uw referentie: {reference}', en: 'Your reference: {reference}' },
  'support.sent.body': {
    nl: 'Team Zakelijk heeft uw melding ontvangen en beoordeelt die. U krijgt een bevestiging per e-mail, en ons antwoord op het e-mailadres dat u opgaf. Noem uw referentie als u contact met ons opneemt.',
    en: 'Team Zakelijk has received your report and will assess it. You receive a confirmation by e-mail, and our answer at the e-mail address you gave. Mention your reference when you contact us.',
  },
  'support.sent.myReports': {
    nl: 'Uw meldingen en onze antwoorden bekijken',
    en: 'View your reports and our answers',
  },

  // States
  'support.state.new': { nl: 'Nieuw', en: 'New' },
  'support.state.assessing': { nl: 'In beoordeling', en: 'Being assessed' },
  'support.state.answered': { nl: 'Beantwoord', en: 'Answered' },
  'support.state.closed': { nl: 'Afgesloten', en: 'Closed' },

  // A business user's own reports
  'support.mine.title': { nl: 'Mijn meldingen', en: 'My reports' },
  'support.mine.lead': {
    nl: 'De technische problemen die vanuit uw organisatie zijn gemeld terwijl iemand was ingelogd, en de antwoorden van Team Zakelijk.',
    en: 'The technical problems reported from your organisation while someone was logged in, and the answers of Team Zakelijk.',
  },
  'support.mine.empty': {
    nl: 'Er zijn nog geen meldingen van uw organisatie.',
    en: 'There are no reports from your organisation yet.',
  },
  'support.mine.new': { nl: 'Een nieuw probleem melden', en: 'Report a new problem' },
  'support.col.reference': { nl: 'Referentie', en: 'Reference' },
  'support.col.submitted': { nl: 'Gemeld op', en: 'Reported on' },
  'support.col.state': { nl: 'Status', en: 'Status' },
  'support.col.kvk': { nl: 'KVK-nummer', en: 'KVK number' },
  'support.col.correlation': { nl: 'Referentie van de fout', en: 'Error reference' },
  'support.detail.title': { nl: 'Melding {reference}', en: 'Report {reference}' },
  'support.detail.occurredAt': { nl: 'Tijdstip van de fout', en: 'Time of the error' },
  'support.detail.pageAddress': { nl: 'Internetadres', en: 'Internet address' },
  'support.detail.email': { nl: 'E-mailadres voor antwoord', en: 'E-mail address for the answer' },
  'support.detail.description': { nl: 'Beschrijving', en: 'Description' },
  'support.detail.screenshots': { nl: 'Schermafdrukken', en: 'Screenshots' },
  'support.detail.screenshotCount': {
    nl: '{count} schermafdrukken meegestuurd',
    en: '{count} screenshots attached',
  },
  'support.detail.screenshotCount.one': {
    nl: '1 schermafdruk meegestuurd',
    en: '1 screenshot attached',
  },
  'support.detail.answers': { nl: 'Antwoorden van Team Zakelijk', en: 'Answers from Team Zakelijk' },
  'support.detail.noAnswers': {
    nl: 'Team Zakelijk heeft nog niet geantwoord.',
    en: 'Team Zakelijk has not answered yet.',
  },
  'support.detail.answeredAt': { nl: 'Antwoord van {moment}', en: 'Answer of {moment}' },
  'support.detail.language': { nl: 'Taal van de melder', en: "Reporter's language" },
  'support.detail.loggedInFor': { nl: 'Ingelogd namens', en: 'Logged in on behalf of' },
  'support.detail.notLoggedIn': { nl: 'Niet ingelogd', en: 'Not logged in' },
  'support.detail.errorAt': { nl: 'Tijdstip foutpagina', en: 'Time of the error page' },
  'support.detail.none': { nl: '–', en: '–' },
  'support.back.mine': { nl: 'Terug naar mijn meldingen', en: 'Back to my reports' },

  // Back office: reports
  'support.staff.title': { nl: 'Meldingen van technische problemen', en: 'Technical issue reports' },
  'support.staff.lead': {
    nl: 'Meldingen van zakelijke klanten, nieuwste eerst. Beoordeel elke melding, leg notities vast en stuur de melder een antwoord.',
    en: 'Reports from business customers, newest first. Assess each report, keep notes and send the reporter an answer.',
  },
  'support.staff.filter': { nl: 'Toon meldingen met status', en: 'Show reports with status' },
  'support.staff.filterAll': { nl: 'Alle open meldingen', en: 'All open reports' },
  'support.staff.filterButton': { nl: 'Toon', en: 'Show' },
  'support.staff.empty': { nl: 'Geen meldingen met deze status.', en: 'No reports with this status.' },
  'support.staff.caption': { nl: 'Meldingen', en: 'Reports' },
  'support.staff.back': { nl: 'Terug naar de meldingen', en: 'Back to the reports' },
  'support.staff.download': {
    nl: 'Schermafdruk {n} downloaden ({size})',
    en: 'Download screenshot {n} ({size})',
  },
  'support.staff.stateTitle': { nl: 'Status', en: 'Status' },
  'support.staff.stateLabel': { nl: 'Nieuwe status', en: 'New status' },
  'support.staff.stateButton': { nl: 'Status wijzigen', en: 'Change status' },
  'support.staff.stateChanged': { nl: 'De status is gewijzigd.', en: 'The status has been changed.' },
  'support.staff.notesTitle': { nl: 'Interne notities', en: 'Internal notes' },
  'support.staff.notesHelp': {
    nl: 'Alleen zichtbaar voor medewerkers van de IND.',
    en: 'Only visible to IND staff.',
  },
  'support.staff.noNotes': { nl: 'Nog geen notities.', en: 'No notes yet.' },
  'support.staff.noteLabel': { nl: 'Nieuwe notitie', en: 'New note' },
  'support.staff.noteButton': { nl: 'Notitie opslaan', en: 'Save note' },
  'support.staff.noteAdded': { nl: 'De notitie is opgeslagen.', en: 'The note has been saved.' },
  'support.staff.noteBy': { nl: '{name}, {moment}', en: '{name}, {moment}' },
  'support.staff.answerTitle': { nl: 'Antwoord aan de melder', en: 'Answer to the reporter' },
  'support.staff.answerLabel': { nl: 'Antwoord', en: 'Answer' },
  'support.staff.answerHelp': {
    nl: 'Wordt per e-mail verstuurd naar {email}, in het {language}. Gewone tekst; internetadressen worden links.',
    en: 'Sent by e-mail to {email}, in {language}. Plain text; internet addresses become links.',
  },
  'support.staff.answerButton': { nl: 'Antwoord versturen', en: 'Send answer' },
  'support.staff.answerSent': {
    nl: 'Het antwoord is verstuurd en de melding staat op ‘Beantwoord’.',
    en: "The answer has been sent and the report is marked 'Answered'.",
  },
  // D12: each message names its field and says what to do.
  'support.staff.error.required.answer': {
    nl: 'Vul bij Antwoord de tekst in die de melder per e-mail krijgt.',
    en: 'Under Answer, enter the text the reporter will get by e-mail.',
  },
  'support.staff.error.tooLong.answer': {
    nl: 'Het antwoord mag hoogstens {max} tekens hebben. Maak het korter.',
    en: 'The answer can have at most {max} characters. Make it shorter.',
  },
  'support.staff.error.required.note': {
    nl: 'Vul bij Nieuwe notitie de tekst van de notitie in.',
    en: 'Under New note, enter the text of the note.',
  },
  'support.staff.error.tooLong.note': {
    nl: 'De notitie mag hoogstens {max} tekens hebben. Maak haar korter.',
    en: 'The note can have at most {max} characters. Make it shorter.',
  },
  'support.staff.error.state': {
    nl: 'Kies bij Nieuwe status een status uit de lijst.',
    en: 'Under New status, choose a status from the list.',
  },
  'support.language.nl': { nl: 'Nederlands', en: 'Dutch' },
  'support.language.en': { nl: 'Engels', en: 'English' },

  // E-mails (to Team Zakelijk in Dutch; to the reporter in the reporter's language)
  'support.mail.team.subject': {
    nl: 'Melding technisch probleem {reference}',
    en: 'Technical issue report {reference}',
  },
  'support.mail.team.body': {
    nl: 'Er is een nieuwe melding van een technisch probleem binnengekomen via het Portaal Zakelijk.\n\nReferentie: {reference}\nKVK-nummer: {kvk}\nIngelogd namens: {organisation}\nInternetadres: {page}\nTijdstip van de fout: {occurred}\nReferentie van de fout (correlatie-id): {correlation}\nTijdstip foutpagina: {errorAt}\nE-mailadres melder: {email}\nTaal melder: {language}\nSchermafdrukken: {count} (bijgevoegd)\n\nBeschrijving:\n{description}\n\nBeoordeel de melding in de backoffice: {link}',
    en: 'A new technical issue report has arrived through the Business Portal.\n\nReference: {reference}\nKVK number: {kvk}\nLogged in on behalf of: {organisation}\nInternet address: {page}\nTime of the error: {occurred}\nError reference (correlation id): {correlation}\nTime of the error page: {errorAt}\nReporter e-mail: {email}\nReporter language: {language}\nScreenshots: {count} (attached)\n\nDescription:\n{description}\n\nAssess the report in the back office: {link}',
  },
  'support.mail.confirm.subject': {
    nl: 'Wij hebben uw melding ontvangen ({reference})',
    en: 'We have received your report ({reference})',
  },
  'support.mail.confirm.body': {
    nl: 'Geachte heer, mevrouw,\n\nWij hebben uw melding van een technisch probleem in het Portaal Zakelijk ontvangen. Uw referentie is {reference}.\n\nTeam Zakelijk beoordeelt uw melding en stuurt u een antwoord op dit e-mailadres. Noem uw referentie als u contact met ons opneemt.\n\nMet vriendelijke groet,\nTeam Zakelijk\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nWe have received your report of a technical issue in the Business Portal. Your reference is {reference}.\n\nTeam Zakelijk will assess your report and send you an answer at this e-mail address. Please mention your reference when you contact us.\n\nKind regards,\nTeam Zakelijk\nImmigration and Naturalisation Service',
  },
  'support.mail.answer.subject': {
    nl: 'Antwoord op uw melding {reference}',
    en: 'Answer to your report {reference}',
  },
  'support.mail.answer.body': {
    nl: 'Geachte heer, mevrouw,\n\nHieronder vindt u het antwoord van Team Zakelijk op uw melding {reference}.\n\n{answer}\n\nMet vriendelijke groet,\nTeam Zakelijk\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nBelow is the answer of Team Zakelijk to your report {reference}.\n\n{answer}\n\nKind regards,\nTeam Zakelijk\nImmigration and Naturalisation Service',
  },

  // FAQ
  'faq.title': { nl: 'Veelgestelde vragen', en: 'Frequently asked questions' },
  'faq.lead': {
    nl: 'Antwoorden op veelgestelde vragen over inloggen, machtigingen, aanvragen en het portaal.',
    en: 'Answers to frequently asked questions about logging in, authorisations, applications and the portal.',
  },
  'faq.search': { nl: 'Zoeken in de veelgestelde vragen', en: 'Search the frequently asked questions' },
  'faq.searchLabel': { nl: 'Zoekwoorden', en: 'Search words' },
  'faq.searchButton': { nl: 'Zoeken', en: 'Search' },
  'faq.results': {
    nl: '{count} antwoorden gevonden voor ‘{q}’',
    en: '{count} answers found for ‘{q}’',
  },
  'faq.results.one': {
    nl: '1 antwoord gevonden voor ‘{q}’',
    en: '1 answer found for ‘{q}’',
  },
  'faq.noResults': {
    nl: 'Geen antwoorden gevonden voor ‘{q}’. Probeer andere woorden, of meld uw probleem.',
    en: "No answers found for '{q}'. Try other words, or report your problem.",
  },
  'faq.clear': { nl: 'Toon alle vragen', en: 'Show all questions' },
  'faq.category.login': { nl: 'Inloggen en eHerkenning', en: 'Logging in and eHerkenning' },
  'faq.category.representatives': { nl: 'Gemachtigden', en: 'Authorised representatives' },
  'faq.category.applications': { nl: 'Aanvragen', en: 'Applications' },
  'faq.category.status': { nl: 'Status en documenten', en: 'Status and documents' },
  'faq.category.technical': { nl: 'Technische problemen', en: 'Technical problems' },
  'faq.notHelped': { nl: 'Hebt u hiermee uw antwoord niet?', en: 'Did this not answer your question?' },
  'faq.back': { nl: 'Alle veelgestelde vragen', en: 'All frequently asked questions' },

  // Back office: FAQ
  'faq.staff.title': { nl: 'Veelgestelde vragen beheren', en: 'Manage frequently asked questions' },
  'faq.staff.lead': {
    nl: 'Vragen en antwoorden in het Nederlands en Engels. Gewone tekst: een lege regel begint een nieuwe alinea, regels die beginnen met ‘- ’ worden een lijst, internetadressen (https://…) en paden (/…) worden links. HTML wordt niet uitgevoerd.',
    en: "Questions and answers in Dutch and English. Plain text: a blank line starts a new paragraph, lines starting with '- ' become a list, internet addresses (https://…) and paths (/…) become links. HTML is not rendered.",
  },
  'faq.staff.new': { nl: 'Nieuwe vraag toevoegen', en: 'Add a new question' },
  'faq.staff.caption': { nl: 'Alle vragen', en: 'All questions' },
  'faq.staff.col.question': { nl: 'Vraag', en: 'Question' },
  'faq.staff.col.category': { nl: 'Categorie', en: 'Category' },
  'faq.staff.col.published': { nl: 'Gepubliceerd', en: 'Published' },
  'faq.staff.col.updated': { nl: 'Gewijzigd', en: 'Updated' },
  'faq.staff.yes': { nl: 'Ja', en: 'Yes' },
  'faq.staff.no': { nl: 'Nee', en: 'No' },
  'faq.staff.editTitle': { nl: 'Vraag wijzigen', en: 'Edit question' },
  'faq.staff.newTitle': { nl: 'Nieuwe vraag', en: 'New question' },
  'faq.staff.slug': { nl: 'Adres (slug)', en: 'Address (slug)' },
  'faq.staff.slug.help': {
    nl: 'Kleine letters, cijfers en streepjes, bijvoorbeeld ‘wrong-kvk-number’. De vraag staat op /faq/<slug>.',
    en: "Lowercase letters, digits and hyphens, for example 'wrong-kvk-number'. The question is at /faq/<slug>.",
  },
  'faq.staff.category': { nl: 'Categorie', en: 'Category' },
  'faq.staff.position': { nl: 'Volgorde binnen de categorie', en: 'Order within the category' },
  'faq.staff.questionNl': { nl: 'Vraag (Nederlands)', en: 'Question (Dutch)' },
  'faq.staff.questionEn': { nl: 'Vraag (Engels)', en: 'Question (English)' },
  'faq.staff.answerNl': { nl: 'Antwoord (Nederlands)', en: 'Answer (Dutch)' },
  'faq.staff.answerEn': { nl: 'Antwoord (Engels)', en: 'Answer (English)' },
  'faq.staff.save': { nl: 'Opslaan', en: 'Save' },
  'faq.staff.saved': { nl: 'De vraag is opgeslagen.', en: 'The question has been saved.' },
  'faq.staff.publish': { nl: 'Publiceren', en: 'Publish' },
  'faq.staff.unpublish': { nl: 'Publicatie intrekken', en: 'Unpublish' },
  'faq.staff.published': { nl: 'De vraag is gepubliceerd.', en: 'The question has been published.' },
  'faq.staff.unpublished': {
    nl: 'De vraag is niet meer gepubliceerd.',
    en: 'The question is no longer published.',
  },
  'faq.staff.status': { nl: 'Status: {state}', en: 'Status: {state}' },
  'faq.staff.state.published': { nl: 'gepubliceerd', en: 'published' },
  'faq.staff.state.draft': { nl: 'niet gepubliceerd', en: 'not published' },
  'faq.staff.view': { nl: 'Bekijken in het portaal', en: 'View in the portal' },
  'faq.staff.back': { nl: 'Terug naar de lijst', en: 'Back to the list' },
  // D12: each message names its field and says what to do.
  'faq.staff.error.slug': {
    nl: 'Vul bij Adres (slug) alleen kleine letters, cijfers en streepjes in, hoogstens 80 tekens, bijvoorbeeld ‘wrong-kvk-number’.',
    en: "Under Address (slug), use only lowercase letters, digits and hyphens, at most 80 characters, for example 'wrong-kvk-number'.",
  },
  'faq.staff.error.slugTaken': {
    nl: 'Er is al een vraag met dit Adres (slug). Kies een ander adres.',
    en: 'There already is a question with this Address (slug). Choose another address.',
  },
  'faq.staff.error.category': {
    nl: 'Kies bij Categorie onder welk onderwerp de vraag staat.',
    en: 'Under Category, choose the topic the question belongs to.',
  },
  'faq.staff.error.position': {
    nl: 'Vul bij Volgorde binnen de categorie een heel getal van 0 tot 10000 in.',
    en: 'Under Order within the category, enter a whole number from 0 to 10000.',
  },
  'faq.staff.error.required.question_nl': {
    nl: 'Vul de vraag in het Nederlands in.',
    en: 'Enter the question in Dutch.',
  },
  'faq.staff.error.required.question_en': {
    nl: 'Vul de vraag in het Engels in.',
    en: 'Enter the question in English.',
  },
  'faq.staff.error.required.answer_nl': {
    nl: 'Vul het antwoord in het Nederlands in.',
    en: 'Enter the answer in Dutch.',
  },
  'faq.staff.error.required.answer_en': {
    nl: 'Vul het antwoord in het Engels in.',
    en: 'Enter the answer in English.',
  },
  'faq.staff.error.tooLong.question_nl': {
    nl: 'De vraag in het Nederlands mag hoogstens {max} tekens hebben. Maak haar korter.',
    en: 'The question in Dutch can have at most {max} characters. Make it shorter.',
  },
  'faq.staff.error.tooLong.question_en': {
    nl: 'De vraag in het Engels mag hoogstens {max} tekens hebben. Maak haar korter.',
    en: 'The question in English can have at most {max} characters. Make it shorter.',
  },
  'faq.staff.error.tooLong.answer_nl': {
    nl: 'Het antwoord in het Nederlands mag hoogstens {max} tekens hebben. Maak het korter.',
    en: 'The answer in Dutch can have at most {max} characters. Make it shorter.',
  },
  'faq.staff.error.tooLong.answer_en': {
    nl: 'Het antwoord in het Engels mag hoogstens {max} tekens hebben. Maak het korter.',
    en: 'The answer in English can have at most {max} characters. Make it shorter.',
  },

  // Information pages
  'home.v2.servicesMore': {
    nl: 'Alle diensten en wie ze mag gebruiken',
    en: 'All services and who may use them',
  },
  'services.title': { nl: 'Diensten van het portaal', en: 'Services of the portal' },
  'services.lead': {
    nl: 'In het Portaal Zakelijk dienen zakelijke klanten van de IND aanvragen in. Erkende referenten kunnen daarnaast meer. Hieronder ziet u wie welke dienst mag gebruiken.',
    en: 'In the Business Portal, business customers of the IND submit applications. Recognised sponsors can do more. Below you see who may use which service.',
  },
  'services.caption': { nl: 'Diensten en wie ze mag gebruiken', en: 'Services and who may use them' },
  'services.col.service': { nl: 'Dienst', en: 'Service' },
  'services.col.who': { nl: 'Wie', en: 'Who' },
  'services.who.everyone': {
    nl: 'Alle zakelijke klanten (werkgevers, onderwijsinstellingen, uitwisselingsorganisaties)',
    en: 'All business customers (employers, educational institutions, exchange organisations)',
  },
  'services.who.sponsors': {
    nl: 'Alleen erkende referenten en hun gemachtigden (met een ketenmachtiging of een geregistreerde machtiging)',
    en: 'Only recognised sponsors and their representatives (with a chain authorisation or a registered authorisation)',
  },
  'services.employeeTitle': { nl: 'Wat uw werknemer zelf doet', en: 'What your employee does' },
  'services.employeeBody': {
    nl: 'Andere aanvragen, zoals een verblijfsvergunning voor onbepaalde tijd of naturalisatie, dient uw werknemer zelf in. Uw werknemers zien in Mijn IND welke aanvragen zij kunnen indienen.',
    en: 'Other applications, like a permanent residence permit or naturalisation, are submitted by your employee. Your employees can see in My IND which applications they can submit.',
  },
  'services.refreshTitle': { nl: 'Eén keer per dag bijgewerkt', en: 'Updated once a day' },
  'services.refreshBody': {
    nl: 'De IND ververst de informatie in het portaal één keer per dag. Wat u indient, komt direct bij de IND binnen.',
    en: 'The IND refreshes the information in the portal once a day. What you submit reaches the IND at once.',
  },
  'services.representativesBody': {
    nl: 'Bent u gemachtigde van een erkend referent, zoals een relocatiebureau? Lees hoe u zich registreert.',
    en: 'Are you the authorised representative of a recognised sponsor, such as a relocation agency? Read how to register.',
  },

  'eh.more.applySteps': {
    nl: 'Zo vraagt u eHerkenning aan:',
    en: 'How to apply for eHerkenning:',
  },
  'eh.more.step1': {
    nl: 'Kies een erkende eHerkenningsleverancier. Een overzicht staat op https://www.eherkenning.nl.',
    en: 'Choose an approved eHerkenning supplier. There is an overview on https://www.eherkenning.nl (only available in Dutch).',
  },
  'eh.more.step2': {
    nl: 'Vraag een middel aan op niveau EH3 of hoger. Iemand die bevoegd is volgens het Handelsregister (KVK) tekent de aanvraag.',
    en: 'Apply for a means at level EH3 or higher. Someone authorised according to the Trade Register (KVK) signs the application.',
  },
  'eh.more.step3': {
    nl: 'Laat de machtigingenbeheerder van uw organisatie de medewerkers machtigen voor de dienst ‘Immigratie- en Naturalisatiedienst: toegang tot het portaal’.',
    en: "Have the authorisation manager of your organisation authorise the employees for the service 'Immigratie- en Naturalisatiedienst: toegang tot het portaal'.",
  },
  'eh.more.step4': {
    nl: 'Meestal kunt u binnen een paar dagen inloggen.',
    en: 'You can usually log in within a few days.',
  },
  'eh.more.chainTitle': {
    nl: 'Intermediairs: ketenmachtiging',
    en: 'Intermediaries: chain authorisation',
  },
  'eh.more.chainSteps': {
    nl: 'Een relocatiebureau of advocatenkantoor kan namens een erkend referent inloggen met een ketenmachtiging in eHerkenning:',
    en: 'A relocation agency or law firm can log in on behalf of a recognised sponsor with a chain authorisation in eHerkenning:',
  },
  'eh.more.chain1': {
    nl: 'De referent machtigt in eHerkenning uw organisatie (als intermediair) voor de dienst ‘Immigratie- en Naturalisatiedienst: toegang tot het portaal’.',
    en: "The sponsor authorises your organisation (as intermediary) in eHerkenning for the service 'Immigratie- en Naturalisatiedienst: toegang tot het portaal'.",
  },
  'eh.more.chain2': {
    nl: 'Uw machtigingenbeheerder machtigt vervolgens uw medewerkers voor die dienst.',
    en: 'Your authorisation manager then authorises your employees for that service.',
  },
  'eh.more.chain3': {
    nl: 'Uw medewerkers loggen in met hun eigen eHerkenningsmiddel (EH3 of hoger) en kiezen de referent. Het portaal toont dan dat u namens de referent werkt.',
    en: 'Your employees log in with their own eHerkenning means (EH3 or higher) and choose the sponsor. The portal then shows that you work on behalf of the sponsor.',
  },
  'eh.more.noChain': {
    nl: 'Geen ketenmachtiging? Registreer dan uw machtiging in het portaal bij Team Zakelijk.',
    en: 'No chain authorisation? Then register your authorisation with Team Zakelijk in the portal.',
  },
  'eh.more.problems': {
    nl: 'Lukt inloggen niet? Bekijk de veelgestelde vragen over inloggen.',
    en: 'Cannot log in? See the frequently asked questions about logging in.',
  },

  'reps.title': {
    nl: 'Gemachtigden van erkende referenten',
    en: 'Authorised representatives of recognised sponsors',
  },
  'reps.lead': {
    nl: 'Een relocatiebureau, advocatenkantoor of andere intermediair kan namens een erkend referent aanvragen indienen. Sinds 4 november 2024 is de ketenmachtiging in eHerkenning de manier die de IND gebruikt. In dit portaal kunt u ook nog een machtiging registreren.',
    en: 'A relocation agency, law firm or other intermediary can submit applications on behalf of a recognised sponsor. Since 4 November 2024 the chain authorisation in eHerkenning is the route the IND uses. In this portal you can also still register an authorisation.',
  },
  'reps.registerTitle': {
    nl: '2. Zonder ketenmachtiging: uw machtiging registreren',
    en: '2. Without a chain authorisation: registering your authorisation',
  },
  'reps.register1': {
    nl: 'Laat de erkend referent een machtiging ondertekenen waarin staat dat uw organisatie namens de referent mag optreden.',
    en: 'Have the recognised sponsor sign an authorisation stating that your organisation may act on behalf of the sponsor.',
  },
  'reps.register2': {
    nl: 'Log in met de eHerkenning van uw eigen organisatie en registreer de machtiging in het portaal onder ‘Machtigingen’: het KVK-nummer van de referent, voor welke diensten, hoe lang, en de ondertekende machtiging als PDF. Team Zakelijk behandelt uw registratie.',
    en: "Log in with your own organisation's eHerkenning and register the authorisation in the portal under 'Authorisations': the sponsor's KVK number, for which services, for how long, and the signed authorisation as a PDF. Team Zakelijk processes your registration.",
  },
  'reps.register3': {
    nl: 'Binnen 5 werkdagen krijgt u bericht dat uw registratie bij de IND is verwerkt. Werkdagen zijn maandag tot en met vrijdag, behalve feestdagen en dagen waarop de IND gesloten is. Registreert u na 17.00 uur of in het weekend, dan telt de eerstvolgende werkdag als dag van ontvangst.',
    en: 'Within 5 working days you receive a notification that your registration with the IND has been processed. Working days are Monday to Friday, except public holidays and days on which the IND is closed. If you register after 17:00 or at the weekend, the next working day counts as the day of receipt.',
  },
  'reps.register4': {
    nl: 'Daarna logt u in met de eHerkenning van uw eigen organisatie en kiest u de referent voor wie u werkt.',
    en: 'After that you log in with the eHerkenning of your own organisation and choose the sponsor you work for.',
  },
  'reps.registerButton': { nl: 'Een machtiging registreren', en: 'Register an authorisation' },
  'reps.chainTitle': {
    nl: '1. Een ketenmachtiging in eHerkenning',
    en: '1. A chain authorisation in eHerkenning',
  },
  'reps.chainBody': {
    nl: 'Heeft de referent uw organisatie in eHerkenning gemachtigd als intermediair? Dan hoeft u niets bij de IND te registreren en logt u direct in namens de referent.',
    en: 'Has the sponsor authorised your organisation in eHerkenning as intermediary? Then you do not need to register anything with the IND, and you log in directly on behalf of the sponsor.',
  },
  'reps.chainMore': { nl: 'Hoe een ketenmachtiging werkt', en: 'How a chain authorisation works' },
  'reps.scopeTitle': { nl: 'Wat u als gemachtigde kunt', en: 'What you can do as a representative' },
  'reps.scopeBody': {
    nl: 'U kunt in het portaal alles wat de referent zelf kan, alleen voor die referent, en alleen zolang de machtiging geldig is. In het portaal ziet u altijd voor welke referent u werkt.',
    en: 'In the portal you can do everything the sponsor can do, for that sponsor only, and only while the authorisation is valid. The portal always shows which sponsor you are working for.',
  },

  // The accessibility statement in the format of digitoegankelijk.nl (modelverklaring): scope,
  // compliance status, how it was drawn up, what is known not to work, feedback, enforcement.
  'a11y.v3.intro': {
    nl: 'De Immigratie- en Naturalisatiedienst (IND) wil dat iedereen het Portaal Zakelijk kan gebruiken. Daarom streven wij ernaar het portaal toegankelijk te maken volgens het Besluit digitale toegankelijkheid overheid.',
    en: 'The Immigration and Naturalisation Service (IND) wants everyone to be able to use the Business Portal. We therefore aim to make the portal accessible in accordance with the Dutch Digital Accessibility (Government) Decree (Besluit digitale toegankelijkheid overheid).',
  },
  'a11y.v3.scopeTitle': { nl: 'Waar deze verklaring over gaat', en: 'What this statement covers' },
  'a11y.v3.scopeBody': {
    nl: 'Deze verklaring gaat over het Portaal Zakelijk: de openbare pagina’s, de pagina’s na inloggen met eHerkenning en de backoffice voor medewerkers van de IND.',
    en: 'This statement covers the Business Portal: the public pages, the pages after logging in with eHerkenning, and the back office for IND staff.',
  },
  'a11y.v3.statusTitle': { nl: 'Nalevingsstatus', en: 'Compliance status' },
  'a11y.v3.statusValue': {
    nl: 'Status C: eerste maatregelen genomen.',
    en: 'Status C: first measures taken.',
  },
  'a11y.v3.statusBody': {
    nl: 'Het portaal is nog niet onderzocht door een onafhankelijke deskundige. Wij testen het zelf, zoals hieronder staat. Daarom kunnen wij nog niet zeggen dat het portaal (gedeeltelijk) voldoet aan de norm: EN 301 549, met daarin de Web Content Accessibility Guidelines (WCAG) 2.1, niveau A en AA. Wij testen ook op de nieuwere WCAG 2.2.',
    en: 'The portal has not yet been examined by an independent expert. We test it ourselves, as described below. So we cannot yet say that the portal (partially) meets the standard: EN 301 549, which includes the Web Content Accessibility Guidelines (WCAG) 2.1, levels A and AA. We also test against the newer WCAG 2.2.',
  },
  'a11y.v3.howTitle': { nl: 'Hoe deze verklaring is opgesteld', en: 'How this statement was drawn up' },
  'a11y.v3.how1': {
    nl: 'Bij elke wijziging van het portaal voeren geautomatiseerde tests in de browser Chromium deze taken van begin tot eind uit: inloggen met eHerkenning, een aanvraag indienen en het ontvangstbewijs downloaden, de status van aanvragen en de documenten bekijken, een machtiging registreren en laten goedkeuren, en een probleem melden. Medewerkers van de IND: een machtiging goedkeuren, een zaak behandelen en een melding beantwoorden.',
    en: 'With every change to the portal, automated tests in the Chromium browser carry out these tasks from start to finish: logging in with eHerkenning, submitting an application and downloading the receipt, viewing the status of applications and the documents, registering an authorisation and having it approved, and reporting a problem. For IND staff: approving an authorisation, handling a case and answering a report.',
  },
  'a11y.v3.how2': {
    nl: 'Elke pagina die deze tests bezoeken wordt gecontroleerd met axe-core op de WCAG-regels van niveau A en AA, in het Nederlands en het Engels.',
    en: 'Every page these tests visit is checked with axe-core against the WCAG rules of levels A and AA, in Dutch and English.',
  },
  'a11y.v3.how3': {
    nl: 'Op elke pagina die de tests bezoeken controleren we dat niets breder is dan een scherm van 375 pixels (WCAG 1.4.10, Reflow). Inloggen, een probleem melden en het wisselen van sessie gaan in de tests alleen met het toetsenbord.',
    en: 'On every page the tests visit we check that nothing is wider than a 375-pixel screen (WCAG 1.4.10, Reflow). Logging in, reporting a problem and extending the session are done by keyboard alone in the tests.',
  },
  'a11y.v3.how4': {
    nl: 'Alle taken werken zonder JavaScript. De ontvangstbewijzen in PDF zijn getagd, met taal, titel en leesvolgorde.',
    en: 'All tasks work without JavaScript. The PDF receipts are tagged, with language, title and reading order.',
  },
  'a11y.v3.knownTitle': { nl: 'Wat nog niet goed werkt', en: 'What does not work well yet' },
  'a11y.v3.known1': {
    nl: 'Geautomatiseerde tests vinden niet alle problemen. Het portaal is nog niet getest met schermlezers en andere hulpmiddelen door mensen die ze dagelijks gebruiken.',
    en: 'Automated tests do not find every problem. The portal has not yet been tested with screen readers and other assistive technology by people who use them every day.',
  },
  'a11y.v3.known2': {
    nl: 'De PDF-documenten zijn getagd, maar nog niet gecontroleerd met een PDF/UA-validator (zoals PAC). Brieven van de IND in het dossier zijn geen toegankelijke PDF als zij niet door het portaal zijn gemaakt.',
    en: 'The PDF documents are tagged but have not yet been checked with a PDF/UA validator (such as PAC). IND letters in the file are not accessible PDFs where the portal did not create them.',
  },
  'a11y.v3.known3': {
    nl: 'Brede tabellen in de backoffice (zoals het auditlog) tonen op een smal scherm elke rij als een blok; op een breed scherm moet u bij veel kolommen soms opzij scrollen in de tabel zelf.',
    en: 'Wide tables in the back office (such as the audit log) show each row as a block on a narrow screen; on a wide screen with many columns you may have to scroll sideways within the table itself.',
  },
  'a11y.v3.known4': {
    nl: 'Wij werken aan deze punten. Het onafhankelijke onderzoek is gepland; daarna werken wij deze verklaring bij.',
    en: 'We are working on these points. The independent examination is planned; we will update this statement after it.',
  },
  'a11y.v3.feedbackTitle': { nl: 'Feedback en contact', en: 'Feedback and contact' },
  'a11y.v3.feedbackBody': {
    nl: 'Kunt u iets niet gebruiken, of niet zonder hulp? Meld het ons, dan zoeken we samen een oplossing. U krijgt binnen 5 werkdagen antwoord. U kunt ook bellen: 088 043 04 30.',
    en: 'Is there something you cannot use, or not without help? Tell us, and we will look for a solution together. You get an answer within 5 working days. You can also call: +31 88 043 04 30.',
  },
  'a11y.v3.enforcementTitle': { nl: 'Handhavingsprocedure', en: 'Enforcement procedure' },
  'a11y.v3.enforcementBody': {
    nl: 'Bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen bij de Nationale ombudsman (www.nationaleombudsman.nl).',
    en: 'Are you not satisfied with our answer? You can then file a complaint with the National Ombudsman (www.nationaleombudsman.nl).',
  },
  'a11y.v3.dateTitle': { nl: 'Datum van deze verklaring', en: 'Date of this statement' },
  'a11y.v3.dateBody': {
    nl: 'Opgesteld op 30 november 2026, op basis van de eigen tests van die dag.',
    en: 'Drawn up on 30 November 2026, based on our own tests of that day.',
  },

  'privacy.v2.reportsTitle': { nl: 'Als u een probleem meldt', en: 'When you report a problem' },
  'privacy.v2.reportsBody': {
    nl: 'Als u een probleem meldt, bewaren we uw e-mailadres, het KVK-nummer, het internetadres, het tijdstip, uw beschrijving en uw schermafdrukken. Alleen Team Zakelijk ziet die, om uw melding te beoordelen en u te antwoorden. Zet op een schermafdruk geen gegevens van werknemers die we niet nodig hebben.',
    en: 'When you report a problem, we keep your e-mail address, the KVK number, the internet address, the time, your description and your screenshots. Only Team Zakelijk sees them, to assess your report and answer you. Please do not show data of employees on a screenshot that we do not need.',
  },
  'privacy.v2.rightsTitle': { nl: 'Uw rechten', en: 'Your rights' },
  'privacy.v2.rightsBody': {
    nl: 'U hebt het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen, en om bezwaar te maken. Neem daarvoor contact op met de IND. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    en: 'You have the right to access your data, to have it corrected or deleted, and to object. Contact the IND for this. Do you disagree with how we handle your data? Then you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  },
  'privacy.v2.logsTitle': { nl: 'Logbestanden', en: 'Log files' },
  'privacy.v2.logsBody': {
    nl: 'Voor de beveiliging en om fouten op te sporen houden we technische logbestanden bij, met per verzoek een referentie. Daarin staan geen BSN’s, paspoortnummers of berichten uit eHerkenning.',
    en: 'For security and to trace errors we keep technical log files, with a reference for every request. They contain no BSNs, passport numbers or eHerkenning messages.',
  },

  'contact.v2.hoursTitle': { nl: 'Wanneer u ons bereikt', en: 'When you can reach us' },
  'contact.v2.hoursBody': {
    nl: 'Team Zakelijk is bereikbaar op werkdagen. Op e-mail reageren we zo snel mogelijk.',
    en: 'Team Zakelijk can be reached on working days. We answer e-mail as soon as possible.',
  },
  'contact.v2.faq': {
    nl: 'Veel vragen zijn al beantwoord in de veelgestelde vragen.',
    en: 'Many questions are already answered in the frequently asked questions.',
  },
  'contact.v2.representatives': {
    nl: 'Een machtiging als gemachtigde registreren? Lees eerst hoe dat werkt.',
    en: 'Registering an authorisation as a representative? First read how it works.',
  },
  // Support's sections on the back-office home
  'bo.section.reports': {
    nl: 'Technische meldingen van zakelijke klanten beoordelen en beantwoorden.',
    en: 'Assess and answer technical issue reports of business customers.',
  },
  'bo.section.faq': {
    nl: 'Veelgestelde vragen schrijven, wijzigen en publiceren.',
    en: 'Write, edit and publish frequently asked questions.',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof supportMessages> {}
}
