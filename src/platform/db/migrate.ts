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

/** Runs pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Database, migrations: Record<string, Migration>): Promise<string[]> {
  const result: MigrationResultSet = await migrator(db, migrations).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : 'unknown error';
    throw new Error(`migration ${failed} failed: ${reason}`, { cause: result.error });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** True when every known migration has been applied (used by /readyz). */
export async function migrationsCurrent(db: Database, migrations: Record<string, Migration>): Promise<boolean> {
  const all = await migrator(db, migrations).getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
