import { randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type KeyObject } from 'jose';

/**
 * A `private_key_jwt` client assertion (RFC 7523 2.2, OpenID Connect Core 9): what a client
 * signs with its private key to get a token. For `npm run api:assertion`, docs/api.md and tests.
 */
export async function clientAssertion(options: {
  clientId: string;
  privateKey: CryptoKey | KeyObject;
  audience: string;
  alg?: string;
  lifetimeSeconds?: number;
  jti?: string;
}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: options.alg ?? 'ES256', typ: 'JWT' })
    .setIssuer(options.clientId)
    .setSubject(options.clientId)
    .setAudience(options.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.lifetimeSeconds ?? 120))
    .setJti(options.jti ?? randomUUID())
    .sign(options.privateKey);
}
