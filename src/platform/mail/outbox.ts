import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { Jobs } from '../jobs/jobs.ts';
import type { Logger } from '../logging.ts';
import type { Mailer, MailMessage } from './mailer.ts';

/**
 * The transactional outbox (rule 4 of the brief: side effects after commit).
 * `enqueueMail` writes the mail and its delivery job in the caller's transaction: a
 * rolled-back transaction sends nothing, a committed one is delivered with retries even
 * when SMTP is down for a while.
 */
export const DELIVER_JOB = 'outbox.deliver';
export const SWEEP_JOB = 'outbox.sweep';
const CLAIM_SECONDS = 120;

export async function enqueueMail(trx: Kysely<DB>, jobs: Jobs, message: MailMessage): Promise<string> {
  const row = await trx
    .insertInto('outbox')
    .values({ topic: 'mail', payload: JSON.stringify(message) as never })
    .returning('id')
    .executeTakeFirstOrThrow();
  await jobs.send(DELIVER_JOB, { id: row.id }, { trx: trx as Kysely<unknown>, singletonKey: row.id });
  return row.id;
}

export function registerOutbox(jobs: Jobs, db: Database, mailer: Mailer, logger: Logger): void {
  jobs.define<{ id: string }>({
    name: DELIVER_JOB,
    retryLimit: 50,
    handler: async ({ id }) => {
      await deliver(db, mailer, logger, id);
    },
  });
  jobs.define<Record<string, never>>({
    name: SWEEP_JOB,
    cron: '*/10 * * * *',
    handler: async () => {
      // A safety net: anything undelivered for 10 minutes whose job was lost is sent again.
      const stale = await db
        .selectFrom('outbox')
        .select('id')
        .where('delivered_at', 'is', null)
        .where('created_at', '<', sql<Date>`now() - interval '10 minutes'`)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', sql<Date>`now()`)]))
        .limit(500)
        .execute();
      for (const { id } of stale) await jobs.send(DELIVER_JOB, { id }, { singletonKey: id });
    },
  });
}

/** Delivers one outbox row at most once at a time; safe to call again for the same id. */
export async function deliver(
  db: Database,
  mailer: Mailer,
  logger: Logger,
  id: string,
): Promise<'sent' | 'nothing'> {
  const claimed = await db
    .updateTable('outbox')
    .set({
      claimed_until: sql<Date>`now() + make_interval(secs => ${CLAIM_SECONDS})`,
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', '=', id)
    .where('delivered_at', 'is', null)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', sql<Date>`now()`)]))
    .returning(['topic', 'payload'])
    .executeTakeFirst();
  if (!claimed) return 'nothing';
  try {
    if (claimed.topic !== 'mail') throw new Error(`unknown outbox topic ${claimed.topic}`);
    await mailer.send(claimed.payload as unknown as MailMessage, { messageId: `<${id}@portaal-zakelijk>` });
  } catch (error) {
    await db
      .updateTable('outbox')
      .set({
        claimed_until: null,
        last_error: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
      })
      .where('id', '=', id)
      .execute();
    logger.warn({ outboxId: id }, 'mail delivery failed; will retry');
    throw error;
  }
  await db
    .updateTable('outbox')
    .set({ delivered_at: new Date(), claimed_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
  return 'sent';
}
