import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CATALOGUE } from '../applications/index.ts';
import {
  decodeCursor,
  DOWNLOAD_TYPES,
  downloadName,
  encodeCursor,
  eventsOf,
  findCase,
  findDocument,
  listCases,
  listDocuments,
  type CaseRow,
  type CaseSort,
} from '../cases/index.ts';
import {
  checkDeregistration,
  checkRegistration,
  checkSponsorChange,
  employeesByVNumber,
  endsSponsorship,
  findReport,
  listEmployees,
  type SubmitOutcome,
} from '../employees/index.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import { API_CLIENT_SUBJECT, audit, DeferredAudit } from '../platform/audit.ts';
import type { ModuleContext } from '../platform/module.ts';
import type { Transaction } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import {
  API_PREFIX,
  API_VERSION,
  OPERATIONS,
  type CaseQuery,
  type DocumentQuery,
  type EmployeeQuery,
  type EmployeeRegistrationInput,
  type EmployeeReportInput,
  type SponsorChangeReportInput,
  type Operation,
  type OperationId,
  type WebhookSubscriptionInput,
} from './contract.ts';
import { idempotently, isValidKey, requestHash, type Stored } from './idempotency.ts';
import { authenticate, issueToken, organisationsOf, type ActingFor, type ApiClient } from './oauth.ts';
import { openApiDocument } from './openapi.ts';
import { sendProblem, type InvalidParam } from './problem.ts';
import { ReferencePage } from './reference.tsx';
import { targetProblem, type TargetProblem } from './webhook-target.ts';
import { createSubscription, deleteSubscription, listSubscriptions, SCOPE_OF_EVENT } from './webhooks.ts';

const WEBHOOK_URL_PROBLEM = {
  invalid: 'api.problem.webhookUrlInvalid',
  https: 'api.problem.webhookUrl',
  credentials: 'api.problem.webhookUrlCredentials',
  private: 'api.problem.webhookUrlPrivate',
} as const satisfies Record<TargetProblem, string>;

/**
 * The sponsor API under /api/v1 (issue 16). Each operation of the contract (contract.ts) is
 * one route: Fastify validates params, query and body with the operation's zod schemas (the
 * validator compiler below), the client is authenticated by its bearer token on every call,
 * the organisation in the path is resolved through the client (its own, or a sponsor that
 * authorised its agency), the scope is checked, and the call is audited with the client id.
 */
interface ApiCall {
  client?: ApiClient;
  /** Whom the call acts for, resolved with the token (`authenticate`); null: not allowed. */
  acting?: ActingFor | null | undefined;
  org?: ActingFor;
  operation?: Operation;
  objectId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiCall: ApiCall | null;
  }
}

type Result = Stored | FastifyReply;

interface Call<P = Record<string, string>, Q = unknown, B = unknown> {
  request: FastifyRequest;
  reply: FastifyReply;
  client: ApiClient;
  org: ActingFor;
  params: P;
  query: Q;
  body: B;
}

/**
 * The validation failure of one part of a request, with zod's issues (the problem's invalidParams).
 * Schema validation runs before the request's language is applied, so each reason is kept in both
 * languages (`dutch`, from zod's Dutch locale) and the error handler answers in the caller's.
 */
class InvalidInput extends Error {
  readonly statusCode = 400;
  constructor(
    readonly invalidParams: InvalidParam[],
    readonly dutch?: string[],
  ) {
    super('invalid input');
  }

  inLanguage(lang: string): InvalidParam[] {
    const { dutch } = this;
    if (lang !== 'nl' || !dutch) return this.invalidParams;
    return this.invalidParams.map((param, index) => ({ ...param, reason: dutch[index] ?? param.reason }));
  }
}

const dutchErrors = z.locales.nl().localeError;

/** A report the service refuses (already de-registered, already registered): 409, naming the field. */
class Refused extends Error {
  readonly statusCode = 409;
  constructor(
    readonly detail: MessageKey,
    readonly invalidParams: InvalidParam[],
  ) {
    super('refused');
  }
}

