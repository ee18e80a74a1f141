import { PAGE_FORM_ID } from '../../platform/http/kept-input.ts';
import { DateTimeField, FileField, TextArea, TextField } from '../../platform/ui/fields.tsx';
import {
  Alert,
  Button,
  ButtonLink,
  DataList,
  ErrorSummary,
  Form,
  Heading,
  Link,
  ListItem,
  Paragraph,
  Table,
  UnorderedList,
} from '../../platform/ui/components.tsx';
import { ConfirmationPanel } from '../../platform/ui/panel.tsx';
import { formatDateTime, formatTime } from '../../platform/i18n/i18n.ts';
import { useView } from '../../platform/ui/view-context.ts';
import type { ReportState } from '../schema.ts';
import { PlainText } from '../plain-text.tsx';
import { formatExact } from '../time.ts';
import { DESCRIPTION_MAX, MAX_SCREENSHOTS, type ReportError } from '../reports/form.ts';
import type { FaqView } from './faq-views.tsx';

export interface ReportContext {
  correlationId: string | null;
  errorAt: Date | null;
  from: string | undefined;
}

/** The query that carries the error's reference, time and page from step 1 to step 2. */
export function reportQuery(context: ReportContext): string {
  const params = new URLSearchParams();
  if (context.correlationId) params.set('ref', context.correlationId);
  if (context.errorAt) params.set('at', context.errorAt.toISOString());
  if (context.from) params.set('from', context.from);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function ReportStepOne({ context, faqs }: { context: ReportContext; faqs: FaqView[] }) {
  const { t } = useView();
  return (
    <>
      <Paragraph>{t('support.report.step', { step: 1 })}</Paragraph>
      <Heading level={1}>{t('support.report.title')}</Heading>
      <Paragraph lead>{t('support.report.lead')}</Paragraph>
      <section className="bp-section" aria-labelledby="check">
        <Heading level={2} id="check">
          {t('support.report.checkTitle')}
        </Heading>
        <UnorderedList>
          <ListItem>{t('support.report.check.internet')}</ListItem>
          <ListItem>{t('support.report.check.supplier')}</ListItem>
          <ListItem>{t('support.report.check.level')}</ListItem>
        </UnorderedList>
      </section>
      <section className="bp-section" aria-labelledby="faq">
        <Heading level={2} id="faq">
          {t('support.report.faqTitle')}
        </Heading>
        <div className="bp-faq-list">
          {faqs.map((faq) => (
            <details className="bp-faq" key={faq.slug}>
              <summary className="bp-faq__question">{faq.question}</summary>
              <div className="bp-faq__answer">
                <PlainText text={faq.answer} />
              </div>
            </details>
          ))}
        </div>
        <Paragraph>
          <Link href="/faq">{t('support.report.faqMore')}</Link>
        </Paragraph>
      </section>
      <section className="bp-section" aria-labelledby="still">
        <Heading level={2} id="still">
          {t('support.report.stillTitle')}
        </Heading>
        <Paragraph>{t('support.report.stillBody')}</Paragraph>
        <div className="bp-actions">
          <ButtonLink href={`/report-a-problem/form${reportQuery(context)}`}>
            {t('support.report.continue')}
          </ButtonLink>
        </div>
      </section>
    </>
  );
}

export interface ReportFormValues {
  pageAddress: string;
  kvkNumber: string;
  occurredAt: string;
  description: string;
  email: string;
  correlationId: string;
  errorAt: string;
}

export function ReportFormPage({
  values,
  errors,
  reselect,
  maxFileSize,
  now,
  limited,
  notice,
}: {
  values: ReportFormValues;
  errors: ReportError[];
  reselect: boolean;
  /** D10: the input came back after a language switch or "stay logged in". */
  notice?: string | undefined;
  maxFileSize: string;
  now: string;
  /** D7: this client sent its maximum of reports; the form keeps what was typed and says when. */
  limited?: { minutes: number; until: Date };
}) {
  const { t, lang } = useView();
  const messages = errors.map((e) => ({ field: e.field, message: t(e.key, e.params) }));
  const errorOf = (field: ReportError['field']) =>
    messages
      .filter((m) => m.field === field)
      .map((m) => m.message)
      .join('. ') || undefined;
  const summary = messages.filter((m, index) => messages.findIndex((o) => o.field === m.field) === index);
  const errorAt = values.errorAt ? new Date(values.errorAt) : null;
  return (
    <>
      <Paragraph>{t('support.report.step', { step: 2 })}</Paragraph>
      <ErrorSummary errors={summary} />
      <Heading level={1}>{t('support.form.title')}</Heading>
      <Paragraph lead>{t('support.form.lead')}</Paragraph>
      {values.correlationId ? (
        <Alert type="info">
          {t('support.form.correlation', {
            id: values.correlationId,
            moment: errorAt && !Number.isNaN(errorAt.getTime()) ? formatDateTime(lang, errorAt) : '–',
          })}
        </Alert>
      ) : null}
      {limited ? (
        <Alert type="error" title={t('support.form.limited.title')}>
          <Paragraph>
            {t(limited.minutes === 1 ? 'support.form.limited.body.one' : 'support.form.limited.body', {
              minutes: limited.minutes,
              time: formatTime(lang, limited.until),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      {notice ? <Alert type="info">{notice}</Alert> : null}
      {reselect ? <Alert type="warning">{t('support.form.reselect')}</Alert> : null}
      <Form action="/report-a-problem/form" multipart className="bp-form" id={PAGE_FORM_ID}>
        <input type="hidden" name="correlationId" value={values.correlationId} />
        <input type="hidden" name="errorAt" value={values.errorAt} />
        <TextField
          name="pageAddress"
          label={t('support.form.pageAddress')}
          description={t('support.form.pageAddress.help')}
          value={values.pageAddress}
          error={errorOf('pageAddress')}
          autoComplete="url"
          maxLength={2048}
          required
        />
        <TextField
          name="kvkNumber"
          label={t('support.form.kvkNumber')}
          description={t('support.form.kvkNumber.help')}
          value={values.kvkNumber}
          error={errorOf('kvkNumber')}
          inputMode="numeric"
          maxLength={20}
          width="short"
          required
        />
        <DateTimeField
          name="occurredAt"
          label={t('support.form.occurredAt')}
          description={t('support.form.occurredAt.help')}
          value={values.occurredAt}
          max={now}
          error={errorOf('occurredAt')}
          required
        />
        <TextArea
          name="description"
          label={t('support.form.description')}
          description={t('support.form.description.help', { max: DESCRIPTION_MAX })}
          value={values.description}
          error={errorOf('description')}
          maxLength={DESCRIPTION_MAX}
          required
        />
        <TextField
          name="email"
          type="email"
          label={t('support.form.email')}
          value={values.email}
          error={errorOf('email')}
          autoComplete="email"
          maxLength={254}
          required
        />
        <FileField
          name="screenshots"
          label={t('support.form.screenshots')}
          description={t('support.form.screenshots.help', { size: maxFileSize, max: MAX_SCREENSHOTS })}
          accept="image/png,image/jpeg"
          multiple
          error={errorOf('screenshots')}
          required
        />
        <div className="bp-actions">
          <Button>{t('support.form.submit')}</Button>
        </div>
      </Form>
    </>
  );
}

export function ReportSentPage({ reference }: { reference: string }) {
  const { t, actor } = useView();
  return (
    <>
      <ConfirmationPanel title={t('support.sent.title')} reference={reference} />
      <Paragraph>{t('support.sent.body')}</Paragraph>
      {actor.kind === 'business' ? (
        <Paragraph>
          <Link href="/support/reports">{t('support.sent.myReports')}</Link>
        </Paragraph>
      ) : null}
      <div className="bp-actions">
        <ButtonLink href="/" secondary>
          {t('error.home')}
        </ButtonLink>
      </div>
    </>
  );
}

export function StateTag({ state }: { state: ReportState }) {
  const { t } = useView();
  return <span className={`bp-tag bp-state bp-state--${state}`}>{t(`support.state.${state}`)}</span>;
}

export interface ReportSummary {
  id: string;
  reference: string;
  kvk_number: string;
  state: ReportState;
  created_at: Date;
  correlation_id: string | null;
}

export function MyReportsPage({ reports }: { reports: ReportSummary[] }) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('support.mine.title')}</Heading>
      <Paragraph lead>{t('support.mine.lead')}</Paragraph>
      {reports.length === 0 ? (
        <Paragraph>{t('support.mine.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('support.mine.title')}
          head={[t('support.col.reference'), t('support.col.submitted'), t('support.col.state')]}
          rows={reports.map((r) => ({
            key: r.id,
            cells: [
              <Link href={`/support/reports/${r.id}`} key="ref">
                {r.reference}
              </Link>,
              formatDateTime(lang, r.created_at),
              <StateTag state={r.state} key="state" />,
            ],
          }))}
        />
      )}
      <div className="bp-actions">
        <ButtonLink href="/report-a-problem">{t('support.mine.new')}</ButtonLink>
      </div>
    </>
  );
}

export interface ReportDetail {
  reference: string;
  state: ReportState;
  created_at: Date;
  occurred_at: Date;
  page_address: string;
  kvk_number: string;
  email: string;
  description: string;
  correlation_id: string | null;
}

/** The reporter's description is shown as text only: no links, no HTML (issue 6, abuse). */
export function Description({ text }: { text: string }) {
  return <div className="bp-user-text">{text}</div>;
}

export function Answers({ answers }: { answers: { id: string; body: string; created_at: Date }[] }) {
  const { t, lang } = useView();
  if (answers.length === 0) return <Paragraph>{t('support.detail.noAnswers')}</Paragraph>;
  return (
    <ol className="bp-thread">
      {answers.map((a) => (
        <li className="bp-thread__item" key={a.id}>
          <p className="nl-paragraph bp-muted">
            {t('support.detail.answeredAt', { moment: formatDateTime(lang, a.created_at) })}
          </p>
          <PlainText text={a.body} />
        </li>
      ))}
    </ol>
  );
}

export function MyReportPage({
  report,
  answers,
  screenshotCount,
}: {
  report: ReportDetail;
  answers: { id: string; body: string; created_at: Date }[];
  screenshotCount: number;
}) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('support.detail.title', { reference: report.reference })}</Heading>
      <DataList
        items={[
          { key: t('support.col.state'), value: <StateTag state={report.state} /> },
          { key: t('support.col.submitted'), value: formatDateTime(lang, report.created_at) },
          { key: t('support.detail.occurredAt'), value: formatExact(lang, report.occurred_at) },
          { key: t('support.detail.pageAddress'), value: report.page_address },
          { key: t('support.col.kvk'), value: report.kvk_number },
          { key: t('support.detail.email'), value: report.email },
          { key: t('support.col.correlation'), value: report.correlation_id ?? t('support.detail.none') },
          {
            key: t('support.detail.screenshots'),
            value:
              screenshotCount === 1
                ? t('support.detail.screenshotCount.one')
                : t('support.detail.screenshotCount', { count: screenshotCount }),
          },
        ]}
      />
      <Heading level={2}>{t('support.detail.description')}</Heading>
      <Description text={report.description} />
      <Heading level={2}>{t('support.detail.answers')}</Heading>
      <Answers answers={answers} />
      <Paragraph>
        <Link href="/support/reports">{t('support.back.mine')}</Link>
      </Paragraph>
    </>
  );
}
