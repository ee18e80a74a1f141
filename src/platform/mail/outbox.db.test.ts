import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/helpers/smtp.ts';
import { createSmtpMailer } from './mailer.ts';
import { deliver, enqueueMail, PURGE_JOB, purgeDelivered } from './outbox.ts';

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
    expect(await deliver({ ...portal.outbox, mailer }, id)).toBe('sent');
    expect(await deliver({ ...portal.outbox, mailer }, id)).toBe('nothing');
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
    await expect(deliver({ ...portal.outbox, mailer }, id)).rejects.toThrow();
    const pending = await portal.database.db
      .selectFrom('outbox')
      .select(['delivered_at', 'last_error', 'attempts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(pending.delivered_at).toBeNull();
    expect(pending.last_error).not.toBeNull();
    const back = await startSmtpServer(port);
    try {
      expect(await deliver({ ...portal.outbox, mailer }, id)).toBe('sent');
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
    expect(await deliver({ ...portal.outbox, mailer: restarted }, id)).toBe('sent');
    expect(smtp.received.filter((m) => m.subject === 'After crash')).toHaveLength(1);
  });

  it('sends an attachment from the file store, and also the base64 or path attachments of rows written before', async () => {
    const files = portal.outbox.files;
    const pdf = Buffer.from('%PDF-1.7 receipt with a passport number');
    const png = Buffer.from('\x89PNG screenshot');
    const receipt = await files.put(Readable.from([pdf]), {
      contentType: 'application/pdf',
      purpose: 'mail',
    });
    const screenshot = await files.put(Readable.from([png]), {
      contentType: 'image/png',
      purpose: 'support',
    });
    const id = await portal.database.db.transaction().execute((trx) =>
      enqueueMail(trx, portal.jobs, {
        ...mail('From the store'),
        attachments: [{ filename: 'receipt.pdf', contentType: 'application/pdf', fileKey: receipt.key }],
      }),
    );
    const old = await portal.database.db
      .insertInto('outbox')
      .values({
        topic: 'mail',
        payload: JSON.stringify({
          ...mail('Written before'),
          attachments: [
            { filename: 'old.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') },
            {
              filename: 'old.png',
              contentType: 'image/png',
              path: `/srv/old-portal/files/${screenshot.key}`,
            },
          ],
        }) as never,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mailer = createSmtpMailer(smtp.url, 'portal@example.nl');
    expect(await deliver({ ...portal.outbox, mailer }, id)).toBe('sent');
    expect(await deliver({ ...portal.outbox, mailer }, old.id)).toBe('sent');
    const fromStore = smtp.received.find((m) => m.subject === 'From the store');
    expect(fromStore?.attachments.map((a) => [a.filename, a.content.equals(pdf)])).toEqual([
      ['receipt.pdf', true],
    ]);
    const written = smtp.received.find((m) => m.subject === 'Written before');
    expect(
      written?.attachments.map((a) => [a.filename, a.content.equals(a.filename === 'old.pdf' ? pdf : png)]),
    ).toEqual([
      ['old.pdf', true],
      ['old.png', true],
    ]);
  });

  it('a missing attachment file fails the delivery with a reason and keeps the mail for a retry', async () => {
    const id = await portal.database.db.transaction().execute((trx) =>
      enqueueMail(trx, portal.jobs, {
        ...mail('Missing file'),
        attachments: [
          {
            filename: 'gone.pdf',
            contentType: 'application/pdf',
            fileKey: 'mail/00000000-0000-4000-8000-000000000000',
          },
        ],
      }),
    );
    const mailer = createSmtpMailer(smtp.url, 'portal@example.nl');
    await expect(deliver({ ...portal.outbox, mailer }, id)).rejects.toThrow(
      'attachment gone.pdf is not in the file store',
    );
    const row = await portal.database.db
      .selectFrom('outbox')
      .select(['delivered_at', 'last_error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ delivered_at: null, last_error: 'attachment gone.pdf is not in the file store' });
    expect(smtp.received.filter((m) => m.subject === 'Missing file')).toEqual([]);
  });

  it('removes delivered mail after the retention period, with the files that were only for it', async () => {
    const files = portal.outbox.files;
    const own = await files.put(Readable.from([Buffer.from('receipt')]), {
      contentType: 'application/pdf',
      purpose: 'mail',
    });
    const shared = await files.put(Readable.from([Buffer.from('screenshot')]), {
      contentType: 'image/png',
      purpose: 'support',
    });
    const row = async (subject: string, deliveredDaysAgo: number | null) =>
      (
        await portal.database.db
          .insertInto('outbox')
          .values({
            topic: 'mail',
            payload: JSON.stringify({
              ...mail(subject),
              attachments: [
                { filename: 'r.pdf', contentType: 'application/pdf', fileKey: own.key, removeWithMail: true },
                { filename: 's.png', contentType: 'image/png', fileKey: shared.key },
              ],
            }) as never,
            created_at: sql<Date>`now() - interval '60 days'`,
            delivered_at:
              deliveredDaysAgo === null
                ? null
                : sql<Date>`now() - make_interval(days => ${deliveredDaysAgo})`,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const old = await row('Delivered long ago', 31);
    const recent = await row('Delivered last week', 7);
    const pending = await row('Never delivered', null);

    expect(await purgeDelivered(portal.outbox, 30)).toBeGreaterThanOrEqual(1);
    const left = await portal.database.db
      .selectFrom('outbox')
      .select('id')
      .where('id', 'in', [old, recent, pending])
      .execute();
    expect(left.map((r) => r.id).sort()).toEqual([recent, pending].sort());
    await expect(files.get(own.key)).rejects.toMatchObject({ code: 'ENOENT' });
    (await files.get(shared.key)).destroy();
  });

  it('schedules the purge in the outbox job set, so web and worker both run it', async () => {
    const schedules = await portal.database.db
      .selectFrom('pgboss.schedule' as never)
      .select(['name' as never])
      .execute();
    expect((schedules as { name: string }[]).map((s) => s.name)).toContain(PURGE_JOB);
  });
});
