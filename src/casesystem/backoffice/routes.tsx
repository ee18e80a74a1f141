import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CATALOGUE } from '../../applications/index.ts';
import { access } from '../../platform/auth/access.ts';
import { staffActorOf } from '../../platform/auth/actor.ts';
import { audit } from '../../platform/audit.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import type { CaseAction } from '../service.ts';
import { findCase, listQueue, type QueueFilter } from './queries.ts';
import { CASES_SECTION } from './section.ts';
import { CasePage, QueuePage, TEXT_MAX, type ActionErrors } from './views.tsx';

const officer = { access: access.staff(...CASES_SECTION.roles) };
const BASE = CASES_SECTION.href;

const queueQuery = z.object({
  type: z
    .string()
    .max(60)
    .regex(/^[a-z0-9_]*$/)
    .optional()
    .catch(undefined),
  organisation: z.string().max(100).optional().catch(undefined),
  status: z.enum(['open', 'all']).catch('open').default('open'),
  minAge: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  overdue: z.enum(['yes', '']).optional().catch(undefined),
  after: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
const caseParams = z.object({ caseNumber: z.string().max(40) });
const documentParams = z.object({ caseNumber: z.string().max(40), documentId: z.string().max(40) });
const actionParams = z.object({
  caseNumber: z.string().max(40),
  action: z.enum(['take_in', 'request_information', 'decide', 'mvv_issued', 'document_ready', 'withdraw']),
});
const actionBody = z
  .object({
    missing: z.string().max(100_000).default(''),
    deadline: z.string().max(100).default(''),
    outcome: z.string().max(20).default(''),
    reasons: z.string().max(100_000).default(''),
    reason: z.string().max(100_000).default(''),
  })
  .catch({ missing: '', deadline: '', outcome: '', reasons: '', reason: '' });

/** Validates an action's form: the action, or the errors per field (in the request's language). */
function parseAction(
  request: FastifyRequest,
  kind: CaseAction['kind'],
  body: z.infer<typeof actionBody>,
  today: string,
): { action: CaseAction } | { errors: ActionErrors } {
  const errors: ActionErrors = {};
  const text = (field: 'missing' | 'reasons' | 'reason') => {
    const value = body[field].replace(/\r\n?/g, '\n').trim();
    if (!value) errors[field] = request.t(`cs.error.required.${field}`);
    else if (value.length > TEXT_MAX) errors[field] = request.t('cs.error.tooLong', { max: TEXT_MAX });
    return value;
  };
  if (kind === 'request_information') {
    const missing = text('missing');
    const deadline = body.deadline.trim();
    const valid =
      /^\d{4}-\d\d-\d\d$/.test(deadline) &&
      !Number.isNaN(Date.parse(`${deadline}T12:00:00Z`)) &&
      new Date(`${deadline}T12:00:00Z`).toISOString().slice(0, 10) === deadline &&
      deadline > today;
    if (!valid) errors.deadline = request.t('cs.error.date');
    return Object.keys(errors).length ? { errors } : { action: { kind, missing, deadline } };
  }
  if (kind === 'decide') {
    const reasons = text('reasons');
    const outcome = body.outcome;
    if (outcome !== 'granted' && outcome !== 'rejected') errors.outcome = request.t('cs.error.outcome');
    return Object.keys(errors).length
      ? { errors }
      : { action: { kind, outcome: outcome as 'granted' | 'rejected', reasons } };
  }
  if (kind === 'withdraw') {
    const reason = text('reason');
    return Object.keys(errors).length ? { errors } : { action: { kind, reason } };
  }
  return { action: { kind } };
}

/** Case handling (role case_officer): the queue, the case page, the actions, the documents. */
export function caseHandlingRoutes(ctx: ModuleContext): FastifyPluginAsync {
  const db = ctx.database.db;
  const crumbs = (request: FastifyRequest) => [{ href: BASE, label: request.t('cs.section.title') }];

  async function showCase(
    request: FastifyRequest,
    reply: FastifyReply,
    caseNumber: string,
    state: { errors?: ActionErrors; drafts?: Record<string, string>; problem?: string; status?: number } = {},
  ) {
    const found = await findCase(db, caseNumber);
    if (!found) return reply.callNotFound();
    const done = (request.query as { done?: string } | undefined)?.done === '1';
    return reply.page(
      request.t('cs.case.title', { caseNumber }),
      <CasePage
        found={found}
        notice={done ? request.t('cs.done') : undefined}
        problem={state.problem}
        errors={state.errors ?? {}}
        drafts={state.drafts ?? {}}
      />,
      { status: state.status ?? 200, crumbs: crumbs(request) },
    );
  }

  return async (app) => {
    app.get(BASE, { config: officer }, async (request, reply) => {
      const q = queueQuery.parse(request.query ?? {});
      const [receivedAt, id] = q.after ? q.after.split('_') : [];
      const filter: QueueFilter = {
        type: q.type || undefined,
        organisation: q.organisation?.trim() || undefined,
        status: q.status,
        minAgeDays: q.minAge,
        overdue: q.overdue === 'yes',
        after: receivedAt && id ? { receivedAt, id } : undefined,
      };
      const now = new Date();
      const { rows, next } = await listQueue(db, filter, now);
      const params = new URLSearchParams();
      if (filter.type) params.set('type', filter.type);
      if (filter.organisation) params.set('organisation', filter.organisation);
      params.set('status', filter.status);
      if (filter.minAgeDays !== undefined) params.set('minAge', String(filter.minAgeDays));
      if (filter.overdue) params.set('overdue', 'yes');
      if (next) params.set('after', next);
      return reply.page(
        request.t('cs.section.title'),
        <QueuePage
          rows={rows}
          filter={filter}
          next={next}
          nextQuery={params.toString()}
          types={CATALOGUE.types.map((t) => t.code)}
          today={amsterdamToday(now)}
        />,
      );
    });

    app.get(`${BASE}/:caseNumber`, { config: officer }, async (request, reply) => {
      const { caseNumber } = caseParams.parse(request.params);
      return showCase(request, reply, caseNumber);
    });

    app.get(`${BASE}/:caseNumber/documents/:documentId`, { config: officer }, async (request, reply) => {
      const { caseNumber, documentId } = documentParams.parse(request.params);
      const found = await findCase(db, caseNumber);
      const document = found?.documents.find((d) => d.id === documentId);
      if (!found || !document) return reply.callNotFound();
      const opened = await ctx.caseSystem.openDocument(documentId);
      if (!opened) return reply.callNotFound();
      await audit(db, staffActorOf(request), {
        event: 'document.download',
        outcome: 'success',
        objectType: 'case_document',
        objectId: documentId,
        requestId: request.id,
        details: { case: caseNumber },
      });
      // The name is set by the server; the file is offered as a download, never rendered as a page.
      const extension = opened.contentType === 'application/pdf' ? 'pdf' : 'bin';
      return reply
        .type(opened.contentType)
        .header('content-length', String(opened.size))
        .header('content-disposition', `attachment; filename="${caseNumber}-${document.kind}.${extension}"`)
        .header('cache-control', 'private, no-store')
        .send(opened.stream);
    });

    app.post(`${BASE}/:caseNumber/:action`, { config: officer }, async (request, reply) => {
      const params = actionParams.safeParse(request.params);
      if (!params.success) return reply.callNotFound();
      const { caseNumber, action: kind } = params.data;
      const body = actionBody.parse(request.body ?? {});
      const parsed = parseAction(request, kind, body, amsterdamToday());
      if ('errors' in parsed) {
        return showCase(request, reply, caseNumber, { errors: parsed.errors, drafts: body, status: 400 });
      }
      const outcome = await ctx.caseSystem.act(staffActorOf(request), caseNumber, parsed.action, request.id);
      if (outcome.kind === 'not_found') return reply.callNotFound();
      if (outcome.kind === 'wrong_state') {
        return showCase(request, reply, caseNumber, {
          problem: request.t('cs.error.wrongState', { status: request.t(`cs.status.${outcome.status}`) }),
          status: 409,
        });
      }
      return reply.redirect(`${BASE}/${encodeURIComponent(caseNumber)}?done=1`, 303);
    });
  };
}
