import type { FastifyPluginAsync } from 'fastify';
import { access } from '../auth/access.ts';
import type { ModuleContext } from '../module.ts';
import { formatDateTime } from '../i18n/i18n.ts';
import { Heading, Paragraph } from '../ui/components.tsx';
import { useView } from '../ui/view-context.ts';

interface MailRow {
  id: string;
  received_at: Date;
  envelope_to: string;
  subject: string;
  text_body: string;
  attachments: { filename: string; contentType: string; size: number }[];
}

/** Development only: the mails the portal sent, as the in-process SMTP server received them. */
export function devMailboxRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/dev/mailbox', { config: { access: access.development } }, async (request, reply) => {
      const mails = await deps.database.db
        .selectFrom('dev_mailbox')
        .select(['id', 'received_at', 'envelope_to', 'subject', 'text_body', 'attachments'])
        .orderBy('received_at', 'desc')
        .limit(50)
        .execute();
      return reply.page(request.t('mailbox.title'), <Mailbox mails={mails} />);
    });
  };
}

function Mailbox({ mails }: { mails: MailRow[] }) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('mailbox.title')}</Heading>
      <Paragraph lead>{t('mailbox.lead')}</Paragraph>
      {mails.length === 0 ? <Paragraph>{t('mailbox.empty')}</Paragraph> : null}
      {mails.map((mail) => (
        <article className="bp-mail" key={mail.id} aria-labelledby={`mail-${mail.id}`}>
          <Heading level={2} id={`mail-${mail.id}`}>
            {mail.subject}
          </Heading>
          <dl className="utrecht-data-list utrecht-data-list--rows">
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('mailbox.to')}</dt>
              <dd className="utrecht-data-list__item-value">{mail.envelope_to}</dd>
            </div>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('mailbox.received')}</dt>
              <dd className="utrecht-data-list__item-value">{formatDateTime(lang, mail.received_at)}</dd>
            </div>
            {mail.attachments.length > 0 ? (
              <div className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">{t('mailbox.attachments')}</dt>
                <dd className="utrecht-data-list__item-value">
                  {mail.attachments.map((a) => a.filename).join(', ')}
                </dd>
              </div>
            ) : null}
          </dl>
          <pre>{mail.text_body}</pre>
        </article>
      ))}
    </>
  );
}
