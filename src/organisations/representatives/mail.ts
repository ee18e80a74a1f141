import { translator } from '../../platform/i18n/catalogue.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { PORTAL_SERVICES, type ServiceKey } from '../../platform/ui/services.ts';

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

/**
 * D16: the sponsor is told when Team Zakelijk approves an intermediary to act for it: who, for
 * which services, for how long, and how to end it if it is not right.
 */
export function sponsorApprovedMail(
  lang: Lang,
  to: string,
  details: {
    sponsor: string;
    intermediary: string;
    intermediaryKvk: string;
    scope: readonly ServiceKey[];
    from: string;
    until: string;
  },
): MailMessage {
  const t = translator(lang);
  const services = PORTAL_SERVICES.filter((s) => details.scope.includes(s.key))
    .map((s) => `- ${t(s.title)}`)
    .join('\n');
  return {
    to,
    subject: t('rep.mail.sponsorApprovedSubject', { intermediary: details.intermediary }),
    text: t('rep.mail.sponsorApprovedBody', {
      sponsor: details.sponsor,
      intermediary: details.intermediary,
      kvk: details.intermediaryKvk,
      services,
      from: formatDate(lang, details.from),
      until: formatDate(lang, details.until),
    }),
  };
}
