import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import { clientAssertion } from './assertion.ts';

/**
 * `npm run api:assertion -- --client-id <id> --key <private key PEM file> --token-url <url>`:
 * prints a fresh client assertion (valid 2 minutes, single use) for the token request.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const clientId = option('client-id');
const keyFile = option('key');
const audience = option('token-url') ?? 'http://localhost:3000/api/v1/oauth/token';
if (!clientId || !keyFile) {
  console.error(
    'usage: npm run api:assertion -- --client-id <id> --key <private-key.pem> [--token-url <url>]',
  );
  process.exit(2);
}
const privateKey = createPrivateKey(readFileSync(keyFile));
const alg = privateKey.asymmetricKeyType === 'rsa' ? 'RS256' : 'ES256';
console.log(await clientAssertion({ clientId, privateKey, audience, alg }));
