import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '../../platform/auth/access.ts';
import { staffActorOf } from '../../platform/auth/actor.ts';
import { audit } from '../../platform/audit.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { formatDate, formatDateTime } from '../../platform/i18n/i18n.ts';
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
} from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import {
  decide,
  endAuthorisation,
  queue,
  REASON_MAX,
  registrationForStaff,
  type QueueRow,
  type RepresentativeDeps,
} from '../representatives/service.ts';
import { isUuid } from '../validation.ts';
import { TextArea, Tag } from '../../platform/ui/fields.tsx';
import { ConfirmEndAuthorisationPage, ScopeList, StateTag } from '../views/representatives.tsx';
import { AUTHORISATIONS_SECTION } from './sections.ts';

const BASE = AUTHORISATIONS_SECTION.href;

const decisionForm = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().max(REASON_MAX).optional(),
});

type Detail = NonNullable<Awaited<ReturnType<typeof registrationForStaff>>>;

/** Team Zakelijk's queue of registered authorisations: oldest due first, open the PDF, decide. */
export function authorisationQueueRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const service: RepresentativeDeps = {
      db: deps.database.db,
      jobs: deps.jobs,
      files: deps.files,
      maxYears: deps.config.authorisationMaxYears,
    };
    const rule = access.staff(...AUTHORISATIONS_SECTION.roles);
    const crumbs = (request: FastifyRequest) => [
      { href: '/backoffice', label: request.t('nav.backoffice') },
      { href: BASE, label: request.t('bo.queue.title') },
    ];

    app.get(BASE, { config: { access: rule } }, async (request, reply) => {
      const rows = await queue(service);
      const done = (request.query as Record<string, unknown>).done;
      return reply.page(
        request.t('bo.queue.title'),
        <QueuePage rows={rows} done={done === 'approved' || done === 'rejected' ? done : undefined} />,
        {
          crumbs: [{ href: '/backoffice', label: request.t('nav.backoffice') }],
        },
      );
    });

    app.get<{ Params: { id: string } }>(
      `${BASE}/:id`,
      { config: { access: rule } },
      async (request, reply) => {
        const row = isUuid(request.params.id)
          ? await registrationForStaff(service, request.params.id)
          : undefined;
        if (!row) return reply.callNotFound();
        const done = (request.query as Record<string, unknown>).done === 'ended';
        return reply.page(
          request.t('bo.reg.title'),
          <RegistrationPage row={row} errors={[]} ended={done} />,
          { crumbs: crumbs(request) },
        );
      },
    );

    // The PDF is always a download under a name the server chooses; never rendered inline.
    app.get<{ Params: { id: string } }>(
      `${BASE}/:id/document`,
      { config: { access: rule } },
      async (request, reply) => {
        const row = isUuid(request.params.id)
          ? await registrationForStaff(service, request.params.id)
          : undefined;
        if (!row) return reply.callNotFound();
        const stream = await service.files.get(row.file_key).catch(() => null);
        if (!stream) return reply.callNotFound();
        await audit(deps.database.db, staffActorOf(request), {
          event: 'representation.document_viewed',
          outcome: 'success',
          organisationId: row.intermediary_organisation_id,
          objectType: 'representative_registration',
          objectId: row.id,
          requestId: request.id,
        });
        const name = `machtiging-${row.intermediary_kvk}-${row.sponsor_kvk}-${row.id.slice(0, 8)}.pdf`;
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('content-length', String(row.file_size))
          .send(stream);
      },
    );

    // Ending asks first, on a page of its own that names what ends (D14).
    app.get<{ Params: { id: string } }>(
      `${BASE}/:id/end`,
      { config: { access: rule } },
      async (request, reply) => {
        const row = isUuid(request.params.id)
          ? await registrationForStaff(service, request.params.id)
          : undefined;
        if (!row) return reply.callNotFound();
        if (row.displayState !== 'approved') return reply.redirect(`${BASE}/${row.id}`, 303);
        return reply.page(
          request.t('rep.confirmEnd.title'),
          <ConfirmEndAuthorisationPage
            kind="end"
            ending={{
              id: row.id,
              intermediaryName: row.intermediary_name,
              intermediaryKvk: row.intermediary_kvk,
              sponsorName: row.sponsor_name,
              sponsorKvk: row.sponsor_kvk,
              scope: row.scope,
              validFrom: row.valid_from,
              validUntil: row.valid_until,
              state: 'approved',
            }}
            action={`${BASE}/${row.id}/end`}
            back={`${BASE}/${row.id}`}
          />,
          { crumbs: [...crumbs(request), { href: `${BASE}/${row.id}`, label: request.t('bo.reg.title') }] },
        );
      },
    );

    // Issue 13 (5): Team Zakelijk ends an approved authorisation, effective at once.
    app.post<{ Params: { id: string } }>(
      `${BASE}/:id/end`,
      { config: { access: rule } },
      async (request, reply) => {
        const id = request.params.id;
        const outcome = isUuid(id)
          ? await endAuthorisation(service, staffActorOf(request), id, request.id)
          : 'not_found';
        if (outcome === 'not_found') return reply.callNotFound();
        return reply.redirect(`${BASE}/${id}${outcome === 'ended' ? '?done=ended' : ''}`, 303);
      },
    );

    app.post<{ Params: { id: string } }>(
      `${BASE}/:id/decision`,
      { config: { access: rule } },
      async (request, reply) => {
        const actor = staffActorOf(request);
        const row = isUuid(request.params.id)
          ? await registrationForStaff(service, request.params.id)
          : undefined;
        if (!row) return reply.callNotFound();
        const parsed = decisionForm.safeParse(request.body);
        const reason = parsed.success ? (parsed.data.reason ?? '').trim() : '';
        if (!parsed.success || (parsed.data.decision === 'reject' && reason === '')) {
          const message =
            !parsed.success && !(request.body as Record<string, unknown> | undefined)?.decision
              ? request.t('bo.reg.error.decision')
              : !parsed.success
                ? request.t('bo.reg.error.reasonLong', { max: REASON_MAX })
                : request.t('bo.reg.error.reason');
          return reply.page(
            request.t('bo.reg.title'),
            <RegistrationPage row={row} errors={[{ field: 'reason', message }]} reason={reason} />,
            { status: 400, crumbs: crumbs(request) },
          );
        }
        const outcome = await decide(
          service,
          actor,
          row.id,
          parsed.data.decision === 'approve' ? { approve: true } : { approve: false, reason },
          request.id,
        );
        if (outcome === 'not_found') return reply.callNotFound();
        if (outcome === 'already_processed') return reply.redirect(`${BASE}/${row.id}`, 303);
        return reply.redirect(
          `${BASE}?done=${parsed.data.decision === 'approve' ? 'approved' : 'rejected'}`,
          303,
        );
      },
    );
  };
}

