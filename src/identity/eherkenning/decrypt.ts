import { ALLOWED_ENCRYPTION_ALGORITHMS, NS } from './constants.ts';
import { reject } from './errors.ts';
import { descendants, serialize } from './xml.ts';
import type { Element } from '@xmldom/xmldom';

/**
 * Decrypts an EncryptedAssertion / EncryptedID / EncryptedAttribute (SAML core 2.2.4, 6.1)
 * with our key. Only RSA-OAEP key transport and AES-GCM content encryption are accepted
 * (XML Encryption 1.1 security considerations: CBC and RSA 1.5 allow padding-oracle attacks).
 */
export async function decryptElement(encrypted: Element, privateKey: string): Promise<string> {
  for (const method of descendants(encrypted, NS.xenc, 'EncryptionMethod')) {
    const algorithm = method.getAttribute('Algorithm') ?? '';
    if (!ALLOWED_ENCRYPTION_ALGORITHMS.includes(algorithm))
      reject('algorithm_not_allowed', `encryption ${algorithm}`);
  }
  const encryptedData = descendants(encrypted, NS.xenc, 'EncryptedData')[0];
  if (!encryptedData) reject('malformed', `no EncryptedData in ${encrypted.localName}`);
  try {
    // Loaded with the first login, not at start (issue 9: memory of a serving portal).
    const { decrypt } = await import('xml-encryption');
    return await new Promise<string>((resolve, fail) => {
      decrypt(
        serialize(encrypted),
        { key: privateKey, disallowDecryptionWithInsecureAlgorithm: true },
        (error, result) => {
          if (error) fail(error);
          else resolve(result);
        },
      );
    });
  } catch (error) {
    return reject('decryption_failed', `cannot decrypt ${encrypted.localName}`, error);
  }
}
