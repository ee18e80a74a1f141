import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBsn, isBsn, isIban, isKvkNumber } from './identifiers.ts';

describe('Dutch identifiers', () => {
  it('a BSN passes only with a correct elfproef check digit', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('111222334')).toBe(false);
    expect(isBsn('11122233')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
  });

  it('changing one digit of a valid BSN makes it invalid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{7}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (prefix, position, delta) => {
          const bsn = completeBsn(prefix);
          if (bsn === undefined) return;
          const digits = bsn.split('');
          digits[position] = String((Number(digits[position]) + delta) % 10);
          expect(isBsn(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  it('a KVK number is exactly eight digits', () => {
    expect(isKvkNumber('12345678')).toBe(true);
    expect(isKvkNumber('1234567')).toBe(false);
    expect(isKvkNumber('123456789')).toBe(false);
    expect(isKvkNumber('1234567a')).toBe(false);
    expect(isKvkNumber('00000000')).toBe(false);
  });

  it('an IBAN must pass the mod-97 check', () => {
    expect(isIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isIban('NL91ABNA0417164301')).toBe(false);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isIban('NL91ABNA041716430')).toBe(false);
  });
});
