import type { ReactNode } from 'react';
import type { MessageKey, Translate } from '../../../platform/i18n/catalogue.ts';
import type { Lang } from '../../../platform/i18n/i18n.ts';
import type { DatePartsResult } from '../../../platform/ui/date-parts.ts';
import type { FieldDefinition } from '../fields.ts';

/** Form values as they are put back into fields: strings and string lists, by form name. */
export type Input = Record<string, string | string[] | undefined>;

/** A field's problem: a message key (its params), and for a date what is wrong with which part. */
export interface FieldIssue {
  key: MessageKey;
  params?: Record<string, string | number>;
  date?: Extract<DatePartsResult, { kind: 'incomplete' | 'invalid' }>;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; issue: FieldIssue };

export interface RenderProps {
  field: FieldDefinition;
  /** The label as shown, with "(optional)" where the field is optional. */
  label: string;
  hint: string | undefined;
  input: Input;
  error: string | undefined;
  issue: FieldIssue | undefined;
}

/**
 * Everything one field kind does, in one place: how its raw value is read from a POST body,
 * parsed into the stored value, put back into the form, shown on the check page and receipt,
 * and rendered with the platform field kit. A new kind is one file with one of these, one line
 * in the registry, and one test.
 */
export interface FieldKindSpec {
  /** The raw value from the POST body (most kinds: body[name]). */
  read(body: Record<string, unknown>, field: FieldDefinition): unknown;
  /** The form names the field posts (most kinds: its name; a date: its three parts). */
  inputNames(field: FieldDefinition): string[];
  /** Nothing typed (the field's own "missing" message applies when it is required). */
  isEmpty(raw: unknown): boolean;
  /** A non-empty raw value → the stored value, or the problem. */
  parse(raw: unknown, field: FieldDefinition): Parsed;
  /** The stored value back into the form's fields. */
  toInput(stored: unknown, field: FieldDefinition): Input;
  /** The stored value as people read it. */
  display(stored: unknown, field: FieldDefinition, t: Translate, lang: Lang): string;
  render(props: RenderProps): ReactNode;
}

/** The longest raw value any field accepts (a larger one is refused before it is parsed). */
export const MAX_RAW = 2000;

export function readString(body: Record<string, unknown>, field: FieldDefinition): unknown {
  return body[field.name];
}

export function isBlank(raw: unknown): boolean {
  return raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** The raw value as one trimmed string, or the problem (a list, an object, too long). */
export function oneString(
  raw: unknown,
  field?: FieldDefinition,
): { ok: true; value: string } | { ok: false; issue: FieldIssue } {
  if (typeof raw !== 'string') return { ok: false, issue: { key: 'apps.error.wrongType' } };
  if (raw.length > MAX_RAW)
    return { ok: false, issue: { key: 'apps.error.tooLong', params: { max: field?.maxLength ?? 100 } } };
  return { ok: true, value: raw.trim() };
}

export function fail(key: MessageKey, params?: Record<string, string | number>): Parsed {
  return { ok: false, issue: params ? { key, params } : { key } };
}

export function asString(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

export function stringInput(stored: unknown, field: FieldDefinition): Input {
  return typeof stored === 'string' || typeof stored === 'number' ? { [field.name]: String(stored) } : {};
}

export const ownName = (field: FieldDefinition): string[] => [field.name];
