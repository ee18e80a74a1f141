import { describe, expect, it } from 'vitest';
import { PAGES } from '../forms/pages.ts';
import { CATALOGUE, findDocumentType, findType, maySubmit } from './catalogue.ts';

describe('the application catalogue (data)', () => {
  it('has every amount for every year, in whole euro cents', () => {
    for (const [year, amounts] of Object.entries(CATALOGUE.years)) {
      for (const value of [...Object.values(amounts.fees), ...Object.values(amounts.salary)]) {
        expect(Number.isInteger(value), year).toBe(true);
        expect(value, year).toBeGreaterThan(0);
      }
    }
    expect(CATALOGUE.years[2025]?.salary).toEqual({
      hsm30Plus: 568_800,
      hsmUnder30: 417_100,
      hsmReduced: 298_900,
      blueCard: 568_800,
      blueCardLowered: 455_100,
    });
    expect(CATALOGUE.years[2026]?.salary).toEqual({
      hsm30Plus: 594_200,
      hsmUnder30: 435_700,
      hsmReduced: 312_200,
      blueCard: 594_200,
      blueCardLowered: 475_400,
    });
    expect(CATALOGUE.years[2025]?.fees).toEqual({
      residence: 40_500,
      extension: 40_500,
      familyMember: 24_300,
    });
  });

  it('every type has known pages, known documents, a unique code, and the personal page first', () => {
    const codes = CATALOGUE.types.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const type of CATALOGUE.types) {
      expect(type.pages[0]).toBe('personal');
      for (const page of type.pages) expect(PAGES[page]).toBeDefined();
      for (const document of type.documents) expect(findDocumentType(document), document).toBeDefined();
      expect(type.name.nl && type.name.en).toBeTruthy();
    }
  });

  it('recognition is required for highly skilled migrant, researcher, study, au pair and exchange; optional for the rest', () => {
    const required = CATALOGUE.types.filter((t) => t.recognition.required).map((t) => t.code);
    expect(required.sort()).toEqual(
      [
        'au_pair',
        'exchange',
        'hsm_change_purpose',
        'hsm_entry_mvv',
        'hsm_extension',
        'hsm_residence',
        'researcher',
        'study',
      ].sort(),
    );
    const study = findType('study');
    if (!study) throw new Error('study type missing');
    const forNonRecognised = CATALOGUE.types.filter((t) => maySubmit(t, [])).map((t) => t.code);
    expect(forNonRecognised.sort()).toEqual(['eu_blue_card', 'family_member', 'intra_corporate_transferee']);
    expect(maySubmit(study, ['research'])).toBe(false);
    expect(maySubmit(study, ['study'])).toBe(true);
  });

  it('decision periods: 90 days regular, 60 days research, study and exchange', () => {
    const days = Object.fromEntries(
      CATALOGUE.types.map((t) => [t.code, CATALOGUE.decisionPeriods[t.decisionPeriod]]),
    );
    expect(days).toMatchObject({
      researcher: 60,
      study: 60,
      au_pair: 60,
      exchange: 60,
      hsm_entry_mvv: 90,
      family_member: 90,
    });
  });
});
