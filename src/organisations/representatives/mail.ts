import { translator } from '../../platform/i18n/catalogue.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';

/** The notification that a registration was processed, in the language the intermediary used. */
export function processedMail(
  lang: Lang,
  to: string,
  sponsorName: string,
  decision: { approve: true } | { approve: false; reason: string },
): MailMessage {
  const t = translator(lang);
  if (decision.approve) {
    return {
      to,
      subject: t('rep.mail.approvedSubject'),
      text: t('rep.mail.approvedBody', { sponsor: sponsorName }),
    };
  }
  return {
    to,
    subject: t('rep.mail.rejectedSubject'),
    text: t('rep.mail.rejectedBody', { sponsor: sponsorName, reason: decision.reason }),
  };
}

/** An authorisation was ended (by the sponsor or Team Zakelijk): to both sides. */
export function endedMail(
  lang: Lang,
  to: string,
  names: { sponsor: string; intermediary: string },
): MailMessage {
  const t = translator(lang);
  return { to, subject: t('rep.mail.endedSubject'), text: t('rep.mail.endedBody', names) };
}
