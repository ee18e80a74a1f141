import { PAGE_FORM_ID } from '../../platform/http/kept-input.ts';
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
} from '../../platform/ui/components.tsx';
import { formatDate, numberFormat, ONE_DECIMAL } from '../../platform/i18n/i18n.ts';
import { PORTAL_SERVICES, type ServiceKey } from '../../platform/ui/services.ts';
import { useView } from '../../platform/ui/view-context.ts';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import type {
  RegistrationErrors,
  RegistrationInput,
  RegistrationRow,
  RegistrationState,
} from '../representatives/service.ts';
import {
  Checkboxes,
  DateField,
  datePartLabels,
  FileField,
  Radios,
  Tag,
  TextField,
} from '../../platform/ui/fields.tsx';
import { isoToDateParts, type DatePart, type DateParts } from '../../platform/ui/date-parts.ts';

/** The validity dates of a registration as typed, and what is wrong with a half-typed or impossible one. */
export interface Validity {
  parts: Record<'validFrom' | 'validUntil', DateParts>;
  problems: Partial<Record<'validFrom' | 'validUntil', { message: string; parts: readonly DatePart[] }>>;
}

export const STATE_LABEL: Record<RegistrationState, MessageKey> = {
  submitted: 'rep.state.submitted',
  approved: 'rep.state.approved',
  rejected: 'rep.state.rejected',
  expired: 'rep.state.expired',
  withdrawn: 'rep.state.withdrawn',
};

export function StateTag({ state }: { state: RegistrationState }) {
  const { t } = useView();
  const tone = state === 'approved' ? 'ok' : state === 'submitted' ? 'neutral' : 'warning';
  return <Tag tone={tone}>{t(STATE_LABEL[state])}</Tag>;
}

export function ScopeList({ scope }: { scope: readonly ServiceKey[] }) {
  const { t } = useView();
  return (
    <>
      {PORTAL_SERVICES.filter((s) => scope.includes(s.key))
        .map((s) => t(s.title))
        .join('; ')}
    </>
  );
}

const NOTICES: Record<string, MessageKey> = {
  registered: 'rep.notice.registered',
  withdrawn: 'rep.notice.withdrawn',
  not_withdrawable: 'rep.notice.notWithdrawable',
};

