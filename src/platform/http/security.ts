import helmet from '@fastify/helmet';
import Fastify from 'fastify';

/**
 * The Content Security Policy: only our own origin, no inline script or style, no framing
 * (quality check 6). Forms may post only to us; the eHerkenning broker is reached by redirect.
 */
export function contentSecurityPolicy(): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
  };
}

/** The options of the security headers (quality check 6), given to helmet. */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  referrerPolicy: { policy: 'same-origin' as const },
  frameguard: { action: 'deny' as const },
  crossOriginEmbedderPolicy: false,
};

/**
 * The security headers helmet sets with HELMET_OPTIONS, worked out once: they depend on nothing
 * in the request (no CSP nonces), and @fastify/helmet builds helmet's middleware anew for every
 * request (parsing the CSP directives each time; about a twentieth of the portal's time per page,
 * issue 9). Helmet stays the source of the header set: it answers one request on a throw-away
 * instance, and its headers are kept.
 */
export async function securityHeaders(): Promise<[string, string][]> {
  const probe = Fastify();
  try {
    await probe.register(helmet, HELMET_OPTIONS);
    probe.get('/', (_request, reply) => reply.send(''));
    const response = await probe.inject({ method: 'GET', url: '/' });
    const generic = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
    return Object.entries(response.headers)
      .filter(([name]) => !generic.has(name))
      .map(([name, value]) => [name, String(value)]);
  } finally {
    await probe.close();
  }
}
