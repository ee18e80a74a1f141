import type { Readable } from 'node:stream';
import type { Transporter } from 'nodemailer';

/**
 * A mail as modules write it to the outbox: attachments are files in the file store, named
 * by key, so no document (a receipt holds passport numbers and BSNs) sits in the outbox row.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's key in the file store. */
  fileKey: string;
  /**
   * The file exists only for this mail (a rendered receipt): it is deleted with the outbox
   * row once the row's retention is over. Files that belong to a record (a report's
   * screenshots) leave this off.
   */
  removeWithMail?: boolean;
}

/** A mail as the mailer sends it: attachment content is streamed (or, for old rows, in memory). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: Readable | Buffer }[];
}

export interface Mailer {
  send(message: OutgoingMail, options?: { messageId?: string }): Promise<void>;
  close(): void;
}

/** Real mail over SMTP (nodemailer). The SMTP URL decides host, port, TLS and credentials. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  // nodemailer is loaded with the first mail, not at start (issue 9: memory of a serving portal).
  let transport: Promise<Transporter> | null = null;
  const transporter = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(smtpUrl, { from }),
    ));
  return {
    async send(message, options = {}) {
      await (
        await transporter()
      ).sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(options.messageId ? { messageId: options.messageId } : {}),
        attachments: (message.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    },
    close() {
      void transport?.then((t) => t.close()).catch(() => undefined);
    },
  };
}
