import { checkboxes, radios, select } from './options.tsx';
import { country, nationality } from './country.tsx';
import { date } from './date.tsx';
import type { FieldKindSpec } from './kind.ts';
import { integer } from './integer.tsx';
import { money } from './money.tsx';
import { text } from './text.tsx';

/** Every field kind of the form engine, by name: the one place a kind's behaviour is looked up. */
export const FIELD_KINDS = {
  text,
  date,
  select,
  radios,
  checkboxes,
  country,
  nationality,
  money,
  integer,
} as const satisfies Record<string, FieldKindSpec>;

export type FieldKind = keyof typeof FIELD_KINDS;

export function kindOf(kind: FieldKind): FieldKindSpec {
  return FIELD_KINDS[kind];
}
