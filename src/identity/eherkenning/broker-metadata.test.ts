import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { brokerMetadataXml, signMetadata } from '../../../test/helpers/broker-metadata.ts';
import { FIXTURE_BROKER } from '../../../test/fixtures/eherkenning/fixture.ts';
import { identityFixture, type IdentityFixture } from '../testing.ts';
import { loadBrokerMetadata, type BrokerMetadataSource } from './broker-metadata.ts';
import { readCertificates } from './setup.ts';

/** Issue 15: metadata from a file or a URL, reloaded on a schedule without a restart. */
let f: IdentityFixture;
let server: Server;
let url: string;
let served: { status: number; body: string };
let fetches = 0;

beforeAll(async () => {
  f = await identityFixture();
  server = createServer((_req, res) => {
    fetches += 1;
    res.writeHead(served.status, { 'content-type': 'application/samlmetadata+xml' }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metadata.xml`;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await f.handle.close();
});

/** Metadata signed by the federation key (here: the test broker's key pair) naming these signing certificates. */
function signed(signingCertificates: string[], extra: { validUntil?: Date; cacheDuration?: string } = {}) {
  return signMetadata(brokerMetadataXml({ ...FIXTURE_BROKER, ...extra, signingCertificates }), f.broker.keys);
}

async function source(
  location: string,
  refreshMs = 3_600_000,
  errors: Error[] = [],
): Promise<BrokerMetadataSource> {
  return loadBrokerMetadata({
    location,
    trust: { signingCertificates: [f.broker.keys.certificate] },
    refreshMs,
    onReloadError: (error) => errors.push(error),
  });
}

describe('loading broker metadata', () => {
  it('from a file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'md-')), 'broker.xml');
    writeFileSync(path, signed([f.broker.keys.certificate]));
    const metadata = await source(path);
    expect(metadata.current().entityId).toBe(FIXTURE_BROKER.entityId);
    metadata.close();
  });

  it('with a trust anchor file holding the old and the new federation certificate, either signature is accepted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-'));
    const anchors = join(dir, 'anchors.pem');
    writeFileSync(anchors, f.broker.keys.certificate + f.foreignKeys.certificate);
    const trust = { signingCertificates: readCertificates(anchors) };
    expect(trust.signingCertificates).toHaveLength(2);
    for (const signer of [f.broker.keys, f.foreignKeys]) {
      const path = join(dir, 'broker.xml');
      writeFileSync(
        path,
        signMetadata(
          brokerMetadataXml({ ...FIXTURE_BROKER, signingCertificates: [signer.certificate] }),
          signer,
        ),
      );
      const metadata = await loadBrokerMetadata({ location: path, trust, refreshMs: 3_600_000 });
      expect(metadata.current().entityId).toBe(FIXTURE_BROKER.entityId);
      metadata.close();
    }
    writeFileSync(anchors, 'not a certificate');
    expect(() => readCertificates(anchors)).toThrow(/holds no PEM certificate/);
  });

  it('from a URL, and a reload picks up the broker’s next signing key without a restart', async () => {
    served = { status: 200, body: signed([f.broker.keys.certificate]) };
    const metadata = await source(url);
    expect(metadata.current().signingCertificates).toHaveLength(1);
    served = { status: 200, body: signed([f.broker.keys.certificate, f.foreignKeys.certificate]) };
    await metadata.reload();
    expect(metadata.current().signingCertificates).toHaveLength(2);
    metadata.close();
  });

  it('reloads by itself when the cacheDuration has passed', async () => {
    served = { status: 200, body: signed([f.broker.keys.certificate], { cacheDuration: 'PT1S' }) };
    const metadata = await source(url);
    const before = fetches;
    served = { status: 200, body: signed([f.broker.keys.certificate, f.foreignKeys.certificate]) };
    await vi.waitFor(() => expect(metadata.current().signingCertificates).toHaveLength(2), {
      timeout: 10_000,
    });
    expect(fetches).toBeGreaterThan(before);
    metadata.close();
  });

  it('a failed or tampered reload keeps the verified metadata in use and is reported', async () => {
    served = { status: 200, body: signed([f.broker.keys.certificate]) };
    const errors: Error[] = [];
    const metadata = await source(url, 3_600_000, errors);
    served = {
      status: 200,
      body: signed([f.foreignKeys.certificate]).replace('login.makelaar', 'login.makelaaR'),
    };
    await metadata.reload();
    served = { status: 503, body: '' };
    await metadata.reload();
    expect(metadata.current().signingCertificates.map((c) => c.replace(/\s/g, ''))).toEqual([
      f.broker.keys.certificate.replace(/\s/g, ''),
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/signature is not valid/),
      expect.stringMatching(/HTTP 503/),
    ]);
    metadata.close();
  });

  it('refuses to start with metadata that cannot be fetched or has expired', async () => {
    served = { status: 404, body: 'no' };
    await expect(source(url)).rejects.toThrow(/HTTP 404/);
    served = {
      status: 200,
      body: signed([f.broker.keys.certificate], { validUntil: new Date(Date.now() - 1000) }),
    };
    await expect(source(url)).rejects.toThrow(/expired/);
  });

  it('metadata that expires while in use stops logins until a valid copy arrives', async () => {
    let now = new Date();
    served = {
      status: 200,
      body: signed([f.broker.keys.certificate], { validUntil: new Date(now.getTime() + 60_000) }),
    };
    const metadata = await loadBrokerMetadata({
      location: url,
      trust: { signingCertificates: [f.broker.keys.certificate] },
      refreshMs: 3_600_000,
      now: () => now,
    });
    now = new Date(now.getTime() + 120_000);
    expect(() => metadata.current()).toThrow(/expired/);
    served = {
      status: 200,
      body: signed([f.broker.keys.certificate], { validUntil: new Date(now.getTime() + 60_000) }),
    };
    await metadata.reload();
    expect(metadata.current().entityId).toBe(FIXTURE_BROKER.entityId);
    metadata.close();
  });
});
