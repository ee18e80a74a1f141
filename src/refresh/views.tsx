import { formatDate, formatDateTime, type Lang } from '../platform/i18n/i18n.ts';
import type { RefreshRowCounts } from '../platform/db/schema.ts';
import { Alert, Button, Form, Heading, Paragraph, Table } from '../platform/ui/components.tsx';
import { useView } from '../platform/ui/view-context.ts';
import type { RefreshStatus } from './service.ts';

const time = (lang: Lang, value: Date) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(value);

/**
 * "Gegevens bijgewerkt op <datum> om <tijd>" / "Information as of <date, time>": every page that
 * shows the case system's data renders it with `refresh.informationAsOf()`'s `finishedAt`.
 */
export function InformationAsOf({ finishedAt }: { finishedAt: Date | null }) {
  const { t, lang } = useView();
  return (
    <p className="nl-paragraph bp-information-as-of">
      {finishedAt
        ? t('refresh.asOf', { date: formatDate(lang, finishedAt), time: time(lang, finishedAt) })
        : t('refresh.asOfNever')}
    </p>
  );
}

/** The staff banner when the last successful refresh is too old (nothing when it is not). */
export function RefreshStaleBanner({
  status,
  staleAfterHours,
}: {
  status: RefreshStatus;
  staleAfterHours: number;
}) {
  const { t, lang } = useView();
  if (!status.stale) return null;
  const last = status.lastSuccess ? formatDateTime(lang, status.lastSuccess) : t('refresh.staleNever');
  return (
    <Alert type="warning" title={t('refresh.staleTitle')}>
      <Paragraph>{t('refresh.staleBody', { hours: String(staleAfterHours), last })}</Paragraph>
    </Alert>
  );
}

export interface RunRow {
  id: number;
  started_at: Date;
  finished_at: Date | null;
  state: 'running' | 'done' | 'failed';
  trigger: string;
  outcome: string | null;
  rows: RefreshRowCounts;
  batches: number;
  error: string | null;
}

const KINDS = ['organisation', 'recognition', 'employee', 'case', 'case_event', 'document'] as const;
const total = (rows: RefreshRowCounts) => Object.values(rows).reduce((a, b) => a + b, 0);

function duration(run: RunRow): string {
  if (!run.finished_at) return '–';
  const seconds = Math.round((run.finished_at.getTime() - run.started_at.getTime()) / 100) / 10;
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function RefreshPage({
  runs,
  status,
  staleAfterHours,
  cron,
  notice,
}: {
  runs: RunRow[];
  status: RefreshStatus;
  staleAfterHours: number;
  cron: string;
  notice?: string | undefined;
}) {
  const { t, lang } = useView();
  const running = runs.find((r) => r.state === 'running');
  const outcome = (run: RunRow) => {
    if (run.state === 'running') return t('refresh.outcome.running');
    if (run.outcome === 'changed' || run.outcome === 'unchanged' || run.outcome === 'interrupted')
      return t(`refresh.outcome.${run.outcome}`);
    return t('refresh.outcome.error', { error: run.error ?? '' });
  };
  const rows = (counts: RefreshRowCounts) => {
    const parts = KINDS.filter((k) => (counts[k] ?? 0) > 0).map(
      (k) => `${counts[k] ?? 0} ${t(`refresh.kind.${k}`)}`,
    );
    return parts.length > 0 ? parts.join(', ') : '0';
  };
  return (
    <>
      <Heading level={1}>{t('refresh.staff.title')}</Heading>
      <Paragraph lead>{t('refresh.staff.lead', { cron })}</Paragraph>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <RefreshStaleBanner status={status} staleAfterHours={staleAfterHours} />
      <InformationAsOf finishedAt={status.lastSuccess} />
      {running ? (
        <Alert type="info">
          <Paragraph>
            {t('refresh.staff.running', {
              started: formatDateTime(lang, running.started_at),
              batches: String(running.batches),
              rows: String(total(running.rows)),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      <Form action="/backoffice/refresh/run">
        <Button>{t('refresh.staff.runNow')}</Button>
      </Form>
      {runs.length === 0 ? (
        <Paragraph>{t('refresh.staff.none')}</Paragraph>
      ) : (
        <Table
          caption={t('refresh.staff.runsCaption')}
          head={[
            t('refresh.col.started'),
            t('refresh.col.trigger'),
            t('refresh.col.outcome'),
            t('refresh.col.rows'),
            t('refresh.col.duration'),
          ]}
          rows={runs.map((run) => ({
            key: String(run.id),
            cells: [
              formatDateTime(lang, run.started_at),
              KNOWN_TRIGGERS.has(run.trigger) ? t(`refresh.trigger.${run.trigger as Trigger}`) : run.trigger,
              outcome(run),
              rows(run.rows),
              duration(run),
            ],
          }))}
        />
      )}
    </>
  );
}

type Trigger = 'schedule' | 'manual' | 'cli' | 'staff_change' | 'demo';
const KNOWN_TRIGGERS = new Set<string>(['schedule', 'manual', 'cli', 'staff_change', 'demo']);
