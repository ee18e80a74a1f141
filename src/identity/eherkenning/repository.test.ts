import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../platform/db/database.ts';
import type { IdentityTables } from '../schema.ts';
import { migratedDatabase } from '../testing.ts';
import { databaseAssertionReplayStore, databaseRequestIdStore, purgeExpiredSamlIds } from './repository.ts';

let handle: DatabaseHandle;
let db: Kysely<IdentityTables>;
beforeAll(async () => {
  ({ handle, db } = await migratedDatabase());
});
afterAll(async () => {
  await handle.close();
});

const soon = () => new Date(Date.now() + 60_000);

describe('request id store (saml_requests)', () => {
  it('a saved request id can be consumed once', async () => {
    const store = databaseRequestIdStore(db);
    await store.save('_r1', soon());
    expect(await store.consume('_r1')).toBe(true);
    expect(await store.consume('_r1')).toBe(false);
  });
  it('an unknown or expired request id is not accepted', async () => {
    const store = databaseRequestIdStore(db);
    expect(await store.consume('_never')).toBe(false);
    await store.save('_r2', new Date(Date.now() - 1));
    expect(await store.consume('_r2')).toBe(false);
  });
  it('concurrent consumers: exactly one wins', async () => {
    const store = databaseRequestIdStore(db);
    await store.save('_r3', soon());
    const results = await Promise.all([store.consume('_r3'), store.consume('_r3'), store.consume('_r3')]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('assertion replay store (saml_assertions_seen)', () => {
  it('an assertion id is new once', async () => {
    const store = databaseAssertionReplayStore(db);
    expect(await store.markSeen('_a1', soon())).toBe(true);
    expect(await store.markSeen('_a1', soon())).toBe(false);
  });
  it('purging forgets only expired ids', async () => {
    const store = databaseAssertionReplayStore(db);
    await store.markSeen('_old', new Date(Date.now() - 1000));
    await store.markSeen('_new', soon());
    await purgeExpiredSamlIds(db);
    const left = await db
      .selectFrom('saml_assertions_seen')
      .select('id')
      .where('id', 'in', ['_old', '_new'])
      .execute();
    expect(left.map((r) => r.id)).toEqual(['_new']);
  });
});
