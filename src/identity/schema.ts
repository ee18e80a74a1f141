import type { ColumnType, Kysely } from 'kysely';

/** Tables of the identity module (migration 0100_identity). Joined into DB in platform/db/schema.ts. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** AuthnRequest ids the portal sent: each may be answered once, before it expires. */
export interface SamlRequestsTable {
  id: string;
  expires_at: Timestamp;
}

/** Assertion ids already accepted (replay protection), kept until the assertion would have expired. */
export interface SamlAssertionsSeenTable {
  id: string;
  expires_at: Timestamp;
}

/** The test broker's artifacts (development only): single use, short-lived. */
export interface TestBrokerArtifactsTable {
  artifact: string;
  response_xml: string;
  expires_at: Timestamp;
}

export interface IdentityTables {
  saml_requests: SamlRequestsTable;
  saml_assertions_seen: SamlAssertionsSeenTable;
  test_broker_artifacts: TestBrokerArtifactsTable;
}

/**
 * The identity repositories see only their own tables. Kysely's type is invariant in its table
 * map, so the full database is narrowed here; the constraint keeps this honest: it only compiles
 * once DB (platform/db/schema.ts) includes IdentityTables.
 */
export function identityView<DB extends IdentityTables>(db: Kysely<DB>): Kysely<IdentityTables> {
  return db as unknown as Kysely<IdentityTables>;
}

declare module '../platform/db/schema.ts' {
  interface DB extends IdentityTables {}
}
