/**
 * Accepts only a local path to return to (open-redirect protection): it starts with a single
 * '/', has no scheme, no backslash and no control characters.
 */
export function safeLocalPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    const parsed = new URL(value, 'http://portal.invalid');
    if (parsed.origin !== 'http://portal.invalid') return undefined;
    // The normalised path is what we send: '/..//evil.example' normalises to '//evil.example',
    // a network-path reference that leaves the portal (issue 13, finding 7). Check the result.
    const local = `${parsed.pathname}${parsed.search}`;
    if (!local.startsWith('/') || local.startsWith('//') || local.includes('\\')) return undefined;
    return local;
  } catch {
    return undefined;
  }
}
