import { ButtonLink, Heading, Link, Paragraph } from '../ui/components.tsx';
import type { StaffRole } from '../auth/actor.ts';
import type { MessageKey, Translate } from '../i18n/catalogue.ts';
import { useView } from '../ui/view-context.ts';

export type ErrorStatus = 400 | 403 | 404 | 413 | 415 | 429 | 500 | 503;

/** Why a 403 was given: the page then gives the advice that can help (D24). */
export type ForbiddenReason = 'role' | 'staff_only' | 'business_only' | 'branch' | 'scope';

/** What the error handler knows beyond the status: why access was refused, how long to wait. */
export interface ErrorDetail {
  forbidden?: ForbiddenReason;
  /** For `role`: the roles of which the page needs one. */
  roles?: readonly StaffRole[];
  /** For a 429: the true time until the limit lets the client through again. */
  retryAfterSeconds?: number;
}

/** An error page: what happened, what to do, and a correlation id — never a stack trace. */
export function ErrorPage({
  status,
  occurredAt,
  detail = {},
}: {
  status: ErrorStatus;
  occurredAt: Date;
  detail?: ErrorDetail;
}) {
  const { t, requestId, path } = useView();
  const report = `/report-a-problem?ref=${encodeURIComponent(requestId)}&at=${encodeURIComponent(occurredAt.toISOString())}&from=${encodeURIComponent(path)}`;
  const body = bodyOf(status, detail, t);
  // A page refused by the report form's own limit does not send the user back to that form.
  const offerReport = !(status === 429 && path.startsWith('/report-a-problem'));
  return (
    <>
      <Heading level={1}>{t(`error.${status}.title`)}</Heading>
      <Paragraph lead>{body}</Paragraph>
      <Paragraph>
        <span className="bp-correlation">{t('error.correlation', { id: requestId })}</span>
        <br />
        {t('error.correlationHelp')}
      </Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/">{t('error.home')}</ButtonLink>
        {offerReport ? <Link href={report}>{t('error.report')}</Link> : null}
      </div>
    </>
  );
}

function bodyOf(status: ErrorStatus, detail: ErrorDetail, t: Translate): string {
  if (status === 403 && detail.forbidden === 'role') {
    const roles = (detail.roles ?? []).map((role) => t(`role.${role}` as MessageKey)).join(', ');
    return t('error.403.role', { roles });
  }
  if (status === 403 && detail.forbidden) return t(`error.403.${detail.forbidden}` as MessageKey);
  if (status === 429 && detail.retryAfterSeconds !== undefined) {
    const minutes = Math.ceil(detail.retryAfterSeconds / 60);
    return minutes <= 1 ? t('error.429.bodyOneMinute') : t('error.429.bodyMinutes', { minutes });
  }
  return t(`error.${status}.body` as MessageKey);
}
