import type { Amount, DecisionPeriod, YearData } from './model.ts';

/**
 * Fees (leges) and income criteria per calendar year, in euro cents, each figure with its
 * source beside it (ADR 0003). The IND changes these numbers here, once a year, without
 * touching the form engine.
 *
 * A YEAR WITHOUT AN ENTRY IS NOT GUESSED. The IND publishes the next year's figures in
 * December; until they are added here the portal refuses to check salaries or charge fees for
 * that year (the user is told, staff are alerted). `catalogue.test.ts` fails in December when
 * next year's entry is missing, so the release that adds it is not forgotten, unless someone
 * recorded in the last week that the IND has not published it yet (AWAITED_YEARS, ADR 0009).
 *
 * Source ratings as in the domain review: [P] primary (ind.nl, Staatscourant), [S] secondary
 * (tax advisers, relocation firms), [L] low. `provisional: true` marks a figure without a
 * primary source: the IND must confirm it (docs/domain-review-status.md lists them).
 */
const S = {
  meijburg2026:
    '[S] meijburg.com/news/annual-adjustment-salary-criterion-highly-skilled-migrants-2026 (18 Dec 2025)',
  meijburg2025: '[S] meijburg.com (2026 figure ÷ 1.0446, the published indexation)',
  pzsearch2025: '[S] pzsearch.nl/nieuws 2025-07-09 ("nu nog 4.171 euro")',
  gt2025: '[S] Grant Thornton 2025 (domain brief: fees and thresholds 2025)',
  jobbatical2025: '[S] jobbatical.com ICT FAQ (2025 fees €405 / €243 / €81)',
  anywr2026: '[S] anywr-group.nl/highly-skilled-migrant-salaries-2026 (fees €423, €254, €85, €5,080, €2,539)',
  studyClass:
    '[S] stichtinglos.nl (Staatscourant 2018-71186): study is in the family-member fee class; [L] visachief.com 2025',
  researcherClass: '[S] limes-int.nl 2013: researcher charged as study; [L] visachief.com 2025 (€243)',
  exchangeClass:
    '[L] visachief.com 2025 (€243); sources conflict ([L] wheretoemigrate.io gives €423 for 2026)',
} as const;

const figure = (euros: number, source: string, provisional = false): Amount => ({
  cents: Math.round(euros * 100),
  source,
  ...(provisional ? { provisional: true } : {}),
});

export const YEAR_DATA: Readonly<Record<number, YearData>> = {
  2025: {
    fees: {
      work: figure(405, S.jobbatical2025),
      extension: figure(405, S.gt2025),
      partner: figure(243, S.jobbatical2025),
      minorChild: figure(81, S.jobbatical2025),
      study: figure(243, S.studyClass, true),
      researcher: figure(243, S.researcherClass, true),
      exchange: figure(243, S.exchangeClass, true),
      recognitionSmall: figure(2432, S.gt2025),
      recognitionLarge: figure(4886, S.gt2025),
    },
    salary: {
      hsm30Plus: figure(5688, S.meijburg2025),
      hsmUnder30: figure(4171, S.pzsearch2025),
      hsmReduced: figure(2989, S.meijburg2025),
      blueCard: figure(5688, `${S.meijburg2025}; Blue Card equals HSM 30+ since June 2024`),
      blueCardLowered: figure(4551, S.meijburg2025),
    },
  },
  2026: {
    fees: {
      work: figure(423, S.anywr2026),
      extension: figure(
        423,
        `${S.anywr2026}; extension in the same class as the first permit (2025: ${S.gt2025})`,
        true,
      ),
      partner: figure(254, S.anywr2026),
      minorChild: figure(85, S.anywr2026),
      study: figure(254, `${S.studyClass}; 2026 family-member class ${S.anywr2026}`, true),
      researcher: figure(254, `${S.researcherClass}; 2026 study class`, true),
      exchange: figure(254, `${S.exchangeClass}; 2026 family-member class`, true),
      recognitionSmall: figure(2539, S.anywr2026),
      recognitionLarge: figure(5080, S.anywr2026),
    },
    salary: {
      hsm30Plus: figure(5942, S.meijburg2026),
      hsmUnder30: figure(4357, S.meijburg2026),
      hsmReduced: figure(3122, S.meijburg2026),
      blueCard: figure(5942, S.meijburg2026),
      blueCardLowered: figure(4754, S.meijburg2026),
    },
  },
  // 2027: not published yet (see AWAITED_YEARS). Add it here, with sources, as soon as it is.
  // Until then the portal refuses to compute 2027.
};

/**
 * Next year's figures that were due but not yet published when someone last looked (ADR 0009):
 * the date of the look and where. `catalogue.test.ts` excuses a missing next year only for
 * `AWAIT_RECHECK_DAYS` days after `checked`: look again, and add the figures or a new date.
 * It never excuses this year, and the portal still refuses to compute a missing year and alerts
 * staff from 1 December.
 */
export const AWAITED_YEARS: Readonly<Record<number, { checked: string; looked: string }>> = {
  2027: {
    checked: '2026-12-01',
    looked:
      'ind.nl news (fees, income criteria), Staatscourant, tax-adviser and relocation pages as stored here: ' +
      'no 2027 leges or salary criteria yet ([P] ind.nl once published the income criteria only on 2 January, 2017)',
  },
};

/**
 * Decision periods (beslistermijn) in days. [P] ind.nl/Paginas/Beslistermijnen.aspx: 90 days
 * for TEV, VVR, extension and change of purpose; 60 days only for scientific research, study,
 * work-learning and exchange within the European Solidarity Corps (au pair and ordinary
 * exchange: 90 days).
 */
export const DECISION_PERIODS: Readonly<Record<DecisionPeriod, number>> = { regular: 90, short: 60 };

/**
 * The IND's service target (streeftermijn) for a recognised sponsor's application, in weeks:
 * 2 weeks when complete, 7 weeks when incomplete or further investigation is needed.
 * [P] ind.nl/Paginas/Beslistermijnen.aspx.
 */
export const SERVICE_TARGET_WEEKS = { complete: 2, incomplete: 7 } as const;
