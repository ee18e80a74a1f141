import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, usingPostgres } from '../../test/helpers/database.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../platform/db/database.ts';
import type { PortalModule } from '../platform/module.ts';
import { organisationsModule } from '../organisations/index.ts';
import { MIGRATIONS, MODULES, prepareDatabase } from './modules.ts';
import { buildPortal } from './runtime.ts';

/**
 * Issue 9: the next migration of a module must not stop a deployed portal. Modules number their
 * migrations in ranges (0100 identity, 0200 organisations, …), so the organisations module's
 * next migration sorts before the case system's last one. A database migrated to the current
 * set takes it, and the portal starts on it.
 */
const NEXT = '0210_fixture_organisation_notes';
const growing: PortalModule = {
  ...organisationsModule,
  migrations: {
    ...organisationsModule.migrations,
    [NEXT]: {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('fixture_organisation_notes')
          .addColumn('id', 'serial', (c) => c.primaryKey())
          .addColumn('note', 'text', (c) => c.notNull())
          .execute();
      },
    },
  },
};
const nextModules = MODULES.map((m) => (m === organisationsModule ? growing : m));

const dataDir = mkdtempSync(join(tmpdir(), 'bp-migrations-'));
const target = await createTestDatabaseUrl();
const location = usingPostgres ? { databaseUrl: target.url } : { dataDir: join(dataDir, 'db') };

afterAll(async () => {
  await target.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('migrations that can grow', () => {
  it('applies a module’s new lower-numbered migration to a migrated database, and the portal starts', async () => {
    // The deployed portal: every current migration applied, by the names deployed databases have.
    const deployed = await openDatabase(location);
    const applied = await prepareDatabase(deployed);
    expect(applied).toEqual(['0001_foundation', ...Object.keys(MIGRATIONS)].sort());
    expect(applied).toContain('0410_support_faq_seed');
    const faq = await deployed.db.selectFrom('faq_entries').select('slug').execute();
    expect(faq.length).toBeGreaterThan(0);
    await deployed.close();

    // The new migration sorts before migrations the database has already run.
    expect(NEXT < (applied.at(-1) ?? '')).toBe(true);

    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      ...(usingPostgres ? { DATABASE_URL: target.url } : {}),
      LOG_LEVEL: 'silent',
      DEV_MAILBOX: 'true',
      WORKER_IN_PROCESS: 'false',
    });
    const portal = await buildPortal(config, { modules: nextModules });
    try {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        portal.database.db,
      );
      expect(rows.map((r) => r.name)).toContain(NEXT);
      await sql`insert into fixture_organisation_notes (note) values ('grown')`.execute(portal.database.db);
      const ready = await portal.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      const home = await portal.app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(200);
    } finally {
      await portal.close();
    }
  }, 180_000); // two portal starts and a migration: slow on a loaded machine
});
