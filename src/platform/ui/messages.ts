import type { Messages } from '../i18n/i18n.ts';

/** Messages of the shared layout, the error pages and the public information pages. */
export const platformMessages = {
  'site.name': { nl: 'Portaal Zakelijk', en: 'IND Business Portal' },
  'site.organisation': {
    nl: 'Immigratie- en Naturalisatiedienst',
    en: 'Immigration and Naturalisation Service',
  },
  'layout.skipLink': { nl: 'Direct naar de inhoud', en: 'Skip to main content' },
  'layout.language': { nl: 'Taal', en: 'Language' },
  'layout.switchTo': { nl: 'English', en: 'Nederlands' },
  'layout.mainNav': { nl: 'Hoofdmenu', en: 'Main menu' },
  'layout.menu': { nl: 'Menu', en: 'Menu' },
  'layout.footerNav': { nl: 'Over dit portaal', en: 'About this portal' },
  'layout.login': { nl: 'Inloggen', en: 'Log in' },
  'layout.logout': { nl: 'Uitloggen', en: 'Log out' },
  'layout.loggedInAs': { nl: 'Ingelogd namens {organisation}', en: 'Logged in on behalf of {organisation}' },
  'layout.breadcrumbs': { nl: 'Kruimelpad', en: 'Breadcrumbs' },
  'kept.login': {
    nl: 'Uw sessie was verlopen. Na het opnieuw inloggen hebben we teruggezet wat u had ingevuld; het is nog niet opgeslagen. Controleer het en ga verder.',
    en: 'Your session had ended. After you logged in again we put back what you had filled in; it has not been saved yet. Check it and continue.',
  },
  'kept.language': {
    nl: 'De pagina staat nu in het Nederlands. Wat u had ingevuld staat er nog; het is nog niet opgeslagen.',
    en: 'The page is now in English. What you had filled in is still here; it has not been saved yet.',
  },
  'kept.extend': {
    nl: 'U blijft ingelogd. Wat u had ingevuld staat er nog; het is nog niet opgeslagen.',
    en: 'You stay logged in. What you had filled in is still here; it has not been saved yet.',
  },
  'kept.fileAgain': {
    nl: 'Kies het bestand opnieuw: een gekozen bestand gaat niet mee met het wisselen van taal of het ingelogd blijven.',
    en: 'Choose the file again: a chosen file does not go along when you switch language or stay logged in.',
  },
  'list.filters': { nl: 'Zoeken en filteren', en: 'Search and filter' },
  'list.reset': { nl: 'Filters wissen', en: 'Clear filters' },
  'list.page.nav': { nl: 'Paginering', en: 'Pagination' },
  'list.page.first': { nl: 'Eerste pagina', en: 'First page' },
  'list.page.next': { nl: 'Volgende pagina', en: 'Next page' },
  'nav.home': { nl: 'Home', en: 'Home' },
  'nav.eherkenning': { nl: 'Over eHerkenning', en: 'About eHerkenning' },
  'nav.dashboard': { nl: 'Mijn overzicht', en: 'My overview' },
  'nav.backoffice': { nl: 'Backoffice', en: 'Back office' },
  'layout.staffLoggedInAs': { nl: 'Medewerker IND: {name}', en: 'IND staff: {name}' },
  'footer.accessibility': { nl: 'Toegankelijkheid', en: 'Accessibility' },
  'footer.privacy': { nl: 'Privacy', en: 'Privacy' },
  'footer.contact': { nl: 'Contact', en: 'Contact' },
  'footer.register': { nl: 'Register erkende referenten', en: 'Register of recognised sponsors' },
  'footer.reportProblem': { nl: 'Probleem melden', en: 'Report a problem' },
  'footer.tagline': {
    nl: 'De IND voert het vreemdelingenbeleid in Nederland uit.',
    en: 'The IND implements immigration policy in the Netherlands.',
  },

  'error.correlation': { nl: 'Referentie van deze fout: {id}', en: 'Reference of this error: {id}' },
  'error.correlationHelp': {
    nl: 'Noem deze referentie als u contact met ons opneemt of een probleem meldt.',
    en: 'Mention this reference when you contact us or report a problem.',
  },
  'error.home': { nl: 'Naar de startpagina', en: 'Go to the home page' },
  'error.report': { nl: 'Meld dit probleem', en: 'Report this problem' },
  'error.400.title': { nl: 'Dit verzoek kunnen we niet verwerken', en: 'We cannot process this request' },
  'error.400.body': {
    nl: 'De gegevens die uw browser stuurde zijn niet goed leesbaar. Ga terug, controleer wat u hebt ingevuld en probeer het opnieuw.',
    en: 'The data your browser sent could not be read. Go back, check what you entered and try again.',
  },
  'error.403.title': { nl: 'U hebt geen toegang tot deze pagina', en: 'You do not have access to this page' },
  'error.403.body': {
    nl: 'Deze pagina is niet beschikbaar met de gegevens waarmee u bent ingelogd. Ververs de pagina; als u een formulier verstuurde, probeer het dan opnieuw.',
    en: 'This page is not available with the details you logged in with. Refresh the page; if you were sending a form, please try again.',
  },
  'error.403.role': {
    nl: 'Uw account heeft niet de rol die deze pagina vraagt. Deze pagina is voor: {roles}. Hebt u deze pagina nodig voor uw werk? Vraag uw leidinggevende de rol aan te vragen bij het functioneel beheer van het portaal.',
    en: 'Your account does not have the role this page needs. This page is for: {roles}. Do you need this page for your work? Ask your manager to request the role from the portal’s application management.',
  },
  'error.403.staff_only': {
    nl: 'Deze pagina is alleen voor medewerkers van de IND. Ga naar uw overzicht om verder te gaan.',
    en: 'This page is for IND staff only. Go to your overview to continue.',
  },
  'error.403.business_only': {
    nl: 'Deze pagina is voor organisaties die met eHerkenning inloggen, niet voor medewerkers van de IND. In de backoffice vindt u de gegevens van organisaties.',
    en: 'This page is for organisations that log in with eHerkenning, not for IND staff. You find the organisations’ details in the back office.',
  },
  'error.403.branch': {
    nl: 'U bent ingelogd met een machtiging voor één vestiging. Deze pagina toont gegevens van de hele organisatie. Log opnieuw in met een machtiging voor alle vestigingen, of vraag de beheerder eHerkenning van uw organisatie om die machtiging.',
    en: 'You logged in with an authorisation for one branch. This page shows data of the whole organisation. Log in again with an authorisation for all branches, or ask your organisation’s eHerkenning administrator for it.',
  },
  'error.403.scope': {
    nl: 'Uw machtiging om namens deze organisatie te werken geldt niet voor deze dienst. Kies een dienst uit uw overzicht, of vraag de organisatie om een machtiging die deze dienst omvat.',
    en: 'Your authorisation to act for this organisation does not cover this service. Choose a service from your overview, or ask the organisation for an authorisation that includes it.',
  },
  'error.404.title': { nl: 'Pagina niet gevonden', en: 'Page not found' },
  'error.404.body': {
    nl: 'De pagina die u zoekt bestaat niet (meer), of u hebt er geen toegang toe. Controleer het adres of ga naar de startpagina.',
    en: 'The page you are looking for does not exist (any more), or you have no access to it. Check the address or go to the home page.',
  },
  'error.413.title': { nl: 'Wat u verstuurde is te groot', en: 'What you sent is too large' },
  'error.413.body': {
    nl: 'Het verzoek is groter dan wij accepteren. Verklein het bestand of de tekst en probeer het opnieuw.',
    en: 'The request is larger than we accept. Make the file or text smaller and try again.',
  },
  'error.415.title': {
    nl: 'Dit soort gegevens accepteren we niet',
    en: 'We do not accept this kind of data',
  },
  'error.415.body': {
    nl: 'Uw browser stuurde gegevens in een vorm die dit portaal niet verwerkt. Gebruik het formulier op de pagina.',
    en: 'Your browser sent data in a form this portal does not process. Please use the form on the page.',
  },
  'error.429.title': { nl: 'Te veel verzoeken', en: 'Too many requests' },
  'error.429.body': {
    nl: 'U hebt in korte tijd erg veel verzoeken gedaan. Wacht een minuut en probeer het dan opnieuw.',
    en: 'You made a great many requests in a short time. Wait a minute and try again.',
  },
  'error.429.bodyOneMinute': {
    nl: 'U hebt in korte tijd erg veel verzoeken gedaan. Wacht 1 minuut en probeer het dan opnieuw.',
    en: 'You made a great many requests in a short time. Wait 1 minute and try again.',
  },
  'error.429.bodyMinutes': {
    nl: 'U hebt in korte tijd erg veel verzoeken gedaan. Wacht {minutes} minuten en probeer het dan opnieuw.',
    en: 'You made a great many requests in a short time. Wait {minutes} minutes and try again.',
  },
  'error.500.title': { nl: 'Er ging iets mis', en: 'Something went wrong' },
  'error.500.body': {
    nl: 'Door een fout bij de IND kunnen we uw verzoek nu niet afhandelen. Wat u eerder hebt opgeslagen blijft bewaard. Probeer het later opnieuw.',
    en: 'Because of an error at the IND we cannot handle your request now. What you saved before is kept. Please try again later.',
  },
  'error.503.title': {
    nl: 'Het portaal is even niet beschikbaar',
    en: 'The portal is temporarily unavailable',
  },
  'error.503.body': {
    nl: 'We kunnen uw verzoek op dit moment niet verwerken. Wat u eerder hebt opgeslagen blijft bewaard. Probeer het over een paar minuten opnieuw.',
    en: 'We cannot process your request at the moment. What you saved before is kept. Please try again in a few minutes.',
  },

  'home.title': { nl: 'Portaal Zakelijk', en: 'Business Portal' },
  'home.lead': {
    nl: 'In het Portaal Zakelijk dienen zakelijke klanten van de IND aanvragen in voor hun werknemers, studenten en deelnemers aan uitwisselingen. Erkende referenten kunnen hier ook de status van hun aanvragen volgen.',
    en: 'In the Business Portal, business customers of the IND submit applications for their employees, students and exchange participants. Recognised sponsors can also follow the status of their applications here.',
  },
  'home.servicesTitle': { nl: 'Wat u kunt doen in het portaal', en: 'What you can do in the portal' },
  'home.service.submit': { nl: 'Aanvragen indienen', en: 'Submit applications' },
  'home.service.submit.body': {
    nl: 'U ziet alleen de aanvragen die u voor uw werknemers moet indienen. Andere aanvragen, zoals een verblijfsvergunning voor onbepaalde tijd, dient uw werknemer zelf in via Mijn IND.',
    en: 'You only see the applications that you have to submit for your employees. Other applications, like a permanent residence permit, can only be submitted by your employee in My IND.',
  },
  'home.service.status': {
    nl: 'De status van uw ingediende aanvragen bekijken',
    en: 'View the status of your submitted applications',
  },
  'home.service.register': {
    nl: 'Een werknemer aanmelden of afmelden',
    en: 'Register or de-register an employee',
  },
  'home.service.account': { nl: 'Uw accountgegevens bekijken', en: 'View account information' },
  'home.service.documents': { nl: 'Documenten in het dossier inzien', en: 'Access file documents' },
  'home.sponsorsOnly': { nl: 'Alleen voor erkende referenten', en: 'Only for recognised sponsors' },
  'home.forEveryone': { nl: 'Voor alle zakelijke klanten', en: 'For all business customers' },
  'home.loginTitle': { nl: 'Inloggen', en: 'Logging in' },
  'home.loginBody': {
    nl: 'U logt in met eHerkenning op betrouwbaarheidsniveau EH3 of hoger, met een machtiging voor de dienst ‘Immigratie- en Naturalisatiedienst: toegang tot het portaal’.',
    en: "You log in with eHerkenning at assurance level EH3 or higher, with an authorisation for the service 'Immigratie- en Naturalisatiedienst: toegang tot het portaal'.",
  },
  'home.loginButton': { nl: 'Inloggen met eHerkenning', en: 'Log in with eHerkenning' },
  'home.loginMore': { nl: 'Wat u nodig hebt om in te loggen', en: 'What you need to log in' },
  'home.refreshTitle': { nl: 'Eén keer per dag bijgewerkt', en: 'Updated once a day' },
  'home.refreshBody': {
    nl: 'De IND ververst de informatie in het portaal één keer per dag. Wat u indient, komt wel direct bij de IND binnen.',
    en: 'The IND refreshes the information in the portal once a day. What you submit reaches the IND at once.',
  },
  'home.lastRefresh': { nl: 'Laatst bijgewerkt: {moment}', en: 'Last updated: {moment}' },
  'home.problemsTitle': {
    nl: 'Problemen met inloggen of het portaal?',
    en: 'Problems logging in or with the portal?',
  },
  'home.problemsBody': {
    nl: 'Kijk eerst of het probleem niet bij uw internetprovider of uw leverancier van eHerkenning ligt. Lukt het daarna nog steeds niet, meld het probleem dan bij Team Zakelijk.',
    en: 'First check whether the problem is caused by your internet provider or your eHerkenning supplier. If it still does not work, report the problem to Team Zakelijk.',
  },

  'eh.title': { nl: 'Inloggen met eHerkenning', en: 'Logging in with eHerkenning' },
  'eh.lead': {
    nl: 'Voor het Portaal Zakelijk hebt u eHerkenning nodig. Daarmee logt u in namens uw organisatie.',
    en: 'To use the Business Portal you need eHerkenning. With it you log in on behalf of your organisation.',
  },
  'eh.levelTitle': { nl: 'Betrouwbaarheidsniveau EH3 of hoger', en: 'Assurance level EH3 or higher' },
  'eh.levelBody': {
    nl: 'Het portaal vraagt eHerkenning op niveau EH3 (substantieel) of EH4 (hoog). Met EH2 of EH2+ kunt u niet inloggen.',
    en: 'The portal requires eHerkenning at level EH3 (substantial) or EH4 (high). You cannot log in with EH2 or EH2+.',
  },
  'eh.serviceTitle': { nl: 'De juiste machtiging', en: 'The right authorisation' },
  'eh.serviceBody': {
    nl: 'Kies bij uw leverancier een eHerkenningsmiddel op niveau 3 en laat de persoon die inlogt machtigen voor de dienst:',
    en: 'Choose an eHerkenning means at level 3 with your supplier, and have the person who logs in authorised for the service:',
  },
  'eh.serviceName': {
    nl: 'Immigratie- en Naturalisatiedienst: toegang tot het portaal',
    en: 'Immigratie- en Naturalisatiedienst: toegang tot het portaal',
  },
  'eh.durationTitle': { nl: 'Hoe lang duurt het?', en: 'How long does it take?' },
  'eh.durationBody': {
    nl: 'Na uw aanvraag van eHerkenning kunt u meestal binnen een paar dagen inloggen op het portaal. Dat hangt af van uw leverancier.',
    en: 'After applying for eHerkenning you can usually log in to the portal within a few days. This depends on your supplier.',
  },
  'eh.representativesTitle': {
    nl: 'Gemachtigde van een erkend referent?',
    en: 'Authorised representative of a recognised sponsor?',
  },
  'eh.representativesBody': {
    nl: 'Bent u gemachtigde van een erkend referent, bijvoorbeeld een relocatiebureau of advocatenkantoor? Sinds 4 november 2024 logt u in met een ketenmachtiging in eHerkenning: de referent machtigt uw organisatie als intermediair. Hebt u geen ketenmachtiging, dan kunt u in het portaal uw machtiging bij Team Zakelijk registreren; binnen 5 werkdagen krijgt u bericht dat uw registratie is verwerkt.',
    en: 'Are you an authorised representative of a recognised sponsor, such as a relocation agency or law firm? Since 4 November 2024 you log in with a chain authorisation in eHerkenning: the sponsor authorises your organisation as intermediary. Without a chain authorisation you can register your authorisation with Team Zakelijk in the portal; within 5 working days you receive a notification that your registration has been processed.',
  },
  'eh.chainBody': {
    nl: 'Werkt u met een ketenmachtiging in eHerkenning, waarin de referent uw organisatie als intermediair heeft gemachtigd? Dan logt u direct in namens de referent.',
    en: 'Do you use an eHerkenning chain authorisation, in which the sponsor has authorised your organisation as intermediary? Then you log in directly on behalf of the sponsor.',
  },
  'eh.applyTitle': { nl: 'eHerkenning aanvragen', en: 'Applying for eHerkenning' },
  'eh.applyBody': {
    nl: 'eHerkenning vraagt u aan bij een erkende leverancier. Op de website van eHerkenning vindt u de leveranciers en hun prijzen.',
    en: 'You apply for eHerkenning with a recognised supplier. The eHerkenning website lists the suppliers and their prices (only in Dutch).',
  },

  'a11y.title': { nl: 'Toegankelijkheidsverklaring', en: 'Accessibility statement' },

  'privacy.title': { nl: 'Privacyverklaring', en: 'Privacy statement' },
  'privacy.lead': {
    nl: 'In het Portaal Zakelijk verwerkt de IND persoonsgegevens van werknemers en van de mensen die namens een organisatie inloggen.',
    en: 'In the Business Portal the IND processes personal data of employees and of the people who log in on behalf of an organisation.',
  },
  'privacy.whatTitle': { nl: 'Welke gegevens', en: 'Which data' },
  'privacy.whatBody': {
    nl: 'Van de persoon die inlogt ontvangen we via eHerkenning geen naam, alleen een pseudoniem en het KVK-nummer van de organisatie. Van werknemers verwerken we de gegevens die nodig zijn voor hun aanvraag, zoals naam, geboortedatum, nationaliteit en paspoortgegevens.',
    en: 'Of the person who logs in we receive no name through eHerkenning, only a pseudonym and the KVK number of the organisation. Of employees we process the data needed for their application, such as name, date of birth, nationality and passport details.',
  },
  'privacy.whyTitle': { nl: 'Waarom', en: 'Why' },
  'privacy.whyBody': {
    nl: 'We gebruiken deze gegevens om aanvragen te behandelen en om toezicht te houden op de informatieplicht van erkende referenten, op grond van de Vreemdelingenwet 2000.',
    en: 'We use this data to handle applications and to supervise the duty to inform of recognised sponsors, under the Aliens Act 2000.',
  },
  'privacy.logTitle': { nl: 'Wie uw gegevens inzag', en: 'Who viewed your data' },
  'privacy.logBody': {
    nl: 'Elke inzage en wijziging van persoonsgegevens van een werknemer wordt vastgelegd: wie, wanneer, welke verwerking en van wie.',
    en: "Every view and change of an employee's personal data is recorded: who, when, which processing and whose data.",
  },
  'privacy.cookiesTitle': { nl: 'Cookies', en: 'Cookies' },
  'privacy.cookiesBody': {
    nl: 'Het portaal gebruikt alleen functionele cookies: voor uw sessie, de beveiliging van formulieren en uw taalkeuze. Er zijn geen tracking-cookies.',
    en: 'The portal only uses functional cookies: for your session, the security of forms and your choice of language. There are no tracking cookies.',
  },

  'contact.title': { nl: 'Contact', en: 'Contact' },
  'contact.lead': {
    nl: 'Zakelijke klanten kunnen voor vragen over het portaal terecht bij Team Zakelijk van de IND.',
    en: 'Business customers can contact Team Zakelijk of the IND with questions about the portal.',
  },
  'contact.emailLabel': { nl: 'E-mail Team Zakelijk', en: 'E-mail Team Zakelijk' },
  'contact.phoneLabel': { nl: 'Telefoon (werkdagen 9.00–17.00 uur)', en: 'Phone (working days 9:00–17:00)' },
  'contact.problemBody': {
    nl: 'Hebt u een technisch probleem met het portaal? Gebruik dan ‘Probleem melden’, zodat we alle gegevens krijgen die we nodig hebben.',
    en: "Do you have a technical problem with the portal? Please use 'Report a problem', so we receive all the details we need.",
  },

  'panel.reference': { nl: 'Uw referentie', en: 'Your reference' },
  'form.errorSummary': { nl: 'Er is een probleem', en: 'There is a problem' },
  'field.date.day': { nl: 'Dag', en: 'Day' },
  'field.date.month': { nl: 'Maand', en: 'Month' },
  'field.date.year': { nl: 'Jaar', en: 'Year' },
  'field.date.a.day': { nl: 'de dag', en: 'a day' },
  'field.date.a.month': { nl: 'de maand', en: 'a month' },
  'field.date.a.year': { nl: 'het jaar', en: 'a year' },
  'field.date.the.day': { nl: 'de dag', en: 'the day' },
  'field.date.the.month': { nl: 'de maand', en: 'the month' },
  'field.date.the.year': { nl: 'het jaar (4 cijfers)', en: 'the year (4 digits)' },
  'field.date.and': { nl: ' en ', en: ' and ' },
  'field.date.incomplete': { nl: 'Vul bij {field} ook {parts} in.', en: '{field} must include {parts}.' },
  'field.date.invalid': {
    nl: '{field} moet een bestaande datum zijn: controleer {parts}.',
    en: '{field} must be a real date: check {parts}.',
  },
  'field.optional': { nl: '(niet verplicht)', en: '(optional)' },
  'field.choose': { nl: 'Maak een keuze', en: 'Choose' },
  'recognition.title': { nl: 'Alleen voor erkende referenten', en: 'Only for recognised sponsors' },
  'recognition.lead': {
    nl: 'Deze dienst is alleen voor organisaties die de IND heeft erkend als referent, en voor wie namens hen werkt. Uw organisatie is niet erkend. Wat u kunt doen, hangt af van wie u bent.',
    en: 'This service is only for organisations the IND has recognised as a sponsor, and for those who act on their behalf. Your organisation is not recognised. What you can do depends on who you are.',
  },
  'recognition.intermediaryTitle': {
    nl: 'Werkt u voor een erkend referent, bijvoorbeeld als relocatiebureau?',
    en: 'Do you work for a recognised sponsor, for example as a relocation agency?',
  },
  'recognition.intermediaryBody': {
    nl: 'Dan vraagt u geen erkenning aan. Registreer in het portaal de machtiging die de referent u gaf. Team Zakelijk verwerkt die binnen 5 werkdagen; daarna kiest u bij ‘Wissel van organisatie’ de referent en gebruikt u deze diensten namens hem. Hebt u een ketenmachtiging in eHerkenning, log dan daarmee in.',
    en: 'Then you do not apply for recognition. Register the authorisation the sponsor gave you in the portal. Team Zakelijk processes it within 5 working days; then you choose the sponsor under ‘Switch organisation’ and use these services on its behalf. If you have a chain authorisation in eHerkenning, log in with it.',
  },
  'recognition.intermediaryButton': { nl: 'Machtiging registreren', en: 'Register an authorisation' },
  'recognition.formLink': {
    nl: 'Erkenning als referent aanvragen (formulieren op ind.nl)',
    en: 'Apply for recognition as a sponsor (forms on ind.nl)',
  },
  'recognition.formHref': { nl: 'https://ind.nl/nl/formulieren', en: 'https://ind.nl/en/forms' },
  'recognition.other.title': {
    nl: 'Uw erkenning geldt niet voor deze dienst',
    en: 'Your recognition does not cover this service',
  },
  'recognition.other.lead': {
    nl: 'Uw organisatie is erkend referent voor: {categories}. Deze aanvraag of dienst vraagt een erkenning voor een ander verblijfsdoel.',
    en: 'Your organisation is a recognised sponsor for: {categories}. This application or service needs a recognition for another purpose of stay.',
  },
  'recognition.other.body': {
    nl: 'In uw overzicht ziet u alle diensten en aanvragen die bij uw erkenning horen. Hebt u erkenning voor een ander verblijfsdoel nodig, of denkt u dat uw erkenning niet klopt? Neem contact op met Team Zakelijk.',
    en: 'Your overview shows all services and applications that come with your recognition. Do you need recognition for another purpose of stay, or do you think your recognition is wrong? Contact Team Zakelijk.',
  },
  'recognition.whatTitle': { nl: 'Wat is een erkend referent?', en: 'What is a recognised sponsor?' },
  'recognition.whatBody': {
    nl: 'Een erkend referent is een werkgever, onderwijsinstelling of uitwisselingsorganisatie die de IND heeft erkend voor werk, onderzoek, studie of uitwisseling. Een erkend referent kan de status van aanvragen volgen, werknemers aan- en afmelden, accountgegevens bekijken en documenten in het dossier inzien. Voor kennismigranten, onderzoekers, studenten, au pairs en uitwisseling is erkenning verplicht.',
    en: 'A recognised sponsor is an employer, educational institution or exchange organisation that the IND has recognised for work, research, study or exchange. A recognised sponsor can follow the status of applications, register and de-register employees, view account information and access file documents. Recognition is required for highly skilled migrants, researchers, students, au pairs and exchange.',
  },
  'recognition.howTitle': { nl: 'Erkenning aanvragen', en: 'Applying for recognition' },
  'recognition.howBody': {
    nl: 'U vraagt erkenning aan bij de IND met het formulier voor erkenning als referent. U betaalt daarvoor leges. Daarna kunt u ook deze diensten gebruiken.',
    en: 'You apply for recognition with the IND using the form for recognition as a sponsor. You pay a fee for it. After that you can also use these services.',
  },
  'recognition.canDo': {
    nl: 'U kunt wel aanvragen indienen die u als werkgever moet indienen.',
    en: 'You can still submit the applications that you have to submit as an employer.',
  },
  'mailbox.title': { nl: 'Ontwikkelpostbus', en: 'Development mailbox' },
  'mailbox.lead': {
    nl: 'Alleen in ontwikkeling: de e-mails die het portaal verstuurde, zoals de lokale SMTP-server ze ontving.',
    en: 'Development only: the e-mails the portal sent, as the local SMTP server received them.',
  },
  'mailbox.empty': { nl: 'Er zijn nog geen e-mails verstuurd.', en: 'No e-mails have been sent yet.' },
  'mailbox.to': { nl: 'Aan', en: 'To' },
  'mailbox.received': { nl: 'Ontvangen', en: 'Received' },
  'mailbox.attachments': { nl: 'Bijlagen', en: 'Attachments' },
  // Staff roles (platform/auth StaffRole)
  'role.team_zakelijk': { nl: 'Team Zakelijk', en: 'Team Zakelijk' },
  'role.case_officer': { nl: 'Behandelaar', en: 'Case officer' },
  'role.administrator': { nl: 'Beheerder', en: 'Administrator' },
} as const satisfies Messages;
