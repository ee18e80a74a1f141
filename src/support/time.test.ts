import { describe, expect, it } from 'vitest';
import { fromAmsterdamLocal, toAmsterdamLocal } from './time.ts';

describe('Amsterdam wall-clock times', () => {
  it('reads a local time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(fromAmsterdamLocal('2025-01-15T10:30')?.toISOString()).toBe('2025-01-15T09:30:00.000Z');
    expect(fromAmsterdamLocal('2025-07-15T10:30:15')?.toISOString()).toBe('2025-07-15T08:30:15.000Z');
    // The Dutch way of writing it, as the help text asks when the browser shows a plain text box.
    expect(fromAmsterdamLocal('14-03-2025 09:41')?.toISOString()).toBe('2025-03-14T08:41:00.000Z');
    expect(fromAmsterdamLocal('15-7-2025 10:30:15')?.toISOString()).toBe('2025-07-15T08:30:15.000Z');
    expect(fromAmsterdamLocal('31-02-2025 09:41')).toBeUndefined();
  });

  it('writes a moment as it reads on a clock in Amsterdam', () => {
    expect(toAmsterdamLocal(new Date('2025-07-15T08:30:15Z'))).toBe('2025-07-15T10:30:15');
    expect(toAmsterdamLocal(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01T00:30:00');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['', 'gisteren', '2025-02-30T10:00', '2025-01-01T24:00', '2025-01-01', '2025-1-1T1:00'])
      expect(fromAmsterdamLocal(bad)).toBeUndefined();
  });

  it('round-trips any moment', () => {
    for (const iso of ['2025-03-30T00:59:59Z', '2025-10-26T01:30:00Z', '2024-02-29T12:00:00Z']) {
      const moment = new Date(iso);
      expect(fromAmsterdamLocal(toAmsterdamLocal(moment))?.getTime()).toBe(moment.getTime());
    }
  });
});
