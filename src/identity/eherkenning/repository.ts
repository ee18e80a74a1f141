import type { Kysely } from 'kysely';
import type { IdentityTables } from '../schema.ts';
import type { AssertionReplayStore, RequestIdStore } from './stores.ts';

type Clock = () => Date;

/** RequestIdStore on `saml_requests`: consume deletes the row, so an id works once. */
export function databaseRequestIdStore(
  db: Kysely<IdentityTables>,
  clock: Clock = () => new Date(),
): RequestIdStore {
  return {
    async save(id, expiresAt) {
      await db.insertInto('saml_requests').values({ id, expires_at: expiresAt }).execute();
    },
    async consume(id) {
      const row = await db
        .deleteFrom('saml_requests')
        .where('id', '=', id)
        .where('expires_at', '>', clock())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

/** AssertionReplayStore on `saml_assertions_seen`: the primary key makes "first time" atomic. */
export function databaseAssertionReplayStore(db: Kysely<IdentityTables>): AssertionReplayStore {
  return {
    async markSeen(id, expiresAt) {
      const row = await db
        .insertInto('saml_assertions_seen')
        .values({ id, expires_at: expiresAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

/** Housekeeping (a scheduled job may call it): forget ids whose time has passed. */
export async function purgeExpiredSamlIds(db: Kysely<IdentityTables>, now: Date = new Date()): Promise<void> {
  await db.deleteFrom('saml_requests').where('expires_at', '<=', now).execute();
  await db.deleteFrom('saml_assertions_seen').where('expires_at', '<=', now).execute();
}
