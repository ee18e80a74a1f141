import type { Lang } from '../../platform/i18n/i18n.ts';

/**
 * ISO 3166-1 countries: alpha-3 code (stored, as on passports and in the case system) with
 * its alpha-2 code (for the names from Intl.DisplayNames, which knows alpha-2 regions only).
 */
const PAIRS =
  'AFG:AF ALA:AX ALB:AL DZA:DZ ASM:AS AND:AD AGO:AO AIA:AI ATA:AQ ATG:AG ARG:AR ARM:AM ABW:AW AUS:AU ' +
  'AUT:AT AZE:AZ BHS:BS BHR:BH BGD:BD BRB:BB BLR:BY BEL:BE BLZ:BZ BEN:BJ BMU:BM BTN:BT BOL:BO BES:BQ ' +
  'BIH:BA BWA:BW BVT:BV BRA:BR IOT:IO BRN:BN BGR:BG BFA:BF BDI:BI CPV:CV KHM:KH CMR:CM CAN:CA CYM:KY ' +
  'CAF:CF TCD:TD CHL:CL CHN:CN CXR:CX CCK:CC COL:CO COM:KM COG:CG COD:CD COK:CK CRI:CR CIV:CI HRV:HR ' +
  'CUB:CU CUW:CW CYP:CY CZE:CZ DNK:DK DJI:DJ DMA:DM DOM:DO ECU:EC EGY:EG SLV:SV GNQ:GQ ERI:ER EST:EE ' +
  'SWZ:SZ ETH:ET FLK:FK FRO:FO FJI:FJ FIN:FI FRA:FR GUF:GF PYF:PF ATF:TF GAB:GA GMB:GM GEO:GE DEU:DE ' +
  'GHA:GH GIB:GI GRC:GR GRL:GL GRD:GD GLP:GP GUM:GU GTM:GT GGY:GG GIN:GN GNB:GW GUY:GY HTI:HT HMD:HM ' +
  'VAT:VA HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR IRQ:IQ IRL:IE IMN:IM ISR:IL ITA:IT JAM:JM ' +
  'JPN:JP JEY:JE JOR:JO KAZ:KZ KEN:KE KIR:KI PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV LBN:LB LSO:LS ' +
  'LBR:LR LBY:LY LIE:LI LTU:LT LUX:LU MAC:MO MDG:MG MWI:MW MYS:MY MDV:MV MLI:ML MLT:MT MHL:MH MTQ:MQ ' +
  'MRT:MR MUS:MU MYT:YT MEX:MX FSM:FM MDA:MD MCO:MC MNG:MN MNE:ME MSR:MS MAR:MA MOZ:MZ MMR:MM NAM:NA ' +
  'NRU:NR NPL:NP NLD:NL NCL:NC NZL:NZ NIC:NI NER:NE NGA:NG NIU:NU NFK:NF MKD:MK MNP:MP NOR:NO OMN:OM ' +
  'PAK:PK PLW:PW PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH PCN:PN POL:PL PRT:PT PRI:PR QAT:QA REU:RE ' +
  'ROU:RO RUS:RU RWA:RW BLM:BL SHN:SH KNA:KN LCA:LC MAF:MF SPM:PM VCT:VC WSM:WS SMR:SM STP:ST SAU:SA ' +
  'SEN:SN SRB:RS SYC:SC SLE:SL SGP:SG SXM:SX SVK:SK SVN:SI SLB:SB SOM:SO ZAF:ZA SGS:GS SSD:SS ESP:ES ' +
  'LKA:LK SDN:SD SUR:SR SJM:SJ SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ THA:TH TLS:TL TGO:TG TKL:TK ' +
  'TON:TO TTO:TT TUN:TN TUR:TR TKM:TM TCA:TC TUV:TV UGA:UG UKR:UA ARE:AE GBR:GB USA:US UMI:UM URY:UY ' +
  'UZB:UZ VUT:VU VEN:VE VNM:VN VGB:VG VIR:VI WLF:WF ESH:EH YEM:YE ZMB:ZM ZWE:ZW';

const ALPHA2 = new Map<string, string>(
  PAIRS.split(' ').map((pair) => {
    const [alpha3 = '', alpha2 = ''] = pair.split(':');
    return [alpha3, alpha2];
  }),
);

/**
 * Territories that are not states and issue no passports of their own (uninhabited islands,
 * dependencies whose people hold the nationality of another state, Antarctica): left out of the
 * lists, which are of states. Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands are
 * Dutch; Åland is Finnish; the Cook Islands and Niue are New Zealand's.
 */
const NOT_A_STATE = new Set(
  (
    'ALA ASM AIA ATA ABW BMU BES BVT IOT CYM CXR CCK COK CUW FLK FRO GUF PYF ATF GIB GRL GLP GUM GGY ' +
    'HMD IMN JEY MTQ MYT MSR NCL NIU NFK MNP PCN PRI REU BLM SHN MAF SPM SXM SGS SJM TKL TCA UMI VGB ' +
    'VIR WLF ESH'
  ).split(' '),
);

/** Kosovo: a state without an ISO 3166-1 code; XKX is the code used for it (CLDR region XK). */
ALPHA2.set('XKX', 'XK');

export const COUNTRY_CODES: readonly string[] = [...ALPHA2.keys()].filter((code) => !NOT_A_STATE.has(code));

/** Nationality codes that are not a state (ICAO Doc 9303): stateless, and nationality unknown. */
export const STATELESS = 'XXA';
export const UNKNOWN_NATIONALITY = 'XXX';
const SPECIAL_NATIONALITY: Record<string, Record<Lang, string>> = {
  [STATELESS]: { nl: 'Staatloos', en: 'Stateless' },
  [UNKNOWN_NATIONALITY]: { nl: 'Nationaliteit onbekend', en: 'Nationality unknown' },
};

export function isCountryCode(value: string): boolean {
  return COUNTRY_CODES.includes(value);
}

export function isNationalityCode(value: string): boolean {
  return isCountryCode(value) || value in SPECIAL_NATIONALITY;
}

const names = new Map<Lang, Intl.DisplayNames>();

/** The country's name in the language, from the runtime's CLDR data. */
export function countryName(code: string, lang: Lang): string {
  const special = SPECIAL_NATIONALITY[code];
  if (special) return special[lang];
  const alpha2 = ALPHA2.get(code);
  if (!alpha2) return code;
  let display = names.get(lang);
  if (!display) {
    display = new Intl.DisplayNames([lang === 'nl' ? 'nl-NL' : 'en-GB'], { type: 'region' });
    names.set(lang, display);
  }
  return display.of(alpha2) ?? code;
}

const sortedOptions = new Map<Lang, readonly { value: string; label: string }[]>();

/** All states sorted by their name in the language (for the select list), sorted once per language. */
export function countryOptions(lang: Lang): { value: string; label: string }[] {
  let options = sortedOptions.get(lang);
  if (!options) {
    const collator = new Intl.Collator(lang);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, lang) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    sortedOptions.set(lang, options);
  }
  return options.map((option) => ({ ...option }));
}

/** The nationalities: the states, then stateless and unknown (as immigration forms need them). */
export function nationalityOptions(lang: Lang): { value: string; label: string }[] {
  return [
    ...countryOptions(lang),
    ...Object.keys(SPECIAL_NATIONALITY).map((code) => ({ value: code, label: countryName(code, lang) })),
  ];
}
