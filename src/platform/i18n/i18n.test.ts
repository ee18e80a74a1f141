import { describe, expect, it } from 'vitest';
import { interpolate } from './i18n.ts';

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
