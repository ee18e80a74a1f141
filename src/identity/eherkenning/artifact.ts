import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Config } from '../../config.ts';
import { newSamlId } from './authn-request.ts';
import { NS, STATUS } from './constants.ts';
import { reject } from './errors.ts';
import type { EHerkenningIdentity } from './identity.ts';
import type { IdpMetadata } from './idp-metadata.ts';
import { checkSignaturePlacement, parseMessage, rejectComments, rejectDuplicateIds } from './preflight.ts';
import { MAX_RESPONSE_BYTES, validateResponseXml, type ValidationContext } from './response-validator.ts';
import type { ServiceProvider } from './service-provider.ts';
import { rootIssuer, signXml, verifyEnvelopedSignature } from './signing.ts';
import { child, children, escapeXml, serialize, strictText } from './xml.ts';

/** SAML bindings 3.6.4: type 0x0004 artifact = TypeCode(2) EndpointIndex(2) SourceID(20) MessageHandle(20). */
export interface ParsedArtifact {
  endpointIndex: number;
  sourceId: Buffer;
  messageHandle: Buffer;
}

/** Bindings 3.6.4: SourceID is the SHA-1 of the issuer's entity id (an identifier, not a signature). */
export function artifactSourceId(entityId: string): Buffer {
  return createHash('sha1').update(entityId, 'utf8').digest();
}

export function parseArtifact(value: string): ParsedArtifact {
  if (!/^[A-Za-z0-9+/]{59}=$/.test(value) && !/^[A-Za-z0-9+/]{60}$/.test(value))
    reject('artifact_invalid', 'not a base64 SAML artifact');
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 44 || bytes.readUInt16BE(0) !== 0x0004)
    reject('artifact_invalid', 'not a type 0x0004 artifact');
  return {
    endpointIndex: bytes.readUInt16BE(2),
    sourceId: bytes.subarray(4, 24),
    messageHandle: bytes.subarray(24, 44),
  };
}

/** The configured broker's resolution endpoint the artifact names; an artifact of anyone else is refused. */
export function resolutionEndpoint(idp: IdpMetadata, artifact: ParsedArtifact): string {
  if (!artifact.sourceId.equals(artifactSourceId(idp.entityId)))
    reject('artifact_invalid', 'the artifact is not from the configured broker');
  const services = idp.artifactResolutionServices;
  const service = services.find((s) => s.index === artifact.endpointIndex) ?? services[0];
  if (!service) reject('artifact_invalid', 'the broker metadata has no ArtifactResolutionService');
  return service.url;
}

/** SAML core 3.5.1 ArtifactResolve, signed (bindings 3.6.3: the requester authenticates itself). */
export function artifactResolveXml(
  sp: ServiceProvider,
  destination: string,
  artifact: string,
  id: string,
  now: Date,
): string {
  const xml =
    `<samlp:ArtifactResolve xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="${id}" Version="2.0" ` +
    `IssueInstant="${now.toISOString()}" Destination="${escapeXml(destination)}">` +
    `<saml:Issuer>${escapeXml(sp.entityId)}</saml:Issuer>` +
    `<samlp:Artifact>${escapeXml(artifact)}</samlp:Artifact>` +
    `</samlp:ArtifactResolve>`;
  return signXml(xml, {
    privateKey: sp.keys.privateKey,
    certificate: sp.keys.certificate,
    elementXPath: '/*',
    afterXPath: rootIssuer,
  });
}

