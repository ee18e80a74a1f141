import type { DecisionPeriod, YearAmounts } from './model.ts';

/**
 * Fees (leges) and income criteria per calendar year, in euro cents. The IND changes these
 * numbers here, once a year, without touching the form engine (ADR 0003). The year of
 * filing decides which amounts apply; a year without its own entry uses the latest earlier
 * year (and the portal logs that the year is missing).
 *
 * Sources (public, IND): income criteria highly skilled migrants and EU Blue Card 2025 and
 * 2026, fees 2025. The 2026 fees were not in our sources when this was written: the 2025
 * fees are repeated and must be checked by the IND.
 */
export const YEARS: Readonly<Record<number, YearAmounts>> = {
  2025: {
    fees: { residence: 40_500, extension: 40_500, familyMember: 24_300 },
    salary: {
      hsm30Plus: 568_800,
      hsmUnder30: 417_100,
      hsmReduced: 298_900,
      blueCard: 568_800,
      blueCardLowered: 455_100,
    },
  },
  2026: {
    fees: { residence: 40_500, extension: 40_500, familyMember: 24_300 },
    salary: {
      hsm30Plus: 594_200,
      hsmUnder30: 435_700,
      hsmReduced: 312_200,
      blueCard: 594_200,
      blueCardLowered: 475_400,
    },
  },
};

/** Decision periods (beslistermijn) in days. */
export const DECISION_PERIODS: Readonly<Record<DecisionPeriod, number>> = { regular: 90, short: 60 };
