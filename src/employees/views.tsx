import type { ReactNode } from 'react';
import { InformationAsOf, type Option } from '../cases/index.ts';
import { ListPage } from '../platform/ui/list-page.tsx';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import { formatDate, formatMoney } from '../platform/i18n/i18n.ts';
import {
  Alert,
  Button,
  ButtonLink,
  DataList,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
  type FieldError,
} from '../platform/ui/components.tsx';
import {
  Checkboxes,
  errorOf,
  DateField,
  datePartLabels,
  Radios,
  SelectField,
  Tag,
  TextArea,
  TextField,
} from '../platform/ui/fields.tsx';
import { PAGE_FORM_ID } from '../platform/http/kept-input.ts';
import { useView } from '../platform/ui/view-context.ts';
import { kindKey, reasonKey } from './receipt.ts';
import { fullName, type EmployeeRow, type ReportRow } from './repository.ts';
import { endsSoon, extensionTypeFor } from './rules.ts';
import type { DeregistrationRaw, RegistrationRaw, SponsorChangeRaw } from './forms.ts';
import { EXPLANATION_MAX } from './forms.ts';

export interface EmployeeListInput {
  q: string;
  permit: string;
  state: string;
  ending: string;
}

function StateCell({ row }: { row: EmployeeRow }) {
  const { t, lang } = useView();
  if (row.reported)
    return <Tag tone="warning">{t('employees.state.reported', { reference: row.reported })}</Tag>;
  if (row.sponsorship_state === 'ended') {
    return (
      <Tag>
        {row.deregistered_on
          ? t('employees.state.endedOn', { date: formatDate(lang, row.deregistered_on) })
          : t('employees.state.ended')}
      </Tag>
    );
  }
  if (row.sponsorship_state === 'pending') return <Tag>{t('employees.state.pending')}</Tag>;
  return <Tag tone="ok">{t('employees.state.active')}</Tag>;
}

