import { describe, expect, it } from 'vitest';
import { safeRelayState } from './relay-state.ts';

describe('RelayState carries only a local path (no open redirect)', () => {
  it.each(['/', '/dashboard', '/cases/123?tab=documents#top', '/nl/aanvragen'])('accepts %s', (path) => {
    expect(safeRelayState(path)).toBe(path);
  });
  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'dashboard',
    '',
    '/a b',
    '/\tevil',
    `/${'a'.repeat(100)}`,
  ])('refuses %j', (value) => {
    expect(safeRelayState(value)).toBeNull();
  });
  it('refuses what is not a string', () => {
    expect(safeRelayState(['/x'])).toBeNull();
    expect(safeRelayState(undefined)).toBeNull();
  });
});
