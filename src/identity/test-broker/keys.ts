import { join } from 'node:path';
import { ensureKeyPair, type KeyPair } from '../eherkenning/key-pair.ts';

/** The test broker's own key pair, made on first use in `<dataDir>/test-broker/` (development only). */
export function loadTestBrokerKeys(dataDir: string): Promise<KeyPair> {
  return ensureKeyPair(join(dataDir, 'test-broker'), 'broker', 'business-portal-test-broker');
}
