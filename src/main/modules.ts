import { apiModule } from '../api/index.ts';
import { applicationsModule } from '../applications/index.ts';
import { backofficeModule } from '../backoffice/index.ts';
import { casesModule } from '../cases/index.ts';
import { casesystemModule } from '../casesystem/index.ts';
import { employeesModule } from '../employees/index.ts';
import { identityModule } from '../identity/index.ts';
import { organisationsModule } from '../organisations/index.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { composeAuditActions, installAuditActions } from '../platform/audit.ts';
import { composeCatalogue, installCatalogue } from '../platform/i18n/catalogue.ts';
import type { JobDefinition, Jobs } from '../platform/jobs/jobs.ts';
import { migrationsOf, type JobContext, type PortalModule } from '../platform/module.ts';
import { activityModule } from '../activity/index.ts';
import { refreshModule } from '../refresh/index.ts';
import { registerModule } from '../register/index.ts';
import { supportModule } from '../support/index.ts';

/**
 * The portal's modules: the one list the web process (runtime.ts), the worker (worker.ts) and
 * the CLI (cli.ts) are composed from. A new module is a folder with an `index.ts` exporting a
 * `PortalModule`, and one line here. Routes are registered in this order; navigation entries
 * and back-office sections carry their own `order`.
 */
export const MODULES: readonly PortalModule[] = [
  identityModule,
  supportModule,
  applicationsModule,
  organisationsModule,
  backofficeModule,
  casesystemModule,
  // After the case system: its demo data reaches the read model by a refresh (the demo hook).
  refreshModule,
  casesModule,
  employeesModule,
  // The sponsor API (issue 16): after the pages it exposes.
  apiModule,
  // After the modules whose actions it lists, and after the refresh it reads.
  activityModule,
  registerModule,
];

/** Every module's migrations (platform's own are added by the migrator). */
export const MIGRATIONS = migrationsOf(MODULES);

/** Platform's and every module's messages; a key defined twice stops the process here. */
export const CATALOGUE = composeCatalogue(MODULES);
installCatalogue(CATALOGUE);

/** Every module's audited actions (platform/audit.ts); an action declared twice stops the process here. */
export const AUDIT_ACTIONS = composeAuditActions(MODULES);
installAuditActions(AUDIT_ACTIONS);

/** Migrates, then runs every module's seed (content every installation needs, idempotent). */
export async function prepareDatabase(database: DatabaseHandle, modules = MODULES): Promise<string[]> {
  const applied = await migrateToLatest(database.db, migrationsOf(modules));
  for (const module of modules) await module.seed?.({ database });
  return applied;
}

/** Every module's demo data (development, `npm run seed`); true when anything was written. */
export async function seedDemoData(
  database: DatabaseHandle,
  modules = MODULES,
  files?: FileStore,
): Promise<boolean> {
  let seeded = false;
  for (const module of modules)
    if (await module.demo?.({ database, ...(files ? { files } : {}) })) seeded = true;
  return seeded;
}

/** Every queue and schedule of the modules, as defined for this context. */
export function jobsOf(ctx: JobContext, modules = MODULES): JobDefinition<object>[] {
  return modules.flatMap((m) => m.jobs?.(ctx) ?? []);
}

/** Defines every module's jobs on the queue: the web process and the worker call this alike. */
export function defineJobs(jobs: Jobs, ctx: JobContext, modules = MODULES): void {
  for (const definition of jobsOf(ctx, modules)) jobs.define(definition);
}
