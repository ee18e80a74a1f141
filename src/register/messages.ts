import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the public register of recognised sponsors (issue 17). */
export const registerMessages = {
  'nav.register': { nl: 'Register erkende referenten', en: 'Register of recognised sponsors' },
  'register.title': {
    nl: 'Openbaar register erkende referenten',
    en: 'Public register of recognised sponsors',
  },
  'register.lead': {
    nl: 'Organisaties die de IND heeft erkend als referent, per categorie: arbeid (regulier en kennismigranten), onderzoek, studie en uitwisseling. Alleen actieve erkenningen staan in het register.',
    en: 'Organisations the IND has recognised as sponsors, per category: work (regular labour and highly skilled migrants), research, study and exchange. Only active recognitions are in the register.',
  },
  'register.asOf': { nl: 'Stand van {date}.', en: 'As of {date}.' },
  'register.asOfNever': {
    nl: 'Het register is nog niet bijgewerkt.',
    en: 'The register has not been refreshed yet.',
  },
  'register.search': { nl: 'Zoeken', en: 'Search' },
  'register.q': { nl: 'Naam of KVK-nummer', en: 'Name or KVK number' },
  'register.q.hint': {
    nl: 'Eén of meer woorden uit de naam, of het KVK-nummer van 8 cijfers.',
    en: 'One or more words of the name, or the 8-digit KVK number.',
  },
  'register.place': { nl: 'Plaats', en: 'Place' },
  'register.category': { nl: 'Categorie', en: 'Category' },
  'register.category.any': { nl: 'Alle categorieën', en: 'All categories' },
  'register.apply': { nl: 'Zoek', en: 'Search' },
  'register.reset': { nl: 'Zoekopdracht wissen', en: 'Clear the search' },
  'register.results': { nl: 'Erkende referenten', en: 'Recognised sponsors' },
  'register.caption': { nl: 'Erkende referenten op naam', en: 'Recognised sponsors by name' },
  'register.scroll': {
    nl: 'Tabel met erkende referenten (schuift zijwaarts)',
    en: 'Table of recognised sponsors (scrolls sideways)',
  },
  'register.col.name': { nl: 'Naam', en: 'Name' },
  'register.col.kvk': { nl: 'KVK-nummer', en: 'KVK number' },
  'register.col.place': { nl: 'Plaats', en: 'Place' },
  'register.col.categories': { nl: 'Erkend voor (sinds)', en: 'Recognised for (since)' },
  'register.none': {
    nl: 'Geen erkend referent gevonden. Controleer de spelling of zoek op minder woorden.',
    en: 'No recognised sponsor found. Check the spelling or search with fewer words.',
  },
  'register.download': { nl: 'Open data downloaden', en: 'Download as open data' },
  'register.download.lead': {
    nl: 'Het hele register (of uw zoekresultaat) als bestand, met vaste kolommen: kvk_number, name, place, category, recognised_since. Eén regel per erkenning.',
    en: 'The whole register (or your search result) as a file, with fixed columns: kvk_number, name, place, category, recognised_since. One line per recognition.',
  },
  'register.csv': { nl: 'Download als CSV', en: 'Download as CSV' },
  'register.json': { nl: 'Download als JSON', en: 'Download as JSON' },
  'register.error.q': {
    nl: 'Vul een naam of KVK-nummer in van hoogstens 100 tekens.',
    en: 'Enter a name or KVK number of at most 100 characters.',
  },
  'register.error.place': {
    nl: 'Vul een plaats in van hoogstens 60 tekens.',
    en: 'Enter a place of at most 60 characters.',
  },
  'register.error.category': {
    nl: 'Kies een categorie uit de lijst.',
    en: 'Choose a category from the list.',
  },
  'register.error.cursor': {
    nl: 'Deze pagina bestaat niet (meer). Begin bij de eerste pagina.',
    en: 'This page does not exist (any more). Start at the first page.',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof registerMessages> {}
}
