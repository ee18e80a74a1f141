import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';

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
});
