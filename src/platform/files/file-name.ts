/**
 * A user's file name made safe to store and show: the last path segment only, without control
 * characters, characters Windows or HTML attributes choke on, and without Unicode format
 * characters (\p{Cf}: the bidi overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks
 * U+200E/U+200F/U+061C, zero-width characters), which can make 'invoice‮fdp.exe' display as
 * 'invoiceexe.pdf' (issue 13, finding 12). At most 120 characters; `fallback` when nothing is left.
 */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/\p{Cf}/gu, '')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, '_')
    .trim();
  return (cleaned || fallback).slice(0, 120);
}
