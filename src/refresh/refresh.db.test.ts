import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import type { Change } from '../casesystem/index.ts';
import { RefreshService, staleness } from './service.ts';
import { FakeChangeStream, at, readModelSnapshot, sampleChanges } from './testing.ts';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

const refreshOver = (stream: FakeChangeStream, batchSize = 1000) =>
  new RefreshService({ database, caseSystem: stream, options: { batchSize, staleAfterHours: 26 } });

describe('the refresh', () => {
  it('builds the read model from the change stream, linking rows that arrive before what they refer to', async () => {
    const stream = new FakeChangeStream().put(...sampleChanges(1), ...sampleChanges(2));
    const summary = await refreshOver(stream, 3).runNow('cli');
    expect(summary.state).toBe('done');
    expect(summary.rows).toEqual({
      organisation: 2,
      recognition: 2,
      employee: 2,
      case: 2,
      case_event: 4,
      document: 2,
    });

    const model = await readModelSnapshot(database.db);
    expect(model.cases).toHaveLength(2);
    expect(model.cases[0]).toMatchObject({
      source_id: 'case-1',
      employee: 'emp-1',
      employee_name: 'Jansen1, Anna',
      v_number: 'V000000001',
      state: 'information_requested',
      information_deadline: '2026-12-15',
    });
    // The events and the document came before their case; they are linked to it now.
    expect(model.events.filter((e) => e.case === 'case-1')).toHaveLength(2);
    expect(model.events.find((e) => e.source_id === 'ev-1-2')).toMatchObject({
      document: 'doc-1',
      deadline: '2026-12-15',
    });
    expect(model.documents[0]).toMatchObject({ source_id: 'doc-1', case: 'case-1' });

    const run = await database.db.selectFrom('refresh_runs').selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({ state: 'done', outcome: 'changed', trigger: 'cli', batches: 5 });
    expect(run.rows).toEqual(summary.rows);
  });

  it('does not skip changes sharing a timestamp across a page boundary', async () => {
    const same = at('2026-11-02T10:00:00Z', 7);
    const org = sampleChanges(5).slice(0, 1);
    const employees = ['e-a', 'e-b', 'e-c'].map((id): Change => ({
      ...(sampleChanges(5)[2] as Extract<Change, { kind: 'employee' }>),
      id,
      surname: id,
      changedAt: same,
    }));
    const stream = new FakeChangeStream().put(...org, ...employees);
    const summary = await refreshOver(stream, 2).runNow('cli');
    expect(summary.rows.employee).toBe(3);
    const rows = await database.db
      .selectFrom('employees')
      .select('surname')
      .where('source_id', 'is not', null)
      .execute();
    expect(rows.map((r) => r.surname).sort()).toEqual(['e-a', 'e-b', 'e-c']);
  });

  it('changes nothing on a second run when nothing changed, and writes nothing when a page is replayed', async () => {
    const stream = new FakeChangeStream().put(...sampleChanges(1));
    const refresh = refreshOver(stream);
    await refresh.runNow('cli');
    const tuples = async () =>
      (
        await sql<{ xmins: string }>`select string_agg(xmin::text, ',' order by source_id) as xmins from (
          select xmin, source_id from cases union all select xmin, source_id from employees
          union all select xmin, source_id from case_events union all select xmin, source_id from case_documents
          union all select xmin, kvk_number from organisations union all select xmin, category from recognitions) t`.execute(
          database.db,
        )
      ).rows[0]?.xmins;
    const before = await tuples();
    const again = await refresh.runNow('schedule');
    expect(again).toMatchObject({ state: 'done', rows: {}, batches: 0 });
    expect(await tuples()).toBe(before);

    // The same changes once more from the beginning (a lost checkpoint): no row is rewritten.
    await database.db.deleteFrom('refresh_cursor').execute();
    const replay = await refresh.runNow('manual');
    expect(replay.rows).toEqual({
      organisation: 0,
      recognition: 0,
      employee: 0,
      case: 0,
      case_event: 0,
      document: 0,
    });
    expect(await tuples()).toBe(before);
    const last = await database.db
      .selectFrom('refresh_runs')
      .select('outcome')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.outcome).toBe('unchanged');
  });

  it('resumes after a failing page from the last checkpoint and ends with the same read model', async () => {
    const changes = [1, 2, 3, 4].flatMap((n) => sampleChanges(n));
    const clean = new FakeChangeStream().put(...changes);
    await refreshOver(clean, 4).runNow('cli');
    const expected = await readModelSnapshot(database.db);

    const other = await createTestDatabase();
    try {
      const stream = new FakeChangeStream().put(...changes);
      let pages = 0;
      const failing = {
        changesSince: (cursor: Parameters<FakeChangeStream['changesSince']>[0], limit: number) => {
          pages += 1;
          if (pages === 3) return Promise.reject(new Error('case system unreachable'));
          return stream.changesSince(cursor, limit);
        },
      };
      const first = await new RefreshService({
        database: other,
        caseSystem: failing,
        options: { batchSize: 4, staleAfterHours: 26 },
      }).runNow('schedule');
      expect(first).toMatchObject({ state: 'failed', batches: 2, error: 'case system unreachable' });
      const cursor = await other.db
        .selectFrom('refresh_cursor')
        .select('source_id')
        .executeTakeFirstOrThrow();
      expect(cursor.source_id).toBe(
        changes.slice().sort((a, b) => (a.changedAt < b.changedAt ? -1 : 1))[7]?.id,
      );

      const second = await new RefreshService({
        database: other,
        caseSystem: stream,
        options: { batchSize: 4, staleAfterHours: 26 },
      }).runNow('schedule');
      expect(second.state).toBe('done');
      expect(await readModelSnapshot(other.db)).toEqual(expected);
      const runs = await other.db
        .selectFrom('refresh_runs')
        .select(['state', 'outcome', 'error'])
        .orderBy('id')
        .execute();
      expect(runs).toEqual([
        { state: 'failed', outcome: 'error', error: 'case system unreachable' },
        { state: 'done', outcome: 'changed', error: null },
      ]);
    } finally {
      await other.close();
    }
  });

  it('writes only the registry columns of an organisation and keeps the portal’s own', async () => {
    const org = sampleChanges(1)[0] as Extract<Change, { kind: 'organisation' }>;
    await database.db
      .insertInto('organisations')
      .values({
        kvk_number: org.kvkNumber,
        name: 'Oude naam',
        legal_form: 'Eenmanszaak',
        rsin: null,
        visiting_address: JSON.stringify({
          street: 'x',
          houseNumber: '1',
          postalCode: '1000AA',
          city: 'A',
          country: 'NL',
        }) as never,
        administration_address: null as never,
        contact_name: 'Piet',
        contact_email: 'piet@example.nl',
        iban: 'NL91ABNA0417164300',
        account_holder: 'Piet',
        mandate_signed_on: '2025-01-01',
        employee_count: 1,
        preferred_language: 'en',
      })
      .execute();
    await refreshOver(new FakeChangeStream().put(org)).runNow('cli');
    const row = await database.db.selectFrom('organisations').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: 'Bedrijf 1 B.V.',
      contact_email: 'piet@example.nl',
      iban: 'NL91ABNA0417164300',
      preferred_language: 'en',
    });
  });

  it('runs one refresh at a time in a process', async () => {
    const stream = new FakeChangeStream().put(...sampleChanges(1));
    const refresh = refreshOver(stream);
    const [a, b] = await Promise.all([refresh.runNow('schedule'), refresh.runNow('manual')]);
    expect([a.state, b.state].sort()).toEqual(['busy', 'done']);
  });

  it('marks a run left running by a killed process as interrupted', async () => {
    await database.db
      .insertInto('refresh_runs')
      .values({ started_at: new Date(), state: 'running' })
      .execute();
    await refreshOver(new FakeChangeStream()).runNow('cli');
    const runs = await database.db
      .selectFrom('refresh_runs')
      .select(['state', 'outcome'])
      .orderBy('id')
      .execute();
    expect(runs).toEqual([
      { state: 'failed', outcome: 'interrupted' },
      { state: 'done', outcome: 'unchanged' },
    ]);
  });
});

describe('staleness', () => {
  const finished = new Date('2026-11-29T06:00:00Z');
  it('is stale only after 26 hours', () => {
    expect(staleness(finished, new Date('2026-11-30T08:00:00Z'), 26).stale).toBe(false);
    expect(staleness(finished, new Date('2026-11-30T08:00:00.001Z'), 26).stale).toBe(true);
    expect(staleness(finished, new Date('2026-11-30T08:00:00Z'), 26).ageSeconds).toBe(26 * 3600);
  });
  it('is stale when there never was a successful run', () => {
    expect(staleness(null, new Date(), 26)).toMatchObject({ stale: true, ageSeconds: null });
  });
});
