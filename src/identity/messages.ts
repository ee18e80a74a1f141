import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of login, sessions and the dashboard. */
export const identityMessages = {
  'session.loggedOutTitle': { nl: 'U bent uitgelogd', en: 'You are logged out' },
  'session.loggedOutBody': {
    nl: 'Uw sessie is beëindigd. Sluit ook uw browser als u een gedeelde computer gebruikt.',
    en: 'Your session has ended. Also close your browser if you are using a shared computer.',
  },
  'session.expiresAt': {
    nl: 'Voor uw veiligheid wordt u om {time} uitgelogd als u niets doet.',
    en: 'For your security you will be logged out at {time} if you do nothing.',
  },
  'session.extend': { nl: 'Ingelogd blijven', en: 'Stay logged in' },
  'session.warningTitle': { nl: 'U wordt bijna uitgelogd', en: 'You will soon be logged out' },
  'session.warningBody': {
    nl: 'U bent al een tijd niet actief. Over {minutes} minuten wordt u uitgelogd. Wat u hebt opgeslagen blijft bewaard.',
    en: 'You have not been active for a while. You will be logged out in {minutes} minutes. What you have saved is kept.',
  },
  'session.expiredNotice': {
    nl: 'U was te lang niet actief en bent uitgelogd. Log opnieuw in om verder te gaan waar u was.',
    en: 'You were inactive for too long and have been logged out. Log in again to continue where you were.',
  },

  'login.expiredTitle': { nl: 'Opnieuw inloggen', en: 'Log in again' },
  'login.tryAgain': { nl: 'Opnieuw inloggen', en: 'Try logging in again' },
  'login.level.title': {
    nl: 'Uw eHerkenning heeft een te laag niveau',
    en: 'Your eHerkenning level is too low',
  },
  'login.level.body': {
    nl: 'Voor het Portaal Zakelijk is eHerkenning op niveau EH3 of hoger nodig. U logde in met een lager niveau (EH2 of EH2+).',
    en: 'The Business Portal requires eHerkenning at level EH3 or higher. You logged in with a lower level (EH2 or EH2+).',
  },
  'login.level.howTitle': { nl: 'Zo komt u aan EH3', en: 'How to get EH3' },
  'login.level.step1': {
    nl: 'Vraag bij uw eHerkenningsleverancier een middel aan op niveau EH3 (of upgrade uw huidige middel).',
    en: 'Ask your eHerkenning supplier for a means at level EH3 (or upgrade your current means).',
  },
  'login.level.step2': {
    nl: 'Laat uzelf machtigen voor de dienst ‘Immigratie- en Naturalisatiedienst: toegang tot het portaal’ op niveau EH3.',
    en: "Have yourself authorised for the service 'Immigratie- en Naturalisatiedienst: toegang tot het portaal' at level EH3.",
  },
  'login.level.step3': { nl: 'Log daarna opnieuw in.', en: 'Then log in again.' },
  'login.authorisation.title': {
    nl: 'U bent niet gemachtigd voor deze dienst',
    en: 'You are not authorised for this service',
  },
  'login.authorisation.body': {
    nl: 'Uw eHerkenningsmiddel heeft geen machtiging voor ‘Immigratie- en Naturalisatiedienst: toegang tot het portaal’. Vraag de beheerder eHerkenning in uw organisatie om u voor deze dienst te machtigen, en log daarna opnieuw in.',
    en: "Your eHerkenning means has no authorisation for 'Immigratie- en Naturalisatiedienst: toegang tot het portaal'. Ask the eHerkenning administrator in your organisation to authorise you for this service, then log in again.",
  },
  'login.cancelled.title': { nl: 'Inloggen is afgebroken', en: 'Logging in was cancelled' },
  'login.cancelled.body': {
    nl: 'U hebt het inloggen bij uw eHerkenningsleverancier afgebroken, of het lukte daar niet. Er is niets opgeslagen.',
    en: 'You cancelled logging in at your eHerkenning supplier, or it did not succeed there. Nothing has been saved.',
  },
  'login.not_available.title': {
    nl: 'Deze dienst is niet voor u beschikbaar',
    en: 'This service is not available for you',
  },
  'login.not_available.body': {
    nl: 'U bent ingelogd met eHerkenning, maar de IND kent het KVK-nummer van de organisatie waarvoor u inlogde niet als zakelijke klant.',
    en: 'You logged in with eHerkenning, but the IND does not know the KVK number of the organisation you logged in for as a business customer.',
  },
  'login.not_available.whatTitle': { nl: 'Wat kunt u doen?', en: 'What can you do?' },
  'login.not_available.step1': {
    nl: 'Controleer of uw eHerkenningsmiddel op het juiste KVK-nummer staat. Hebt u meerdere organisaties, kies dan bij het inloggen de juiste.',
    en: 'Check that your eHerkenning means is registered to the right KVK number. If you have several organisations, choose the right one when you log in.',
  },
  'login.not_available.step2': {
    nl: 'Bent u gemachtigde van een erkend referent? Log in met een ketenmachtiging in eHerkenning. Hebt u die niet, log dan in namens uw eigen organisatie en registreer uw machtiging in het portaal.',
    en: 'Are you an authorised representative of a recognised sponsor? Log in with a chain authorisation in eHerkenning. If you do not have one, log in on behalf of your own organisation and register your authorisation in the portal.',
  },
  'login.not_available.step3': {
    nl: 'Dient u voor het eerst een aanvraag in als werkgever? Neem contact op met Team Zakelijk.',
    en: 'Are you submitting an application as an employer for the first time? Contact Team Zakelijk.',
  },
  'login.branch.title': {
    nl: 'Deze vestiging kennen wij niet bij uw organisatie',
    en: 'We do not know this branch of your organisation',
  },
  'login.branch.body': {
    nl: 'U logde in met een machtiging voor één vestiging, maar dat vestigingsnummer hoort volgens de IND niet bij uw organisatie. Log opnieuw in en kies de juiste vestiging of ‘alle vestigingen’, of vraag de beheerder eHerkenning van uw organisatie het vestigingsnummer in uw machtiging te controleren. Klopt het nummer wel? Geef de vestiging dan door aan Team Zakelijk.',
    en: 'You logged in with an authorisation for one branch, but according to the IND that branch number does not belong to your organisation. Log in again and choose the right branch or ‘all branches’, or ask your organisation’s eHerkenning administrator to check the branch number in your authorisation. Is the number right? Then tell Team Zakelijk about the branch.',
  },
  'login.technical.title': { nl: 'Inloggen is niet gelukt', en: 'Logging in did not succeed' },
  'login.technical.body': {
    nl: 'Het antwoord van uw eHerkenningsleverancier kon niet worden gecontroleerd, of het was verlopen. Probeer het opnieuw. Lukt het nog steeds niet, meld het probleem dan.',
    en: 'The answer from your eHerkenning supplier could not be verified, or it had expired. Please try again. If it still does not work, report the problem.',
  },
  'broker.title': { nl: 'Testmakelaar eHerkenning', en: 'eHerkenning test broker' },
  'broker.warning': {
    nl: 'Alleen voor ontwikkeling en demonstraties. Deze pagina speelt het eHerkenningsnetwerk na; in productie staat hij uit.',
    en: 'For development and demonstrations only. This page plays the eHerkenning network; it is switched off in production.',
  },
  'broker.lead': {
    nl: 'Kies voor welke organisatie, als wie en op welk niveau u inlogt. De makelaar stuurt daarna een ondertekend en versleuteld SAML-antwoord naar het portaal.',
    en: 'Choose for which organisation, as whom and at what level you log in. The broker then sends a signed and encrypted SAML response to the portal.',
  },
  'broker.organisation': {
    nl: 'Organisatie (vertegenwoordigde partij)',
    en: 'Organisation (represented company)',
  },
  'broker.otherOrganisation': { nl: 'Een ander KVK-nummer', en: 'Another KVK number' },
  'broker.otherKvk': { nl: 'Ander KVK-nummer (8 cijfers)', en: 'Other KVK number (8 digits)' },
  'broker.actingSubject': { nl: 'Persoon (pseudoniem)', en: 'Person (pseudonym)' },
  'broker.actingSubjectHint': {
    nl: 'eHerkenning geeft geen naam door, alleen een pseudoniem van de handelende persoon.',
    en: 'eHerkenning passes no name, only a pseudonym of the acting person.',
  },
  'broker.loa': { nl: 'Betrouwbaarheidsniveau', en: 'Assurance level' },
  'broker.branch': { nl: 'Beperkt tot vestiging (optioneel)', en: 'Limited to branch (optional)' },
  'broker.branchHint': { nl: 'Vestigingsnummer van 12 cijfers.', en: 'Branch number of 12 digits.' },
  'broker.intermediary': {
    nl: 'Ketenmachtiging: KVK-nummer intermediair (optioneel)',
    en: 'Chain authorisation: intermediary KVK number (optional)',
  },
  'broker.intermediaryHint': {
    nl: 'Vul dit in als een intermediair (bijvoorbeeld een relocatiebureau) namens de gekozen organisatie inlogt.',
    en: 'Fill this in when an intermediary (for example a relocation agency) logs in on behalf of the chosen organisation.',
  },
  'broker.authorised': {
    nl: 'Heeft deze persoon een machtiging voor de dienst van het portaal?',
    en: "Does this person hold an authorisation for the portal's service?",
  },
  'broker.yes': { nl: 'Ja', en: 'Yes' },
  'broker.no': { nl: 'Nee', en: 'No' },
  'broker.binding': {
    nl: 'Hoe stuurt de makelaar het antwoord?',
    en: 'How does the broker send the answer?',
  },
  'broker.bindingArtifact': {
    nl: 'Artifact (zoals makelaars meestal doen)',
    en: 'Artifact (as brokers usually do)',
  },
  'broker.bindingPost': { nl: 'HTTP-POST', en: 'HTTP-POST' },
  'broker.login': { nl: 'Inloggen', en: 'Log in' },
  'broker.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'broker.continueTitle': { nl: 'Terug naar het portaal', en: 'Back to the portal' },
  'broker.continueBody': {
    nl: 'U wordt teruggestuurd naar het Portaal Zakelijk.',
    en: 'You are being sent back to the Business Portal.',
  },
  'broker.continue': { nl: 'Doorgaan', en: 'Continue' },
  'broker.error.kvk': { nl: 'Vul een KVK-nummer van 8 cijfers in.', en: 'Enter a KVK number of 8 digits.' },
  'broker.error.loa': { nl: 'Kies een betrouwbaarheidsniveau.', en: 'Choose an assurance level.' },
  'broker.error.branch': {
    nl: 'Vul een vestigingsnummer van 12 cijfers in.',
    en: 'Enter a branch number of 12 digits.',
  },
  'broker.kind.employer': { nl: 'Werkgever, erkend voor arbeid', en: 'Employer, recognised for work' },
  'broker.kind.research': {
    nl: 'Onderzoeksinstelling, erkend voor onderzoek',
    en: 'Research institution, recognised for research',
  },
  'broker.kind.university': {
    nl: 'Universiteit, erkend voor studie en onderzoek',
    en: 'University, recognised for study and research',
  },
  'broker.kind.au-pair': {
    nl: 'Au-pairbureau, erkend voor uitwisseling',
    en: 'Au pair agency, recognised for exchange',
  },
  'broker.kind.non-recognised': { nl: 'Werkgever, niet erkend', en: 'Employer, not recognised' },
  'broker.kind.intermediary': {
    nl: 'Relocatiebureau (intermediair)',
    en: 'Relocation agency (intermediary)',
  },
  'dashboard.title': { nl: 'Mijn overzicht', en: 'My overview' },
  'dashboard.lead': {
    nl: 'U bent ingelogd namens {organisation}.',
    en: 'You are logged in on behalf of {organisation}.',
  },
  'dashboard.whoTitle': { nl: 'Waarmee u bent ingelogd', en: 'How you are logged in' },
  'dashboard.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'dashboard.kvk': { nl: 'KVK-nummer', en: 'KVK number' },
  'dashboard.branch': { nl: 'Vestiging', en: 'Branch' },
  'dashboard.allBranches': { nl: 'Alle vestigingen', en: 'All branches' },
  'dashboard.branchNamed': {
    nl: '{name} (vestigingsnummer {number})',
    en: '{name} (branch number {number})',
  },
  'dashboard.level': { nl: 'Betrouwbaarheidsniveau', en: 'Assurance level' },
  'dashboard.via': { nl: 'Namens', en: 'On behalf of' },
  'dashboard.viaSelf': { nl: 'Uw eigen organisatie', en: 'Your own organisation' },
  'dashboard.viaChain': {
    nl: 'Als intermediair (KVK {kvk}) met een ketenmachtiging',
    en: 'As intermediary (KVK {kvk}) with a chain authorisation',
  },
  'dashboard.viaRegistered': {
    nl: 'Als gemachtigde (KVK {kvk}) met een bij de IND geregistreerde machtiging',
    en: 'As authorised representative (KVK {kvk}) with an authorisation registered with the IND',
  },
  'dashboard.recognitions': { nl: 'Erkend als referent voor', en: 'Recognised as sponsor for' },
  'dashboard.notRecognised': { nl: 'Niet erkend als referent', en: 'Not recognised as sponsor' },
  'dashboard.servicesTitle': { nl: 'Uw diensten', en: 'Your services' },
  'dashboard.sponsorOnlyLocked': {
    nl: 'Alleen voor erkende referenten. Waarom kan ik dit niet gebruiken?',
    en: 'Only for recognised sponsors. Why can I not use this?',
  },
  'dashboard.notYetBuilt': {
    nl: 'Deze dienst komt binnenkort in het portaal. Tot dan kunt u voor vragen terecht bij Team Zakelijk.',
    en: 'This service is coming to the portal soon. Until then, please contact Team Zakelijk with questions.',
  },
  'dashboard.logoutTitle': { nl: 'Uitloggen', en: 'Logging out' },
  'dashboard.logoutBody': {
    nl: 'Klaar? Log uit met de knop rechtsboven. Na 15 minuten zonder activiteit wordt u automatisch uitgelogd.',
    en: 'Done? Log out with the button at the top right. After 15 minutes without activity you are logged out automatically.',
  },
  'category.work': { nl: 'Arbeid', en: 'Work' },
  'category.research': { nl: 'Onderzoek', en: 'Research' },
  'category.study': { nl: 'Studie', en: 'Study' },
  'category.exchange': { nl: 'Uitwisseling', en: 'Exchange' },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof identityMessages> {}
}
