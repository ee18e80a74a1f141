import nodemailer, { type Transporter } from 'nodemailer';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** A file path (streamed by nodemailer, never read whole here) or base64 content. */
  path?: string;
  contentBase64?: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage, options?: { messageId?: string }): Promise<void>;
  close(): void;
}

/** Real mail over SMTP (nodemailer). The SMTP URL decides host, port, TLS and credentials. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(message, options = {}) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(options.messageId ? { messageId: options.messageId } : {}),
        attachments: (message.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          ...(a.path ? { path: a.path } : {}),
          ...(a.contentBase64 ? { content: a.contentBase64, encoding: 'base64' } : {}),
        })),
      });
    },
    close() {
      transport.close();
    },
  };
}
