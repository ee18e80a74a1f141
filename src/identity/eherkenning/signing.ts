import { SignedXml } from 'xml-crypto';
import type { Element } from '@xmldom/xmldom';
import { DIGEST_ALGORITHM, ENVELOPED, EXC_C14N, SIGNATURE_ALGORITHM } from './constants.ts';
import { certificateBody } from './xml.ts';

export interface SignOptions {
  privateKey: string;
  certificate: string;
  /** XPath of the element to sign; it must carry an ID attribute. */
  elementXPath: string;
  /** XPath of the element the signature goes after (SAML core 5.4.1: right after saml:Issuer). */
  afterXPath: string;
  /** 'prepend': the signature becomes the first child of `afterXPath` (metadata, service catalogue). */
  placement?: 'after' | 'prepend';
  signatureAlgorithm?: string;
  digestAlgorithm?: string;
}

/**
 * An enveloped XML signature over one element (SAML core 5.4: one Reference to the element's ID,
 * exclusive c14n, enveloped-signature transform), with the signer's certificate in KeyInfo.
 */
export function signXml(xml: string, options: SignOptions): string {
  const sig = new SignedXml({
    privateKey: options.privateKey,
    publicCert: options.certificate,
    signatureAlgorithm: options.signatureAlgorithm ?? SIGNATURE_ALGORITHM,
    canonicalizationAlgorithm: EXC_C14N,
    getKeyInfoContent: () =>
      `<ds:X509Data><ds:X509Certificate>${certificateBody(options.certificate)}</ds:X509Certificate></ds:X509Data>`,
  });
  sig.addReference({
    xpath: options.elementXPath,
    transforms: [ENVELOPED, EXC_C14N],
    digestAlgorithm: options.digestAlgorithm ?? DIGEST_ALGORITHM,
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: options.afterXPath, action: options.placement ?? 'after' },
  });
  return sig.getSignedXml();
}

/** XPaths for the usual SAML message shapes. */
export const rootElement = '/*';
export const rootIssuer = "/*/*[local-name(.)='Issuer']";

/**
 * True when `element` carries an enveloped signature, made with one of `certificates`, over
 * itself. Call checkSignaturePlacement and rejectDuplicateIds on the document first: then the
 * one Reference can only mean this element. KeyInfo is ignored (xml-crypto 6 default).
 */
export function verifyEnvelopedSignature(
  fullXml: string,
  signature: Element,
  certificates: readonly string[],
): boolean {
  for (const certificate of certificates) {
    const sig = new SignedXml({ publicCert: certificate });
    sig.loadSignature(signature as unknown as Node);
    try {
      if (sig.checkSignature(fullXml)) return true;
    } catch {
      // a wrong key throws in some xml-crypto paths; try the next certificate
    }
  }
  return false;
}
