import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the server received it: parsed, with the envelope's recipients (RCPT TO). */
export type ReceivedMail = ParsedMail & { recipients: string[] };

/**
 * The one SMTP server of the tests: real SMTP in the test process (architecture brief: tests),
 * keeping every mail it receives, parsed. Used by the database, end-to-end and production tests.
 */
export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(Object.assign(mail, { recipients: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error('parse failed')),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}?ignoreTLS=true`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