export function soapEnvelope(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="${NS.soap}"><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

/** Sends a SOAP message and returns the reply body (SAML bindings 3.2, SOAP 1.1 over HTTP). */
export type SoapTransport = (url: string, envelope: string) => Promise<string>;

export interface TransportOptions {
  /** Client TLS certificate for the back channel, when the broker asks for one. */
  tlsKey?: string;
  tlsCert?: string;
  /** Extra trusted CA (PEM) for the broker's server certificate. */
  ca?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

export function httpSoapTransport(options: TransportOptions = {}): SoapTransport {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES + 16 * 1024;
  return (url, envelope) =>
    new Promise((resolve, fail) => {
      const target = new URL(url);
      const lib = target.protocol === 'https:' ? https : http;
      const request = lib.request(
        target,
        {
          method: 'POST',
          headers: {
            'content-type': 'text/xml; charset=utf-8',
            soapaction: 'http://www.oasis-open.org/committees/security',
          },
          timeout: options.timeoutMs ?? 10_000,
          ...(target.protocol === 'https:'
            ? { key: options.tlsKey, cert: options.tlsCert, ca: options.ca }
            : {}),
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) response.destroy(new Error('the artifact response is too large'));
            else chunks.push(chunk);
          });
          response.on('error', fail);
          response.on('end', () => {
            if (response.statusCode !== 200)
              fail(new Error(`the broker answered HTTP ${response.statusCode ?? 0}`));
            else resolve(Buffer.concat(chunks).toString('utf8'));
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('the broker did not answer in time')));
      request.on('error', fail);
      request.end(envelope);
    });
}

/**
 * The transport from configuration: the portal's TLS client certificate
 * (EHERKENNING_ARTIFACT_TLS_KEY / _CERT) for brokers that demand mutual TLS on the back channel,
 * and EHERKENNING_ARTIFACT_TLS_CA when the broker's server certificate is not publicly trusted.
 */
export function configuredSoapTransport(eh: Config['eherkenning']): SoapTransport {
  return httpSoapTransport({
    ...(eh.artifactTlsKeyPath && eh.artifactTlsCertPath
      ? {
          tlsKey: readFileSync(eh.artifactTlsKeyPath, 'utf8'),
          tlsCert: readFileSync(eh.artifactTlsCertPath, 'utf8'),
        }
      : {}),
    ...(eh.artifactTlsCaPath ? { ca: readFileSync(eh.artifactTlsCaPath, 'utf8') } : {}),
  });
}

/**
 * HTTP-Artifact binding (bindings 3.6): resolve the artifact at the configured broker, take the
 * samlp:Response out of the ArtifactResponse and validate it like a POSTed one.
 */
export async function resolveArtifact(
  ctx: ValidationContext,
  artifact: string,
  transport: SoapTransport,
): Promise<EHerkenningIdentity> {
  const endpoint = resolutionEndpoint(ctx.idp, parseArtifact(artifact));
  const id = newSamlId();
  let reply: string;
  try {
    reply = await transport(
      endpoint,
      soapEnvelope(artifactResolveXml(ctx.sp, endpoint, artifact, id, ctx.now?.() ?? new Date())),
    );
  } catch (error) {
    return reject('artifact_resolution_failed', 'the broker could not be reached', error);
  }
  const response = responseFromArtifactResponse(ctx.idp, reply, id);
  return validateResponseXml(ctx, response, 'artifact');
}

/** Core 3.5.2: the ArtifactResponse answers our ArtifactResolve, comes from the broker, says Success. */
export function responseFromArtifactResponse(idp: IdpMetadata, reply: string, requestId: string): string {
  if (Buffer.byteLength(reply, 'utf8') > MAX_RESPONSE_BYTES + 16 * 1024)
    reject('too_large', 'the artifact response is too large');
  const doc = parseMessage(reply);
  rejectComments(doc);
  const body = doc.documentElement ? child(doc.documentElement, NS.soap, 'Body') : undefined;
  const artifactResponse = body ? child(body, NS.samlp, 'ArtifactResponse') : undefined;
  if (!artifactResponse) reject('artifact_resolution_failed', 'no ArtifactResponse in the SOAP reply');
  rejectDuplicateIds(artifactResponse);
  checkSignaturePlacement(artifactResponse);
  const signature = children(artifactResponse, NS.ds, 'Signature')[0];
  if (signature && !verifyEnvelopedSignature(reply, signature, idp.signingCertificates)) {
    reject('invalid_signature', 'the ArtifactResponse signature is not the broker’s');
  }
  if (artifactResponse.getAttribute('InResponseTo') !== requestId)
    reject('artifact_resolution_failed', 'the ArtifactResponse answers another request');
  const issuer = child(artifactResponse, NS.saml, 'Issuer');
  if (!issuer || strictText(issuer) !== idp.entityId)
    reject('wrong_issuer', 'the ArtifactResponse is not from the configured broker');
  const status = child(artifactResponse, NS.samlp, 'Status');
  if ((status && child(status, NS.samlp, 'StatusCode')?.getAttribute('Value')) !== STATUS.success) {
    reject('artifact_resolution_failed', 'the broker refused to resolve the artifact');
  }
  const responses = children(artifactResponse, NS.samlp, 'Response');
  if (responses.length !== 1 || !responses[0])
    reject('artifact_resolution_failed', 'the artifact was unknown or already used');
  return serialize(responses[0]);
}
