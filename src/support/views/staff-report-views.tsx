import {
  Alert,
  Button,
  DataList,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
} from '../../platform/ui/components.tsx';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import { useView } from '../../platform/ui/view-context.ts';
import { REPORT_STATES, type ReportState } from '../schema.ts';
import { PlainText } from '../plain-text.tsx';
import { formatExact } from '../time.ts';
import { formatBytes } from '../reports/form.ts';
import { Answers, Description, StateTag, type ReportDetail } from './report-views.tsx';
import { SelectField, TextArea } from '../../platform/ui/fields.tsx';

export const STAFF_TEXT_MAX = 5000;

export function StaffReportListPage({
  reports,
  filter,
}: {
  reports: {
    id: string;
    reference: string;
    kvk_number: string;
    state: ReportState;
    created_at: Date;
    correlation_id: string | null;
    organisation_name: string | null;
  }[];
  filter: ReportState | 'open';
}) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('support.staff.title')}</Heading>
      <Paragraph lead>{t('support.staff.lead')}</Paragraph>
      <form method="get" action="/backoffice/reports" className="bp-filter">
        <SelectField
          name="state"
          label={t('support.staff.filter')}
          value={filter}
          options={[
            { value: 'open', label: t('support.staff.filterAll') },
            ...REPORT_STATES.map((s) => ({ value: s, label: t(`support.state.${s}`) })),
          ]}
        />
        <Button variant="secondary">{t('support.staff.filterButton')}</Button>
      </form>
      {reports.length === 0 ? (
        <Paragraph>{t('support.staff.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('support.staff.caption')}
          head={[
            t('support.col.reference'),
            t('support.col.submitted'),
            t('support.col.kvk'),
            t('support.detail.loggedInFor'),
            t('support.col.correlation'),
            t('support.col.state'),
          ]}
          rows={reports.map((r) => ({
            key: r.id,
            cells: [
              <Link href={`/backoffice/reports/${r.id}`} key="ref">
                {r.reference}
              </Link>,
              formatDateTime(lang, r.created_at),
              r.kvk_number,
              r.organisation_name ?? t('support.detail.notLoggedIn'),
              r.correlation_id ? <code key="c">{r.correlation_id}</code> : t('support.detail.none'),
              <StateTag state={r.state} key="state" />,
            ],
          }))}
        />
      )}
    </>
  );
}

export interface StaffFormErrors {
  note?: string;
  answer?: string;
}

export function StaffReportPage({
  report,
  files,
  notes,
  answers,
  notice,
  errors,
  drafts,
}: {
  report: ReportDetail & {
    id: string;
    language: 'nl' | 'en';
    error_at: Date | null;
    organisation_name: string | null;
  };
  files: { id: string; content_type: string; size: number; position: number }[];
  notes: { id: string; staff_name: string; body: string; created_at: Date }[];
  answers: { id: string; body: string; created_at: Date }[];
  notice: string | undefined;
  errors: StaffFormErrors;
  drafts: { note?: string; answer?: string };
}) {
  const { t, lang } = useView();
  const summary = [
    ...(errors.note ? [{ field: 'note', message: errors.note }] : []),
    ...(errors.answer ? [{ field: 'answer', message: errors.answer }] : []),
  ];
  return (
    <>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <ErrorSummary errors={summary} />
      <Heading level={1}>{t('support.detail.title', { reference: report.reference })}</Heading>
      <DataList
        items={[
          { key: t('support.col.state'), value: <StateTag state={report.state} /> },
          { key: t('support.col.submitted'), value: formatDateTime(lang, report.created_at) },
          { key: t('support.detail.occurredAt'), value: formatExact(lang, report.occurred_at) },
          {
            key: t('support.col.correlation'),
            value: report.correlation_id ? <code>{report.correlation_id}</code> : t('support.detail.none'),
          },
          {
            key: t('support.detail.errorAt'),
            value: report.error_at ? formatExact(lang, report.error_at) : t('support.detail.none'),
          },
          {
            key: t('support.detail.pageAddress'),
            value: <span className="bp-user-text">{report.page_address}</span>,
          },
          { key: t('support.col.kvk'), value: report.kvk_number },
          {
            key: t('support.detail.loggedInFor'),
            value: report.organisation_name ?? t('support.detail.notLoggedIn'),
          },
          { key: t('support.detail.email'), value: report.email },
          { key: t('support.detail.language'), value: t(`support.language.${report.language}`) },
        ]}
      />
      <Heading level={2}>{t('support.detail.description')}</Heading>
      <Description text={report.description} />
      <Heading level={2}>{t('support.detail.screenshots')}</Heading>
      <ul className="utrecht-unordered-list">
        {files.map((f) => (
          <li className="utrecht-unordered-list__item" key={f.id}>
            <Link href={`/backoffice/reports/${report.id}/files/${f.id}`}>
              {t('support.staff.download', { n: f.position, size: formatBytes(f.size, lang) })}
            </Link>
          </li>
        ))}
      </ul>

      <section className="bp-section" aria-labelledby="state-title">
        <Heading level={2} id="state-title">
          {t('support.staff.stateTitle')}
        </Heading>
        <Form action={`/backoffice/reports/${report.id}/state`} className="bp-form">
          <SelectField
            name="state"
            label={t('support.staff.stateLabel')}
            value={report.state}
            options={REPORT_STATES.map((s) => ({ value: s, label: t(`support.state.${s}`) }))}
          />
          <Button variant="secondary">{t('support.staff.stateButton')}</Button>
        </Form>
      </section>

      <section className="bp-section" aria-labelledby="answers">
        <Heading level={2} id="answers">
          {t('support.detail.answers')}
        </Heading>
        <Answers answers={answers} />
        <Form action={`/backoffice/reports/${report.id}/answer`} className="bp-form">
          <TextArea
            name="answer"
            label={t('support.staff.answerLabel')}
            description={t('support.staff.answerHelp', {
              email: report.email,
              language: t(`support.language.${report.language}`),
            })}
            value={drafts.answer}
            error={errors.answer}
            maxLength={STAFF_TEXT_MAX}
            rows={8}
            required
          />
          <Button>{t('support.staff.answerButton')}</Button>
        </Form>
      </section>

      <section className="bp-section" aria-labelledby="notes">
        <Heading level={2} id="notes">
          {t('support.staff.notesTitle')}
        </Heading>
        <Paragraph>{t('support.staff.notesHelp')}</Paragraph>
        {notes.length === 0 ? (
          <Paragraph>{t('support.staff.noNotes')}</Paragraph>
        ) : (
          <ol className="bp-thread">
            {notes.map((n) => (
              <li className="bp-thread__item" key={n.id}>
                <p className="nl-paragraph bp-muted">
                  {t('support.staff.noteBy', {
                    name: n.staff_name,
                    moment: formatDateTime(lang, n.created_at),
                  })}
                </p>
                <PlainText text={n.body} />
              </li>
            ))}
          </ol>
        )}
        <Form action={`/backoffice/reports/${report.id}/notes`} className="bp-form">
          <TextArea
            name="note"
            label={t('support.staff.noteLabel')}
            value={drafts.note}
            error={errors.note}
            maxLength={STAFF_TEXT_MAX}
            rows={4}
            required
          />
          <Button variant="secondary">{t('support.staff.noteButton')}</Button>
        </Form>
      </section>
      <Paragraph>
        <Link href="/backoffice/reports">{t('support.staff.back')}</Link>
      </Paragraph>
    </>
  );
}
