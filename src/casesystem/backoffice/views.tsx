import { findType } from '../../applications/index.ts';
import { formatDate, formatDateTime } from '../../platform/i18n/i18n.ts';
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
} from '../../platform/ui/components.tsx';
import { Radios, SelectField, Tag, TextArea, TextField } from '../../platform/ui/fields.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import type { CaseStatus } from '../contract.ts';
import { ACTION_FROM, type CaseAction } from '../service.ts';
import type { CaseDetail, QueueFilter, QueueRow } from './queries.ts';

export const TEXT_MAX = 5000;
const BASE = '/backoffice/cases';
const ACTIONS = Object.keys(ACTION_FROM) as CaseAction['kind'][];

function useTypeName() {
  const { lang } = useView();
  return (code: string) => findType(code)?.name[lang] ?? code;
}

export function QueuePage({
  rows,
  filter,
  next,
  nextQuery,
  types,
  today,
}: {
  rows: QueueRow[];
  filter: QueueFilter;
  next: string | null;
  nextQuery: string;
  types: string[];
  today: string;
}) {
  const { t, lang } = useView();
  const typeName = useTypeName();
  return (
    <>
      <Heading level={1}>{t('cs.section.title')}</Heading>
      <Paragraph lead>{t('cs.queue.lead')}</Paragraph>
      <form method="get" action={BASE} className="bp-filter">
        <SelectField
          name="type"
          label={t('cs.filter.type')}
          value={filter.type ?? ''}
          options={[
            { value: '', label: t('cs.filter.anyType') },
            ...types.map((c) => ({ value: c, label: typeName(c) })),
          ]}
        />
        <TextField
          name="organisation"
          label={t('cs.filter.organisation')}
          value={filter.organisation ?? ''}
          width="medium"
        />
        <SelectField
          name="status"
          label={t('cs.filter.status')}
          value={filter.status}
          options={[
            { value: 'open', label: t('cs.filter.open') },
            { value: 'all', label: t('cs.filter.all') },
          ]}
        />
        <TextField
          name="minAge"
          label={t('cs.filter.minAge')}
          value={filter.minAgeDays === undefined ? '' : String(filter.minAgeDays)}
          inputMode="numeric"
          width="short"
        />
        <SelectField
          name="overdue"
          label={t('cs.filter.overdue')}
          value={filter.overdue ? 'yes' : ''}
          options={[
            { value: '', label: t('cs.filter.all') },
            { value: 'yes', label: t('cs.overdue') },
          ]}
        />
        <Button variant="secondary">{t('cs.filter.apply')}</Button>
      </form>
      {rows.length === 0 ? (
        <Paragraph>{t('cs.queue.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('cs.queue.caption')}
          head={[
            t('cs.col.caseNumber'),
            t('cs.col.type'),
            t('cs.col.organisation'),
            t('cs.col.received'),
            t('cs.col.due'),
            t('cs.col.status'),
          ]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              <Link href={`${BASE}/${encodeURIComponent(r.case_number)}`}>{r.case_number}</Link>,
              typeName(r.type_code),
              `${r.organisation_name ?? ''} (${r.kvk_number})`,
              formatDate(lang, r.received_at),
              <>
                {formatDate(lang, r.decision_due_on)}{' '}
                {r.decision_due_on < today &&
                ['received', 'in_progress', 'information_requested'].includes(r.state) ? (
                  <Tag tone="warning">{t('cs.overdue')}</Tag>
                ) : null}
              </>,
              <StatusTag status={r.state} />,
            ],
          }))}
        />
      )}
      {next ? (
        <Paragraph>
          <Link href={`${BASE}?${nextQuery}`}>{t('cs.queue.next')}</Link>
        </Paragraph>
      ) : null}
    </>
  );
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useView();
  return (
    <Tag tone={status === 'rejected' || status === 'withdrawn' ? 'warning' : 'neutral'}>
      {t(`cs.status.${status}`)}
    </Tag>
  );
}

export type ActionErrors = Partial<Record<'missing' | 'deadline' | 'outcome' | 'reasons' | 'reason', string>>;