export function RepresentativesPage({
  rows,
  notice,
  noticeFor,
}: {
  rows: RegistrationRow[];
  notice: string | undefined;
  /** The registration the notice is about (a withdrawal names its sponsor, D14). */
  noticeFor?: string | undefined;
}) {
  const { t, lang } = useView();
  // Own keys only: '?saved=constructor' must not find Object.prototype (issue 13, finding 11).
  const noticeKey = notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : undefined;
  const about = noticeFor ? rows.find((row) => row.id === noticeFor) : undefined;
  return (
    <>
      <Heading level={1}>{t('rep.title')}</Heading>
      {noticeKey ? (
        <Alert type={notice === 'not_withdrawable' ? 'warning' : 'ok'}>
          {notice === 'withdrawn' && about
            ? // Never processed: the agency could not work for the sponsor yet, so do not say it no longer can.
              t(about.processedAt ? 'rep.notice.withdrawnFor' : 'rep.notice.withdrawnPendingFor', {
                sponsor: about.sponsorName,
                kvk: about.sponsorKvk,
              })
            : t(noticeKey)}
        </Alert>
      ) : null}
      <Paragraph lead>{t('rep.lead')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/authorisations/new">{t('rep.new.button')}</ButtonLink>
        <ButtonLink href="/acting-for" secondary>
          {t('acting.link')}
        </ButtonLink>
      </div>
      <section className="bp-section" aria-labelledby="registrations">
        <Heading level={2} id="registrations">
          {t('rep.list.title')}
        </Heading>
        {rows.length === 0 ? (
          <Paragraph>{t('rep.list.empty')}</Paragraph>
        ) : (
          <Table
            caption={t('rep.list.caption')}
            head={[
              t('rep.col.sponsor'),
              t('rep.col.scope'),
              t('rep.col.validity'),
              t('rep.col.state'),
              t('rep.col.action'),
            ]}
            rows={rows.map((row) => ({
              key: row.id,
              cells: [
                <>
                  {row.sponsorName}
                  <br />
                  <span className="bp-muted">{t('rep.kvk', { kvk: row.sponsorKvk })}</span>
                </>,
                <ScopeList scope={row.scope} />,
                t('rep.validity', {
                  from: formatDate(lang, row.validFrom),
                  until: formatDate(lang, row.validUntil),
                }),
                <>
                  <StateTag state={row.state} />
                  {row.state === 'submitted' ? (
                    <span className="bp-muted bp-block">
                      {t('rep.dueOn', { date: formatDate(lang, row.dueOn) })}
                    </span>
                  ) : null}
                  {row.state === 'rejected' && row.rejectionReason ? (
                    <span className="bp-block">{t('rep.reason', { reason: row.rejectionReason })}</span>
                  ) : null}
                </>,
                row.state === 'submitted' || row.state === 'approved' ? (
                  // Asks first, on a page of its own (D14).
                  <Link href={`/authorisations/${row.id}/withdraw`}>
                    {t('rep.withdraw')}
                    <span className="bp-visually-hidden"> {row.sponsorName}</span>
                  </Link>
                ) : (
                  '—'
                ),
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}

const FIELD_TARGET: Record<keyof RegistrationErrors, string> = {
  sponsorKvk: 'sponsorKvk',
  scope: 'scope',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
  notifyEmail: 'notifyEmail',
  file: 'file',
};

export function NewRegistrationPage({
  values,
  errors,
  maxBytes,
  notice,
  validity,
}: {
  values: RegistrationInput;
  errors: RegistrationErrors;
  maxBytes: number;
  /**
   * The validity dates as typed (day / month / year, D4) and the message for a half-typed or
   * impossible one; by default the parts of `values`' dates.
   */
  validity?: Validity | undefined;
  /** D10: the input came back after a language switch or "stay logged in" (the file must be chosen again). */
  notice?: string | undefined;
}) {
  const { t, lang } = useView();
  const max = formatSize(lang, maxBytes);
  const dates = validity ?? {
    parts: { validFrom: isoToDateParts(values.validFrom), validUntil: isoToDateParts(values.validUntil) },
    problems: {},
  };
  const message = (field: keyof RegistrationErrors) => {
    const problem = field === 'validFrom' || field === 'validUntil' ? dates.problems[field] : undefined;
    if (problem) return problem.message;
    const key = errors[field];
    return key ? t(key, { max }) : undefined;
  };
  const list: FieldError[] = (Object.keys(FIELD_TARGET) as (keyof RegistrationErrors)[]).flatMap((field) => {
    const text = message(field);
    return text ? [{ field: FIELD_TARGET[field], message: text }] : [];
  });
  return (
    <>
      {notice ? <Alert type="info">{notice}</Alert> : null}
      <ErrorSummary errors={list} />
      <Heading level={1}>{t('rep.new.title')}</Heading>
      <Paragraph lead>{t('rep.new.lead')}</Paragraph>
      <Form action="/authorisations" multipart id={PAGE_FORM_ID}>
        <TextField
          name="sponsorKvk"
          label={t('rep.field.sponsorKvk')}
          description={t('rep.field.sponsorKvk.help')}
          value={values.sponsorKvk}
          error={message('sponsorKvk')}
          inputMode="numeric"
          maxLength={8}
          width="short"
          required
        />
        <Checkboxes
          name="scope"
          label={t('rep.field.scope')}
          description={t('rep.field.scope.help')}
          options={PORTAL_SERVICES.map((s) => ({ value: s.key, label: t(s.title) }))}
          values={values.scope}
          error={message('scope')}
        />
        <DateField
          name="validFrom"
          label={t('rep.field.validFrom')}
          description={t('rep.field.date.help')}
          value={dates.parts.validFrom}
          invalidParts={dates.problems.validFrom?.parts}
          partLabels={datePartLabels(t)}
          error={message('validFrom')}
          required
        />
        <DateField
          name="validUntil"
          label={t('rep.field.validUntil')}
          description={t('rep.field.date.help')}
          value={dates.parts.validUntil}
          invalidParts={dates.problems.validUntil?.parts}
          partLabels={datePartLabels(t)}
          error={message('validUntil')}
          required
        />
        <TextField
          name="notifyEmail"
          type="email"
          label={t('rep.field.notifyEmail')}
          description={t('rep.field.notifyEmail.help')}
          value={values.notifyEmail}
          error={message('notifyEmail')}
          autoComplete="email"
          required
          width="medium"
        />
        <FileField
          name="file"
          label={t('rep.field.file')}
          description={t('rep.field.file.help', { max })}
          accept="application/pdf,.pdf"
          error={message('file')}
        />
        {list.length > 0 ? <Paragraph>{t('rep.new.fileAgain')}</Paragraph> : null}
        <div className="bp-actions">
          <Button>{t('rep.new.submit')}</Button>
          <Link href="/authorisations">{t('rep.new.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}

export function NotAsSelfPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('rep.title')}</Heading>
      <Alert type="info">{t('rep.notSelf')}</Alert>
      <div className="bp-actions">
        <ButtonLink href="/acting-for">{t('acting.link')}</ButtonLink>
      </div>
    </>
  );
}

export function ActingForPage({
  own,
  options,
  current,
}: {
  own: { name: string; kvk_number: string };
  options: { id: string; name: string; kvk_number: string; scope: ServiceKey[]; valid_until: string }[];
  current: string;
}) {
  const { t, actor, lang } = useView();
  if (actor.kind === 'business' && actor.via === 'chain') {
    return (
      <>
        <Heading level={1}>{t('acting.title')}</Heading>
        <Alert type="info">
          {t('acting.chain', { organisation: actor.organisationName, kvk: actor.intermediaryKvk ?? '' })}
        </Alert>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{t('acting.title')}</Heading>
      <Paragraph lead>{t('acting.lead')}</Paragraph>
      <Form action="/acting-for">
        <Radios
          name="registration"
          label={t('acting.legend')}
          value={current}
          options={[
            { value: 'self', label: t('acting.self', { organisation: own.name, kvk: own.kvk_number }) },
            ...options.map((o) => ({
              value: o.id,
              label: t('acting.sponsor', {
                organisation: o.name,
                kvk: o.kvk_number,
                until: formatDate(lang, o.valid_until),
              }),
            })),
          ]}
        />
        {options.length === 0 ? (
          <Paragraph>
            {t('acting.none')} <Link href="/authorisations/new">{t('rep.new.button')}</Link>
          </Paragraph>
        ) : null}
        <div className="bp-actions">
          <Button>{t('acting.submit')}</Button>
        </div>
      </Form>
    </>
  );
}

/** A size limit for people: '10 MB', '64 kB'. */
export function formatSize(lang: 'nl' | 'en', bytes: number): string {
  const number = numberFormat(lang, ONE_DECIMAL);
  return bytes >= 1024 * 1024
    ? `${number.format(bytes / (1024 * 1024))} MB`
    : `${number.format(bytes / 1024)} kB`;
}

/** What a confirmation names of the authorisation that is about to end (D14). */
export interface EndingAuthorisation {
  id: string;
  intermediaryName: string;
  intermediaryKvk: string;
  sponsorName: string;
  sponsorKvk: string;
  scope: readonly ServiceKey[];
  validFrom: string;
  validUntil: string;
  /** A submitted registration that Team Zakelijk has not processed yet, or an approved one. */
  state: 'submitted' | 'approved';
}

/**
 * Asks before an authorisation is withdrawn (by the intermediary) or ended (by the sponsor or
 * Team Zakelijk), on a page of its own so that it works without JavaScript, and names what ends:
 * the intermediary, the sponsor with their KVK numbers, the services and the period (D14).
 */
export function ConfirmEndAuthorisationPage({
  ending,
  kind,
  action,
  back,
}: {
  ending: EndingAuthorisation;
  kind: 'withdraw' | 'end';
  action: string;
  back: string;
}) {
  const { t, lang } = useView();
  const names = {
    intermediary: ending.intermediaryName,
    intermediaryKvk: ending.intermediaryKvk,
    sponsor: ending.sponsorName,
    sponsorKvk: ending.sponsorKvk,
  };
  return (
    <>
      <Heading level={1}>
        {t(kind === 'withdraw' ? 'rep.confirmWithdraw.title' : 'rep.confirmEnd.title')}
      </Heading>
      <Paragraph lead>
        {t(
          ending.state === 'submitted'
            ? 'rep.confirm.bodySubmitted'
            : kind === 'withdraw'
              ? 'rep.confirmWithdraw.body'
              : 'rep.confirmEnd.body',
          names,
        )}
      </Paragraph>
      <DataList
        items={[
          {
            key: t('rep.col.intermediary'),
            value: `${ending.intermediaryName} (${t('rep.kvk', { kvk: ending.intermediaryKvk })})`,
          },
          {
            key: t('rep.col.sponsor'),
            value: `${ending.sponsorName} (${t('rep.kvk', { kvk: ending.sponsorKvk })})`,
          },
          { key: t('rep.col.scope'), value: <ScopeList scope={ending.scope} /> },
          {
            key: t('rep.col.validity'),
            value: t('rep.validity', {
              from: formatDate(lang, ending.validFrom),
              until: formatDate(lang, ending.validUntil),
            }),
          },
        ]}
      />
      <Paragraph>{t('rep.confirm.final')}</Paragraph>
      <Form action={action}>
        <div className="bp-actions">
          <Button variant="danger">
            {t(kind === 'withdraw' ? 'rep.confirmWithdraw.yes' : 'rep.confirmEnd.yes')}
          </Button>
          <Link href={back}>{t('rep.confirm.no')}</Link>
        </div>
      </Form>
    </>
  );
}
