import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { handleArtifactResolve } from '../test-broker/artifact-resolve.ts';
import { createArtifact, databaseArtifactStore, type ArtifactStore } from '../test-broker/artifacts.ts';
import { buildBrokerResponse } from '../test-broker/response.ts';
import { CHOICES, identityFixture, startLogin, type IdentityFixture } from '../testing.ts';
import { configuredSoapTransport, httpSoapTransport, resolveArtifact } from './artifact.ts';
import { SamlRejection } from './errors.ts';
import type { ValidationContext } from './response-validator.ts';

/**
 * Issue 15: ArtifactResolve over mutual TLS, against a local HTTPS endpoint that, like a broker's
 * resolution service, demands a client certificate from its CA and refuses any other. The
 * certificates are made with openssl for this run.
 */
let f: IdentityFixture;
let dir: string;
let server: Server;
let store: ArtifactStore;
let ctx: ValidationContext;
const clientsSeen: string[] = [];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A CA, a server certificate for 127.0.0.1, the portal's client certificate, and a stranger's. */
function makeCertificates(): void {
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=Broker test CA',
  );
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [name, cn] of [
    ['server', '127.0.0.1'],
    ['client', 'business-portal'],
  ] as const) {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${cn}`,
    );
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
  }
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'stranger.key',
    '-out',
    'stranger.crt',
    '-days',
    '2',
    '-subj',
    '/CN=business-portal',
  );
}
const pem = (name: string) => readFileSync(join(dir, name), 'utf8');

beforeAll(async () => {
  f = await identityFixture();
  dir = mkdtempSync(join(tmpdir(), 'mtls-'));
  makeCertificates();
  store = databaseArtifactStore(f.db);
  server = createServer(
    {
      key: pem('server.key'),
      cert: pem('server.crt'),
      ca: pem('ca.crt'),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      if (req.socket instanceof TLSSocket)
        clientsSeen.push(String(req.socket.getPeerCertificate().subject.CN));
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void handleArtifactResolve(
          f.broker,
          { entityId: f.sp.entityId, signingCertificate: f.sp.keys.certificate },
          store,
          Buffer.concat(chunks).toString('utf8'),
        ).then((reply) => res.writeHead(reply.status, { 'content-type': 'text/xml' }).end(reply.body));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/saml/artifact-resolution`;
  ctx = { ...f.ctx, idp: { ...f.idp, artifactResolutionServices: [{ index: 0, url }] } };
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await f.handle.close();
});

async function issueArtifact(): Promise<string> {
  const request = await startLogin(f, 'artifact');
  const artifact = createArtifact(f.broker.entityId);
  await store.put(
    artifact,
    await buildBrokerResponse(f.broker, request, f.audience, CHOICES),
    new Date(Date.now() + 60_000),
  );
  return artifact;
}

async function reasonFor(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SamlRejection) return error.reason;
    throw error;
  }
  throw new Error('accepted');
}

describe('artifact resolution over mutual TLS', () => {
  it('resolves with the portal’s client certificate, configured as in production', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      EHERKENNING_ARTIFACT_TLS_KEY: join(dir, 'client.key'),
      EHERKENNING_ARTIFACT_TLS_CERT: join(dir, 'client.crt'),
      EHERKENNING_ARTIFACT_TLS_CA: join(dir, 'ca.crt'),
    });
    const identity = await resolveArtifact(
      ctx,
      await issueArtifact(),
      configuredSoapTransport(config.eherkenning),
    );
    expect(identity.kvkNumber).toBe(CHOICES.kvkNumber);
    expect(clientsSeen.at(-1)).toBe('business-portal');
  });

  it('fails without a client certificate: the endpoint closes the connection', async () => {
    const before = clientsSeen.length;
    const transport = httpSoapTransport({ ca: pem('ca.crt'), timeoutMs: 5000 });
    expect(await reasonFor(resolveArtifact(ctx, await issueArtifact(), transport))).toBe(
      'artifact_resolution_failed',
    );
    expect(clientsSeen.length).toBe(before);
  });

  it('fails with a client certificate the endpoint does not know', async () => {
    const before = clientsSeen.length;
    const transport = httpSoapTransport({
      tlsKey: pem('stranger.key'),
      tlsCert: pem('stranger.crt'),
      ca: pem('ca.crt'),
      timeoutMs: 5000,
    });
    expect(await reasonFor(resolveArtifact(ctx, await issueArtifact(), transport))).toBe(
      'artifact_resolution_failed',
    );
    expect(clientsSeen.length).toBe(before);
  });

  it('refuses a broker whose server certificate is not from the trusted CA', async () => {
    const transport = httpSoapTransport({
      tlsKey: pem('client.key'),
      tlsCert: pem('client.crt'),
      timeoutMs: 5000,
    });
    expect(await reasonFor(resolveArtifact(ctx, await issueArtifact(), transport))).toBe(
      'artifact_resolution_failed',
    );
  });
});
