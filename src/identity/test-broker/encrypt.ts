import { X509Certificate } from 'node:crypto';
import { encrypt } from 'xml-encryption';

/**
 * XML Encryption toward the SP's encryption certificate, as eHerkenning brokers do for the
 * assertion and for identifiers (SAML core 6.1): AES-256-GCM content, RSA-OAEP key transport.
 */
export function encryptXml(content: string, certificate: string): Promise<string> {
  const publicKey = new X509Certificate(certificate).publicKey
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return new Promise((resolve, fail) => {
    encrypt(
      content,
      {
        rsa_pub: publicKey,
        pem: certificate,
        encryptionAlgorithm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
        keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
      },
      (error, result) => {
        // The typings say error is always set; at run time it is null on success.
        if ((error as Error | null) !== null) fail(error);
        else resolve(result);
      },
    );
  });
}
