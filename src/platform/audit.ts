import type { Insertable, Kysely } from 'kysely';
import type { Actor } from './auth/actor.ts';
import type { DB } from './db/schema.ts';
import type { Message } from './i18n/i18n.ts';

/**
 * The audited actions: one typed registry (issue 17). Each module declares the actions it
 * audits in its own `audit-actions.ts` with `defineAuditActions`, adds them to
 * `AuditActionRegistry` by declaration merging and exports them on its module object
 * (`auditActions`, src/platform/module.ts):
 *
 *   export const supportAuditActions = defineAuditActions({ 'support.report.submitted': {…} });
 *   declare module '../platform/audit.ts' {
 *     interface AuditActionRegistry extends AuditActionsOf<typeof supportAuditActions> {}
 *   }
 *
 * `audit()` accepts only a declared action (a type error otherwise), and the activity log's
 * tests walk the composed registry of src/main/modules.ts: declaring an action there is the
 * one thing a module must do, and then it is labelled in both languages and tested.
 */
export interface AuditActionSpec {
  /**
   * Who sees a row of it: 'organisation' — the organisation's own activity log (and the back
   * office); 'staff' — the back office's audit log only (logins of staff, refused lookups, …).
   */
  shown: 'organisation' | 'staff';
  /** What was done, as a short phrase for the activity log ("Submitted an application"). */
  label: Message;
}

/** Every declared action, by name. Modules extend it (see above). */
export interface AuditActionRegistry extends AuditActionsOf<typeof platformAuditActions> {}

export type AuditAction = Extract<keyof AuditActionRegistry, string>;

/** The registry entries of one module's declarations. */
export type AuditActionsOf<T extends Readonly<Record<string, AuditActionSpec>>> = {
  readonly [K in keyof T]: AuditActionSpec;
};

/** Declares a module's audited actions (keeps the names literal for the registry). */
export function defineAuditActions<const T extends Readonly<Record<string, AuditActionSpec>>>(actions: T): T {
  return actions;
}

/** Platform's own: a route refused for the actor's kind or scope (app.ts). */
export const platformAuditActions = defineAuditActions({
  'access.denied': {
    shown: 'staff',
    label: { nl: 'Toegang geweigerd', en: 'Access refused' },
  },
});

/**
 * Joins platform's and the modules' declarations. An action declared twice is an error at
 * start (two labels for one action, or two modules claiming it).
 */
export function composeAuditActions(
  sources: readonly { name: string; auditActions?: Readonly<Record<string, AuditActionSpec>> }[],
): Readonly<Record<AuditAction, AuditActionSpec>> {
  const all: Record<string, AuditActionSpec> = { ...platformAuditActions };
  const owner = new Map<string, string>(Object.keys(platformAuditActions).map((k) => [k, 'platform']));
  for (const { name, auditActions } of sources) {
    for (const [action, spec] of Object.entries(auditActions ?? {})) {
      const first = owner.get(action);
      if (first) throw new Error(`audited action "${action}" is declared by both ${first} and ${name}`);
      owner.set(action, name);
      all[action] = spec;
    }
  }
  return all as Record<AuditAction, AuditActionSpec>;
}

/**
 * How an API client is named in `actor_subject` (`api-client:<client id>`, docs/api.md): the
 * activity log shows such a row as the API client's, not a person's.
 */
export const API_CLIENT_SUBJECT = 'api-client:';

export interface AuditEntry {
  event: AuditAction;
  outcome: 'success' | 'failure' | 'denied';
  reason?: string;
  organisationId?: string | null;
  objectType?: string;
  objectId?: string;
  requestId?: string;
  /** Never personal data, never message bodies: codes and ids only. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Writes one audit row. The actor is described as "intermediary X for sponsor Y, acting person Z".
 *
 * Pass the transaction of the action it records (`trx`), so that the row and the act commit or
 * roll back together (issue 17: nothing acted without a record, no record without the act). A
 * read (a download, a view) is recorded before its bytes are sent. The table refuses UPDATE and
 * DELETE (migration 1000_activity_log): nobody edits the log.
 */
export async function audit(db: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(actor, entry)).execute();
}

/** The row an entry is written as. */
function auditRow(actor: Actor, entry: AuditEntry): Insertable<DB['audit_log']> {
  return {
    event: entry.event,
    outcome: entry.outcome,
    reason: entry.reason ?? null,
    actor_kind: actor.kind,
    actor_kvk: actor.kind === 'business' ? actor.kvkNumber : null,
    actor_subject: actor.kind === 'business' ? actor.actingSubject : null,
    intermediary_kvk: actor.kind === 'business' ? actor.intermediaryKvk : null,
    staff_user: actor.kind === 'staff' ? actor.userId : null,
    organisation_id: entry.organisationId ?? (actor.kind === 'business' ? actor.organisationId : null),
    object_type: entry.objectType ?? null,
    object_id: entry.objectId ?? null,
    request_id: entry.requestId ?? null,
    details: (entry.details ? JSON.stringify(entry.details) : null) as never,
  };
}

/**
 * Audit rows of reads recorded after their response has gone (the sponsor API's calls, issue
 * 16), written together: a call's row waits at most `delayMs` (or until `maxRows` are waiting) and
 * one statement writes them all, each with the time of its own call. On PostgreSQL every
 * statement is a round trip, and a call that wrote its own row made three (token, data, audit).
 *
 * The rows were already written after the response, so a crash could lose the last one; now it
 * could lose those of the last `delayMs`. `flush()`, called when the HTTP server closes (before
 * the database does), writes what waits. A write that fails is logged with the number of rows, as a single row's was.
 */
export class DeferredAudit {
  readonly #db: Kysely<DB>;
  readonly #failed: (error: unknown, rows: number) => void;
  readonly #delayMs: number;
  readonly #maxRows: number;
  #rows: Insertable<DB['audit_log']>[] = [];
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    db: Kysely<DB>,
    failed: (error: unknown, rows: number) => void,
    options: { delayMs?: number; maxRows?: number } = {},
  ) {
    this.#db = db;
    this.#failed = failed;
    this.#delayMs = options.delayMs ?? 50;
    this.#maxRows = options.maxRows ?? 500;
  }

  /** Records an entry: written within `delayMs`. */
  add(actor: Actor, entry: AuditEntry): void {
    this.#rows.push({ ...auditRow(actor, entry), at: new Date() });
    if (this.#rows.length >= this.#maxRows) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), this.#delayMs).unref();
  }

  /** Writes what waits now; resolves when it (and any write before it) is done. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const rows = this.#rows;
    this.#rows = [];
    if (rows.length > 0) {
      this.#writing = this.#writing
        .then(() => this.#db.insertInto('audit_log').values(rows).execute())
        .then(
          () => undefined,
          (error: unknown) => this.#failed(error, rows.length),
        );
    }
    return this.#writing;
  }
}

let installedActions: Readonly<Record<string, AuditActionSpec>> = platformAuditActions;

/** Installs the composed registry (main does this once per process, as with the catalogue). */
export function installAuditActions(actions: Readonly<Record<string, AuditActionSpec>>): void {
  installedActions = actions;
}

/** The composed registry: every declared action with its spec. */
export function auditActions(): Readonly<Record<string, AuditActionSpec>> {
  return installedActions;
}
