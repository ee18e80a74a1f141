import { formatDate, formatDateTime, numberFormat, ONE_DECIMAL, type Lang } from '../platform/i18n/i18n.ts';
import type { MessageKey, Translate } from '../platform/i18n/catalogue.ts';
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
  type FieldError,
} from '../platform/ui/components.tsx';
import { errorOf, FileField, SelectField, Tag, TextArea, TextField } from '../platform/ui/fields.tsx';
import { ListPage } from '../platform/ui/list-page.tsx';
import { useView } from '../platform/ui/view-context.ts';
import type { AccountSummary, CaseRow, DocumentRow, EventRow } from './repository.ts';

/** "Information as of <date, time>": on every page that shows the case system's data. */
export function InformationAsOf({ at }: { at: Date | null }) {
  const { t, lang } = useView();
  return (
    <p className="nl-paragraph bp-information-as-of">
      {at ? t('cases.informationAsOf', { at: formatDateTime(lang, at) }) : t('cases.informationAsOf.never')}{' '}
      {t('cases.refreshNote')}
    </p>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function statusLabel(t: Translate, status: string): string {
  const key = `cases.status.${status}` as MessageKey;
  return STATUS_KEYS.has(key) ? t(key) : status;
}
const STATUS_KEYS = new Set<string>([
  'cases.status.received',
  'cases.status.in_progress',
  'cases.status.information_requested',
  'cases.status.granted',
  'cases.status.rejected',
  'cases.status.withdrawn',
  'cases.status.mvv_issued',
  'cases.status.document_ready',
]);

export function kindLabel(t: Translate, kind: string): string {
  const key = `documents.kind.${kind}` as MessageKey;
  return KIND_KEYS.has(key) ? t(key) : kind;
}
const KIND_KEYS = new Set<string>([
  'documents.kind.acknowledgement',
  'documents.kind.information_request',
  'documents.kind.decision',
  'documents.kind.application',
  'documents.kind.attachment',
  'documents.kind.supplied_information',
]);

function eventLabel(t: Translate, event: EventRow): string {
  if (event.reason === 'intake') return t('cases.reason.intake');
  if (event.reason === 'information_supplied') return t('cases.reason.information_supplied');
  return statusLabel(t, event.status);
}

export function formatSize(bytes: number, lang: Lang): string {
  const format = (n: number) => numberFormat(lang, ONE_DECIMAL).format(n);
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

function StatusTag({ status }: { status: string }) {
  const { t } = useView();
  const tone =
    status === 'information_requested'
      ? 'warning'
      : ['granted', 'mvv_issued', 'document_ready'].includes(status)
        ? 'ok'
        : 'neutral';
  return <Tag tone={tone}>{statusLabel(t, status)}</Tag>;
}

/** The expected decision date of a list row: the service target where set, else the statutory end. */
function expectedOf(row: CaseRow, lang: Lang): string {
  const date = row.target_date ?? row.decision_due_on;
  return date ? formatDate(lang, date) : '—';
}

export interface CaseListInput {
  q: string;
  type: string;
  status: string;
  from: string;
  to: string;
  sort: string;
}

export function CaseListView(props: {
  organisation: string;
  input: CaseListInput;
  errors: FieldError[];
  rows: CaseRow[];
  types: Option[];
  statuses: Option[];
  sorts: Option[];
  typeName: (code: string) => string;
  firstHref: string | null;
  nextHref: string | null;
  csvHref: string;
  lastRefresh: Date | null;
}) {
  const { t, lang } = useView();
  const { input } = props;
  const error = (field: string) => errorOf(props.errors, field);
  const any = { value: '', label: t('cases.filter.any') };
  return (
    <ListPage
      title={t('cases.title')}
      lead={t('cases.lead')}
      above={<InformationAsOf at={props.lastRefresh} />}
      errors={props.errors}
      action="/cases"
      apply={t('cases.filter.apply')}
      empty={t('cases.none')}
      firstHref={props.firstHref}
      nextHref={props.nextHref}
      filters={
        <>
          <TextField
            name="q"
            label={t('cases.filter.q')}
            description={t('cases.filter.q.hint')}
            value={input.q}
            maxLength={100}
            error={error('q')}
          />
          <SelectField
            name="type"
            label={t('cases.filter.type')}
            options={[any, ...props.types]}
            value={input.type}
            error={error('type')}
          />
          <SelectField
            name="status"
            label={t('cases.filter.status')}
            options={[any, ...props.statuses]}
            value={input.status}
            error={error('status')}
          />
          <TextField
            name="from"
            type="date"
            label={t('cases.filter.from')}
            value={input.from}
            error={error('from')}
          />
          <TextField
            name="to"
            type="date"
            label={t('cases.filter.to')}
            value={input.to}
            error={error('to')}
          />
          <SelectField name="sort" label={t('cases.filter.sort')} options={props.sorts} value={input.sort} />
        </>
      }
      results={
        props.rows.length === 0 ? null : (
          <Table
            caption={t('cases.table.caption', { organisation: props.organisation })}
            scrollLabel={t('cases.table.scroll')}
            head={[
              t('cases.col.caseNumber'),
              t('cases.col.employee'),
              t('cases.col.vNumber'),
              t('cases.col.type'),
              t('cases.col.status'),
              t('cases.col.submitted'),
              t('cases.col.expected'),
            ]}
            rows={props.rows.map((row) => ({
              key: row.id,
              cells: [
                <Link href={`/cases/${encodeURIComponent(row.case_number)}`}>{row.case_number}</Link>,
                row.employee_name ?? '—',
                row.v_number ?? '—',
                props.typeName(row.application_type),
                <StatusTag status={row.state} />,
                formatDate(lang, row.submitted_at),
                expectedOf(row, lang),
              ],
            }))}
          />
        )
      }
    >
      <Paragraph>
        <Link href={props.csvHref}>{t('cases.csv')}</Link> {t('cases.csv.hint')}
      </Paragraph>
    </ListPage>
  );
}

export function DocumentsTable({
  rows,
  caption,
  showCase,
}: {
  rows: DocumentRow[];
  caption: string;
  showCase: boolean;
}) {
  const { t, lang } = useView();
  return (
    <Table
      caption={caption}
      scrollLabel={t('documents.table.scroll')}
      head={[
        t('documents.col.title'),
        t('documents.col.kind'),
        ...(showCase ? [t('documents.col.case')] : []),
        t('documents.col.created'),
        t('documents.col.size'),
      ]}
      rows={rows.map((row) => ({
        key: row.id,
        cells: [
          <a
            className="nl-link"
            href={`/documents/${row.id}`}
            download
            aria-label={t('documents.download', { title: row.title })}
          >
            {row.title}
          </a>,
          kindLabel(t, row.kind),
          ...(showCase
            ? [
                <Link href={`/cases/${encodeURIComponent(row.case_number)}`}>
                  {row.employee_name ? `${row.case_number} (${row.employee_name})` : row.case_number}
                </Link>,
              ]
            : []),
          formatDate(lang, row.created_at),
          formatSize(Number(row.size), lang),
        ],
      }))}
    />
  );
}

export function CaseDetailView(props: {
  row: CaseRow;
  typeName: string;
  events: EventRow[];
  documents: DocumentRow[] | null;
  lastRefresh: Date | null;
  today: string;
  upload: { submission: string; errors: FieldError[]; note: string; sizeLabel: string; sent: boolean };
}) {
  const { t, lang } = useView();
  const { row } = props;
  const decided = ['granted', 'rejected', 'withdrawn', 'mvv_issued', 'document_ready'].includes(row.state);
  const informationRequested = row.state === 'information_requested';
  const uploadError = (field: string) => errorOf(props.upload.errors, field);
  return (
    <>
      <ErrorSummary errors={props.upload.errors} />
      <Heading level={1}>{t('cases.detail.title', { caseNumber: row.case_number })}</Heading>
      <InformationAsOf at={props.lastRefresh} />
      {props.upload.sent ? <Alert type="ok">{t('cases.upload.sent')}</Alert> : null}
      <section className="bp-section" aria-labelledby="todo">
        <Heading level={2} id="todo">
          {t('cases.detail.todo')}
        </Heading>
        {informationRequested ? (
          <>
            <Alert type="warning">
              <Paragraph>
                {row.information_deadline
                  ? t('cases.detail.todo.information', {
                      deadline: formatDate(lang, row.information_deadline),
                    })
                  : t('cases.detail.todo.informationNoDeadline')}
              </Paragraph>
              {row.information_deadline && row.information_deadline < props.today ? (
                <Paragraph>{t('cases.detail.todo.overdue')}</Paragraph>
              ) : null}
            </Alert>
            <Heading level={3} id="upload">
              {t('cases.upload.title')}
            </Heading>
            <Form
              action={`/cases/${encodeURIComponent(row.case_number)}/information`}
              multipart
              ariaLabel={t('cases.upload.title')}
            >
              <input type="hidden" name="submission" value={props.upload.submission} />
              <TextArea
                name="note"
                label={t('cases.upload.note')}
                value={props.upload.note}
                maxLength={2000}
                error={uploadError('note')}
              />
              <FileField
                name="file"
                label={t('cases.upload.file')}
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                description={t('cases.upload.file.hint', { size: props.upload.sizeLabel })}
                error={uploadError('file')}
              />
              <Button>{t('cases.upload.submit')}</Button>
            </Form>
          </>
        ) : (
          <Paragraph>{decided ? t('cases.detail.todo.decided') : t('cases.detail.todo.nothing')}</Paragraph>
        )}
      </section>
      <section className="bp-section" aria-labelledby="summary">
        <Heading level={2} id="summary">
          {t('cases.detail.summary')}
        </Heading>
        <DataList
          items={[
            { key: t('cases.col.caseNumber'), value: row.case_number },
            { key: t('cases.col.employee'), value: row.employee_name ?? '—' },
            { key: t('cases.col.vNumber'), value: row.v_number ?? '—' },
            { key: t('cases.col.type'), value: props.typeName },
            { key: t('cases.col.status'), value: <StatusTag status={row.state} /> },
            { key: t('cases.col.submitted'), value: formatDateTime(lang, row.submitted_at) },
            ...(row.target_date && !decided
              ? [
                  {
                    key: t('cases.detail.target'),
                    value: (
                      <>
                        {formatDate(lang, row.target_date)}
                        <br />
                        <small>{t('cases.detail.targetNote')}</small>
                      </>
                    ),
                  },
                ]
              : []),
            {
              key: t('cases.detail.statutory'),
              value: row.decision_due_on ? formatDate(lang, row.decision_due_on) : '—',
            },
            ...(row.decided_at
              ? [{ key: t('cases.detail.decidedAt'), value: formatDate(lang, row.decided_at) }]
              : []),
          ]}
        />
      </section>
      <section className="bp-section" aria-labelledby="timeline">
        <Heading level={2} id="timeline">
          {t('cases.detail.timeline')}
        </Heading>
        {props.events.length === 0 ? (
          <Paragraph>{t('cases.detail.timeline.none')}</Paragraph>
        ) : (
          <Table
            caption={t('cases.detail.timeline.caption', { caseNumber: row.case_number })}
            head={[t('cases.col.at'), t('cases.col.event'), t('cases.col.deadline')]}
            rows={props.events.map((event) => ({
              key: event.id,
              cells: [
                formatDateTime(lang, event.at),
                eventLabel(t, event),
                event.deadline ? formatDate(lang, event.deadline) : '—',
              ],
            }))}
          />
        )}
      </section>
      <section className="bp-section" aria-labelledby="documents">
        <Heading level={2} id="documents">
          {t('cases.detail.documents')}
        </Heading>
        {props.documents === null ? (
          <Paragraph>{t('cases.detail.documents.outOfScope')}</Paragraph>
        ) : props.documents.length === 0 ? (
          <Paragraph>{t('cases.detail.documents.none')}</Paragraph>
        ) : (
          <DocumentsTable
            rows={props.documents}
            caption={t('documents.table.captionCase', { caseNumber: row.case_number })}
            showCase={false}
          />
        )}
      </section>
      <Paragraph>
        <Link href="/cases">{t('cases.detail.back')}</Link>
      </Paragraph>
    </>
  );
}

export interface DocumentListInput {
  q: string;
  kind: string;
  from: string;
  to: string;
}

export function DocumentListView(props: {
  organisation: string;
  input: DocumentListInput;
  errors: FieldError[];
  rows: DocumentRow[];
  kinds: Option[];
  firstHref: string | null;
  nextHref: string | null;
  lastRefresh: Date | null;
}) {
  const { t } = useView();
  const { input } = props;
  const error = (field: string) => errorOf(props.errors, field);
  return (
    <ListPage
      title={t('documents.title')}
      lead={t('documents.lead')}
      above={<InformationAsOf at={props.lastRefresh} />}
      errors={props.errors}
      action="/documents"
      apply={t('documents.filter.apply')}
      empty={t('documents.none')}
      firstHref={props.firstHref}
      nextHref={props.nextHref}
      filters={
        <>
          <TextField
            name="q"
            label={t('cases.filter.q')}
            description={t('documents.filter.q.hint')}
            value={input.q}
            maxLength={100}
          />
          <SelectField
            name="kind"
            label={t('documents.filter.kind')}
            options={[{ value: '', label: t('cases.filter.any') }, ...props.kinds]}
            value={input.kind}
            error={error('kind')}
          />
          <TextField
            name="from"
            type="date"
            label={t('documents.filter.from')}
            value={input.from}
            error={error('from')}
          />
          <TextField
            name="to"
            type="date"
            label={t('documents.filter.to')}
            value={input.to}
            error={error('to')}
          />
        </>
      }
      results={
        props.rows.length === 0 ? null : (
          <DocumentsTable
            rows={props.rows}
            caption={t('documents.table.caption', { organisation: props.organisation })}
            showCase
          />
        )
      }
    />
  );
}

/** The account page's section with what the read model brings (rendered by organisations). */
export function AccountSummarySection({ summary }: { summary: AccountSummary }) {
  const { t, lang } = useView();
  return (
    <section className="bp-section" aria-labelledby="case-system-data">
      <Heading level={2} id="case-system-data">
        {t('cases.account.title')}
      </Heading>
      <InformationAsOf at={summary.lastRefresh} />
      <DataList items={[{ key: t('cases.account.sponsored'), value: String(summary.sponsoredEmployees) }]} />
      <Heading level={3} id="recognitions">
        {t('cases.account.recognitions')}
      </Heading>
      {summary.recognitions.length === 0 ? (
        <Paragraph>{t('cases.account.noRecognitions')}</Paragraph>
      ) : (
        <Table
          caption={t('cases.account.recognitions.caption')}
          head={[
            t('cases.account.col.category'),
            t('cases.account.col.start'),
            t('cases.account.col.end'),
            t('cases.account.col.state'),
          ]}
          rows={summary.recognitions.map((r) => ({
            key: r.id,
            cells: [
              t(`category.${r.category}` as MessageKey),
              formatDate(lang, r.start_date),
              r.end_date ? formatDate(lang, r.end_date) : t('cases.account.noEnd'),
              <Tag tone={r.state === 'active' ? 'ok' : 'warning'}>
                {t(`recognition.state.${r.state}` as MessageKey)}
              </Tag>,
            ],
          }))}
        />
      )}
    </section>
  );
}
