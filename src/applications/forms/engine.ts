import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import type { ApplicationType, PageId, YearAmounts } from '../catalogue/model.ts';
import type { Answers } from '../schema.ts';
import type { DatePartsResult } from '../../platform/ui/date-parts.ts';
import type { FieldDefinition } from './fields.ts';
import type { Input } from './kinds/kind.ts';
import { kindOf } from './kinds/registry.ts';

/**
 * The form engine: a page is a small definition (its fields, which are also the allow-list
 * of what it stores, and its rules). The steps of an application follow from its type.
 */
export interface FormError {
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
  /** A date that is half typed or not a date: which parts (the message names them). */
  date?: Extract<DatePartsResult, { kind: 'incomplete' | 'invalid' }>;
}

/** What rules may know: the day of filing, the amounts per year, the other answers. */
export interface RuleContext {
  today: string;
  type: ApplicationType;
  /** The amounts of a calendar year, or undefined when the catalogue has none (never guessed). */
  amountsOf: (year: number) => YearAmounts | undefined;
  answers: Answers;
  /** Formats cents and dates for messages in the user's language. */
  money: (cents: number) => string;
  date: (isoDate: string) => string;
}

export type Values = Record<string, unknown>;

export interface PageDefinition {
  id: PageId;
  title: MessageKey;
  lead?: MessageKey;
  fields: readonly FieldDefinition[];
  /**
   * Checks across fields and pages, run on the fields that are valid on their own; their errors
   * are shown together with the fields' own (a field with an error of its own gets no rule error).
   */
  rules?: (values: Values, ctx: RuleContext) => FormError[];
}

/** Raw POST body as @fastify/formbody gives it. */
export type RawInput = Record<string, unknown>;

export function isVisible(field: FieldDefinition, input: Record<string, unknown>): boolean {
  if (!field.showIf) return true;
  return input[field.showIf.field] === field.showIf.equals;
}

export type PageResult = { ok: true; values: Values } | { ok: false; errors: FormError[]; values: Values };

/**
 * Validates a page: every visible field is read and parsed by its kind, then the page's rules run
 * on the fields that passed. Every error of the page comes back at once, in the page's field
 * order. Unknown keys of the input are ignored (the fields are the allow-list); a hidden field
 * (showIf) is neither asked nor stored.
 */
export function validatePage(page: PageDefinition, input: RawInput, ctx: RuleContext): PageResult {
  const errors: FormError[] = [];
  const values: Values = {};
  for (const field of page.fields) {
    if (!isVisible(field, input)) continue;
    const kind = kindOf(field.kind);
    const raw = kind.read(input, field);
    if (kind.isEmpty(raw)) {
      if (!field.optional) errors.push({ field: field.name, key: field.missing });
      continue;
    }
    const parsed = kind.parse(raw, field);
    if (!parsed.ok) {
      errors.push({ field: field.name, ...parsed.issue });
      continue;
    }
    if (parsed.value !== undefined) values[field.name] = parsed.value;
  }
  const failed = new Set(errors.map((e) => e.field));
  for (const error of page.rules?.(values, ctx) ?? []) {
    if (failed.has(error.field)) continue;
    failed.add(error.field);
    errors.push(error);
  }
  if (errors.length === 0) return { ok: true, values };
  const order = page.fields.map((f) => f.name);
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, errors, values };
}

/** The fixed steps after the type's own pages. */
export const DOCUMENTS_STEP = 'documents';
export const CHECK_STEP = 'check';
export const DECLARATION_STEP = 'declaration';

export function stepsOf(type: ApplicationType): string[] {
  return [...type.pages, DOCUMENTS_STEP, CHECK_STEP, DECLARATION_STEP];
}

export function stepNumber(type: ApplicationType, step: string): { n: number; of: number } {
  const steps = stepsOf(type);
  return { n: steps.indexOf(step) + 1, of: steps.length };
}

export function nextStep(type: ApplicationType, step: string): string {
  const steps = stepsOf(type);
  return steps[steps.indexOf(step) + 1] ?? CHECK_STEP;
}

export function previousStep(type: ApplicationType, step: string): string | undefined {
  const steps = stepsOf(type);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : undefined;
}

/** The first page whose stored answers no longer pass (e.g. after a change on an earlier page). */
export function firstInvalidPage(
  pages: readonly PageDefinition[],
  ctx: RuleContext,
): { page: PageDefinition; errors: FormError[] } | undefined {
  for (const page of pages) {
    const stored = ctx.answers[page.id];
    const result = validatePage(page, stored ? storedToInput(page, stored) : {}, ctx);
    if (!result.ok) return { page, errors: result.errors };
  }
  return undefined;
}

/**
 * The page's own raw values from a POST body (strings and string lists, by form name): what
 * "save and finish later" keeps of a page that is not valid yet. Nothing else of the body.
 */
export function pageInput(page: PageDefinition, body: RawInput): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const field of page.fields) {
    for (const name of kindOf(field.kind).inputNames(field)) {
      const value = body[name];
      if (typeof value === 'string') input[name] = value.slice(0, 2000);
      else if (Array.isArray(value))
        input[name] = value
          .filter((v): v is string => typeof v === 'string')
          .slice(0, 50)
          .map((v) => v.slice(0, 200));
    }
  }
  return input;
}

/** Stored values back to the raw form shape (to fill the fields, and to validate again). */
export function storedToInput(page: PageDefinition, stored: Values): Input {
  const input: Input = {};
  for (const field of page.fields) {
    const value = stored[field.name];
    if (value === undefined || value === null) continue;
    Object.assign(input, kindOf(field.kind).toInput(value, field));
  }
  return input;
}