export function CasePage({
  found,
  notice,
  problem,
  errors,
  drafts,
}: {
  found: CaseDetail;
  notice?: string | undefined;
  problem?: string | undefined;
  errors: ActionErrors;
  drafts: Record<string, string>;
}) {
  const { t, lang } = useView();
  const typeName = useTypeName();
  const base = `${BASE}/${encodeURIComponent(found.case_number)}`;
  const may = (kind: CaseAction['kind']) => ACTION_FROM[kind].includes(found.state);
  const summary: FieldError[] = Object.entries(errors).map(([field, message]) => ({ field, message }));
  const answers = (found.submission as { answers?: Record<string, Record<string, unknown>> }).answers ?? {};
  return (
    <>
      <ErrorSummary errors={summary} />
      <Heading level={1}>{t('cs.case.title', { caseNumber: found.case_number })}</Heading>
      {problem ? <Alert type="error">{problem}</Alert> : null}
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <section className="bp-section" aria-labelledby="details">
        <Heading level={2} id="details">
          {t('cs.case.details')}
        </Heading>
        <DataList
          items={[
            { key: t('cs.col.status'), value: <StatusTag status={found.state} /> },
            { key: t('cs.col.type'), value: typeName(found.type_code) },
            {
              key: t('cs.col.organisation'),
              value: `${found.organisation_name ?? ''} (KVK ${found.kvk_number})`,
            },
            {
              key: t('cs.letter.employee'),
              value: found.surname
                ? `${found.surname}, ${found.given_names ?? ''}${found.v_number ? ` (V ${found.v_number})` : ''}`
                : '–',
            },
            { key: t('cs.col.received'), value: formatDateTime(lang, found.received_at) },
            { key: t('cs.letter.statutoryEnd'), value: formatDate(lang, found.decision_due_on) },
            ...(found.target_date
              ? [{ key: t('cs.letter.targetDate'), value: formatDate(lang, found.target_date) }]
              : []),
            ...(found.information_deadline
              ? [
                  {
                    key: t('cs.case.informationDeadline'),
                    value: formatDate(lang, found.information_deadline),
                  },
                ]
              : []),
          ]}
        />
      </section>
      <section className="bp-section" aria-labelledby="submission">
        <Heading level={2} id="submission">
          {t('cs.case.submission')}
        </Heading>
        <DataList
          items={Object.entries(answers).flatMap(([page, values]) =>
            Object.entries(values).map(([field, value]) => ({
              key: `${page}.${field}`,
              value: typeof value === 'string' ? value : JSON.stringify(value),
            })),
          )}
        />
      </section>
      <section className="bp-section" aria-labelledby="documents">
        <Heading level={2} id="documents">
          {t('cs.case.documents')}
        </Heading>
        {found.documents.length === 0 ? (
          <Paragraph>{t('cs.case.noDocuments')}</Paragraph>
        ) : (
          <Table
            caption={t('cs.case.documents')}
            head={[t('cs.col.document'), t('cs.col.type'), t('cs.col.at'), t('cs.col.size')]}
            rows={found.documents.map((d) => ({
              key: d.id,
              cells: [
                <Link href={`${base}/documents/${d.id}`}>{d.title}</Link>,
                t(`cs.doc.${d.kind}`),
                formatDateTime(lang, d.created_at),
                `${Math.ceil(Number(d.size) / 1024)} kB`,
              ],
            }))}
          />
        )}
      </section>
      <section className="bp-section" aria-labelledby="history">
        <Heading level={2} id="history">
          {t('cs.case.history')}
        </Heading>
        <Table
          caption={t('cs.case.history')}
          head={[t('cs.col.at'), t('cs.col.status'), t('cs.col.note')]}
          rows={found.events.map((e) => ({
            key: e.id,
            cells: [
              formatDateTime(lang, e.at),
              <StatusTag status={e.status} />,
              [
                e.note,
                e.deadline ? `${t('cs.case.informationDeadline')}: ${formatDate(lang, e.deadline)}` : null,
              ]
                .filter(Boolean)
                .join(' — ') || '–',
            ],
          }))}
        />
      </section>
      <section className="bp-section" aria-labelledby="actions">
        <Heading level={2} id="actions">
          {t('cs.case.actions')}
        </Heading>
        {!ACTIONS.some(may) ? <Paragraph>{t('cs.case.noActions')}</Paragraph> : null}
        {may('take_in') ? (
          <Form action={`${base}/take_in`}>
            <Button>{t('cs.action.take_in')}</Button>
          </Form>
        ) : null}
        {may('request_information') ? (
          <Form action={`${base}/request_information`}>
            <Heading level={3}>{t('cs.action.request_information')}</Heading>
            <TextArea
              name="missing"
              label={t('cs.field.reason')}
              value={drafts.missing}
              error={errors.missing}
              maxLength={TEXT_MAX}
            />
            <TextField
              name="deadline"
              label={t('cs.field.deadline')}
              value={drafts.deadline}
              error={errors.deadline}
              width="medium"
            />
            <Button>{t('cs.action.request_information')}</Button>
          </Form>
        ) : null}
        {may('decide') ? (
          <Form action={`${base}/decide`}>
            <Heading level={3}>{t('cs.action.decide')}</Heading>
            <Radios
              name="outcome"
              label={t('cs.field.outcome')}
              value={drafts.outcome}
              error={errors.outcome}
              options={[
                { value: 'granted', label: t('cs.outcome.granted') },
                { value: 'rejected', label: t('cs.outcome.rejected') },
              ]}
            />
            <TextArea
              name="reasons"
              label={t('cs.field.reasons')}
              value={drafts.reasons}
              error={errors.reasons}
              maxLength={TEXT_MAX}
            />
            <Button>{t('cs.action.decide')}</Button>
          </Form>
        ) : null}
        {may('mvv_issued') ? (
          <Form action={`${base}/mvv_issued`}>
            <Button variant="secondary">{t('cs.action.mvv_issued')}</Button>
          </Form>
        ) : null}
        {may('document_ready') ? (
          <Form action={`${base}/document_ready`}>
            <Button variant="secondary">{t('cs.action.document_ready')}</Button>
          </Form>
        ) : null}
        {may('withdraw') ? (
          <Form action={`${base}/withdraw`}>
            <Heading level={3}>{t('cs.action.withdraw')}</Heading>
            <TextArea
              name="reason"
              label={t('cs.field.withdrawReason')}
              value={drafts.reason}
              error={errors.reason}
              maxLength={TEXT_MAX}
            />
            <Button variant="secondary">{t('cs.action.withdraw')}</Button>
          </Form>
        ) : null}
      </section>
    </>
  );
}
