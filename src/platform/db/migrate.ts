import { sql } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { Database } from './database.ts';
import * as m0001 from './migrations/0001_foundation.ts';

/** Platform's own migrations (audit log, outbox, mailbox and the foundation tables). */
export const platformMigrations: Record<string, Migration> = { '0001_foundation': m0001 };

/**
 * The migrator over platform's migrations and the modules' (src/main/modules.ts composes them).
 *
 * Each module numbers its migrations in its own range (0100 identity, 0200 organisations, 0300
 * applications, 0400 support, 0500 case system), so a module's next migration usually sorts
 * before another module's last one. `allowUnorderedMigrations` lets Kysely run such a migration
 * on a database that has already run the higher-numbered ones; without it the next migration of
 * any module but the last would stop every deployed portal ("corrupted migrations"). Pending
 * migrations still run in name order; an applied migration must never be renamed or removed.
 */
function migrator(db: Database, migrations: Record<string, Migration>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve({ ...platformMigrations, ...migrations }) },
    allowUnorderedMigrations: true,
  });
}

/**
 * True when the database has applied exactly the known migrations, read with two small queries.
 * Kysely's Migrator first introspects the whole catalogue, twice (0.25–0.8 s on PGlite, most of a
 * start-up and of every /readyz), so a start with nothing to migrate asks this first.
 */
async function upToDate(db: Database, migrations: Record<string, Migration>): Promise<boolean> {
  const table = await sql<{
    present: boolean;
  }>`select to_regclass('kysely_migration') is not null as present`.execute(db);
  if (!table.rows[0]?.present) return false;
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const known = new Set(Object.keys({ ...platformMigrations, ...migrations }));
  return applied.rows.length === known.size && applied.rows.every((row) => known.has(row.name));
}

/** Runs pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(
  db: Database,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  if (await upToDate(db, migrations)) return [];
  const result: MigrationResultSet = await migrator(db, migrations).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : 'unknown error';
    throw new Error(`migration ${failed} failed: ${reason}`, { cause: result.error });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** True when every known migration has been applied (used by /readyz). */
export async function migrationsCurrent(
  db: Database,
  migrations: Record<string, Migration>,
): Promise<boolean> {
  if (await upToDate(db, migrations)) return true;
  const all = await migrator(db, migrations).getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