/** The forms' field errors (employees module) as the problem's invalidParams, in the API's field names. */
const bodyErrors = (errors: { field: string; message: string }[], names: Record<string, string> = {}) =>
  errors.map((e) => ({ name: names[e.field] ?? e.field, in: 'body' as const, reason: e.message }));

const PART_OF: Record<string, InvalidParam['in']> = {
  params: 'path',
  querystring: 'query',
  body: 'body',
  headers: 'header',
};

const toFastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const SORTS: Record<z.infer<typeof CaseQuery>['sort'], CaseSort> = {
  submittedDesc: 'submitted_desc',
  submittedAsc: 'submitted_asc',
  expectedAsc: 'expected_asc',
};

/** A real calendar day (YYYY-MM-DD): the key of an employees cursor. */
const isDate = (value: string) => {
  const day = new Date(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
  );
};

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function caseSummary(row: CaseRow) {
  return {
    caseNumber: row.case_number,
    applicationType: row.application_type,
    status: row.state,
    submittedAt: new Date(row.submitted_at).toISOString(),
    expectedDecisionDate: row.target_date ?? row.decision_due_on,
    statutoryDecisionDate: row.decision_due_on,
    informationDeadline: row.information_deadline,
    decidedAt: iso(row.decided_at),
    employeeName: row.employee_name,
    vNumber: row.v_number,
  };
}

/** The actor an API call is recorded as in the audit log: the client, for the organisation. */
export function apiActor(client: ApiClient, org?: ActingFor): BusinessActor {
  return {
    kind: 'business',
    sessionId: `api:${client.id}`,
    organisationId: org?.organisationId ?? client.organisationId,
    organisationName: org?.name ?? client.organisationName,
    kvkNumber: org?.kvkNumber ?? client.kvkNumber,
    branchNumber: null,
    actingSubject: `${API_CLIENT_SUBJECT}${client.id}`,
    loa: 'loa3',
    intermediaryKvk: org?.intermediaryKvk ?? null,
    via: org?.intermediaryKvk ? 'registered' : 'self',
    recognitions: org?.recognitions ?? [],
  };
}

