import { describe, expect, it } from 'vitest';
import '../../../main/modules.ts';
import { formatMoney } from '../../../platform/i18n/i18n.ts';
import { translator } from '../../../platform/i18n/catalogue.ts';
import { parseDateParts } from '../../../platform/ui/date-parts.ts';
import { dateProblem } from '../../../platform/ui/fields.tsx';
import type { FieldDefinition } from '../fields.ts';
import { FIELD_KINDS, kindOf, type FieldKind } from './registry.ts';

/**
 * Each field kind on its own: what a person types is parsed into the stored value, the stored
 * value goes back into the form as the person would type it, and parsing that again gives the
 * same stored value (a saved page opens as it was saved). A new kind adds its case here.
 */
const field = (kind: FieldKind, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  name: 'f',
  kind,
  label: 'apps.field.surname',
  missing: 'apps.missing.surname',
  options: [
    { value: 'a', label: 'apps.option.yes' },
    { value: 'b', label: 'apps.option.no' },
  ],
  ...extra,
});

const cases: Record<FieldKind, { typed: Record<string, unknown>; stored: unknown; shown: string }> = {
  text: { typed: { f: '  O’Neill-Lin ' }, stored: 'O’Neill-Lin', shown: 'O’Neill-Lin' },
  integer: { typed: { f: '24' }, stored: 24, shown: '24' },
  money: { typed: { f: '€ 5.942,50' }, stored: 594_250, shown: formatMoney('nl', 594_250) },
  date: {
    typed: { 'f-day': '17', 'f-month': '4', 'f-year': '1992' },
    stored: '1992-04-17',
    shown: '17 april 1992',
  },
  select: { typed: { f: 'b' }, stored: 'b', shown: 'Nee' },
  radios: { typed: { f: 'a' }, stored: 'a', shown: 'Ja' },
  checkboxes: { typed: { f: ['b', 'a'] }, stored: ['b', 'a'], shown: 'Nee, Ja' },
  country: { typed: { f: 'CHN' }, stored: 'CHN', shown: 'China (CHN)' },
  nationality: { typed: { f: 'XXA' }, stored: 'XXA', shown: 'Staatloos (XXA)' },
};

describe('field kinds: parse, put back, parse again, display', () => {
  const t = translator('nl');
  for (const kind of Object.keys(FIELD_KINDS) as FieldKind[]) {
    it(`${kind} round-trips what a person types`, () => {
      const spec = kindOf(kind);
      const definition = field(kind);
      const { typed, stored, shown } = cases[kind];
      const parsed = spec.parse(spec.read(typed, definition), definition);
      expect(parsed).toEqual({ ok: true, value: stored });
      const input = spec.toInput(stored, definition);
      const again = spec.parse(spec.read(input, definition), definition);
      expect(again).toEqual({ ok: true, value: stored });
      expect(spec.display(stored, definition, t, 'nl')).toBe(shown);
      expect(spec.inputNames(definition).sort()).toEqual(Object.keys(input).sort());
      expect(spec.isEmpty(spec.read({}, definition))).toBe(true);
    });
  }
});

describe('date: a half-typed date is kept and named, never read as another date', () => {
  const spec = kindOf('date');
  const definition = field('date');

  it('names the missing parts, and the typed parts stay in the form', () => {
    const body = { 'f-day': '', 'f-month': '4', 'f-year': '1992' };
    const parsed = spec.parse(spec.read(body, definition), definition);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issue.date).toEqual({ kind: 'incomplete', missing: ['day'] });
    expect(spec.read(body, definition)).toEqual({ day: '', month: '4', year: '1992' });
  });

  it('refuses a date that does not exist, and 17041992 typed into the day', () => {
    expect(parseDateParts({ day: '31', month: '2', year: '2026' })).toEqual({
      kind: 'invalid',
      parts: ['day'],
    });
    expect(parseDateParts({ day: '17041992', month: '', year: '' })).toEqual({
      kind: 'incomplete',
      missing: ['month', 'year'],
    });
    expect(parseDateParts({ day: '1', month: '13', year: '92' })).toEqual({
      kind: 'invalid',
      parts: ['month', 'year'],
    });
  });

  it('says what is missing, naming the field, in both languages', () => {
    const parsed = spec.parse({ day: '17', month: '', year: '' }, definition);
    if (parsed.ok || !parsed.issue.date) throw new Error('expected a date problem');
    expect(dateProblem(parsed.issue.date, 'Geboortedatum', translator('nl'))).toBe(
      'Vul bij Geboortedatum ook de maand en het jaar in.',
    );
    expect(dateProblem(parsed.issue.date, 'Date of birth', translator('en'))).toBe(
      'Date of birth must include a month and a year.',
    );
  });
});