function PermitEndCell({ row, today, maySubmit }: { row: EmployeeRow; today: string; maySubmit: boolean }) {
  const { t, lang } = useView();
  if (!row.permit_end_date) return <>—</>;
  const soon = row.sponsorship_state === 'active' && !row.reported && endsSoon(row.permit_end_date, today);
  const extension = extensionTypeFor(row.permit_type);
  return (
    <>
      {formatDate(lang, row.permit_end_date)}
      {soon ? (
        <>
          <br />
          <Tag tone="warning">{t('employees.extension')}</Tag>
          {maySubmit ? (
            <>
              <br />
              {extension ? (
                <Form action="/applications" className="bp-inline-form">
                  <input type="hidden" name="type" value={extension} />
                  <Button variant="subtle">{t('employees.extension.apply')}</Button>
                </Form>
              ) : (
                <Link href="/applications">{t('employees.extension.apply')}</Link>
              )}
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

export function EmployeeListView(props: {
  organisation: string;
  input: EmployeeListInput;
  errors: FieldError[];
  rows: EmployeeRow[];
  permits: Option[];
  states: Option[];
  permitName: (code: string | null) => string;
  firstHref: string | null;
  nextHref: string | null;
  csvHref: string;
  lastRefresh: Date | null;
  today: string;
  maySubmit: boolean;
}) {
  const { t, lang } = useView();
  const { input } = props;
  const error = (field: string) => errorOf(props.errors, field);
  const any = { value: '', label: t('cases.filter.any') };
  return (
    <>
      <ListPage
        title={t('employees.title')}
        lead={t('employees.lead')}
        above={<InformationAsOf at={props.lastRefresh} />}
        errors={props.errors}
        action="/employees"
        apply={t('employees.filter.apply')}
        empty={t('employees.none')}
        firstHref={props.firstHref}
        nextHref={props.nextHref}
        filters={
          <>
            <TextField
              name="q"
              label={t('employees.filter.q')}
              description={t('employees.filter.q.hint')}
              value={input.q}
              maxLength={100}
              error={error('q')}
            />
            <SelectField
              name="permit"
              label={t('employees.filter.permit')}
              options={[any, ...props.permits]}
              value={input.permit}
              error={error('permit')}
            />
            <SelectField
              name="state"
              label={t('employees.filter.state')}
              options={[any, ...props.states]}
              value={input.state}
              error={error('state')}
            />
            <Checkboxes
              name="ending"
              label={t('employees.filter.ending')}
              options={[{ value: 'soon', label: t('employees.filter.endingSoon') }]}
              values={input.ending === 'soon' ? ['soon'] : []}
            />
          </>
        }
        results={
          props.rows.length === 0 ? null : (
            <Table
              caption={t('employees.table.caption', { organisation: props.organisation })}
              scrollLabel={t('employees.table.scroll')}
              head={[
                t('employees.col.name'),
                t('employees.col.dateOfBirth'),
                t('employees.col.vNumber'),
                t('employees.col.permit'),
                t('employees.col.permitEnd'),
                t('employees.col.state'),
                t('employees.col.action'),
              ]}
              rows={props.rows.map((row) => ({
                key: row.id,
                cells: [
                  fullName(row),
                  formatDate(lang, row.date_of_birth),
                  row.v_number ?? '—',
                  props.permitName(row.permit_type),
                  <PermitEndCell row={row} today={props.today} maySubmit={props.maySubmit} />,
                  <StateCell row={row} />,
                  row.sponsorship_state === 'ended' || row.reported || !row.v_number ? (
                    '—'
                  ) : (
                    <a
                      className="nl-link"
                      href={`/employees/${row.id}/report`}
                      aria-label={t('employees.report.linkFor', { name: fullName(row) })}
                    >
                      {t('employees.report.link')}
                    </a>
                  ),
                ],
              }))}
            />
          )
        }
      >
        <Paragraph>
          <Link href={props.csvHref}>{t('employees.csv')}</Link> {t('employees.csv.hint')}
        </Paragraph>
      </ListPage>
      <section className="bp-section" aria-labelledby="report-actions">
        <Heading level={2} id="report-actions">
          {t('employees.actions')}
        </Heading>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <Link href="/employees/register">{t('employees.action.register')}</Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link href="/employees/bulk">{t('employees.action.bulk')}</Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link href="/employees/sponsor-change">{t('employees.action.sponsor')}</Link>
          </li>
        </ul>
        <Paragraph>
          <Link href="/employees/reminders">{t('employees.duties.digestLink')}</Link>
        </Paragraph>
      </section>
    </>
  );
}

/** The rule of the duty to inform, shown on every form before anything is submitted. */
function DeadlineRule() {
  const { t } = useView();
  return <Alert type="info">{t('employees.deadline.rule')}</Alert>;
}

/**
 * The frame of the three report forms. The form is the page's main form (`PAGE_FORM_ID`): the
 * language switch and "stay logged in" post it along and it comes back as typed (D10), with
 * `notice` saying so.
 */
function FormFrame(props: {
  title: string;
  lead: string;
  errors: FieldError[];
  action: string;
  notice?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useView();
  return (
    <>
      {props.notice ? <Alert type="info">{props.notice}</Alert> : null}
      <ErrorSummary errors={props.errors} />
      <Heading level={1}>{props.title}</Heading>
      <Paragraph lead>{props.lead}</Paragraph>
      <DeadlineRule />
      <Form action={props.action} ariaLabel={props.title} id={PAGE_FORM_ID}>
        {props.children}
        <Button name="step" value="check">
          {t('employees.check.next')}
        </Button>
      </Form>
    </>
  );
}

export function DeregistrationFormView(props: {
  employee: EmployeeRow;
  raw: DeregistrationRaw;
  errors: FieldError[];
  notice?: string | undefined;
  reasons: Option[];
}) {
  const { t } = useView();
  const error = (field: string) => errorOf(props.errors, field);
  const { raw, employee } = props;
  return (
    <FormFrame
      title={t('employees.report.title')}
      lead={t('employees.report.lead', { name: fullName(employee), vNumber: employee.v_number ?? '—' })}
      errors={props.errors}
      notice={props.notice}
      action={`/employees/${employee.id}/report`}
    >
      <Alert type="info" title={t('employees.report.notNeeded.title')}>
        <p className="nl-paragraph">{t('employees.report.notNeeded')}</p>
      </Alert>
      <Radios
        name="reason"
        label={t('employees.field.reason')}
        options={props.reasons}
        value={raw.reason}
        error={error('reason')}
      />
      <DateField
        name="occurredOn"
        label={t('employees.field.occurredOn')}
        description={t('employees.field.occurredOn.hint')}
        value={raw.occurredOn}
        partLabels={datePartLabels(t)}
        error={error('occurredOn')}
      />
      <TextArea
        name="explanation"
        label={t('employees.field.explanation')}
        description={t('employees.field.explanation.hint')}
        value={raw.explanation}
        error={error('explanation')}
        maxLength={EXPLANATION_MAX}
      />
    </FormFrame>
  );
}

export function SponsorChangeFormView(props: {
  raw: SponsorChangeRaw;
  errors: FieldError[];
  notice?: string | undefined;
  reasons: Option[];
}) {
  const { t } = useView();
  const error = (field: string) => errorOf(props.errors, field);
  const { raw } = props;
  return (
    <FormFrame
      title={t('employees.sponsor.title')}
      lead={t('employees.sponsor.lead')}
      errors={props.errors}
      notice={props.notice}
      action="/employees/sponsor-change"
    >
      <Radios
        name="reason"
        label={t('employees.field.reason')}
        options={props.reasons}
        value={raw.reason}
        error={error('reason')}
      />
      <DateField
        name="occurredOn"
        label={t('employees.field.occurredOn')}
        description={t('employees.field.occurredOn.hint')}
        value={raw.occurredOn}
        partLabels={datePartLabels(t)}
        error={error('occurredOn')}
      />
      <TextField
        name="address"
        label={t('employees.field.address')}
        description={t('employees.field.address.hint')}
        value={raw.address}
        error={error('address')}
        maxLength={300}
      />
      <TextArea
        name="explanation"
        label={t('employees.field.explanation')}
        description={t('employees.field.explanation.hint')}
        value={raw.explanation}
        error={error('explanation')}
        maxLength={EXPLANATION_MAX}
      />
    </FormFrame>
  );
}

export function RegistrationFormView(props: {
  raw: RegistrationRaw;
  errors: FieldError[];
  notice?: string | undefined;
  permits: Option[];
}) {
  const { t } = useView();
  const error = (field: string) => errorOf(props.errors, field);
  const { raw } = props;
  return (
    <FormFrame
      title={t('employees.register.title')}
      lead={t('employees.register.lead')}
      errors={props.errors}
      notice={props.notice}
      action="/employees/register"
    >
      <TextField
        name="vNumber"
        label={t('employees.field.vNumber')}
        description={t('employees.field.vNumber.hint')}
        value={raw.vNumber}
        error={error('vNumber')}
        inputMode="numeric"
        maxLength={20}
        width="medium"
      />
      <TextField
        name="givenNames"
        label={t('employees.field.givenNames')}
        value={raw.givenNames}
        error={error('givenNames')}
        maxLength={100}
      />
      <TextField
        name="surname"
        label={t('employees.field.surname')}
        value={raw.surname}
        error={error('surname')}
        maxLength={100}
      />
      <DateField
        name="dateOfBirth"
        label={t('employees.field.dateOfBirth')}
        value={raw.dateOfBirth}
        partLabels={datePartLabels(t)}
        autoCompletePrefix="bday"
        error={error('dateOfBirth')}
      />
      <Radios
        name="permit"
        label={t('employees.field.permit')}
        options={props.permits}
        value={raw.permit}
        error={error('permit')}
      />
      <DateField
        name="startDate"
        label={t('employees.field.startDate')}
        value={raw.startDate}
        partLabels={datePartLabels(t)}
        error={error('startDate')}
      />
      <TextField
        name="job"
        label={t('employees.field.job')}
        value={raw.job}
        error={error('job')}
        maxLength={100}
      />
      <TextField
        name="salary"
        label={t('employees.field.salary')}
        description={t('employees.field.salary.hint')}
        value={raw.salary}
        error={error('salary')}
        inputMode="decimal"
        maxLength={30}
        width="medium"
      />
    </FormFrame>
  );
}

/** Before submitting: what will be reported, the deadline, and (when late) that it is late. */
export function CheckView(props: {
  action: string;
  summary: { key: string; value: ReactNode }[];
  hidden: Record<string, string>;
  deadline: string;
  late: boolean;
}) {
  const { t, lang } = useView();
  const deadline = formatDate(lang, props.deadline);
  return (
    <>
      <Heading level={1}>{t('employees.check.title')}</Heading>
      {props.late ? (
        <Alert type="warning" title={t('employees.late.title')}>
          <p className="nl-paragraph">{t('employees.late.body', { deadline })}</p>
        </Alert>
      ) : (
        <Alert type="info">
          <p className="nl-paragraph">
            {t('employees.check.deadline', { deadline })} {t('employees.check.onTime')}
          </p>
        </Alert>
      )}
      <DataList items={props.summary} />
      <Form action={props.action} ariaLabel={t('employees.check.title')}>
        {Object.entries(props.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button name="step" value="submit">
          {t('employees.check.submit')}
        </Button>{' '}
        <Button name="step" value="edit" variant="secondary">
          {t('employees.check.change')}
        </Button>
      </Form>
    </>
  );
}

export function ReportDoneView({ report }: { report: ReportRow }) {
  const { t, lang } = useView();
  const deadline = formatDate(lang, report.deadline);
  const d = report.details;
  const items: { key: string; value: ReactNode }[] = [
    { key: t('employees.receipt.reference'), value: report.reference },
    { key: t('employees.receipt.kind'), value: t(kindKey(report.kind)) },
  ];
  if (report.employee_name) items.push({ key: t('employees.col.name'), value: report.employee_name });
  if (report.v_number) items.push({ key: t('employees.col.vNumber'), value: report.v_number });
  if (report.kind !== 'registration')
    items.push({ key: t('employees.field.reason'), value: t(reasonKey(report)) });
  items.push({
    key: t(report.kind === 'registration' ? 'employees.field.startDate' : 'employees.field.occurredOn'),
    value: formatDate(lang, report.occurred_on),
  });
  if (typeof d.salaryCents === 'number')
    items.push({ key: t('employees.field.salary'), value: formatMoney(lang, d.salaryCents) });
  if (typeof d.address === 'string') items.push({ key: t('employees.field.address'), value: d.address });
  items.push({ key: t('employees.deadline.label'), value: deadline });
  return (
    <>
      <Heading level={1}>{t('employees.done.title')}</Heading>
      <Alert type="ok">
        <p className="nl-paragraph">{t('employees.done.reference', { reference: report.reference })}</p>
      </Alert>
      {report.late ? (
        <Alert type="warning" title={t('employees.late.title')}>
          <p className="nl-paragraph">{t('employees.done.late', { deadline })}</p>
        </Alert>
      ) : (
        <Paragraph>{t('employees.done.onTime', { deadline })}</Paragraph>
      )}
      <DataList items={items} />
      <Paragraph>{t('employees.done.next')}</Paragraph>
      <Paragraph>
        <Link href={`/employees/reports/${encodeURIComponent(report.reference)}/receipt.pdf`}>
          {t('employees.done.receipt')}
        </Link>
      </Paragraph>
      <ButtonLink href="/employees" secondary>
        {t('employees.done.back')}
      </ButtonLink>
    </>
  );
}

export const reasonOptions = (
  t: (key: MessageKey) => string,
  prefix: string,
  reasons: readonly string[],
): Option[] => reasons.map((reason) => ({ value: reason, label: t(`${prefix}.${reason}` as MessageKey) }));
