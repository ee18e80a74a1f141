import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleArtifactResolve } from '../test-broker/artifact-resolve.ts';
import { createArtifact, databaseArtifactStore, type ArtifactStore } from '../test-broker/artifacts.ts';
import { buildBrokerResponse } from '../test-broker/response.ts';
import { CHOICES, identityFixture, startLogin, type IdentityFixture } from '../testing.ts';
import {
  artifactResolveXml,
  httpSoapTransport,
  parseArtifact,
  resolveArtifact,
  soapEnvelope,
} from './artifact.ts';
import { SamlRejection } from './errors.ts';
import type { ValidationContext } from './response-validator.ts';

/** Issue 3: the HTTP-Artifact binding end to end against the test broker's resolution endpoint. */

let f: IdentityFixture;
let server: Server;
let store: ArtifactStore;
let ctx: ValidationContext;
let requestsSeen = 0;

beforeAll(async () => {
  f = await identityFixture();
  store = databaseArtifactStore(f.db);
  server = createServer((req, res) => {
    requestsSeen += 1;
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/test-broker/artifact-resolve`;
  ctx = { ...f.ctx, idp: { ...f.idp, artifactResolutionServices: [{ index: 0, url }] } };
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await f.handle.close();
});

async function issueArtifact(choices = CHOICES): Promise<string> {
  const request = await startLogin(f, 'artifact');
  const xml = await buildBrokerResponse(f.broker, request, f.audience, choices);
  const artifact = createArtifact(f.broker.entityId);
  await store.put(artifact, xml, new Date(Date.now() + 60_000));
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

describe('HTTP-Artifact binding', () => {
  it('resolves an artifact over the back channel into the verified identity', async () => {
    const identity = await resolveArtifact(ctx, await issueArtifact(), httpSoapTransport());
    expect(identity).toMatchObject({
      kvkNumber: CHOICES.kvkNumber,
      actingSubject: CHOICES.actingSubject,
      loa: 'loa3',
    });
  });

  it('an artifact resolves once: the second try is refused', async () => {
    const artifact = await issueArtifact();
    await resolveArtifact(ctx, artifact, httpSoapTransport());
    expect(await reasonFor(resolveArtifact(ctx, artifact, httpSoapTransport()))).toBe(
      'artifact_resolution_failed',
    );
  });

  it('a loa2 answer through the artifact binding is refused as loa_too_low', async () => {
    expect(
      await reasonFor(
        resolveArtifact(ctx, await issueArtifact({ ...CHOICES, loa: 'loa2' }), httpSoapTransport()),
      ),
    ).toBe('loa_too_low');
  });

  it('an artifact whose SourceID is another broker is refused without any network call', async () => {
    const before = requestsSeen;
    const foreign = createArtifact('https://rogue-broker.example/metadata');
    expect(await reasonFor(resolveArtifact(ctx, foreign, httpSoapTransport()))).toBe('artifact_invalid');
    expect(requestsSeen).toBe(before);
  });

  it('garbage and wrong artifact types are refused as artifact_invalid', () => {
    expect(() => parseArtifact('not-an-artifact')).toThrow(SamlRejection);
    const type3 = Buffer.alloc(44);
    type3.writeUInt16BE(0x0003, 0);
    expect(() => parseArtifact(type3.toString('base64'))).toThrow(/0x0004/);
  });

  it('the broker refuses an ArtifactResolve signed with a key that is not the SP’s', async () => {
    const artifact = await issueArtifact();
    const forged = { ...f.sp, keys: f.foreignKeys };
    const reply = await handleArtifactResolve(
      f.broker,
      { entityId: f.sp.entityId, signingCertificate: f.sp.keys.certificate },
      store,
      soapEnvelope(artifactResolveXml(forged, 'http://broker', artifact, '_x1', new Date())),
    );
    expect(reply.status).toBe(500);
    expect(reply.body).toContain('not signed by the service provider');
    // The artifact is still there for the real SP.
    expect(await store.take(artifact)).not.toBeNull();
  });

  it('an unreachable broker is refused as artifact_resolution_failed', async () => {
    const down = {
      ...ctx,
      idp: { ...ctx.idp, artifactResolutionServices: [{ index: 0, url: 'http://127.0.0.1:1/resolve' }] },
    };
    expect(
      await reasonFor(resolveArtifact(down, await issueArtifact(), httpSoapTransport({ timeoutMs: 2000 }))),
    ).toBe('artifact_resolution_failed');
  });
});
