import { z } from 'zod';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import type { ApplicationType, PageId, YearAmounts } from '../catalogue/model.ts';
import type { Answers } from '../schema.ts';
import { fieldSchema, type FieldDefinition } from './fields.ts';

/**
 * The form engine: a page is a small definition (its fields, which are also the allow-list
 * of what it stores, and its rules). The steps of an application follow from its type.
 */
export interface FormError {
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
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
  /** Checks across fields and pages, run once every field is valid on its own. */
  rules?: (values: Values, ctx: RuleContext) => FormError[];
}

/** Raw POST body as @fastify/formbody gives it. */
export type RawInput = Record<string, unknown>;

export function isVisible(field: FieldDefinition, input: Record<string, unknown>): boolean {
  if (!field.showIf) return true;
  return input[field.showIf.field] === field.showIf.equals;
}

/** The schema of a page for this input: unknown keys are dropped, hidden fields are not asked. */
export function pageSchema(page: PageDefinition, input: RawInput) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of page.fields) if (isVisible(field, input)) shape[field.name] = fieldSchema(field);
  return z.object(shape);
}

export type PageResult = { ok: true; values: Values } | { ok: false; errors: FormError[] };

export function validatePage(page: PageDefinition, input: RawInput, ctx: RuleContext): PageResult {
  // An absent field is an empty one (a browser leaves out unchecked boxes and radios).
  const defaults = Object.fromEntries(page.fields.map((f) => [f.name, f.kind === 'checkboxes' ? [] : '']));
  const parsed = pageSchema(page, input).safeParse({ ...defaults, ...input });
  if (!parsed.success) {
    const errors: FormError[] = [];
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? page.fields[0]?.name ?? 'form');
      if (errors.some((e) => e.field === field)) continue;
      const params = (issue as { params?: Record<string, string | number> }).params;
      errors.push({ field, key: issue.message as MessageKey, ...(params ? { params } : {}) });
    }
    // Keep the page's field order in the error summary.
    const order = page.fields.map((f) => f.name);
    errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    return { ok: false, errors };
  }
  const values: Values = {};
  for (const [key, value] of Object.entries(parsed.data)) if (value !== undefined) values[key] = value;
  const ruleErrors = page.rules?.(values, ctx) ?? [];
  return ruleErrors.length > 0 ? { ok: false, errors: ruleErrors } : { ok: true, values };
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

/** Stored values back to the raw form shape (to fill the fields, and to validate again). */
export function storedToInput(page: PageDefinition, stored: Values): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const field of page.fields) {
    const value = stored[field.name];
    if (value === undefined || value === null) continue;
    if (field.kind === 'money' && typeof value === 'number') {
      input[field.name] = `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
    } else if (Array.isArray(value)) {
      input[field.name] = value.map(String);
    } else if (typeof value === 'string' || typeof value === 'number') {
      input[field.name] = String(value);
    }
  }
  return input;
}
