/**
 * Single-use memory of what the portal sent and saw. Kept in the database (not in process
 * memory) so that it holds across restarts and across more than one web process.
 */
export interface RequestIdStore {
  /** Remembers an AuthnRequest id until `expiresAt`. */
  save(id: string, expiresAt: Date): Promise<void>;
  /** True once for a saved, unexpired id; false for an unknown, expired or already used one. */
  consume(id: string): Promise<boolean>;
}

export interface AssertionReplayStore {
  /** True the first time an assertion id is seen; false on a replay. Kept until `expiresAt`. */
  markSeen(id: string, expiresAt: Date): Promise<boolean>;
}
