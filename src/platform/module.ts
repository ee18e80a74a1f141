import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Config } from '../config.ts';
import type { AuditActionSpec } from './audit.ts';
import type { ReactNode } from 'react';
import type { Actor, BusinessActor, StaffRole } from './auth/actor.ts';
import type { DatabaseHandle } from './db/database.ts';
import type { DB } from './db/schema.ts';
import type { FileStore } from './files/file-store.ts';
import type { AssetManifest } from './http/assets.ts';
import type { KeptInputService } from './http/kept-input.ts';
import type { Metrics } from './http/operations.ts';
import type { MessageKey, Translate } from './i18n/catalogue.ts';
import type { Messages } from './i18n/i18n.ts';
import type { JobDefinition, Jobs } from './jobs/jobs.ts';
import type { Logger } from './logging.ts';
import type { Mailer } from './mail/mailer.ts';

/**
 * The module contract: the only thing platform knows about the portal's features. Each
 * feature module exports one `PortalModule` from its `index.ts`; `src/main/modules.ts` lists
 * them, and the web process, the worker and the CLI are all composed from that one list.
 *
 * Types stay typed without platform importing a feature, by declaration merging (as Fastify's
 * own types are extended in http/types.ts): a module adds its tables to `DB`
 * (db/schema.ts), its messages to `MessageRegistry` (i18n/catalogue.ts) and the services it
 * needs to `PortalServices` or `WebServices` below. `src/main/services.ts` then has to build
 * every one of them, or it does not compile.
 */

/** Services every process builds once, in main (web and worker). Modules add theirs. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PortalServices {}

/** Services only the web process builds (eHerkenning keys and metadata, …). Modules add theirs. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WebServices {}

/** What every process has: configuration, the database, jobs, mail, files, logging. */
export interface CoreContext {
  config: Config;
  database: DatabaseHandle;
  logger: Logger;
  jobs: Jobs;
  mailer: Mailer;
  files: FileStore;
  /** Every module's migrations, by name (for /readyz: "all applied"). */
  migrations: Record<string, Migration>;
}

/** What a module's jobs get: the core and the services built in main. */
export interface JobContext extends CoreContext, PortalServices {}

/** What a module's routes get: the above, and the web process's own services. */
export interface ModuleContext extends JobContext, WebServices {
  assets: AssetManifest;
  metrics: Metrics;
  /** Builds the actor from the request's session (identity's resolver, composed in main). */
  resolveActor: (request: FastifyRequest) => Promise<Actor>;
  /** Keeps a form's input over an expired session (identity's store, composed in main). */
  keptInput?: KeptInputService;
  /** The back-office sections of all modules (the back-office home lists them). */
  sections: SectionRegistry;
  /** The modules' sections of the business dashboard (composed in createApp), in `order`. */
  dashboardSections?: readonly DashboardSection[];
}

/**
 * A block a module adds to the business dashboard (identity renders the page and knows no
 * module): `render` loads what it needs for the actor, scoped by its organisation, and returns
 * the block (rendered inside the page, so it may use `useView`), or null when it does not apply.
 */
export interface DashboardSection {
  /** Position among the dashboard's module sections (ascending). */
  order: number;
  render(actor: BusinessActor): Promise<ReactNode>;
}

/** A navigation entry; `when` hides it for an actor it does not apply to. */
export interface NavEntry {
  href: string;
  label: MessageKey;
  /** Position in the navigation (ascending), so the order does not depend on the module list. */
  order: number;
  when?: (actor: Actor) => boolean;
}

export interface BackofficeSection {
  /** Position on the back-office home and in the staff navigation (ascending). */
  order: number;
  href: string;
  title: MessageKey;
  description: MessageKey;
  roles: readonly StaffRole[];
}

/**
 * What one committed page of the refresh changed, by the case system's ids: handed to the
 * modules' `onReadModelBatch` inside the page's own transaction (the refresh knows no module).
 */
export interface ReadModelBatch {
  caseSourceIds: string[];
  caseEventSourceIds: string[];
  documentSourceIds: string[];
}

