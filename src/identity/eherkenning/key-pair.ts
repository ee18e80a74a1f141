import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from '../../config.ts';

export interface KeyPair {
  /** PKCS#8 private key, PEM. */
  privateKey: string;
  /** X.509 certificate, PEM. */
  certificate: string;
}

/**
 * Development only: an RSA 2048 key pair and a self-signed certificate kept in `dir`
 * (`<prefix>-key.pem`, `<prefix>-cert.pem`), made on first use so a restart keeps them.
 */
export async function ensureKeyPair(dir: string, prefix: string, commonName: string): Promise<KeyPair> {
  const keyFile = join(dir, `${prefix}-key.pem`);
  const certFile = join(dir, `${prefix}-cert.pem`);
  if (existsSync(keyFile) && existsSync(certFile)) return readKeyPair(keyFile, certFile);
  mkdirSync(dir, { recursive: true });
  const notAfterDate = new Date();
  notAfterDate.setFullYear(notAfterDate.getFullYear() + 5);
  // A dev dependency: loaded only here, so a production install (`npm ci --omit=dev`) starts.
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
  });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { privateKey: pems.private, certificate: pems.cert };
}

/** Reads a key and certificate from PEM files and checks that they belong together. */
export function readKeyPair(keyPath: string, certPath: string): KeyPair {
  const pair = { privateKey: readFileSync(keyPath, 'utf8'), certificate: readFileSync(certPath, 'utf8') };
  if (!new X509Certificate(pair.certificate).checkPrivateKey(createPrivateKey(pair.privateKey))) {
    throw new Error(`the key ${keyPath} does not belong to the certificate ${certPath}`);
  }
  return pair;
}

/**
 * The portal's SAML key pair. Production: EHERKENNING_SP_KEY / EHERKENNING_SP_CERT (required by
 * config.ts). Development: generated into `<dataDir>/saml/sp-key.pem` and `sp-cert.pem`.
 */
export async function loadServiceProviderKeys(
  config: Pick<Config, 'production' | 'dataDir' | 'eherkenning'>,
): Promise<KeyPair> {
  const { spKeyPath, spCertPath } = config.eherkenning;
  if (spKeyPath && spCertPath) return readKeyPair(spKeyPath, spCertPath);
  if (config.production)
    throw new Error('EHERKENNING_SP_KEY and EHERKENNING_SP_CERT are required in production');
  return ensureKeyPair(join(config.dataDir, 'saml'), 'sp', 'business-portal-sp-development');
}
