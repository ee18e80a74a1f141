import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import { numberFormat, ONE_DECIMAL } from '../../platform/i18n/i18n.ts';
import { safeLocalPath } from '../../platform/http/paths.ts';
import { isKvkNumber } from '../../platform/validation/identifiers.ts';
import { fromAmsterdamLocal } from '../time.ts';

/** The limits of a report (issue 6: size-limited; the screenshot limit comes from config). */
export const DESCRIPTION_MAX = 2000;
export const MAX_SCREENSHOTS = 5;
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg'] as const;
export type ScreenshotType = (typeof SCREENSHOT_TYPES)[number];
/** A little leeway for clocks that run slightly ahead of ours. */
const FUTURE_LEEWAY_MS = 5 * 60_000;

/** The text fields as posted: the allow-list (unknown fields are ignored). */
export const reportFields = z.object({
  pageAddress: z.string().max(4096).default(''),
  kvkNumber: z.string().max(100).default(''),
  occurredAt: z.string().max(100).default(''),
  description: z.string().max(20_000).default(''),
  email: z.string().max(1000).default(''),
  correlationId: z.string().max(200).default(''),
  errorAt: z.string().max(100).default(''),
});
export type ReportInput = z.infer<typeof reportFields>;

/** The message for a field longer than its allow-list limit (issue 13, finding 11: a 400, never a ZodError). */
const TOO_LONG: Partial<Record<keyof ReportInput, ReportError>> = {
  pageAddress: { field: 'pageAddress', key: 'support.form.error.invalid.pageAddress' },
  kvkNumber: { field: 'kvkNumber', key: 'support.form.error.invalid.kvkNumber' },
  occurredAt: { field: 'occurredAt', key: 'support.form.error.invalid.occurredAt' },
  description: {
    field: 'description',
    key: 'support.form.error.tooLong.description',
    params: { max: DESCRIPTION_MAX },
  },
  email: { field: 'email', key: 'support.form.error.invalid.email' },
};

/** Whether one posted field is within its limit (checked as it arrives, before any file is kept). */
export function fieldFits(name: string, value: string): boolean {
  const schema = (reportFields.shape as Record<string, z.ZodType | undefined>)[name];
  return schema ? schema.safeParse(value).success : true;
}

/**
 * The posted text fields: an over-long one is cut for showing again and gets its message
 * (the correlation id and error time, filled in by the portal, are just dropped).
 */
export function parseReportFields(raw: Record<string, string>): {
  input: ReportInput;
  errors: ReportError[];
} {
  const errors: ReportError[] = [];
  const cleaned: Record<string, string> = {};
  for (const name of REPORT_FIELD_NAMES) {
    const value = raw[name];
    if (value === undefined) continue;
    if (fieldFits(name, value)) cleaned[name] = value;
    else {
      const error = TOO_LONG[name];
      if (error) errors.push(error);
      cleaned[name] = error ? value.slice(0, 200) : '';
    }
  }
  return { input: reportFields.parse(cleaned), errors };
}
export const REPORT_FIELD_NAMES = Object.keys(reportFields.shape) as (keyof ReportInput)[];

export interface ValidReport {
  pageAddress: string;
  kvkNumber: string;
  occurredAt: Date;
  description: string;
  email: string;
  correlationId: string | null;
  errorAt: Date | null;
}

export interface ReportError {
  field: 'pageAddress' | 'kvkNumber' | 'occurredAt' | 'description' | 'email' | 'screenshots';
  key: MessageKey;
  params?: Record<string, string | number>;
}

const CORRELATION = /^[A-Za-z0-9-]{1,100}$/;
const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]{2,}$/;

/** An http(s) address or a local path; anything else (javascript:, data:, //host) is refused. */
export function pageAddressOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 2048) return undefined;
  if (trimmed.startsWith('/')) return safeLocalPath(trimmed);
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function correlationIdOf(value: string | undefined): string | null {
  return value && CORRELATION.test(value) ? value : null;
}

export function errorTimeOf(value: string | undefined, now: Date): Date | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + FUTURE_LEEWAY_MS ? null : at;
}

/** Checks the text fields; every problem is reported, next to its field. */
export function validateReport(
  input: ReportInput,
  now: Date,
): { report?: ValidReport; errors: ReportError[] } {
  const errors: ReportError[] = [];
  const pageAddress = pageAddressOf(input.pageAddress);
  if (!input.pageAddress.trim())
    errors.push({ field: 'pageAddress', key: 'support.form.error.required.pageAddress' });
  else if (!pageAddress) errors.push({ field: 'pageAddress', key: 'support.form.error.invalid.pageAddress' });

  const kvkNumber = input.kvkNumber.replace(/\s+/g, '');
  if (!kvkNumber) errors.push({ field: 'kvkNumber', key: 'support.form.error.required.kvkNumber' });
  else if (!isKvkNumber(kvkNumber))
    errors.push({ field: 'kvkNumber', key: 'support.form.error.invalid.kvkNumber' });

  const occurredAt = fromAmsterdamLocal(input.occurredAt);
  if (!input.occurredAt.trim())
    errors.push({ field: 'occurredAt', key: 'support.form.error.required.occurredAt' });
  else if (!occurredAt) errors.push({ field: 'occurredAt', key: 'support.form.error.invalid.occurredAt' });
  else if (occurredAt.getTime() > now.getTime() + FUTURE_LEEWAY_MS)
    errors.push({ field: 'occurredAt', key: 'support.form.error.future.occurredAt' });

  const description = input.description.replace(/\r\n?/g, '\n').trim();
  if (!description) errors.push({ field: 'description', key: 'support.form.error.required.description' });
  else if (description.length > DESCRIPTION_MAX)
    errors.push({
      field: 'description',
      key: 'support.form.error.tooLong.description',
      params: { max: DESCRIPTION_MAX },
    });

  const email = input.email.trim();
  if (!email) errors.push({ field: 'email', key: 'support.form.error.required.email' });
  else if (email.length > 254 || !EMAIL.test(email))
    errors.push({ field: 'email', key: 'support.form.error.invalid.email' });

  if (errors.length > 0 || !pageAddress || !occurredAt) return { errors };
  return {
    errors,
    report: {
      pageAddress,
      kvkNumber,
      occurredAt,
      description,
      email,
      correlationId: correlationIdOf(input.correlationId),
      errorAt: errorTimeOf(input.errorAt, now),
    },
  };
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A reference the reporter can read out on the phone: no 0/O or 1/I. */
export function newReference(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)] ?? 'X').join('');
  return `PZ-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export function formatBytes(bytes: number, lang: 'nl' | 'en'): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${numberFormat(lang, ONE_DECIMAL).format(mb)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
