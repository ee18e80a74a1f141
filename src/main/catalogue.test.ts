import { describe, expect, it } from 'vitest';
import { composeCatalogue } from '../platform/i18n/catalogue.ts';
import type { PortalModule } from '../platform/module.ts';
import { CATALOGUE as catalogue } from './modules.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has a non-empty Dutch and English text for every message', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      expect(message.nl.trim(), `${key} (nl)`).not.toBe('');
      expect(message.en.trim(), `${key} (en)`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      expect(placeholders(message.nl), key).toEqual(placeholders(message.en));
    }
  });

  it('refuses to start when two modules define the same message key', () => {
    const a: PortalModule = { name: 'alpha', messages: { 'x.title': { nl: 'A', en: 'A' } } };
    const b: PortalModule = { name: 'beta', messages: { 'x.title': { nl: 'B', en: 'B' } } };
    expect(() => composeCatalogue([a, b])).toThrow('message key "x.title" is defined by both alpha and beta');
    const platformKey: PortalModule = { name: 'gamma', messages: { 'nav.home': { nl: 'H', en: 'H' } } };
    expect(() => composeCatalogue([platformKey])).toThrow('defined by both platform and gamma');
  });
});
