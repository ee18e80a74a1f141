import { describe, expect, it } from 'vitest';
import { cleanFileName } from './file-name.ts';
import { cleanFilename } from '../../applications/service.ts';
import { safeFileName } from '../../organisations/representatives/service.ts';

describe('file names (issue 13, finding 12)', () => {
  const disguised = 'invoice\u202Efdp.exe';

  it('strips Unicode bidi controls and other format characters that disguise how a name displays', () => {
    expect(cleanFileName(disguised, 'file')).toBe('invoicefdp.exe');
    for (const control of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u200B',
    ])
      expect(cleanFileName(`a${control}b.pdf`, 'file')).toBe('ab.pdf');
  });

  it('keeps ordinary names, accents and right-to-left letters; drops paths and control characters', () => {
    expect(cleanFileName('Paspoort José.pdf', 'file')).toBe('Paspoort José.pdf');
    expect(cleanFileName('جواز.pdf', 'file')).toBe('جواز.pdf');
    expect(cleanFileName('C:\\Users\\x\\scan.pdf', 'file')).toBe('scan.pdf');
    expect(cleanFileName('a\u0000b\u0085.pdf', 'file')).toBe('a_b_.pdf');
    expect(cleanFileName('\u202E', 'file')).toBe('file');
  });

  it('is what uploads of applications and authorisations store', () => {
    expect(cleanFilename(disguised)).toBe('invoicefdp.exe');
    expect(safeFileName(disguised)).toBe('invoicefdp.exe');
  });
});
