import { describe, expect, it } from 'vitest';
import { PAGES } from '../forms/pages.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import {
  amountsFor,
  CATALOGUE,
  criterionDay,
  documentCodes,
  feeClassOf,
  findDocumentType,
  findType,
  maySubmit,
  missingAmountYears,
  recognisedSponsorFor,
  requiredDocuments,
  yearsToAdd,
} from './catalogue.ts';
import type { ApplicationType } from './model.ts';

const type = (code: string): ApplicationType => {
  const found = findType(code);
  if (!found) throw new Error(`type ${code} missing`);
  return found;
};

describe('the amounts per year (data with a source beside each figure)', () => {
  it('every figure of every year is in whole euro cents and names its source', () => {
    for (const [year, data] of Object.entries(CATALOGUE.years)) {
      for (const [name, figure] of [...Object.entries(data.fees), ...Object.entries(data.salary)]) {
        expect(Number.isInteger(figure.cents), `${year} ${name}`).toBe(true);
        expect(figure.cents, `${year} ${name}`).toBeGreaterThan(0);
        expect(figure.source, `${year} ${name}`).toMatch(/^\[(P|S|L)\] /);
      }
    }
  });

  it('income criteria 2025 and 2026 as published', () => {
    expect(amountsFor(2025)?.salary).toEqual({
      hsm30Plus: 568_800,
      hsmUnder30: 417_100,
      hsmReduced: 298_900,
      blueCard: 568_800,
      blueCardLowered: 455_100,
    });
    expect(amountsFor(2026)?.salary).toEqual({
      hsm30Plus: 594_200,
      hsmUnder30: 435_700,
      hsmReduced: 312_200,
      blueCard: 594_200,
      blueCardLowered: 475_400,
    });
  });

  it('fees: 2026 is not a copy of 2025 (HSM €405 → €423, partner €243 → €254, child €81 → €85)', () => {
    expect(amountsFor(2025)?.fees).toMatchObject({ work: 40_500, partner: 24_300, minorChild: 8_100 });
    expect(amountsFor(2026)?.fees).toMatchObject({
      work: 42_300,
      partner: 25_400,
      minorChild: 8_500,
      recognitionSmall: 253_900,
      recognitionLarge: 508_000,
    });
  });

  it('a year without its own amounts is not guessed from another year', () => {
    expect(amountsFor(2031)).toBeUndefined();
    expect(amountsFor(2024)).toBeUndefined();
  });

  it('knows which years are missing: this year always, next year from 1 December', () => {
    const data2026 = CATALOGUE.years[2026];
    if (!data2026) throw new Error('2026 missing');
    const only2026 = { ...CATALOGUE, years: { 2026: data2026 } };
    expect(missingAmountYears('2026-11-30', only2026)).toEqual([]);
    expect(missingAmountYears('2026-12-01', only2026)).toEqual([2027]);
    expect(missingAmountYears('2026-12-31', only2026)).toEqual([2027]);
    expect(missingAmountYears('2027-01-01', only2026)).toEqual([2027]);
  });

  it('next year missing is excused for a week after someone found it not yet published, this year never', () => {
    const data2026 = CATALOGUE.years[2026];
    if (!data2026) throw new Error('2026 missing');
    const only2026 = { ...CATALOGUE, years: { 2026: data2026 } };
    const awaited = { 2027: { checked: '2026-12-03' } };
    expect(yearsToAdd('2026-12-02', only2026, {})).toEqual([2027]);
    expect(yearsToAdd('2026-12-02', only2026, awaited)).toEqual([2027]); // a look in the future
    expect(yearsToAdd('2026-12-03', only2026, awaited)).toEqual([]);
    expect(yearsToAdd('2026-12-10', only2026, awaited)).toEqual([]);
    expect(yearsToAdd('2026-12-11', only2026, awaited)).toEqual([2027]); // look again
    expect(yearsToAdd('2027-01-01', only2026, { 2027: { checked: '2026-12-31' } })).toEqual([2027]);
    expect(yearsToAdd('2026-12-05', { ...CATALOGUE, years: {} }, awaited)).toEqual([2026]);
  });

  // The IND publishes next year's fees and criteria in December (once only on 2 January). This
  // test fails from 1 December until they are added to amounts.ts, or for a week after someone
  // recorded there that they are not published yet (AWAITED_YEARS, ADR 0009), and always when
  // this year is missing: 1 January never finds the portal without them unnoticed.
  it('has this year’s amounts, and in December next year’s too (or a fresh record that they are not out yet)', () => {
    const today = amsterdamToday(new Date());
    expect(
      yearsToAdd(today),
      `add these years to catalogue/amounts.ts, or, if the IND has not published them yet, record today's look in AWAITED_YEARS (today ${today})`,
    ).toEqual([]);
  });
});

