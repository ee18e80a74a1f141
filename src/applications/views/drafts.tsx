import { formatDate, formatDateTime } from '../../platform/i18n/i18n.ts';
import { Alert, Button, Form, Heading, Link, Paragraph, Table } from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';

export interface DraftRow {
  id: string;
  employeeName: string | null;
  typeName: string;
  createdAt: Date;
  startedBy: { kind: 'you' } | { kind: 'colleague' } | { kind: 'intermediary'; kvk: string };
  updatedAt: Date;
  deletesOn: Date;
  warn: boolean;
}

/** The list of drafts: employee, type, last change, resume and delete; a warning before purge. */
export function DraftsView({
  drafts,
  keepDays,
  notice,
}: {
  drafts: DraftRow[];
  keepDays: number;
  notice?: string | undefined;
}) {
  const { t, lang } = useView();
  const warned = drafts.filter((d) => d.warn);
  const started = (d: DraftRow) => {
    const date = formatDateTime(lang, d.createdAt);
    if (d.startedBy.kind === 'you') return t('apps.drafts.startedByYou', { date });
    if (d.startedBy.kind === 'colleague') return t('apps.drafts.startedByColleague', { date });
    return t('apps.drafts.startedByIntermediary', { date, kvk: d.startedBy.kvk });
  };
  return (
    <>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
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
            t('apps.drafts.started'),
            t('apps.drafts.updated'),
            t('apps.drafts.actions'),
          ]}
          rows={drafts.map((d) => ({
            key: d.id,
            cells: [
              d.employeeName ?? t('apps.drafts.noName'),
              d.typeName,
              started(d),
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
                <Link href={`/applications/${d.id}/delete`}>
                  {t('apps.drafts.delete')}
                  <span className="bp-visually-hidden"> {d.employeeName ?? d.typeName}</span>
                </Link>
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

/** Asks before a draft is deleted (a page of its own, so it works without JavaScript). */
export function ConfirmDeleteDraftView({
  id,
  employeeName,
  typeName,
}: {
  id: string;
  employeeName: string | null;
  typeName: string;
}) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('apps.drafts.confirmDelete.title')}</Heading>
      <Paragraph>
        {t('apps.drafts.confirmDelete.body', {
          type: typeName,
          name: employeeName ?? t('apps.drafts.noName'),
        })}
      </Paragraph>
      <Form action={`/applications/${id}/delete`}>
        <div className="bp-actions">
          <Button variant="danger">{t('apps.drafts.confirmDelete.yes')}</Button>
          <Link href="/applications/drafts">{t('apps.drafts.confirmDelete.no')}</Link>
        </div>
      </Form>
    </>
  );
}
