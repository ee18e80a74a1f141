import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/helpers/smtp.ts';
import { createSmtpMailer } from './mailer.ts';
import { deliver, enqueueMail } from './outbox.ts';

/** Quality (reliability) check 2: nothing lost, nothing sent twice, nothing sent for a rollback. */
let portal: TestPortal;
let smtp: TestSmtpServer;
beforeAll(async () => {
  portal = await createTestPortal();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await portal.close();
});

const mail = (subject: string) => ({ to: 'hr@example.nl', subject, text: `Body of ${subject}` });

async function enqueue(subject: string): Promise<string> {
  return portal.database.db.transaction().execute((trx) => enqueueMail(trx, portal.jobs, mail(subject)));
}

async function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('the mail outbox', () => {
  it('delivers a committed mail over SMTP exactly once, however often delivery runs', async () => {
    const id = await enqueue('Once');
    const mailer = createSmtpMailer(smtp.url, 'portal@example.nl');
    expect(await deliver(portal.database.db, mailer, portal.logger, id)).toBe('sent');
    expect(await deliver(portal.database.db, mailer, portal.logger, id)).toBe('nothing');
    const received = smtp.received.filter((m) => m.subject === 'Once');
    expect(received).toHaveLength(1);
    expect(received[0]?.text).toContain('Body of Once');
    expect(received[0]?.messageId).toBe(`<${id}@portaal-zakelijk>`);
  });

  it('sends nothing for a transaction that rolls back', async () => {
    await expect(
      portal.database.db.transaction().execute(async (trx) => {
        await enqueueMail(trx, portal.jobs, mail('Rolled back'));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    const rows = await portal.database.db
      .selectFrom('outbox')
      .select('id')
      .where('payload', '@>', JSON.stringify({ subject: 'Rolled back' }) as never)
      .execute();
    expect(rows).toEqual([]);
  });

  it('keeps the mail while the SMTP server is down and sends it once it is back', async () => {
    const id = await enqueue('After outage');
    const port = await unusedPort();
    const mailer = createSmtpMailer(
      `smtp://127.0.0.1:${port}?ignoreTLS=true&connectionTimeout=2000`,
      'portal@example.nl',
    );
    await expect(deliver(portal.database.db, mailer, portal.logger, id)).rejects.toThrow();
    const pending = await portal.database.db
      .selectFrom('outbox')
      .select(['delivered_at', 'last_error', 'attempts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(pending.delivered_at).toBeNull();
    expect(pending.last_error).not.toBeNull();
    const back = await startSmtpServer(port);
    try {
      expect(await deliver(portal.database.db, mailer, portal.logger, id)).toBe('sent');
      expect(back.received.map((m) => m.subject)).toEqual(['After outage']);
    } finally {
      await back.close();
    }
  });

  it('a crash between commit and delivery leaves a job that delivers the mail once after restart', async () => {
    const id = await enqueue('After crash');
    // The pg-boss job written in the same transaction is what a restarted worker picks up.
    const job = await portal.database.db
      .selectFrom('pgboss.job' as never)
      .select(['name' as never, 'data' as never])
      .where('name' as never, '=', 'outbox.deliver' as never)
      .execute();
    expect((job as { data: { id: string } }[]).some((j) => j.data.id === id)).toBe(true);
    const restarted = createSmtpMailer(smtp.url, 'portal@example.nl');
    expect(await deliver(portal.database.db, restarted, portal.logger, id)).toBe('sent');
    expect(smtp.received.filter((m) => m.subject === 'After crash')).toHaveLength(1);
  });
});
