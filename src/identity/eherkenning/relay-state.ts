/**
 * RelayState (SAML bindings 3.4.3, at most 80 bytes) carries only the local path to return to
 * after login. Anything that could leave the portal (a scheme, a host, "//host", "/\host")
 * is refused, so the login cannot become an open redirect.
 */
export function safeRelayState(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (value.length === 0 || value.length > 80) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  if (value.includes('\\')) return null;
  // Control characters and whitespace never belong in a path we produce ourselves.
  if (/[\s\p{Cc}]/u.test(value)) return null;
  try {
    const parsed = new URL(value, 'http://portal.invalid');
    if (parsed.origin !== 'http://portal.invalid') return null;
  } catch {
    return null;
  }
  return value;
}
