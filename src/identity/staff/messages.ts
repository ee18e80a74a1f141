import type { Registered } from '../../platform/i18n/catalogue.ts';
import type { Messages } from '../../platform/i18n/i18n.ts';

/** Messages of the staff login and the development issuer. */
export const staffMessages = {
  'staff.login': { nl: 'Inloggen als medewerker', en: 'Log in as staff' },
  'staff.unavailable.title': {
    nl: 'Inloggen voor medewerkers is niet beschikbaar',
    en: 'Staff login is not available',
  },
  'staff.unavailable.body': {
    nl: 'Er is geen OpenID Connect-uitgever ingesteld voor medewerkers. Neem contact op met de beheerder.',
    en: 'No OpenID Connect issuer has been configured for staff. Please contact the administrator.',
  },
  'staff.failed.title': { nl: 'Inloggen is niet gelukt', en: 'Logging in did not succeed' },
  'staff.failed.body': {
    nl: 'Het antwoord van de inlogdienst kon niet worden gecontroleerd, of het inloggen duurde te lang. Probeer het opnieuw.',
    en: 'The answer of the login service could not be verified, or logging in took too long. Please try again.',
  },
  'staff.failed.noRole': {
    nl: 'U bent ingelogd, maar uw account heeft geen rol voor de backoffice van het Portaal Zakelijk. Vraag uw beheerder om een rol.',
    en: 'You are logged in, but your account has no role for the Business Portal back office. Ask your administrator for a role.',
  },
  'staff.loggedOut.title': { nl: 'U bent uitgelogd', en: 'You are logged out' },
  'staff.loggedOut.body': {
    nl: 'U bent uitgelogd uit de backoffice van het Portaal Zakelijk.',
    en: 'You are logged out of the Business Portal back office.',
  },
  'staff.dev.title': {
    nl: 'Ontwikkel-inlogdienst voor medewerkers',
    en: 'Development login service for staff',
  },
  'staff.dev.lead': {
    nl: 'Alleen voor ontwikkeling en tests: kies een demo-medewerker. In productie logt u in bij de inlogdienst van de IND.',
    en: 'For development and tests only: choose a demo staff member. In production you log in with the IND login service.',
  },
  'staff.dev.legend': { nl: 'Demo-medewerker', en: 'Demo staff member' },
  'staff.dev.submit': { nl: 'Inloggen', en: 'Log in' },
  'staff.dev.error': { nl: 'Kies een demo-medewerker', en: 'Choose a demo staff member' },
} as const satisfies Messages;

declare module '../../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof staffMessages> {}
}
