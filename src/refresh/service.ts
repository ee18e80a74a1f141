import { sql, type Kysely } from 'kysely';
import type { CaseSystemContract, ChangeCursor } from '../casesystem/index.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import type { DB, RefreshRowCounts, RefreshTrigger } from '../platform/db/schema.ts';
import type { Logger } from '../platform/logging.ts';
import type { ReadModelBatch } from '../platform/module.ts';
import { applyChanges } from './apply.ts';

export interface RunSummary {
  /** 'busy': another run was going on (in this process or another), nothing was done. */
  state: 'done' | 'failed' | 'busy';
  runId: number | null;
  rows: RefreshRowCounts;
  batches: number;
  durationMs: number;
  error?: string;
}

export interface RefreshProgress {
  runId: number;
  batches: number;
  rows: RefreshRowCounts;
}

export interface RefreshOptions {
  /** Changes per page and per transaction (REFRESH_BATCH_SIZE). */
  batchSize: number;
  /** A successful run older than this makes the refresh stale (REFRESH_STALE_AFTER_HOURS). */
  staleAfterHours: number;
  /**
   * How long a process keeps the time of the last successful run for the sponsors' "information
   * as of" (`informationAsOf()`, issue 9: one query less on each page with case data). A run in
   * this process clears it at once; a run in another process (the worker) shows within this time.
   * 0 (the default) reads it each time.
   */
  lastRunCacheMs?: number;
}

export interface RefreshStatus {
  lastSuccess: Date | null;
  /** Seconds since the last successful run finished; null when there was none. */
  ageSeconds: number | null;
  /** No successful run within `staleAfterHours` (or never). */
  stale: boolean;
  running: boolean;
}

/** Any number (the same in every process): the session lock that lets one refresh run at a time. */
const LOCK_KEY = 1_000_010;

/**
 * The refresh: reads the case system's change stream from the last checkpoint and applies it
 * to the read model, one transaction per page (the rows, the checkpoint in `refresh_cursor` and
 * the run's counters together), so a run that dies at any point resumes at its last commit and
 * ends up with the same read model as a run that did not die.
 *
 * One run at a time: within a process by a flag, across processes (PostgreSQL) by a session-level
 * advisory lock held on a connection of its own for the whole run; a process that is killed
 * loses its session and with it the lock. PGlite is one session of one process, where an
 * advisory lock would be re-entrant, so the flag is what counts there.
 */
export class RefreshService {
  readonly #database: DatabaseHandle;
  readonly #caseSystem: Pick<CaseSystemContract, 'changesSince'>;
  readonly #logger: Logger | undefined;
  readonly #options: RefreshOptions;
  readonly #hooks: readonly ReadModelHook[];
  #running = false;
  #lastRun: { value: Promise<{ finishedAt: Date } | null>; until: number } | null = null;

  constructor(deps: {
    database: DatabaseHandle;
    caseSystem: Pick<CaseSystemContract, 'changesSince'>;
    logger?: Logger;
    options: RefreshOptions;
    /** The modules' `onReadModelBatch`, run in each page's transaction (src/main composes them). */
    hooks?: readonly ReadModelHook[];
  }) {
    this.#hooks = deps.hooks ?? [];
    this.#database = deps.database;
    this.#caseSystem = deps.caseSystem;
    this.#logger = deps.logger;
    this.#options = deps.options;
  }

