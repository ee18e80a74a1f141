import { z } from 'zod';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import { isCountryCode } from './countries.ts';
import { parseDate } from './dates.ts';
import { parseEuroCents } from './money.ts';

/**
 * Field definitions of the form engine: one kind per input type. Each kind turns the raw
 * POST value into the stored value, or into an error with a message key. The page schema
 * (engine.ts) is built from these, so the fields of a page are also its allow-list.
 */
export type FieldKind =
  'text' | 'date' | 'select' | 'radios' | 'checkboxes' | 'country' | 'money' | 'integer';

export interface FieldOption {
  value: string;
  label: MessageKey;
}

export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  hint?: MessageKey;
  /**
   * What the user must do when the field is left empty, naming the field ("Vul de achternaam
   * in"): every field has its own, never a generic "fill in this field".
   */
  missing: MessageKey;
  optional?: boolean;
  /** text: longest accepted value (default 100). */
  maxLength?: number;
  /** text: a format the value must have, with the message naming it. */
  pattern?: { regex: RegExp; message: MessageKey };
  /** text: stored in upper case (passport and permit numbers). */
  upperCase?: boolean;
  /** text: an extra check (BSN eleven test). */
  check?: { test: (value: string) => boolean; message: MessageKey };
  /** select, radios, checkboxes. */
  options?: readonly FieldOption[];
  /** integer bounds. */
  min?: number;
  max?: number;
  /** Only asked (and only stored) when another field of the page has this value. */
  showIf?: { field: string; equals: string };
  autoComplete?: string;
  width?: 'short' | 'medium';
}

export interface FieldIssue {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Custom zod issues carry the message key in `message` and its parameters in `params`. */
function fail(ctx: z.RefinementCtx, issue: FieldIssue): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: issue.key, params: issue.params ?? {} });
  return z.NEVER;
}

const MAX_RAW = 2000;

/** The zod schema of one field: raw form value (string, string[] or absent) → stored value. */
export function fieldSchema(field: FieldDefinition): z.ZodType {
  return z.unknown().transform((raw, ctx) => {
    if (field.kind === 'checkboxes') return checkboxes(field, raw, ctx);
    if (Array.isArray(raw) || (raw !== undefined && typeof raw !== 'string')) {
      return fail(ctx, { key: 'apps.error.wrongType' });
    }
    if (raw !== undefined && raw.length > MAX_RAW) {
      return fail(ctx, { key: 'apps.error.tooLong', params: { max: field.maxLength ?? 100 } });
    }
    const value = (raw ?? '').trim();
    if (value === '') {
      return field.optional ? undefined : fail(ctx, { key: field.missing });
    }
    return single(field, value, ctx);
  });
}

function single(field: FieldDefinition, value: string, ctx: z.RefinementCtx): unknown {
  switch (field.kind) {
    case 'text': {
      const max = field.maxLength ?? 100;
      if (value.length > max) return fail(ctx, { key: 'apps.error.tooLong', params: { max } });
      const stored = field.upperCase ? value.toUpperCase().replace(/\s+/g, '') : value;
      if (field.pattern && !field.pattern.regex.test(stored))
        return fail(ctx, { key: field.pattern.message });
      if (field.check && !field.check.test(stored)) return fail(ctx, { key: field.check.message });
      return stored;
    }
    case 'date': {
      const date = parseDate(value);
      return date ?? fail(ctx, { key: 'apps.error.date' });
    }
    case 'select':
    case 'radios': {
      if (!field.options?.some((o) => o.value === value)) return fail(ctx, { key: 'apps.error.option' });
      return value;
    }
    case 'country':
      return isCountryCode(value) ? value : fail(ctx, { key: 'apps.error.country' });
    case 'money': {
      const cents = parseEuroCents(value);
      return cents ?? fail(ctx, { key: 'apps.error.money' });
    }
    case 'integer': {
      if (!/^\d{1,6}$/.test(value)) return fail(ctx, { key: 'apps.error.integer' });
      const number = Number(value);
      const min = field.min ?? 0;
      const max = field.max ?? 999_999;
      if (number < min || number > max) return fail(ctx, { key: 'apps.error.range', params: { min, max } });
      return number;
    }
    case 'checkboxes':
      return value;
  }
}

function checkboxes(field: FieldDefinition, raw: unknown, ctx: z.RefinementCtx): unknown {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (values.length > (field.options?.length ?? 0) || !values.every((v) => typeof v === 'string')) {
    return fail(ctx, { key: 'apps.error.wrongType' });
  }
  const strings = values;
  if (!strings.every((v) => field.options?.some((o) => o.value === v))) {
    return fail(ctx, { key: 'apps.error.option' });
  }
  if (strings.length === 0 && !field.optional) return fail(ctx, { key: field.missing });
  return [...new Set(strings)];
}
