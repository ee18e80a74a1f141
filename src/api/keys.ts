import { createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';

/**
 * A client's public key as pasted in the portal: a JWK (JSON) or a PEM `PUBLIC KEY`. Only keys
 * strong enough for `private_key_jwt` are accepted (RSA of at least 2048 bits, EC on P-256);
 * never a private key (it must not leave the client) and never a symmetric one.
 */
export type KeyProblem = 'unreadable' | 'private' | 'weak' | 'unsupported';

export interface ClientKey {
  jwk: JWK;
  thumbprint: string;
  /** The algorithms an assertion signed with this key may use. */
  algorithms: string[];
}

export const RSA_ALGORITHMS = ['RS256', 'PS256'];
export const EC_ALGORITHMS = ['ES256'];

export async function readPublicKey(text: string): Promise<ClientKey | { problem: KeyProblem }> {
  const input = text.trim();
  if (!input || input.length > 20_000) return { problem: 'unreadable' };
  let key: KeyObject;
  try {
    if (input.startsWith('{')) {
      const parsed = JSON.parse(input) as Record<string, unknown>;
      if ('d' in parsed || 'p' in parsed || 'k' in parsed) return { problem: 'private' };
      key = createPublicKey({ key: parsed, format: 'jwk' });
    } else {
      if (/PRIVATE KEY/.test(input)) return { problem: 'private' };
      key = createPublicKey(input);
    }
  } catch {
    return { problem: 'unreadable' };
  }
  const details = key.asymmetricKeyDetails ?? {};
  let algorithms: string[];
  if (key.asymmetricKeyType === 'rsa') {
    if ((details.modulusLength ?? 0) < 2048) return { problem: 'weak' };
    algorithms = RSA_ALGORITHMS;
  } else if (key.asymmetricKeyType === 'ec') {
    if (details.namedCurve !== 'prime256v1') return { problem: 'unsupported' };
    algorithms = EC_ALGORITHMS;
  } else {
    return { problem: 'unsupported' };
  }
  const exported = await exportJWK(key);
  const jwk: JWK = { ...exported };
  return { jwk, thumbprint: await calculateJwkThumbprint(jwk), algorithms };
}

export function algorithmsOf(jwk: JWK): string[] {
  return jwk.kty === 'RSA' ? RSA_ALGORITHMS : EC_ALGORITHMS;
}
