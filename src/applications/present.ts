import type { Translate } from '../platform/i18n/catalogue.ts';
import { numberFormat, ONE_DECIMAL, type Lang } from '../platform/i18n/i18n.ts';
import type { PageDefinition } from './forms/engine.ts';
import type { FieldDefinition } from './forms/fields.ts';
import { kindOf } from './forms/kinds/registry.ts';
import type { Answers } from './schema.ts';

/** Stored answers as people read them (check-your-answers page, receipt). */
export function displayValue(field: FieldDefinition, value: unknown, t: Translate, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  return kindOf(field.kind).display(value, field, t, lang);
}

export interface AnswerRow {
  field: string;
  label: string;
  value: string;
}

/** The answered fields of a page, in the page's order; fields not asked are left out. */
export function answerRows(page: PageDefinition, answers: Answers, t: Translate, lang: Lang): AnswerRow[] {
  const stored = answers[page.id] ?? {};
  return page.fields
    .filter((f) => stored[f.name] !== undefined)
    .map((f) => ({ field: f.name, label: t(f.label), value: displayValue(f, stored[f.name], t, lang) }));
}

export function formatBytes(lang: Lang, bytes: number): string {
  const format = (n: number) => numberFormat(lang, ONE_DECIMAL).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} kB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
