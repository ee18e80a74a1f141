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

  'dashboard.title': { nl: 'Mijn overzicht', en: 'My overview' },
  'dashboard.lead': {
    nl: 'U bent ingelogd voor {organisation}.',
    en: 'You are logged in for {organisation}.',
  },
  'dashboard.whoTitle': { nl: 'Waarmee u bent ingelogd', en: 'How you are logged in' },
  'dashboard.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'dashboard.kvk': { nl: 'KVK-nummer', en: 'KVK number' },
  'dashboard.branch': { nl: 'Vestiging', en: 'Branch' },
  'dashboard.allBranches': { nl: 'Alle vestigingen', en: 'All branches' },
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
    nl: 'Alleen voor erkend referenten. Waarom zie ik dit niet?',
    en: 'Only for recognised sponsors. Why can I not use this?',
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
