import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import type { Change } from '../casesystem/index.ts';
import { RefreshService } from './service.ts';
import { FakeChangeStream, at, readModelSnapshot, sampleChanges } from './testing.ts';

/**
 * The read model's links among its own rows (a case's employee, an event's case and document, a
 * document's case) are kept by the refresh, not by foreign keys (migration 0610, ADR 0007).
 * These tests hold the refresh to it: whatever order the stream brings the rows in, no link
 * points at a row that does not exist, and no link is left open once its row is there; and what
 * the foreign keys did on delete still happens.
 */
let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

const refreshOver = (stream: FakeChangeStream, batchSize: number, into: TestDatabase = database) =>
  new RefreshService({ database: into, caseSystem: stream, options: { batchSize, staleAfterHours: 26 } });

/** The read model's links among its own rows: which column of which table names a row of which table. */
const LINKS = [
  { table: 'cases', link: 'employee_id', sourceId: 'employee_source_id', target: 'employees' },
  { table: 'case_events', link: 'case_id', sourceId: 'case_source_id', target: 'cases' },
  { table: 'case_events', link: 'document_id', sourceId: 'document_source_id', target: 'case_documents' },
  { table: 'case_documents', link: 'case_id', sourceId: 'case_source_id', target: 'cases' },
] as const;

/** Every link that points nowhere, and every link still open although its row has arrived. */
async function brokenLinks(db: TestDatabase['db']) {
  const checks = LINKS.map(({ table, link, sourceId, target }) => {
    const [from, column, to] = [sql.table(table), sql.ref(`r.${link}`), sql.table(target)];
    return sql`select ${`${table}.${link} → missing ${target}`} as problem, r.source_id from ${from} r
        where ${column} is not null and not exists (select 1 from ${to} t where t.id = ${column})
      union all select ${`${table}.${link} open, ${target} arrived`}, r.source_id from ${from} r
        where ${column} is null and exists (select 1 from ${to} t where t.source_id = ${sql.ref(`r.${sourceId}`)})`;
  });
  const { rows } = await sql<{
    problem: string;
    source_id: string;
  }>`${sql.join(checks, sql` union all `)}`.execute(db);
  return rows.map((r) => `${r.problem}: ${r.source_id}`);
}

const generated = (n: number): Change[] => Array.from({ length: n }, (_, i) => sampleChanges(i + 1)).flat();

/**
 * Two orders of the same changes. As generated, every event and document comes before its case
 * (the links to cases are made when the case arrives); reversed, every case comes before its
 * employee and an event before its document (the links to employees and documents).
 */
const ORDERS: [string, Change[]][] = [
  ['events and documents first', generated(4)],
  [
    'cases first',
    generated(4).map((change, i, all) => ({
      ...change,
      changedAt: at('2026-11-01T08:00:00Z', all.length - i),
    })),
  ],
];

describe('the read model’s links', () => {
  it('never dangle and are all made, whatever order and page size the stream has', async () => {
    // In one page the kinds are applied in dependency order: no link waits for a later page.
    await refreshOver(new FakeChangeStream().put(...generated(4)), 1000).runNow('cli');
    const expected = await readModelSnapshot(database.db);
    expect(expected.events.every((e) => e.case !== null)).toBe(true);
    expect(await brokenLinks(database.db)).toEqual([]);

    for (const [order, changes] of ORDERS)
      for (const pageSize of [1, 2, 5]) {
        const other = await createTestDatabase();
        try {
          const stream = new FakeChangeStream().put(...changes);
          await refreshOver(stream, pageSize, other).runNow('cli');
          expect(await brokenLinks(other.db), `${order}, pages of ${pageSize}`).toEqual([]);
          // The same read model as the stream in order gives (links included: the snapshot names them).
          const snapshot = await readModelSnapshot(other.db);
          expect(snapshot.cases, `${order}, pages of ${pageSize}`).toEqual(expected.cases);
          expect(snapshot.documents, `${order}, pages of ${pageSize}`).toEqual(expected.documents);
          expect(snapshot.events, `${order}, pages of ${pageSize}`).toEqual(expected.events);
        } finally {
          await other.close();
        }
      }
  });

  it('do on delete what the foreign keys did: a case takes its events and documents, an employee or document leaves a gap', async () => {
    await refreshOver(
      new FakeChangeStream().put(...sampleChanges(1), ...sampleChanges(2), ...sampleChanges(3)),
      1000,
    ).runNow('cli');
    const count = async (table: 'case_events' | 'case_documents', caseSource: string) =>
      Number(
        (
          await sql<{
            n: string;
          }>`select count(*)::text as n from ${sql.table(table)} where case_source_id = ${caseSource}`.execute(
            database.db,
          )
        ).rows[0]?.n,
      );
    expect(await count('case_events', 'case-1')).toBe(2);
    expect(await count('case_documents', 'case-1')).toBe(1);

    await database.db.deleteFrom('cases').where('source_id', '=', 'case-1').execute();
    expect(await count('case_events', 'case-1')).toBe(0);
    expect(await count('case_documents', 'case-1')).toBe(0);
    // Another case's rows stay.
    expect(await count('case_events', 'case-2')).toBe(2);

    await database.db.deleteFrom('employees').where('source_id', '=', 'emp-2').execute();
    const case2 = await database.db
      .selectFrom('cases')
      .select(['employee_id', 'employee_source_id'])
      .where('source_id', '=', 'case-2')
      .executeTakeFirstOrThrow();
    expect(case2).toEqual({ employee_id: null, employee_source_id: 'emp-2' });

    await database.db.deleteFrom('case_documents').where('source_id', '=', 'doc-2').execute();
    const event = await database.db
      .selectFrom('case_events')
      .select(['document_id', 'document_source_id'])
      .where('source_id', '=', 'ev-2-2')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ document_id: null, document_source_id: 'doc-2' });

    // An organisation still takes everything of its own (its foreign keys stay).
    await database.db.deleteFrom('organisations').where('kvk_number', '=', String(10_000_003)).execute();
    expect(await count('case_events', 'case-3')).toBe(0);
    expect(await count('case_documents', 'case-3')).toBe(0);
    expect(await brokenLinks(database.db)).toEqual([]);
  });
});
