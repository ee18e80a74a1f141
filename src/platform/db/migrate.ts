import { sql } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

function migrator(db: Database): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
}

/**
 * True when the database has applied exactly the known migrations, read with two small queries.
 * Kysely's Migrator first introspects the whole catalogue, twice (0.25–0.8 s on PGlite, most of a
 * start-up and of every /readyz), so a start with nothing to migrate asks this first.
 */
async function upToDate(db: Database): Promise<boolean> {
  const table = await sql<{
    present: boolean;
  }>`select to_regclass('kysely_migration') is not null as present`.execute(db);
  if (!table.rows[0]?.present) return false;
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const known = new Set(Object.keys(migrations));
  return applied.rows.length === known.size && applied.rows.every((row) => known.has(row.name));
}

/** Runs pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  if (await upToDate(db)) return [];
  const result: MigrationResultSet = await migrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : 'unknown error';
    throw new Error(`migration ${failed} failed: ${reason}`, { cause: result.error });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** True when every known migration has been applied (used by /readyz). */
export async function migrationsCurrent(db: Database): Promise<boolean> {
  if (await upToDate(db)) return true;
  const all = await migrator(db).getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
