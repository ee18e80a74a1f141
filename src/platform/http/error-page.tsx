import { ButtonLink, Heading, Link, Paragraph } from '../ui/components.tsx';
import { useView } from '../ui/view-context.ts';

export type ErrorStatus = 400 | 403 | 404 | 413 | 415 | 429 | 500 | 503;

/** An error page: what happened, what to do, and a correlation id — never a stack trace. */
export function ErrorPage({ status, occurredAt }: { status: ErrorStatus; occurredAt: Date }) {
  const { t, requestId, path } = useView();
  const report = `/report-a-problem?ref=${encodeURIComponent(requestId)}&at=${encodeURIComponent(occurredAt.toISOString())}&from=${encodeURIComponent(path)}`;
  return (
    <>
      <Heading level={1}>{t(`error.${status}.title`)}</Heading>
      <Paragraph lead>{t(`error.${status}.body`)}</Paragraph>
      <Paragraph>
        <span className="bp-correlation">{t('error.correlation', { id: requestId })}</span>
        <br />
        {t('error.correlationHelp')}
      </Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/">{t('error.home')}</ButtonLink>
        <Link href={report}>{t('error.report')}</Link>
      </div>
    </>
  );
}
