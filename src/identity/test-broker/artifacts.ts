import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { artifactSourceId } from '../eherkenning/artifact.ts';
import type { IdentityTables } from '../schema.ts';

/** Bindings 3.6.4 (and eHerkenning: artifacts live briefly): one minute is plenty for a redirect. */
export const ARTIFACT_LIFETIME_MS = 60_000;

/** A type 0x0004 artifact naming this broker (SourceID) and its resolution endpoint index. */
export function createArtifact(brokerEntityId: string, endpointIndex = 0): string {
  const bytes = Buffer.alloc(44);
  bytes.writeUInt16BE(0x0004, 0);
  bytes.writeUInt16BE(endpointIndex, 2);
  artifactSourceId(brokerEntityId).copy(bytes, 4);
  randomBytes(20).copy(bytes, 24);
  return bytes.toString('base64');
}

export interface ArtifactStore {
  put(artifact: string, responseXml: string, expiresAt: Date): Promise<void>;
  /** The stored response once (bindings 3.6.5: an artifact is resolved at most once), or null. */
  take(artifact: string): Promise<string | null>;
}

/**
 * In the database rather than in memory: the web process that issues the artifact and the one
 * that answers the back-channel ArtifactResolve need not be the same, and a restart in between
 * should not matter. Single use is a DELETE … RETURNING.
 */
export function databaseArtifactStore(
  db: Kysely<IdentityTables>,
  clock: () => Date = () => new Date(),
): ArtifactStore {
  return {
    async put(artifact, responseXml, expiresAt) {
      await db
        .insertInto('test_broker_artifacts')
        .values({ artifact, response_xml: responseXml, expires_at: expiresAt })
        .execute();
    },
    async take(artifact) {
      const row = await db
        .deleteFrom('test_broker_artifacts')
        .where('artifact', '=', artifact)
        .where('expires_at', '>', clock())
        .returning('response_xml')
        .executeTakeFirst();
      return row?.response_xml ?? null;
    },
  };
}