function QueuePage({ rows, done }: { rows: QueueRow[]; done: 'approved' | 'rejected' | undefined }) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('bo.queue.title')}</Heading>
      {done ? (
        <Alert type="ok">{t(done === 'approved' ? 'bo.queue.doneApproved' : 'bo.queue.doneRejected')}</Alert>
      ) : null}
      <Paragraph lead>{t('bo.queue.lead')}</Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t('bo.queue.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('bo.queue.caption', { count: rows.length })}
          head={[
            t('bo.col.due'),
            t('rep.col.intermediary'),
            t('rep.col.sponsor'),
            t('bo.col.submitted'),
            t('rep.col.action'),
          ]}
          rows={rows.map((row) => ({
            key: row.id,
            cells: [
              <>
                {formatDate(lang, row.dueOn)}{' '}
                {row.overdue ? <Tag tone="warning">{t('bo.queue.overdue')}</Tag> : null}
              </>,
              `${row.intermediaryName} (${row.intermediaryKvk})`,
              `${row.sponsorName} (${row.sponsorKvk})`,
              formatDateTime(lang, row.submittedAt),
              <Link href={`${BASE}/${row.id}`}>
                {t('bo.queue.open')}
                <span className="bp-visually-hidden">
                  : {row.intermediaryName} – {row.sponsorName}
                </span>
              </Link>,
            ],
          }))}
        />
      )}
    </>
  );
}

function RegistrationPage({
  row,
  errors,
  reason,
  ended = false,
}: {
  row: Detail;
  errors: { field: string; message: string }[];
  reason?: string;
  /** Just ended by this user: say so (D14). */
  ended?: boolean;
}) {
  const { t, lang } = useView();
  return (
    <>
      <ErrorSummary errors={errors} />
      <Heading level={1}>{t('bo.reg.title')}</Heading>
      {ended ? <Alert type="ok">{t('rep.end.done')}</Alert> : null}
      <DataList
        items={[
          { key: t('rep.col.state'), value: <StateTag state={row.displayState} /> },
          { key: t('rep.col.intermediary'), value: `${row.intermediary_name} (KVK ${row.intermediary_kvk})` },
          { key: t('rep.col.sponsor'), value: `${row.sponsor_name} (KVK ${row.sponsor_kvk})` },
          { key: t('rep.col.scope'), value: <ScopeList scope={row.scope} /> },
          {
            key: t('rep.col.validity'),
            value: t('rep.validity', {
              from: formatDate(lang, row.valid_from),
              until: formatDate(lang, row.valid_until),
            }),
          },
          { key: t('bo.col.submitted'), value: formatDateTime(lang, row.submitted_at) },
          {
            key: t('bo.col.due'),
            value: (
              <>
                {formatDate(lang, row.due_on)}{' '}
                {row.overdue && row.state === 'submitted' ? (
                  <Tag tone="warning">{t('bo.queue.overdue')}</Tag>
                ) : null}
              </>
            ),
          },
          { key: t('bo.reg.notify'), value: row.notify_email },
          {
            key: t('bo.reg.document'),
            value: (
              <Link href={`${BASE}/${row.id}/document`}>
                {t('bo.reg.download', { size: Math.max(1, Math.round(row.file_size / 1024)) })}
              </Link>
            ),
          },
          ...(row.rejection_reason ? [{ key: t('bo.reg.reason'), value: row.rejection_reason }] : []),
          ...(row.processed_at
            ? [{ key: t('bo.reg.processedAt'), value: formatDateTime(lang, row.processed_at) }]
            : []),
        ]}
      />
      {row.state === 'submitted' ? (
        <section className="bp-section" aria-labelledby="decide">
          <Heading level={2} id="decide">
            {t('bo.reg.decide')}
          </Heading>
          <Paragraph>{t('bo.reg.decideHelp')}</Paragraph>
          <Form action={`${BASE}/${row.id}/decision`}>
            <TextArea
              name="reason"
              label={t('bo.reg.reasonLabel')}
              description={t('bo.reg.reasonHelp')}
              value={reason}
              maxLength={REASON_MAX}
              error={errors.find((e) => e.field === 'reason')?.message}
            />
            <div className="bp-actions">
              <Button name="decision" value="approve">
                {t('bo.reg.approve')}
              </Button>
              <Button name="decision" value="reject" variant="secondary">
                {t('bo.reg.reject')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
      {row.displayState === 'approved' ? (
        // Asks first, on a page of its own (D14).
        <div className="bp-actions">
          <ButtonLink href={`${BASE}/${row.id}/end`} secondary>
            {t('rep.end.button')}
          </ButtonLink>
        </div>
      ) : null}
    </>
  );
}
