import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logging.ts';

/**
 * Development only: an SMTP server inside the portal process. The portal sends real mail
 * over SMTP to it, and it files every mail in the development mailbox (`/dev/mailbox`).
 * smtp-server and mailparser are development dependencies, loaded only here.
 */
export async function startDevSmtpServer(
  db: Database,
  logger: Logger,
): Promise<{ url: string; close(): Promise<void> }> {
  const { SMTPServer } = await import('smtp-server');
  // mailparser takes 0.1–0.2 s to load: loaded with the first mail, not at start-up.
  const parse = async (stream: Readable) => (await import('mailparser')).simpleParser(stream);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: 30 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      parse(stream)
        .then(async (mail) => {
          await db
            .insertInto('dev_mailbox')
            .values({
              envelope_from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelope_to: session.envelope.rcptTo.map((r) => r.address).join(', '),
              subject: mail.subject ?? '',
              text_body: mail.text ?? '',
              attachments: JSON.stringify(
                mail.attachments.map((a) => ({
                  filename: a.filename ?? 'attachment',
                  contentType: a.contentType,
                  size: a.size,
                })),
              ) as never,
            })
            .execute();
          callback();
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'development mailbox could not store a mail');
          callback(error instanceof Error ? error : new Error('could not store mail'));
        });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
