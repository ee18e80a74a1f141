import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the organisation's activity log (issue 17). Action labels live in each module's audit-actions.ts. */
export const activityMessages = {
  'nav.activity': { nl: 'Activiteitenlog', en: 'Activity log' },
  'activity.title': { nl: 'Activiteitenlog', en: 'Activity log' },
  'activity.lead': {
    nl: 'Wie heeft wat gedaan namens {organisation}: uw eigen medewerkers, intermediairs die namens u handelen, en de IND. Het log kan door niemand worden gewijzigd.',
    en: 'Who did what in the name of {organisation}: your own staff, intermediaries acting for you, and the IND. Nobody can change the log.',
  },
  'activity.leadAgency': {
    nl: 'Wat uw organisatie (KVK {kvk}) heeft gedaan namens {organisation}. U ziet alleen uw eigen handelingen.',
    en: 'What your organisation (KVK {kvk}) did in the name of {organisation}. You see only your own actions.',
  },
  'activity.filters': { nl: 'Filteren', en: 'Filter' },
  'activity.filter.who': { nl: 'Wie', en: 'Who' },
  'activity.filter.action': { nl: 'Handeling', en: 'Action' },
  'activity.filter.from': { nl: 'Vanaf (datum)', en: 'From (date)' },
  'activity.filter.to': { nl: 'Tot en met (datum)', en: 'Up to and including (date)' },
  'activity.filter.any': { nl: 'Alle', en: 'All' },
  'activity.filter.apply': { nl: 'Toon', en: 'Show' },
  'activity.filter.reset': { nl: 'Alle filters wissen', en: 'Clear all filters' },
  'activity.filter.error.date': {
    nl: 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 01-11-2026.',
    en: 'Enter a date as dd-mm-yyyy, for example 01-11-2026.',
  },
  'activity.filter.error.range': {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
  'activity.filter.error.who': { nl: 'Kies iemand uit de lijst.', en: 'Choose someone from the list.' },
  'activity.filter.error.action': {
    nl: 'Kies een handeling uit de lijst.',
    en: 'Choose an action from the list.',
  },
  'activity.filter.error.cursor': {
    nl: 'Deze pagina bestaat niet (meer). Begin bij de eerste pagina.',
    en: 'This page does not exist (any more). Start at the first page.',
  },
  'activity.results': { nl: 'Handelingen', en: 'Actions' },
  'activity.caption': { nl: 'Handelingen, nieuwste eerst', en: 'Actions, newest first' },
  'activity.scroll': {
    nl: 'Tabel met handelingen (schuift zijwaarts)',
    en: 'Table of actions (scrolls sideways)',
  },
  'activity.col.when': { nl: 'Wanneer', en: 'When' },
  'activity.col.who': { nl: 'Wie', en: 'Who' },
  'activity.col.what': { nl: 'Wat', en: 'What' },
  'activity.col.object': { nl: 'Welke zaak of werknemer', en: 'Which case or employee' },
  'activity.none': {
    nl: 'Er zijn geen handelingen die aan de filters voldoen.',
    en: 'No actions match the filters.',
  },
  'activity.ind': { nl: 'IND', en: 'IND' },
  'activity.apiClient': { nl: 'API-koppeling {client}', en: 'API client {client}' },
  'activity.person': { nl: 'Persoon {pseudonym}', en: 'Person {pseudonym}' },
  'activity.agency': { nl: '{name} (intermediair, KVK {kvk})', en: '{name} (intermediary, KVK {kvk})' },
  'activity.agencyPerson': { nl: '{agency}, {person}', en: '{agency}, {person}' },
  'activity.object.case': { nl: 'Een zaak', en: 'A case' },
  'activity.object.document': { nl: 'Een document', en: 'A document' },
  'activity.object.application': { nl: 'Een aanvraag', en: 'An application' },
  'activity.object.employee': { nl: 'Een werknemer', en: 'An employee' },
  'activity.object.other': { nl: '—', en: '—' },
  'activity.page.next': { nl: 'Volgende pagina (oudere handelingen)', en: 'Next page (older actions)' },
  'activity.csv': { nl: 'Download als CSV (met deze filters)', en: 'Download as CSV (with these filters)' },
  'activity.csv.file': { nl: 'activiteitenlog', en: 'activity-log' },
  'activity.names.title': { nl: 'Personen een naam geven', en: 'Name the people' },
  'activity.names.lead': {
    nl: 'eHerkenning geeft de IND geen namen, alleen een code per persoon. Geef die code een naam die uw organisatie herkent. Alleen uw organisatie ziet deze naam.',
    en: 'eHerkenning gives the IND no names, only a code per person. Give that code a name your organisation recognises. Only your organisation sees this name.',
  },
  'activity.names.subject': { nl: 'Persoon (code)', en: 'Person (code)' },
  'activity.names.name': { nl: 'Naam', en: 'Name' },
  'activity.names.save': { nl: 'Naam opslaan', en: 'Save name' },
  'activity.names.saved': { nl: 'De naam is opgeslagen.', en: 'The name has been saved.' },
  'activity.names.error.subject': {
    nl: 'Kies een persoon uit de lijst.',
    en: 'Choose a person from the list.',
  },
  'activity.names.error.name': {
    nl: 'Vul een naam in van 1 tot 80 tekens.',
    en: 'Enter a name of 1 to 80 characters.',
  },
  'activity.names.agencyOnly': {
    nl: 'Namen geeft de organisatie zelf; als intermediair kunt u dat niet.',
    en: 'The organisation names its people itself; as an intermediary you cannot.',
  },
  'activity.branchRefused': {
    nl: 'Met een eHerkenning-machtiging voor één vestiging kunt u het activiteitenlog van de hele organisatie niet zien.',
    en: 'With an eHerkenning authorisation for one branch you cannot see the activity log of the whole organisation.',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof activityMessages> {}
}
