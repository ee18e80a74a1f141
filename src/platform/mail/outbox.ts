import { basename, dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { FileStore } from '../files/file-store.ts';
import type { Jobs } from '../jobs/jobs.ts';
import type { Logger } from '../logging.ts';
import type { Mailer, MailMessage, OutgoingMail } from './mailer.ts';

/**
 * The transactional outbox (rule 4 of the brief: side effects after commit).
 * `enqueueMail` writes the mail and its delivery job in the caller's transaction: a
 * rolled-back transaction sends nothing, a committed one is delivered with retries even
 * when SMTP is down for a while. Attachments are file-store keys, read when the mail goes
 * out; delivered rows are purged after the configured retention (OUTBOX_RETENTION_DAYS).
 */
export const DELIVER_JOB = 'outbox.deliver';
export const SWEEP_JOB = 'outbox.sweep';
export const PURGE_JOB = 'outbox.purge';
const CLAIM_SECONDS = 120;
const PURGE_BATCH = 500;

export interface OutboxDeps {
  db: Database;
  mailer: Mailer;
  files: FileStore;
  logger: Logger;
}

export async function enqueueMail(trx: Kysely<DB>, jobs: Jobs, message: MailMessage): Promise<string> {
  const row = await trx
    .insertInto('outbox')
    .values({ topic: 'mail', payload: JSON.stringify(message) as never })
    .returning('id')
    .executeTakeFirstOrThrow();
  await jobs.send(DELIVER_JOB, { id: row.id }, { trx: trx as Kysely<unknown>, singletonKey: row.id });
  return row.id;
}

export function registerOutbox(jobs: Jobs, deps: OutboxDeps, options: { retentionDays: number }): void {
  const { db } = deps;
  jobs.define<{ id: string }>({
    name: DELIVER_JOB,
    retryLimit: 50,
    handler: async ({ id }) => {
      await deliver(deps, id);
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
  jobs.define<Record<string, never>>({
    name: PURGE_JOB,
    cron: '35 3 * * *',
    handler: async () => {
      const purged = await purgeDelivered(deps, options.retentionDays);
      if (purged > 0) deps.logger.info({ purged }, 'delivered outbox mail purged');
    },
  });
}

/** Delivers one outbox row at most once at a time; safe to call again for the same id. */
export async function deliver(deps: OutboxDeps, id: string): Promise<'sent' | 'nothing'> {
  const { db, logger } = deps;
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
  const opened: Readable[] = [];
  try {
    if (claimed.topic !== 'mail') throw new Error(`unknown outbox topic ${claimed.topic}`);
    const mail = await readyToSend(deps.files, claimed.payload as unknown as StoredMail, opened);
    await deps.mailer.send(mail, { messageId: `<${id}@portaal-zakelijk>` });
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
  } finally {
    for (const stream of opened) stream.destroy();
  }
  await db
    .updateTable('outbox')
    .set({ delivered_at: new Date(), claimed_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
  return 'sent';
}

/**
 * Removes mail delivered more than `retentionDays` ago, with the files that existed only for
 * it (receipts). Files go first: a failure leaves the row, and the next run tries again.
 */
export async function purgeDelivered(deps: OutboxDeps, retentionDays: number): Promise<number> {
  let purged = 0;
  for (;;) {
    const rows = await deps.db
      .selectFrom('outbox')
      .select(['id', 'payload'])
      .where('delivered_at', '<', sql<Date>`now() - make_interval(days => ${retentionDays})`)
      .limit(PURGE_BATCH)
      .execute();
    if (rows.length === 0) return purged;
    for (const row of rows) {
      for (const attachment of (row.payload as unknown as StoredMail).attachments ?? []) {
        if ('fileKey' in attachment && attachment.removeWithMail === true)
          await deps.files.delete(attachment.fileKey);
      }
    }
    const ids = rows.map((r) => r.id);
    await deps.db.deleteFrom('outbox').where('id', 'in', ids).execute();
    purged += rows.length;
    if (rows.length < PURGE_BATCH) return purged;
  }
}

/**
 * A mail as an outbox row may hold it. Rows written before attachments became file keys
 * (databases deployed earlier) hold the receipt as base64, or a report screenshot as a local
 * path `<storage dir>/<purpose>/<uuid>`: they are still delivered.
 */
type StoredAttachment =
  | NonNullable<MailMessage['attachments']>[number]
  | { filename: string; contentType: string; contentBase64: string }
  | { filename: string; contentType: string; path: string };
type StoredMail = Omit<MailMessage, 'attachments'> & { attachments?: StoredAttachment[] };

async function readyToSend(files: FileStore, mail: StoredMail, opened: Readable[]): Promise<OutgoingMail> {
  const attachments: NonNullable<OutgoingMail['attachments']> = [];
  for (const attachment of mail.attachments ?? []) {
    const { filename, contentType } = attachment;
    if ('contentBase64' in attachment) {
      attachments.push({ filename, contentType, content: Buffer.from(attachment.contentBase64, 'base64') });
      continue;
    }
    const key =
      'fileKey' in attachment
        ? attachment.fileKey
        : `${basename(dirname(attachment.path))}/${basename(attachment.path)}`;
    const content = await files.get(key).catch((error: unknown) => {
      throw new Error(`attachment ${filename} is not in the file store`, { cause: error });
    });
    opened.push(content);
    attachments.push({ filename, contentType, content });
  }
  return { to: mail.to, subject: mail.subject, text: mail.text, attachments };
}
