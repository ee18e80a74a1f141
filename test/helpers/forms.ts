import { DATE_PARTS, datePartName, isoToDateParts } from '../../src/platform/ui/date-parts.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Form values as a person types them: a date given as 'YYYY-MM-DD' is typed into its day,
 * month and year fields (`name-day`, `name-month`, `name-year`); everything else is as given.
 */
export function asTyped(values: Record<string, unknown>): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && ISO_DATE.test(value)) {
      const parts = isoToDateParts(value);
      for (const part of DATE_PARTS) typed[datePartName(name, part)] = parts[part];
    } else typed[name] = value;
  }
  return typed;
}
