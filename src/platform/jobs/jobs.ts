import { PgBoss, fromKysely, fromPglite, type Db as IDatabase, type Job } from 'pg-boss';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/database.ts';
import type { Logger } from '../logging.ts';

export interface JobDefinition<T extends object> {
  name: string;
  handler: (data: T, job: Job<T>) => Promise<void>;
  /** Retries with exponential backoff (pg-boss retryBackoff). */
  retryLimit?: number;
  /** Cron expression in Europe/Amsterdam time. */
  cron?: string;
}

/** A module's job definition as the module contract lists it (platform/module.ts `jobs`). */
export function job<T extends object>(definition: JobDefinition<T>): JobDefinition<object> {
  return definition as unknown as JobDefinition<object>;
}

export interface Jobs {
  define<T extends object>(definition: JobDefinition<T>): void;
  /** Sends a job; pass the transaction so the job exists only if the transaction commits. */
  send(
    name: string,
    data: object,
    options?: { trx?: Kysely<unknown>; singletonKey?: string; startAfterSeconds?: number },
  ): Promise<void>;
  /** The queues and schedules defined so far (the web/worker parity test compares them). */
  defined(): { name: string; cron: string | null }[];
  /** Starts pg-boss; with `work` the worker also processes jobs in this process. */
  start(options: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
}

const TIME_ZONE = 'Europe/Amsterdam';

/**
 * pg-boss on both drivers. On PGlite every pg-boss statement runs under the same lock as
 * the portal's own queries (PGlite is one session); on PostgreSQL pg-boss has its own pool.
 */
export function createJobs(handle: DatabaseHandle, databaseUrl: string | undefined, logger: Logger): Jobs {
  // PGlite (embedded or memory://) is checked first: its URL is not a PostgreSQL connection string.
  const boss = handle.pglite
    ? new PgBoss({ db: lockedPglite(handle.pglite), backend: 'pglite', schema: 'pgboss' })
    : new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (error: Error) => logger.error({ err: error }, 'job queue error'));

  const definitions = new Map<string, JobDefinition<object>>();
  let started = false;

  return {
    define(definition) {
      definitions.set(definition.name, definition as JobDefinition<object>);
    },
    async send(name, data, options = {}) {
      const db: IDatabase | undefined = options.trx ? fromKysely(options.trx) : undefined;
      const definition = definitions.get(name);
      await boss.send(name, data, {
        ...(db ? { db } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        retryLimit: definition?.retryLimit ?? 10,
        retryBackoff: true,
        retryDelay: 5,
        retryDelayMax: 3600,
      });
    },
    defined() {
      return [...definitions.values()].map((d) => ({ name: d.name, cron: d.cron ?? null }));
    },
    async start({ work }) {
      await boss.start();
      started = true;
      // Queues and schedules are created or changed only when they differ from what is stored:
      // two statements at a start instead of two per queue (bench/README.md, start-up).
      const queues = new Set((await boss.getQueues()).map((queue) => queue.name));
      const schedules = new Map((await boss.getSchedules()).map((s) => [s.name, s]));
      for (const definition of definitions.values()) {
        if (!queues.has(definition.name)) await boss.createQueue(definition.name);
        const stored = schedules.get(definition.name);
        if (definition.cron && (stored?.cron !== definition.cron || stored.timezone !== TIME_ZONE)) {
          await boss.schedule(definition.name, definition.cron, {}, { tz: TIME_ZONE });
        }
        if (work) {
          await boss.work<object>(definition.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
            for (const job of jobs) await definition.handler(job.data, job);
          });
        }
      }
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, timeout: 10_000 });
      started = false;
    },
  };
}

function lockedPglite(pglite: NonNullable<DatabaseHandle['pglite']>): IDatabase {
  const inner = fromPglite(pglite.instance);
  return { executeSql: (text, values) => pglite.exclusive(() => inner.executeSql(text, values)) };
}