export interface SeedContext {
  database: DatabaseHandle;
  logger?: Logger;
  /** Where demo data puts its files (letters); absent: no files are written. */
  files?: FileStore;
}

export interface PortalModule {
  /** Lower-case, unique; the folder name under src/. */
  name: string;
  /** The module's migrations by name; names are unique across modules (see db/migrate.ts). */
  migrations?: Record<string, Migration>;
  messages?: Messages;
  /**
   * The actions the module audits (platform/audit.ts `defineAuditActions`), with their labels.
   * Declare every action here before auditing it: the activity log labels and tests them all.
   */
  auditActions?: Readonly<Record<string, AuditActionSpec>>;
  /** The module's routes; registered in the order of the module list. */
  routes?(ctx: ModuleContext): FastifyPluginAsync;
  /** Queues and schedules; the web process (WORKER_IN_PROCESS) and the worker define the same ones. */
  jobs?(ctx: JobContext): JobDefinition<object>[];
  /**
   * Runs in the refresh's transaction after each page of changes is applied (before its
   * checkpoint commits): rows written here exist exactly when the change does (the webhooks'
   * outbox). A failure rolls the page back, and the refresh fails and resumes as for any error.
   */
  onReadModelBatch?(trx: Kysely<DB>, batch: ReadModelBatch): Promise<void>;
  /** Entries in the main navigation, per kind of actor, in module-list order. */
  nav?: { business?: NavEntry[]; public?: NavEntry[] };
  /** Sections of the back office (home page and staff navigation), in module-list order. */
  backofficeSections?: BackofficeSection[];
  /** Blocks on the business dashboard (open duties, …), built with the web process's context. */
  dashboardSections?(ctx: ModuleContext): DashboardSection[];
  /**
   * Content every installation needs (FAQ entries, …): run after migrating, in every process
   * that migrates. Must be idempotent (it runs at every start).
   */
  seed?(ctx: SeedContext): Promise<void>;
  /** Demo data for development (`DEMO_DATA`, `npm run seed`); true when something was written. */
  demo?(ctx: SeedContext): Promise<boolean>;
}

/** The back-office sections of the composed modules. */
export interface SectionRegistry {
  all: readonly BackofficeSection[];
  /** The sections a staff user's roles open. */
  for(roles: readonly StaffRole[]): BackofficeSection[];
}

export function sectionRegistry(modules: readonly PortalModule[]): SectionRegistry {
  const all = modules.flatMap((m) => m.backofficeSections ?? []).sort((a, b) => a.order - b.order);
  return {
    all,
    for: (roles) => all.filter((s) => s.roles.some((r) => roles.includes(r))),
  };
}

/** Every module's migrations in one record; two modules with one migration name is an error. */
export function migrationsOf(modules: readonly PortalModule[]): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (name in all) throw new Error(`migration ${name} is defined twice (module ${module.name})`);
      all[name] = migration;
    }
  }
  return all;
}

/** The main navigation for an actor, from the modules' entries. */
export function navigationFor(
  modules: readonly PortalModule[],
  sections: SectionRegistry,
): (actor: Actor, t: Translate) => { href: string; label: string }[] {
  const byOrder = (a: NavEntry, b: NavEntry) => a.order - b.order;
  const business = modules.flatMap((m) => m.nav?.business ?? []).sort(byOrder);
  const anonymous = modules.flatMap((m) => m.nav?.public ?? []).sort(byOrder);
  const entries = (list: NavEntry[], actor: Actor, t: Translate) =>
    list.filter((e) => !e.when || e.when(actor)).map((e) => ({ href: e.href, label: t(e.label) }));
  return (actor, t) => {
    if (actor.kind === 'business') return entries(business, actor, t);
    if (actor.kind === 'staff') {
      return [
        { href: '/backoffice', label: t('nav.backoffice') },
        ...sections.for(actor.roles).map((s) => ({ href: s.href, label: t(s.title) })),
      ];
    }
    return entries(anonymous, actor, t);
  };
}
