import { describe, expect, it } from 'vitest';
import { formatDate, interpolate } from './i18n.ts';

describe('interpolate', () => {
  it('fills in named parameters and leaves unknown ones', () => {
    expect(interpolate('Due {date}, ref {ref}', { date: '1 May' })).toBe('Due 1 May, ref {ref}');
  });

  it('does not double a full stop when the value ends with one (an organisation named "… B.V.")', () => {
    expect(interpolate('U bent ingelogd namens {organisation}.', { organisation: 'Noordzee B.V.' })).toBe(
      'U bent ingelogd namens Noordzee B.V.',
    );
    expect(interpolate('Ingelogd namens {organisation}.', { organisation: 'Stichting Delta' })).toBe(
      'Ingelogd namens Stichting Delta.',
    );
  });
});

describe('formatDate (kept per calendar date, and per UTC hour for an instant)', () => {
  const direct = (lang: 'nl' | 'en', at: Date) =>
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(at);

  it('gives the day in Amsterdam around midnight and both clock changes, asked once or twice', () => {
    const instants = [
      '2026-10-24T21:59:59Z', // 23:59 summer time: 24 October
      '2026-10-24T22:00:00Z', // 00:00 summer time: 25 October
      '2026-10-24T22:59:59Z',
      '2026-10-25T00:59:59Z', // 02:59 summer time, the clock goes back
      '2026-10-25T01:00:00Z', // 02:00 winter time
      '2026-10-25T22:59:59Z', // 23:59 winter time: 25 October
      '2026-10-25T23:00:00Z', // 00:00 winter time: 26 October
      '2026-03-28T22:59:59Z',
      '2026-03-28T23:00:00Z', // 00:00 winter time: 29 March
      '2026-03-29T01:00:00Z', // 03:00 summer time
      '2026-12-31T23:30:00Z', // 1 January 2027
    ];
    for (const lang of ['nl', 'en'] as const) {
      for (const round of [1, 2]) {
        for (const text of instants) {
          const at = new Date(text);
          expect(formatDate(lang, at), `${lang} ${text} (${round})`).toBe(direct(lang, at));
        }
      }
    }
    expect(formatDate('nl', new Date('2026-10-24T22:00:00Z'))).toBe('25 oktober 2026');
    expect(formatDate('en', new Date('2026-12-31T23:30:00Z'))).toBe('1 January 2027');
  });

  it('formats a calendar date as that date, in each language', () => {
    expect(formatDate('nl', '2026-02-24')).toBe('24 februari 2026');
    expect(formatDate('en', '2026-02-24')).toBe('24 February 2026');
    expect(formatDate('nl', '2026-02-24')).toBe('24 februari 2026');
  });
});
