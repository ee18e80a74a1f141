import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { access } from '../platform/auth/access.ts';
import type { ModuleContext } from '../platform/module.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import { TextField } from '../platform/ui/fields.tsx';
import { Alert, Button, Heading, Link, Paragraph, Table } from '../platform/ui/components.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { auditEventLabels, auditOutcomeLabels } from './messages.ts';
import { AUDIT_LOG_SECTION } from './sections.ts';

const BASE = AUDIT_LOG_SECTION.href;
const PAGE_SIZE = 50;

const filters = z
  .object({
    organisation: z.string().trim().max(40).default(''),
    actor: z.string().trim().max(100).default(''),
    event: z.string().trim().max(100).default(''),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .catch({ organisation: '', actor: '', event: '', page: 1 });
type Filters = z.infer<typeof filters>;

interface AuditRow {
  id: number;
  at: Date;
  event: string;
  outcome: string;
  reason: string | null;
  actor_kind: string;
  actor_kvk: string | null;
  actor_subject: string | null;
  intermediary_kvk: string | null;
  staff_user: string | null;
  object_type: string | null;
  object_id: string | null;
  organisation_kvk: string | null;
}

/** The audit log, filtered by organisation (KVK number), actor and event type, newest first, paged. */
export function auditLogRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const db = deps.database.db;
    app.get(
      BASE,
      {
        config: {
          access: access.staff(...AUDIT_LOG_SECTION.roles),
          rateLimit: { max: 60, timeWindow: '1 minute' },
        },
      },
      async (request, reply) => {
        const f = filters.parse(request.query);
        const rows = await db
          .selectFrom('audit_log as a')
          .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
          .select([
            'a.id',
            'a.at',
            'a.event',
            'a.outcome',
            'a.reason',
            'a.actor_kind',
            'a.actor_kvk',
            'a.actor_subject',
            'a.intermediary_kvk',
            'a.staff_user',
            'a.object_type',
            'a.object_id',
            'o.kvk_number as organisation_kvk',
          ])
          .$if(f.organisation !== '', (q) => q.where('o.kvk_number', '=', f.organisation))
          .$if(f.actor !== '', (q) =>
            q.where((eb) =>
              eb.or([
                eb('a.actor_kvk', '=', f.actor),
                eb('a.intermediary_kvk', '=', f.actor),
                eb('a.staff_user', '=', f.actor),
                eb('a.actor_subject', '=', f.actor),
              ]),
            ),
          )
          .$if(f.event !== '', (q) =>
            q.where('a.event', 'like', `${f.event.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
          )
          .orderBy('a.id', 'desc')
          .limit(PAGE_SIZE + 1)
          .offset((f.page - 1) * PAGE_SIZE)
          .execute();
        return reply.page(
          request.t('bo.audit.title'),
          <AuditPage filters={f} rows={rows.slice(0, PAGE_SIZE)} hasNext={rows.length > PAGE_SIZE} />,
          { crumbs: [{ href: '/backoffice', label: request.t('nav.backoffice') }] },
        );
      },
    );
  };
}

function pageHref(f: Filters, page: number): string {
  const params = new URLSearchParams();
  if (f.organisation) params.set('organisation', f.organisation);
  if (f.actor) params.set('actor', f.actor);
  if (f.event) params.set('event', f.event);
  params.set('page', String(page));
  return `${BASE}?${params.toString()}`;
}

/** "intermediary X for sponsor Y, acting person Z" — or the staff user. */
function Who({ row }: { row: AuditRow }) {
  const { t } = useView();
  if (row.actor_kind === 'staff') return <>{t('bo.audit.staff', { user: row.staff_user ?? '' })}</>;
  if (row.actor_kind === 'anonymous') return <>{t('bo.audit.anonymous')}</>;
  if (row.intermediary_kvk)
    return (
      <>
        {t('bo.audit.intermediary', {
          intermediary: row.intermediary_kvk,
          sponsor: row.actor_kvk ?? '',
          subject: row.actor_subject ?? '',
        })}
      </>
    );
  return <>{t('bo.audit.business', { kvk: row.actor_kvk ?? '', subject: row.actor_subject ?? '' })}</>;
}

const AMSTERDAM = 'Europe/Amsterdam';

/** "30-11-2026 15:06:14": one short line, so a row is one or two lines tall, not four. */
function shortMoment(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: AMSTERDAM,
  }).format(at);
}

function eventLabel(lang: Lang, code: string): string | null {
  const label = (auditEventLabels as Record<string, { nl: string; en: string } | undefined>)[code];
  return label ? label[lang] : null;
}

function outcomeLabel(lang: Lang, outcome: string): string {
  const label = (auditOutcomeLabels as Record<string, { nl: string; en: string } | undefined>)[outcome];
  return label ? label[lang] : outcome;
}

/** The reason in the reader's language where the portal knows its form; else as logged (English). */
function Reason({ reason }: { reason: string }) {
  const { t } = useView();
  const needs = /^route (\S+) needs (\w+)$/.exec(reason);
  if (needs) return <>{t('bo.audit.reason.needs', { route: needs[1] ?? '', rule: needs[2] ?? '' })}</>;
  return <span lang="en">{reason}</span>;
}

function AuditPage({ filters: f, rows, hasNext }: { filters: Filters; rows: AuditRow[]; hasNext: boolean }) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('bo.audit.title')}</Heading>
      <Paragraph lead>{t('bo.audit.lead')}</Paragraph>
      <form method="get" action={BASE} className="bp-filter" aria-label={t('bo.audit.filter')}>
        <TextField
          name="organisation"
          label={t('bo.audit.organisation')}
          value={f.organisation}
          inputMode="numeric"
          width="short"
        />
        <TextField name="actor" label={t('bo.audit.actor')} value={f.actor} width="medium" />
        <TextField name="event" label={t('bo.audit.eventCode')} value={f.event} width="medium" />
        <Button>{t('bo.audit.filter')}</Button>
      </form>
      <Paragraph>
        <span className="bp-muted">
          {t('bo.audit.actorHelp')}. {t('bo.audit.eventHelp')}
        </span>
      </Paragraph>
      {rows.length === 0 ? (
        <Alert type="info">{t('bo.audit.none')}</Alert>
      ) : (
        <div className="bp-audit">
          <Table
            caption={t('bo.audit.caption', { page: f.page })}
            head={[
              t('bo.audit.at'),
              t('bo.audit.event'),
              t('bo.audit.outcome'),
              t('bo.audit.who'),
              t('bo.audit.organisationShort'),
              t('bo.audit.object'),
            ]}
            rows={rows.map((r) => {
              const label = eventLabel(lang, r.event);
              return {
                key: String(r.id),
                cells: [
                  <span className="bp-nowrap">{shortMoment(lang, r.at)}</span>,
                  <>
                    {label ?? <code>{r.event}</code>}
                    {label ? (
                      <>
                        <br />
                        <code className="bp-code-small">{r.event}</code>
                      </>
                    ) : null}
                  </>,
                  <>
                    {outcomeLabel(lang, r.outcome)}
                    {r.reason ? (
                      <>
                        <br />
                        <span className="bp-small">
                          <Reason reason={r.reason} />
                        </span>
                      </>
                    ) : null}
                  </>,
                  <Who row={r} />,
                  r.organisation_kvk ?? '—',
                  r.object_type ? (
                    <span className="bp-small bp-break">{`${r.object_type} ${r.object_id ?? ''}`}</span>
                  ) : (
                    '—'
                  ),
                ],
              };
            })}
          />
        </div>
      )}
      <nav className="bp-pager" aria-label={t('bo.audit.pages')}>
        {f.page > 1 ? <Link href={pageHref(f, f.page - 1)}>{t('bo.audit.previous')}</Link> : null}
        {hasNext ? <Link href={pageHref(f, f.page + 1)}>{t('bo.audit.next')}</Link> : null}
      </nav>
    </>
  );
}
