/**
 * CSV for spreadsheet programs, safe against formula injection (OWASP "CSV Injection"): a cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
 * Excel and LibreOffice, so it gets a leading apostrophe and is shown as text.
 *
 * The dialect is the one Dutch Excel opens by double-click: UTF-8 with a byte-order mark (else
 * Excel reads it as Windows-1252 and breaks "ü"), `;` between cells (the Dutch list
 * separator, because `,` is the decimal comma), CRLF line ends, every cell quoted, a quote
 * doubled (RFC 4180).
 */
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

/** A CSV document, streamed: the BOM and the header first, then a line per row. */
export async function* csvStream<T>(
  header: readonly string[],
  rows: AsyncIterable<T>,
  cellsOf: (row: T) => readonly (string | number | null | undefined)[],
): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(header);
  for await (const row of rows) yield csvLine(cellsOf(row));
}
