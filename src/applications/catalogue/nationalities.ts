/**
 * Nationality facts the forms check (ISO 3166-1 alpha-3, as stored). Data, with sources.
 */

/**
 * EU, EEA and Swiss nationals need no residence permit for work, study or exchange: the
 * permits in this portal are for nationals from outside the EU, EEA and Switzerland.
 * [P] ind.nl researcher and ICT pages; [P] IND study brochure. Netherlands included.
 */
export const FREE_MOVEMENT: ReadonlySet<string> = new Set([
  // EU 27
  'AUT',
  'BEL',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'DEU',
  'GRC',
  'HUN',
  'IRL',
  'ITA',
  'LVA',
  'LTU',
  'LUX',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
  // EEA
  'ISL',
  'LIE',
  'NOR',
  // Switzerland
  'CHE',
]);

/**
 * Nationals who need no provisional residence permit (mvv) (Vreemdelingenbesluit art. 3.71
 * lid 2 onder a): Australia, Canada, Japan, Monaco, New Zealand, South Korea, the USA and the
 * Vatican [S] domain review #65 (expatica; EU immigration portal); the United Kingdom since
 * 1 January 2021 [P] ind.nl "Provisional residence permit (MVV)" — to be confirmed by the IND.
 */
export const MVV_EXEMPT: ReadonlySet<string> = new Set([
  'AUS',
  'CAN',
  'JPN',
  'MCO',
  'NZL',
  'KOR',
  'USA',
  'VAT',
  'GBR',
]);
