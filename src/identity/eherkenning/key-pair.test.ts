import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { loadServiceProviderKeys } from './key-pair.ts';

describe('SP keys', () => {
  it('development: generates an RSA 2048 pair into <dataDir>/saml once and reuses it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sp-keys-'));
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const first = await loadServiceProviderKeys(config);
    expect(existsSync(join(dataDir, 'saml', 'sp-key.pem'))).toBe(true);
    expect(statSync(join(dataDir, 'saml', 'sp-key.pem')).mode & 0o077).toBe(0);
    const cert = new X509Certificate(first.certificate);
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const second = await loadServiceProviderKeys(config);
    expect(second).toEqual(first);
  }, 30_000);

  it('configured paths are read, and a key that does not match the certificate is refused', async () => {
    const a = mkdtempSync(join(tmpdir(), 'sp-keys-'));
    const b = mkdtempSync(join(tmpdir(), 'sp-keys-'));
    const dev = await loadServiceProviderKeys(loadConfig({ NODE_ENV: 'development', DATA_DIR: a }));
    await loadServiceProviderKeys(loadConfig({ NODE_ENV: 'development', DATA_DIR: b }));
    const eh = (key: string, cert: string) => ({
      production: true,
      dataDir: a,
      eherkenning: {
        ...loadConfig({ NODE_ENV: 'development', DATA_DIR: a }).eherkenning,
        spKeyPath: key,
        spCertPath: cert,
      },
    });
    expect(
      await loadServiceProviderKeys(eh(join(a, 'saml/sp-key.pem'), join(a, 'saml/sp-cert.pem'))),
    ).toEqual(dev);
    await expect(
      loadServiceProviderKeys(eh(join(b, 'saml/sp-key.pem'), join(a, 'saml/sp-cert.pem'))),
    ).rejects.toThrow(/does not belong/);
  }, 30_000);

  it('production without configured paths does not generate keys', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sp-keys-'));
    const config = {
      production: true,
      dataDir,
      eherkenning: { ...loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }).eherkenning },
    };
    await expect(loadServiceProviderKeys(config)).rejects.toThrow(/required in production/);
    expect(existsSync(join(dataDir, 'saml'))).toBe(false);
  });
});
