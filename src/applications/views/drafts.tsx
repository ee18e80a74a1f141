import { formatDate, formatDateTime } from '../../platform/i18n/i18n.ts';
import { Alert, Button, Form, Heading, Link, Paragraph, Table } from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';

export interface DraftRow {
  id: string;
  employeeName: string | null;
  typeName: string;
  updatedAt: Date;
  deletesOn: Date;
  warn: boolean;
}

/** The list of drafts: employee, type, last change, resume and delete; a warning before purge. */
export function DraftsView({ drafts, keepDays }: { drafts: DraftRow[]; keepDays: number }) {
  const { t, lang } = useView();
  const warned = drafts.filter((d) => d.warn);
  return (
    <>
      <Heading level={1}>{t('apps.drafts.title')}</Heading>
      <Paragraph lead>{t('apps.drafts.lead', { days: keepDays })}</Paragraph>
      {warned.length > 0 ? (
        <Alert type="warning" title={t('apps.drafts.warningTitle')}>
          <Paragraph>{t('apps.drafts.warningBody', { count: warned.length })}</Paragraph>
        </Alert>
      ) : null}
      {drafts.length === 0 ? (
        <Paragraph>{t('apps.drafts.none')}</Paragraph>
      ) : (
        <Table
          caption={t('apps.drafts.caption')}
          head={[
            t('apps.drafts.employee'),
            t('apps.drafts.type'),
            t('apps.drafts.updated'),
            t('apps.drafts.actions'),
          ]}
          rows={drafts.map((d) => ({
            key: d.id,
            cells: [
              d.employeeName ?? t('apps.drafts.noName'),
              d.typeName,
              <>
                {formatDateTime(lang, d.updatedAt)}
                {d.warn ? (
                  <>
                    <br />
                    <strong className="bp-warning-text">
                      {t('apps.drafts.deletesOn', { date: formatDate(lang, d.deletesOn) })}
                    </strong>
                  </>
                ) : null}
              </>,
              <div className="bp-actions bp-actions--tight">
                <Link href={`/applications/${d.id}`}>
                  {t('apps.drafts.resume')}
                  <span className="bp-visually-hidden"> {d.employeeName ?? d.typeName}</span>
                </Link>
                <Form action={`/applications/${d.id}/delete`} className="bp-inline-form">
                  <Button variant="subtle">
                    {t('apps.drafts.delete')}
                    <span className="bp-visually-hidden"> {d.employeeName ?? d.typeName}</span>
                  </Button>
                </Form>
              </div>,
            ],
          }))}
        />
      )}
      <Paragraph>
        <Link href="/applications">{t('apps.drafts.newApplication')}</Link>
      </Paragraph>
    </>
  );
}