describe('the application types (data)', () => {
  it('every type has known pages, known documents, a unique code, and the personal page first', () => {
    const codes = CATALOGUE.types.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of CATALOGUE.types) {
      expect(t.pages[0]).toBe('personal');
      for (const page of t.pages) expect(PAGES[page]).toBeDefined();
      for (const document of documentCodes(t)) expect(findDocumentType(document), document).toBeDefined();
      for (const requirement of t.documents) {
        if (typeof requirement === 'string') continue;
        // A conditional document depends on a page the type asks, and a value that page offers.
        expect(t.pages).toContain(requirement.when.page);
        const field = PAGES[requirement.when.page].fields.find((f) => f.name === requirement.when.field);
        for (const value of requirement.when.in) {
          expect(
            field?.options?.map((o) => o.value),
            `${t.code} ${requirement.code}`,
          ).toContain(value);
        }
      }
      expect(t.name.nl && t.name.en).toBeTruthy();
    }
  });

  it('every page field names itself when left empty (no generic "fill in this field")', () => {
    const keys = Object.values(PAGES).flatMap((p) => p.fields.map((f) => f.missing));
    expect(new Set(keys).size).toBeGreaterThan(30);
    for (const page of Object.values(PAGES)) {
      for (const field of page.fields)
        expect(field.missing, `${page.id}.${field.name}`).toMatch(/^apps\.missing\./);
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
    const forNonRecognised = CATALOGUE.types.filter((t) => maySubmit(t, [])).map((t) => t.code);
    expect(forNonRecognised.sort()).toEqual(['eu_blue_card', 'family_member', 'intra_corporate_transferee']);
    expect(maySubmit(type('study'), ['research'])).toBe(false);
    expect(maySubmit(type('study'), ['study'])).toBe(true);
  });

  it('decision periods: 60 days only for research and study; au pair and exchange 90 (ind.nl Beslistermijnen)', () => {
    const days = Object.fromEntries(
      CATALOGUE.types.map((t) => [t.code, CATALOGUE.decisionPeriods[t.decisionPeriod]]),
    );
    expect(days).toEqual({
      hsm_entry_mvv: 90,
      hsm_residence: 90,
      hsm_change_purpose: 90,
      hsm_extension: 90,
      eu_blue_card: 90,
      researcher: 60,
      intra_corporate_transferee: 90,
      study: 60,
      au_pair: 90,
      exchange: 90,
      family_member: 90,
    });
  });

  it('fee classes: study, researcher and exchange in their own (lower) classes; a minor child is not charged the partner fee', () => {
    expect(feeClassOf(type('hsm_residence'), {})).toBe('work');
    expect(feeClassOf(type('hsm_extension'), {})).toBe('extension');
    expect(feeClassOf(type('study'), {})).toBe('study');
    expect(feeClassOf(type('researcher'), {})).toBe('researcher');
    expect(feeClassOf(type('au_pair'), {})).toBe('exchange');
    const family = type('family_member');
    expect(feeClassOf(family, { family: { relationship: 'child' } })).toBe('minorChild');
    expect(feeClassOf(family, { family: { relationship: 'spouse' } })).toBe('partner');
    expect(feeClassOf(family, { family: { relationship: 'unmarriedPartner' } })).toBe('partner');
  });

  it('documents follow the IND online checklist: no contract upload for HSM, passport also for the extension', () => {
    for (const code of ['hsm_entry_mvv', 'hsm_residence', 'hsm_change_purpose', 'hsm_extension']) {
      expect(requiredDocuments(type(code), {}), code).toContain('passport');
      expect(documentCodes(type(code)), code).not.toContain('employment_contract');
    }
  });

  it('antecedents documents only with antecedents or without a signed declaration', () => {
    const hsm = type('hsm_residence');
    const docs = (antecedents: string) => requiredDocuments(hsm, { antecedents: { antecedents } });
    expect(docs('signedNone')).not.toContain('antecedents_documents');
    expect(docs('signedSome')).toContain('antecedents_documents');
    expect(docs('notSigned')).toContain('antecedents_documents');
  });

  it('family documents by relationship: no-impediment certificate for an unmarried partner; consent and custody for a child', () => {
    const family = type('family_member');
    const docs = (relationship: string) => requiredDocuments(family, { family: { relationship } });
    expect(docs('spouse')).toEqual(['passport', 'marriage_certificate']);
    expect(docs('registeredPartner')).toEqual(['passport', 'partnership_certificate']);
    expect(docs('unmarriedPartner')).toEqual(['passport', 'no_impediment_certificate']);
    expect(docs('child')).toEqual(['passport', 'birth_certificate', 'parental_consent', 'custody_proof']);
  });

  it('Blue Card: a diploma, or proof of work experience instead', () => {
    const blueCard = type('eu_blue_card');
    const docs = (qualification: string) => requiredDocuments(blueCard, { blueCard: { qualification } });
    expect(docs('diploma')).toContain('diploma');
    expect(docs('diploma')).not.toContain('work_experience');
    expect(docs('experience')).toContain('work_experience');
    expect(docs('experience')).not.toContain('diploma');
  });

  it('the income criterion year: filing for new applications, the effective date for an extension', () => {
    expect(
      criterionDay(type('hsm_residence'), { currentPermit: { permitExpiry: '2027-02-01' } }, '2026-12-15'),
    ).toBe('2026-12-15');
    const extension = type('hsm_extension');
    // Expires 31 December: the extension takes effect on 1 January, so next year's criterion.
    expect(criterionDay(extension, { currentPermit: { permitExpiry: '2026-12-31' } }, '2026-11-30')).toBe(
      '2027-01-01',
    );
    expect(criterionDay(extension, { currentPermit: { permitExpiry: '2026-12-30' } }, '2026-11-30')).toBe(
      '2026-12-31',
    );
  });

  it('the service target applies to a sponsor recognised for the type’s category (family: work)', () => {
    expect(recognisedSponsorFor(type('eu_blue_card'), ['work'])).toBe(true);
    expect(recognisedSponsorFor(type('eu_blue_card'), ['research'])).toBe(false);
    expect(recognisedSponsorFor(type('eu_blue_card'), [])).toBe(false);
    expect(recognisedSponsorFor(type('family_member'), ['work'])).toBe(true);
    expect(recognisedSponsorFor(type('study'), ['study'])).toBe(true);
  });
});
