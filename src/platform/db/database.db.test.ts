import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { PREPARED } from './database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table concurrency_probe (id serial primary key, label text not null)`.execute(database.db);
});
afterAll(async () => database.close());

describe('the data layer', () => {
  it('keeps the rows of a committed transaction when a concurrent transaction rolls back', async () => {
    const { db } = database;
    await sql`delete from concurrency_probe`.execute(db);
    let releaseA!: () => void;
    const aMayCommit = new Promise<void>((resolve) => (releaseA = resolve));

    // A inserts and waits; B starts meanwhile, inserts, and rolls back; then A commits.
    const a = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('concurrency_probe' as never)
        .values({ label: 'A' })
        .execute();
      await aMayCommit;
    });
    const b = db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('concurrency_probe' as never)
          .values({ label: 'B' })
          .execute();
        throw new Error('B rolls back');
      })
      .catch((error: unknown) => error);
    setTimeout(releaseA, 50);
    const [, bOutcome] = await Promise.all([a, b]);
    expect(bOutcome).toBeInstanceOf(Error);

    const rows = await sql<{ label: string }>`select label from concurrency_probe order by id`.execute(db);
    expect(rows.rows.map((r) => r.label)).toEqual(['A']);
  });

  it('runs many concurrent transactions without losing a committed row', async () => {
    const { db } = database;
    await sql`delete from concurrency_probe`.execute(db);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('concurrency_probe' as never)
            .values({ label: `t${i}` })
            .execute();
          if (i % 3 === 0) throw new Error('roll back');
        }),
      ),
    );
    const committed = outcomes.filter((o) => o.status === 'fulfilled').length;
    const count = await sql<{ n: number }>`select count(*) as n from concurrency_probe`.execute(db);
    expect(count.rows[0]?.n).toBe(committed);
    expect(committed).toBe(26);
  });

  it('returns the same value types on PGlite and PostgreSQL', async () => {
    const result = await sql<{ big: unknown; money: unknown; day: unknown; moment: unknown; count: unknown }>`
      select 9007199254740991::int8 as big, 1234.50::numeric(10,2) as money, date '2026-03-01' as day,
             timestamptz '2026-03-01T12:00:00Z' as moment, (select count(*) from concurrency_probe) as count`.execute(
      database.db,
    );
    const row = result.rows[0];
    expect(row?.big).toBe(9007199254740991);
    expect(row?.money).toBe('1234.50');
    expect(row?.day).toBe('2026-03-01');
    expect(row?.moment).toBeInstanceOf(Date);
    expect(typeof row?.count).toBe('number');
  });

  it('runs SQL marked as prepared as a named statement on PostgreSQL, and the same results on PGlite', async () => {
    const { db } = database;
    await sql`insert into concurrency_probe (label) values ('prepared-a'), ('prepared-b')`.execute(db);
    await db.connection().execute(async (connection) => {
      const read = (label: string) =>
        sql<{
          label: string;
        }>`${sql.raw(PREPARED)}select label from concurrency_probe where label = ${label}`.execute(
          connection,
        );
      expect((await read('prepared-a')).rows).toEqual([{ label: 'prepared-a' }]);
      expect((await read('prepared-b')).rows).toEqual([{ label: 'prepared-b' }]);
      if (database.driver !== 'postgres') return;
      // Parsed once on this connection and reused for other values: one statement, the marked one.
      const statements = await sql<{
        statement: string;
      }>`select statement from pg_prepared_statements`.execute(connection);
      expect(statements.rows.map((row) => row.statement)).toEqual([
        `${PREPARED}select label from concurrency_probe where label = $1`,
      ]);
    });
  });

  it('compiles no statement on PostgreSQL (JIT off: it cost 20 ms to save microseconds)', async () => {
    const { db } = database;
    // Several connections at once, so that more than the first has been set up by the pool.
    const settings = await Promise.all(
      Array.from({ length: 3 }, () => sql<{ jit: string }>`show jit`.execute(db)),
    );
    if (database.driver !== 'postgres') return;
    expect(settings.map((result) => result.rows[0]?.jit)).toEqual(['off', 'off', 'off']);
  });
});
