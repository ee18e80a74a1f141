import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvStream } from './csv.ts';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+31 6 1234', `"'+31 6 1234"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a formula: %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary text, quotes and separators readable', () => {
    expect(csvCell('Jansen; "Piet"')).toBe('"Jansen; ""Piet"""');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell(null)).toBe('""');
  });

  it('starts the document with a byte-order mark and ends lines with CRLF', async () => {
    async function* rows() {
      yield ['Müller', '=1+1'];
    }
    let text = '';
    for await (const chunk of csvStream(['Naam', 'X'], rows(), (r) => r)) text += chunk;
    expect(text).toBe('\uFEFF"Naam";"X"\r\n"Müller";"\'=1+1"\r\n');
    expect(csvLine([1, 'b'])).toBe('"1";"b"\r\n');
  });
});
