import { newSamlId } from '../eherkenning/authn-request.ts';
import { soapEnvelope } from '../eherkenning/artifact.ts';
import { NS, STATUS } from '../eherkenning/constants.ts';
import {
  checkSignaturePlacement,
  parseMessage,
  rejectComments,
  rejectDuplicateIds,
} from '../eherkenning/preflight.ts';
import { rootIssuer, signXml, verifyEnvelopedSignature } from '../eherkenning/signing.ts';
import { child, children, escapeXml, strictText } from '../eherkenning/xml.ts';
import type { ArtifactStore } from './artifacts.ts';
import type { BrokerSigner } from './response.ts';

/** The service provider as the broker knows it from the SP metadata. */
export interface KnownServiceProvider {
  entityId: string;
  signingCertificate: string;
}

export interface SoapReply {
  status: number;
  body: string;
}

const MAX_REQUEST_BYTES = 64 * 1024;

/**
 * The back channel of the HTTP-Artifact binding (bindings 3.6.3, core 3.5): checks that the
 * ArtifactResolve is signed by the SP from its metadata, hands out the stored Response once, and
 * answers with a signed ArtifactResponse. Unknown or used artifacts get a Success status with no
 * message, as core 3.5.2 prescribes.
 */
export async function handleArtifactResolve(
  broker: BrokerSigner,
  sp: KnownServiceProvider,
  store: ArtifactStore,
  envelope: string,
): Promise<SoapReply> {
  if (Buffer.byteLength(envelope, 'utf8') > MAX_REQUEST_BYTES) return fault('the request is too large');
  let request;
  try {
    request = readArtifactResolve(envelope, sp);
  } catch (error) {
    return fault(error instanceof Error ? error.message : 'invalid ArtifactResolve');
  }
  const response = await store.take(request.artifact);
  return { status: 200, body: soapEnvelope(artifactResponseXml(broker, request.id, response)) };
}

function readArtifactResolve(envelope: string, sp: KnownServiceProvider): { id: string; artifact: string } {
  const doc = parseMessage(envelope);
  rejectComments(doc);
  const body = doc.documentElement ? child(doc.documentElement, NS.soap, 'Body') : undefined;
  const resolve = body ? child(body, NS.samlp, 'ArtifactResolve') : undefined;
  if (!resolve) throw new Error('no ArtifactResolve in the SOAP body');
  rejectDuplicateIds(doc.documentElement as NonNullable<typeof doc.documentElement>);
  checkSignaturePlacement(resolve);
  const signature = children(resolve, NS.ds, 'Signature')[0];
  if (!signature || !verifyEnvelopedSignature(envelope, signature, [sp.signingCertificate])) {
    throw new Error('the ArtifactResolve is not signed by the service provider');
  }
  const issuer = child(resolve, NS.saml, 'Issuer');
  if (!issuer || strictText(issuer) !== sp.entityId)
    throw new Error('the ArtifactResolve comes from an unknown issuer');
  const artifact = child(resolve, NS.samlp, 'Artifact');
  const id = resolve.getAttribute('ID');
  if (!artifact || !id) throw new Error('the ArtifactResolve needs an ID and an Artifact');
  return { id, artifact: strictText(artifact) };
}

function artifactResponseXml(broker: BrokerSigner, inResponseTo: string, response: string | null): string {
  const xml =
    `<samlp:ArtifactResponse xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="${newSamlId()}" Version="2.0" ` +
    `IssueInstant="${new Date().toISOString()}" InResponseTo="${escapeXml(inResponseTo)}">` +
    `<saml:Issuer>${escapeXml(broker.entityId)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="${STATUS.success}"/></samlp:Status>` +
    (response ?? '') +
    `</samlp:ArtifactResponse>`;
  return signXml(xml, {
    privateKey: broker.keys.privateKey,
    certificate: broker.keys.certificate,
    elementXPath: '/*',
    afterXPath: rootIssuer,
  });
}

/** SOAP 1.1 section 4.4: a Client fault for a request we will not answer. */
function fault(message: string): SoapReply {
  const text = escapeXml(message);
  return {
    status: 500,
    body: soapEnvelope(
      `<soap:Fault><faultcode>soap:Client</faultcode><faultstring>${text}</faultstring></soap:Fault>`,
    ),
  };
}