export function apiRoutes(deps: ModuleContext): FastifyPluginAsync {
  const db = deps.database.db;
  const publicUrl = deps.config.publicUrl;
  const tokenUrl = `${publicUrl}${API_PREFIX}/oauth/token`;
  const document = JSON.stringify(openApiDocument(publicUrl));

  const handlers: Record<OperationId, (call: Call<never, never, never>) => Promise<Result>> = {
    listOrganisations: async ({ client }: Call) => ({
      status: 200,
      body: {
        organisations: (await organisationsOf(db, client)).map((o) => ({
          kvkNumber: o.kvkNumber,
          name: o.name,
          actingAs: o.intermediaryKvk ? 'representative' : 'self',
          scopes: o.scopes,
        })),
      },
    }),

    getOrganisation: async ({ org }: Call) => {
      const [organisation, recognitions, refresh] = await Promise.all([
        db
          .selectFrom('organisations')
          .select('legal_form')
          .where('id', '=', org.organisationId)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('recognitions')
          .select(['category', 'state', 'start_date', 'end_date'])
          .where('organisation_id', '=', org.organisationId)
          .orderBy('category')
          .execute(),
        deps.refresh.informationAsOf(),
      ]);
      return {
        status: 200,
        body: {
          kvkNumber: org.kvkNumber,
          name: org.name,
          actingAs: org.intermediaryKvk ? 'representative' : 'self',
          scopes: org.scopes,
          legalForm: organisation.legal_form,
          recognitions: recognitions.map((r) => ({
            category: r.category,
            state: r.state,
            startDate: r.start_date,
            endDate: r.end_date,
          })),
          informationAsOf: iso(refresh?.finishedAt ?? null),
        },
      };
    },

    listCases: async ({ org, query }: Call<never, z.infer<typeof CaseQuery>>) => {
      const invalid: InvalidParam[] = [];
      if (query.type && !CATALOGUE.types.some((t) => t.code === query.type))
        invalid.push({ name: 'type', in: 'query', reason: 'not a type of application of the catalogue' });
      if (query.submittedFrom && query.submittedTo && query.submittedTo < query.submittedFrom)
        invalid.push({ name: 'submittedTo', in: 'query', reason: 'before submittedFrom' });
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (query.cursor && !after)
        invalid.push({ name: 'cursor', in: 'query', reason: 'not a cursor of this list' });
      if (invalid.length > 0) throw new InvalidInput(invalid);
      const page = await listCases(db, org.organisationId, {
        filters: {
          q: query.q,
          type: query.type,
          status: query.status,
          from: query.submittedFrom,
          to: query.submittedTo,
        },
        sort: SORTS[query.sort],
        after,
        limit: query.limit,
      });
      return {
        status: 200,
        body: { cases: page.rows.map(caseSummary), nextCursor: page.next ? encodeCursor(page.next) : null },
      };
    },

    getCase: async ({ request, reply, org, params }: Call<{ caseNumber: string }>) => {
      const row = await findCase(db, org.organisationId, params.caseNumber);
      if (!row) return notFound(request, reply);
      const events = await eventsOf(db, org.organisationId, row.id);
      return {
        status: 200,
        body: {
          ...caseSummary(row),
          statusHistory: events.map((e) => ({
            at: new Date(e.at).toISOString(),
            status: e.status,
            reason: e.reason,
            deadline: e.deadline,
            documentId: e.document_id,
          })),
        },
      };
    },

    listDocuments: async ({ org, query }: Call<never, z.infer<typeof DocumentQuery>>) => {
      const invalid: InvalidParam[] = [];
      if (query.createdFrom && query.createdTo && query.createdTo < query.createdFrom)
        invalid.push({ name: 'createdTo', in: 'query', reason: 'before createdFrom' });
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (query.cursor && !after)
        invalid.push({ name: 'cursor', in: 'query', reason: 'not a cursor of this list' });
      if (invalid.length > 0) throw new InvalidInput(invalid);
      let caseId: string | undefined;
      if (query.caseNumber) {
        const found = await findCase(db, org.organisationId, query.caseNumber);
        if (!found) return { status: 200, body: { documents: [], nextCursor: null } };
        caseId = found.id;
      }
      const page = await listDocuments(db, org.organisationId, {
        filters: { q: query.q, kind: query.kind, caseId, from: query.createdFrom, to: query.createdTo },
        after,
        limit: query.limit,
      });
      return {
        status: 200,
        body: {
          documents: page.rows.map((d) => ({
            id: d.id,
            caseNumber: d.case_number,
            kind: d.kind,
            title: d.title,
            contentType: d.content_type,
            size: Number(d.size),
            createdAt: new Date(d.created_at).toISOString(),
          })),
          nextCursor: page.next ? encodeCursor(page.next) : null,
        },
      };
    },

    // The same lookup, case-system stream and headers as the page's /documents/:id.
    downloadDocument: async ({ request, reply, org, params }: Call<{ documentId: string }>) => {
      const row = await findDocument(db, org.organisationId, params.documentId);
      if (!row) return notFound(request, reply);
      const opened = await deps.caseSystem.openDocument(row.source_id);
      if (!opened) return sendProblem(request, reply, 404, 'api.problem.notFound', 'api.problem.unavailable');
      if (request.apiCall) request.apiCall.objectId = row.id;
      const contentType = row.content_type in DOWNLOAD_TYPES ? row.content_type : 'application/octet-stream';
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${downloadName(row.case_number, row.kind, row.id, contentType)}"`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .type(contentType)
        .send(opened.stream);
    },

    // The employees page's own query (employees module): the same scoping, filters and order.
    listEmployees: async ({ org, query }: Call<never, z.infer<typeof EmployeeQuery>>) => {
      const invalid: InvalidParam[] = [];
      if (query.permitType && !CATALOGUE.types.some((t) => t.code === query.permitType))
        invalid.push({ name: 'permitType', in: 'query', reason: 'not a type of permit of the catalogue' });
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (query.cursor && !(after && isDate(after.key)))
        invalid.push({ name: 'cursor', in: 'query', reason: 'not a cursor of this list' });
      if (invalid.length > 0) throw new InvalidInput(invalid);
      const page = await listEmployees(db, org.organisationId, {
        filters: {
          q: query.q,
          permitType: query.permitType,
          state: query.sponsorshipState,
          today: deps.employees.today(),
        },
        after,
        limit: query.limit,
      });
      return {
        status: 200,
        body: {
          employees: page.rows.map((e) => ({
            id: e.id,
            vNumber: e.v_number,
            givenNames: e.given_names,
            surname: e.surname,
            nationality: e.nationality,
            permitType: e.permit_type,
            permitEndDate: e.permit_end_date,
            sponsorshipState: e.sponsorship_state as 'active' | 'ended' | 'pending' | null,
            registeredOn: e.registered_on,
            deregisteredOn: e.deregistered_on,
          })),
          nextCursor: page.next ? encodeCursor(page.next) : null,
        },
      };
    },

    createEmployeeReport: async (call: Call<never, never, z.infer<typeof EmployeeReportInput>>) => {
      const { request, org, body } = call;
      const today = deps.employees.today();
      const checked = checkDeregistration({ ...body, explanation: body.explanation ?? '' }, today, request.t);
      const invalid: InvalidParam[] = checked.ok ? [] : bodyErrors(checked.errors);
      const vNumber = body.vNumber.replace(/[\s.-]/g, '');
      const employee = /^\d{10}$/.test(vNumber)
        ? (await employeesByVNumber(db, org.organisationId, [vNumber])).get(vNumber)
        : undefined;
      if (!employee) invalid.unshift(unknownEmployee(request));
      if (!checked.ok || !employee || invalid.length > 0) throw new InvalidInput(invalid);
      return fileReport(call, (actor, trx) =>
        deps.employees.deregister(actor, employee.id, checked.input, request.lang, request.id, { trx }),
      );
    },

    createEmployeeRegistration: async (
      call: Call<never, never, z.infer<typeof EmployeeRegistrationInput>>,
    ) => {
      const { request, body } = call;
      const { monthlySalaryCents, ...rest } = body;
      const checked = checkRegistration(
        { ...rest, salary: (monthlySalaryCents / 100).toFixed(2) },
        deps.employees.today(),
        request.t,
        request.lang,
      );
      if (!checked.ok) throw new InvalidInput(bodyErrors(checked.errors, { salary: 'monthlySalaryCents' }));
      return fileReport(call, (actor, trx) =>
        deps.employees.register(actor, checked.input, request.lang, request.id, { trx }),
      );
    },

    createSponsorChangeReport: async (call: Call<never, never, z.infer<typeof SponsorChangeReportInput>>) => {
      const { request, body } = call;
      const checked = checkSponsorChange(
        { ...body, explanation: body.explanation ?? '', address: body.address ?? '' },
        deps.employees.today(),
        request.t,
      );
      if (!checked.ok) throw new InvalidInput(bodyErrors(checked.errors));
      return fileReport(call, (actor, trx) =>
        deps.employees.reportSponsorChange(actor, checked.input, request.lang, request.id, { trx }),
      );
    },

    listWebhookSubscriptions: async ({ client, org }: Call) => ({
      status: 200,
      body: {
        subscriptions: (await listSubscriptions(db, client.id, org.organisationId)).map((s) => ({
          id: s.id,
          url: s.url,
          eventTypes: s.event_types,
          createdAt: new Date(s.created_at).toISOString(),
        })),
      },
    }),

    createWebhookSubscription: async ({
      request,
      reply,
      client,
      org,
      body,
    }: Call<never, never, z.infer<typeof WebhookSubscriptionInput>>) => {
      const problem = targetProblem(body.url, {
        production: deps.config.production,
        privateNetworks: deps.config.webhooks.privateNetworks,
      });
      if (problem)
        throw new InvalidInput([
          { name: 'url', in: 'body', reason: request.t(WEBHOOK_URL_PROBLEM[problem]) },
        ]);
      const missing = body.eventTypes.filter((type) => !org.scopes.includes(SCOPE_OF_EVENT[type]));
      if (missing.length > 0)
        return sendProblem(request, reply, 403, 'api.problem.forbidden', 'api.problem.forbidden.events', {
          params: { types: missing.join(', ') },
        });
      const key = request.headers['idempotency-key'];
      if (!isValidKey(key))
        throw new InvalidInput([
          { name: 'Idempotency-Key', in: 'header', reason: request.t('api.problem.keyMissing') },
        ]);
      const hash = requestHash('POST', request.url.split('?')[0] ?? '', body);
      const outcome = await idempotently(db, client.id, key, hash, async (trx) => {
        const created = await createSubscription(trx, {
          clientId: client.id,
          organisationId: org.organisationId,
          url: body.url,
          eventTypes: body.eventTypes,
        });
        if (request.apiCall) request.apiCall.objectId = created.id;
        return {
          status: 201,
          body: {
            id: created.id,
            url: created.url,
            eventTypes: created.event_types,
            createdAt: new Date(created.created_at).toISOString(),
            secret: created.secret,
          },
        };
      });
      if (outcome.kind === 'mismatch')
        return sendProblem(request, reply, 422, 'api.problem.keyReused', 'api.problem.keyReused.detail');
      if (outcome.kind === 'processing')
        return sendProblem(request, reply, 409, 'api.problem.conflict', 'api.problem.conflict.detail');
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return outcome.response;
    },

    deleteWebhookSubscription: async ({
      request,
      reply,
      client,
      org,
      params,
    }: Call<{ subscriptionId: string }>) => {
      if (!(await deleteSubscription(db, client.id, org.organisationId, params.subscriptionId)))
        return notFound(request, reply);
      return { status: 204, body: undefined };
    },
  };

  const unknownEmployee = (request: FastifyRequest): InvalidParam => ({
    name: 'vNumber',
    in: 'body',
    reason: request.t('api.problem.unknownEmployee'),
  });

  /**
   * Files a report through the employees service, once per Idempotency-Key: the report, its
   * audit row (the API client as actor), hand-over job and mail commit with the stored response.
   */
  async function fileReport(
    { request, reply, client, org, body }: Call<never, never>,
    submit: (actor: BusinessActor, trx: Transaction<DB>) => Promise<SubmitOutcome>,
  ): Promise<Result> {
    const key = request.headers['idempotency-key'];
    if (!isValidKey(key))
      throw new InvalidInput([
        { name: 'Idempotency-Key', in: 'header', reason: request.t('api.problem.keyMissing') },
      ]);
    const hash = requestHash('POST', request.url.split('?')[0] ?? '', body);
    const outcome = await idempotently(db, client.id, key, hash, async (trx) => {
      const result = await submit(apiActor(client, org), trx);
      if (result.kind === 'not_found') throw new InvalidInput([unknownEmployee(request)]);
      if (result.kind === 'already_deregistered')
        throw new Refused('employees.error.already', [
          { name: 'vNumber', in: 'body', reason: request.t('employees.error.already') },
        ]);
      if (result.kind === 'already_registered')
        throw new Refused('employees.error.alreadyRegistered', [
          { name: 'vNumber', in: 'body', reason: request.t('employees.error.alreadyRegistered') },
        ]);
      const report = await findReport(trx, org.organisationId, result.reference);
      if (!report) throw new Error('the report was just filed');
      if (request.apiCall) request.apiCall.objectId = report.reference;
      return {
        status: 201,
        body: {
          reference: report.reference,
          kind: report.kind,
          reason: report.reason,
          vNumber: report.v_number,
          endsSponsorship: report.kind === 'deregistration' && endsSponsorship(report.reason as never),
          occurredOn: report.occurred_on,
          deadline: report.deadline,
          late: report.late,
          submittedAt: new Date(report.submitted_at).toISOString(),
        },
      };
    });
    if (outcome.kind === 'mismatch')
      return sendProblem(request, reply, 422, 'api.problem.keyReused', 'api.problem.keyReused.detail');
    if (outcome.kind === 'processing')
      return sendProblem(request, reply, 409, 'api.problem.conflict', 'api.problem.conflict.detail');
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.response;
  }

  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(request, reply, 404, 'api.problem.notFound', 'api.problem.notFound.detail');

  return async (root) => {
    await root.register(
      async (app) => {
        app.decorateRequest('apiCall', null);
        // Fastify validates with the contract's own zod schemas (and uses their parsed values).
        app.setValidatorCompiler(({ schema, httpPart }) => (data: unknown) => {
          const result = (schema as z.ZodType).safeParse(data);
          if (result.success) return { value: result.data };
          const where = PART_OF[httpPart ?? ''] ?? 'query';
          // The same issues, in the same order, with zod's Dutch messages (only on failure).
          const dutch = (schema as z.ZodType).safeParse(data, { error: dutchErrors });
          return {
            error: new InvalidInput(
              result.error.issues.map((issue) => ({
                name:
                  issue.path.length > 0
                    ? issue.path.join('.')
                    : issue.code === 'unrecognized_keys'
                      ? issue.keys.join(', ')
                      : where,
                in: where,
                reason: issue.message,
              })),
              dutch.success ? undefined : dutch.error.issues.map((issue) => issue.message),
            ),
          };
        });
        app.setErrorHandler((error, request, reply) => {
          if (error instanceof Refused)
            return sendProblem(request, reply, 409, 'api.problem.refused', error.detail, {
              invalidParams: error.invalidParams,
            });
          if (error instanceof InvalidInput)
            return sendProblem(
              request,
              reply,
              400,
              'api.problem.badRequest',
              'api.problem.badRequest.detail',
              {
                invalidParams: error.inLanguage(request.lang),
              },
            );
          const status = (error as { statusCode?: number }).statusCode ?? 500;
          if (status === 429) {
            const after = (error as { retryAfter?: string }).retryAfter ?? '';
            // The plugin has set Retry-After in seconds (RFC 9110 10.2.3); `after` is for people.
            return sendProblem(request, reply, 429, 'api.problem.tooMany', 'api.problem.tooMany.detail', {
              params: { after },
            });
          }
          if (status === 415)
            return sendProblem(
              request,
              reply,
              415,
              'api.problem.unsupportedMediaType',
              'api.problem.badRequest.detail',
            );
          if (status >= 400 && status < 500)
            return sendProblem(
              request,
              reply,
              400,
              'api.problem.badRequest',
              'api.problem.badRequest.detail',
              {
                invalidParams: [
                  { name: 'body', in: 'body', reason: error instanceof Error ? error.message : 'invalid' },
                ],
              },
            );
          request.log.error({ err: error }, 'api call failed');
          return sendProblem(request, reply, 500, 'api.problem.error', 'api.problem.error.detail');
        });
        app.setNotFoundHandler((request, reply) =>
          sendProblem(request, reply, 404, 'api.problem.notFound', 'api.problem.notFound.detail'),
        );
        app.addHook('onSend', async (_request, reply) => {
          reply.header('api-version', API_VERSION);
        });
        // Every authenticated call in the portal's audit log, with the client id: written after
        // the response, several calls' rows in one statement (DeferredAudit, platform/audit.ts).
        const deferred = new DeferredAudit(db, (error, rows) =>
          app.log.error({ err: error, rows }, 'api audit failed'),
        );
        app.addHook('onClose', async () => deferred.flush());
        app.addHook('onResponse', async (request, reply) => {
          const call = request.apiCall;
          if (!call?.client || !call.operation) return;
          const status = reply.statusCode;
          deferred.add(apiActor(call.client, call.org), {
            event: call.operation.audit,
            outcome: status < 400 ? 'success' : status === 403 || status === 404 ? 'denied' : 'failure',
            requestId: request.id,
            ...(call.org ? { organisationId: call.org.organisationId } : {}),
            ...(call.objectId ? { objectType: 'api', objectId: call.objectId } : {}),
            details: { clientId: call.client.id, operation: call.operation.operationId, status },
          });
        });

        const open = { access: { kind: 'public' as const }, session: false, csrf: false };

        // RFC 6749 4.4 with RFC 7523 client authentication (oauth.ts).
        app.post('/oauth/token', { config: open }, async (request, reply) => {
          const body = (request.body ?? {}) as Record<string, unknown>;
          const result = await issueToken(db, tokenUrl, body);
          if (result.client)
            await audit(db, apiActor(result.client), {
              event: 'api.token.issued',
              outcome: 'success',
              requestId: request.id,
              details: { clientId: result.client.id },
            }).catch((error: unknown) => request.log.error({ err: error }, 'api audit failed'));
          return reply
            .status(result.status)
            .header('cache-control', 'no-store')
            .header('pragma', 'no-cache')
            .send(result.body);
        });

        app.get(
          '/openapi.json',
          { config: { access: { kind: 'public' }, session: false } },
          (_request, reply) =>
            reply
              .header('cache-control', 'public, max-age=300')
              .type('application/json; charset=utf-8')
              .send(document),
        );
        app.get('/docs', { config: { access: { kind: 'public' } } }, (request, reply) =>
          reply.page(
            request.t('api.reference.title'),
            ReferencePage({ document: JSON.parse(document) as never, t: request.t }),
          ),
        );

        const limiter = app.rateLimit({
          max: deps.config.rateLimitMax,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) =>
            `${API_CLIENT_SUBJECT}${request.apiCall?.client?.id ?? request.ip}`,
        });

        for (const operation of OPERATIONS as readonly Operation[]) {
          app.route({
            method: operation.method.toUpperCase(),
            url: toFastifyPath(operation.path),
            schema: {
              ...(operation.params ? { params: operation.params } : {}),
              ...(operation.query ? { querystring: operation.query } : {}),
              ...(operation.body ? { body: operation.body } : {}),
            },
            config: { ...open, rateLimit: false },
            onRequest: async (request, reply) => {
              const header = request.headers.authorization ?? '';
              const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header)?.[1];
              const kvkNumber = (request.params as Record<string, string> | undefined)?.kvkNumber;
              const found = token ? await authenticate(db, token, kvkNumber) : undefined;
              const client = found?.client;
              if (!client) {
                reply.header(
                  'www-authenticate',
                  `Bearer realm="api"${token ? ', error="invalid_token"' : ''}`,
                );
                return sendProblem(
                  request,
                  reply,
                  401,
                  'api.problem.unauthorized',
                  'api.problem.unauthorized.detail',
                );
              }
              request.apiCall = { client, operation, acting: found.org };
            },
            preHandler: limiter,
            handler: async (request, reply) => {
              const call = request.apiCall;
              if (!call?.client) throw new Error('authenticated in onRequest');
              const params = (request.params ?? {}) as Record<string, string>;
              let org: ActingFor | undefined;
              if (params.kvkNumber) {
                org = call.acting ?? undefined;
                if (!org) return notFound(request, reply);
                call.org = org;
                const scope = operation.scope;
                if (scope !== 'any' && scope !== 'none' && !org.scopes.includes(scope))
                  return sendProblem(
                    request,
                    reply,
                    403,
                    'api.problem.forbidden',
                    'api.problem.forbidden.scope',
                    {
                      params: { scope },
                    },
                  );
                if (operation.sponsorOnly && org.recognitions.length === 0)
                  return sendProblem(
                    request,
                    reply,
                    403,
                    'api.problem.forbidden',
                    'api.problem.forbidden.recognition',
                  );
              }
              const handler = handlers[operation.operationId as OperationId] as (
                call: Call<unknown>,
              ) => Promise<Result>;
              const result = await handler({
                request,
                reply,
                client: call.client,
                org: org as ActingFor,
                params,
                query: request.query,
                body: request.body,
              });
              if ((result as unknown) === reply) return reply;
              const stored = result;
              if (stored.status === 204) return reply.status(204).send();
              return reply.status(stored.status).type('application/json; charset=utf-8').send(stored.body);
            },
          });
        }
      },
      { prefix: API_PREFIX },
    );
  };
}