  get #db(): Kysely<DB> {
    return this.#database.db;
  }

  /** Runs a refresh now, unless one is running; `onProgress` after every committed page. */
  async runNow(
    trigger: RefreshTrigger,
    options: { startedBy?: string; onProgress?: (progress: RefreshProgress) => void } = {},
  ): Promise<RunSummary> {
    if (this.#running) return busy();
    this.#running = true;
    try {
      if (this.#database.driver === 'pglite') return await this.#run(trigger, options);
      return await this.#db.connection().execute(async (session) => {
        const { rows } = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_lock(${LOCK_KEY}) as locked`.execute(session);
        if (!rows[0]?.locked) return busy();
        try {
          return await this.#run(trigger, options);
        } finally {
          await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(session);
        }
      });
    } finally {
      this.#running = false;
      this.#lastRun = null;
    }
  }

  async #run(
    trigger: RefreshTrigger,
    options: { startedBy?: string; onProgress?: (progress: RefreshProgress) => void },
  ): Promise<RunSummary> {
    const started = Date.now();
    // A run that is still 'running' while this one holds the lock was killed: say so.
    await this.#db
      .updateTable('refresh_runs')
      .set({
        state: 'failed',
        outcome: 'interrupted',
        finished_at: sql<Date>`now()`,
        error: 'the process stopped during the run',
      })
      .where('state', '=', 'running')
      .execute();
    const run = await this.#db
      .insertInto('refresh_runs')
      .values({
        started_at: sql<Date>`now()`,
        state: 'running',
        trigger,
        started_by: options.startedBy ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows: RefreshRowCounts = {};
    let batches = 0;
    try {
      let cursor = await this.cursor();
      for (;;) {
        const page = await this.#caseSystem.changesSince(cursor, this.#options.batchSize);
        if (page.changes.length === 0) break;
        const next = page.next;
        await this.#db.transaction().execute(async (trx) => {
          const counts = await applyChanges(trx, page.changes);
          for (const [kind, count] of Object.entries(counts) as [keyof RefreshRowCounts, number][])
            rows[kind] = (rows[kind] ?? 0) + count;
          if (this.#hooks.length > 0) {
            const batch = batchOf(page.changes);
            for (const hook of this.#hooks) await hook(trx, batch);
          }
          await trx
            .insertInto('refresh_cursor')
            .values({ id: 1, changed_at: next.changedAt, source_id: next.id, run_id: run.id })
            .onConflict((oc) =>
              oc.column('id').doUpdateSet({
                changed_at: next.changedAt,
                source_id: next.id,
                run_id: run.id,
                updated_at: sql<Date>`now()`,
              }),
            )
            .execute();
          await trx
            .updateTable('refresh_runs')
            .set({
              rows: JSON.stringify(rows),
              batches: batches + 1,
              cursor_changed_at: next.changedAt as never,
              cursor_id: next.id,
            })
            .where('id', '=', run.id)
            .execute();
        });
        batches += 1;
        cursor = next;
        options.onProgress?.({ runId: run.id, batches, rows: { ...rows } });
        if (!page.more) break;
      }
      const changed = Object.values(rows).some((n) => n > 0);
      await this.#db
        .updateTable('refresh_runs')
        .set({ state: 'done', outcome: changed ? 'changed' : 'unchanged', finished_at: sql<Date>`now()` })
        .where('id', '=', run.id)
        .execute();
      this.#logger?.info({ runId: run.id, trigger, rows, batches }, 'refresh done');
      return { state: 'done', runId: run.id, rows, batches, durationMs: Date.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#logger?.error({ err: error, runId: run.id, trigger }, 'refresh failed');
      await this.#db
        .updateTable('refresh_runs')
        .set({
          state: 'failed',
          outcome: 'error',
          finished_at: sql<Date>`now()`,
          error: message.slice(0, 2000),
        })
        .where('id', '=', run.id)
        .execute()
        .catch(() => undefined);
      return {
        state: 'failed',
        runId: run.id,
        rows,
        batches,
        durationMs: Date.now() - started,
        error: message,
      };
    }
  }

  /** The last checkpoint, with the database's microseconds (null before the first run). */
  async cursor(): Promise<ChangeCursor | null> {
    const row = await this.#db
      .selectFrom('refresh_cursor')
      .select([
        sql<string>`to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('changedAt'),
        'source_id',
      ])
      .where('id', '=', 1)
      .executeTakeFirst();
    return row ? { changedAt: row.changedAt, id: row.source_id } : null;
  }

  /** When the last successful run finished: the "information as of" of every page with case data. */
  async lastSuccessfulRun(): Promise<{ finishedAt: Date } | null> {
    return this.#readLastSuccessfulRun();
  }

  /**
   * The same for the pages of signed-in sponsors (status list, case pages, employees, account)
   * and the API's organisation, kept for `lastRunCacheMs` (issue 9: one query less on each). The
   * public home page and the staleness alert read `lastSuccessfulRun()`, so they still answer 503
   * the moment the database is gone.
   */
  informationAsOf(): Promise<{ finishedAt: Date } | null> {
    const ttl = this.#options.lastRunCacheMs ?? 0;
    if (ttl <= 0) return this.#readLastSuccessfulRun();
    const now = Date.now();
    if (this.#lastRun && this.#lastRun.until > now) return this.#lastRun.value;
    const value = this.#readLastSuccessfulRun();
    const entry = { value, until: now + ttl };
    this.#lastRun = entry;
    // A failed read is not kept: the next page asks again.
    value.catch(() => {
      if (this.#lastRun === entry) this.#lastRun = null;
    });
    return value;
  }

  async #readLastSuccessfulRun(): Promise<{ finishedAt: Date } | null> {
    const row = await this.#db
      .selectFrom('refresh_runs')
      .select('finished_at')
      .where('state', '=', 'done')
      .orderBy('finished_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.finished_at ? { finishedAt: row.finished_at } : null;
  }

  /** The staleness alert: metrics, /readyz and the back-office banner read this. */
  async status(now: Date = new Date()): Promise<RefreshStatus> {
    const [last, running] = await Promise.all([
      this.lastSuccessfulRun(),
      this.#db
        .selectFrom('refresh_runs')
        .select('id')
        .where('state', '=', 'running')
        .limit(1)
        .executeTakeFirst(),
    ]);
    return staleness(last?.finishedAt ?? null, now, this.#options.staleAfterHours, running !== undefined);
  }

  /** The latest runs, newest first (the back-office page). */
  async recentRuns(limit = 50) {
    return this.#db
      .selectFrom('refresh_runs')
      .select([
        'id',
        'started_at',
        'finished_at',
        'state',
        'trigger',
        'outcome',
        'rows',
        'batches',
        'error',
        'started_by',
      ])
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }
}

/** Stale when the last success is more than `staleAfterHours` old (exactly that age is not yet stale). */
export function staleness(
  lastSuccess: Date | null,
  now: Date,
  staleAfterHours: number,
  running = false,
): RefreshStatus {
  if (!lastSuccess) return { lastSuccess: null, ageSeconds: null, stale: true, running };
  const ageSeconds = Math.max(0, (now.getTime() - lastSuccess.getTime()) / 1000);
  return { lastSuccess, ageSeconds, stale: ageSeconds > staleAfterHours * 3600, running };
}

export type ReadModelHook = (trx: Kysely<DB>, batch: ReadModelBatch) => Promise<void>;

function batchOf(changes: readonly { kind: string; id: string }[]): ReadModelBatch {
  const ids = (kind: string) => [...new Set(changes.filter((c) => c.kind === kind).map((c) => c.id))];
  return {
    caseSourceIds: ids('case'),
    caseEventSourceIds: ids('case_event'),
    documentSourceIds: ids('document'),
  };
}

const busy = (): RunSummary => ({ state: 'busy', runId: null, rows: {}, batches: 0, durationMs: 0 });
