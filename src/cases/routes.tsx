import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { CATALOGUE, documentFile, type UploadProblem } from '../applications/index.ts';
import { CASE_STATUSES } from '../casesystem/index.ts';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import { discard, fieldOf, multipartForm, registerMultipart } from '../platform/http/multipart.ts';
import type { MessageKey, Translate } from '../platform/i18n/catalogue.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import type { ModuleContext } from '../platform/module.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import type { FieldError } from '../platform/ui/components.tsx';
import { csvStream } from './csv.ts';
import {
  allCases,
  CASE_SORTS,
  decodeCursor,
  encodeCursor,
  eventsOf,
  findCase,
  findDocument,
  isUuid,
  listCases,
  listDocuments,
  type CaseFilters,
  type CaseRow,
  type CaseSort,
  type DocumentFilters,
  type DocumentRow,
  type Page,
} from './repository.ts';
import {
  CaseDetailView,
  CaseListView,
  DocumentListView,
  formatSize,
  kindLabel,
  statusLabel,
  type CaseListInput,
  type DocumentListInput,
} from './views.tsx';

const PAGE_SIZE = 25;
const DOCUMENT_KINDS = [
  'acknowledgement',
  'information_request',
  'decision',
  'application',
  'attachment',
  'supplied_information',
] as const;
export const DOWNLOAD_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};
/** Where the sponsor's answers to a request for information are stored (FileStore purpose). */
export const SUPPLIED_INFORMATION_PURPOSE = 'supplied-information';
/** The longest explanation with the requested information. */
const NOTE_MAX = 2000;

export type Query = Record<string, string | string[] | undefined>;

/** The page of a list whose filters are in error: nothing is queried. */
const emptyPage = <T,>(): Page<T> => ({ rows: [] });

/** One parameter of a query string, trimmed and cut to `max` characters. */
export const one = (query: Query, name: string, max = 100): string => {
  const value = query[name];
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  return text.trim().slice(0, max);
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Reads a period (from, to) of a filter form; errors for what is not a date or a reversed range. */
function readPeriod(query: Query, t: Translate): { from: string; to: string; errors: FieldError[] } {
  const from = one(query, 'from', 10);
  const to = one(query, 'to', 10);
  const errors: FieldError[] = [];
  if (from && !isDate(from)) errors.push({ field: 'from', message: t('cases.filter.error.date') });
  if (to && !isDate(to)) errors.push({ field: 'to', message: t('cases.filter.error.date') });
  if (errors.length === 0 && from && to && to < from) {
    errors.push({ field: 'to', message: t('cases.filter.error.range') });
  }
  return { from, to, errors };
}

function typeName(code: string, lang: Lang): string {
  return CATALOGUE.types.find((type) => type.code === code)?.name[lang] ?? code;
}

export interface CaseQuery {
  input: CaseListInput;
  filters: CaseFilters;
  sort: CaseSort;
  errors: FieldError[];
}

/** The status list's filters from the query string (the list and its CSV export share them). */
export function readCaseQuery(query: Query, t: Translate): CaseQuery {
  const period = readPeriod(query, t);
  const errors = [...period.errors];
  const input: CaseListInput = {
    q: one(query, 'q'),
    type: one(query, 'type', 60),
    status: one(query, 'status', 40),
    from: period.from,
    to: period.to,
    sort: one(query, 'sort', 40),
  };
  if (input.type && !CATALOGUE.types.some((type) => type.code === input.type)) {
    errors.push({ field: 'type', message: t('cases.filter.error.type') });
  }
  if (input.status && !(CASE_STATUSES as readonly string[]).includes(input.status)) {
    errors.push({ field: 'status', message: t('cases.filter.error.status') });
  }
  const sort = (CASE_SORTS as readonly string[]).includes(input.sort)
    ? (input.sort as CaseSort)
    : 'submitted_desc';
  input.sort = sort;
  const filters: CaseFilters = errors.length
    ? {}
    : { q: input.q, type: input.type, status: input.status, from: input.from, to: input.to };
  return { input, filters, sort, errors };
}

/** A URL with the non-empty parameters (so links keep the filters, and nothing else). */
export function urlOf(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** A file name for a download: only letters, digits, '-', '_' and '.', never the user's. */
export function downloadName(caseNumber: string, kind: string, id: string, contentType: string): string {
  const clean = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
  return `${clean(caseNumber)}-${clean(kind)}-${id.slice(0, 8)}.${DOWNLOAD_TYPES[contentType] ?? 'bin'}`;
}

/**
 * The recognised sponsor's pages (issue 10): the status of applications (list, CSV export,
 * detail with timeline and "what to do now", the answer to a request for information) and the
 * file documents (list, streamed downloads recorded in the processing log). Every query is
 * scoped to `request.actor.organisationId`; a representative acting through a registered
 * authorisation reaches these routes only within its scope (access.ts: /cases is the service
 * "status", /documents the service "documents").
 */
export function caseRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const db = deps.database.db;
    const { maxBytes } = deps.config.uploads;
    await registerMultipart(app);
    // The platform's one multipart pipeline: CSRF from the first part before a byte is stored,
    // the type from the content (the name must agree), the size, a PDF scanned while it streams.
    const upload = multipartForm({
      fields: ['submission', 'note'],
      fieldSize: 8000,
      files: documentFile(maxBytes, SUPPLIED_INFORMATION_PURPOSE),
      // An explanation too long fails the form: its file is then not stored at all.
      fieldFits: (name, value) => name !== 'note' || value.length <= NOTE_MAX,
    });
    // Each route names the service it belongs to: a representative reaches it only within its scope.
    const rules = { access: access.sponsor, service: 'status' as const };
    const documentRules = { access: access.sponsor, service: 'documents' as const };
    /** "Information as of": when the refresh last brought the read model up to date. */
    const lastRefresh = async () => (await deps.refresh.informationAsOf())?.finishedAt ?? null;

    const actorOf = (request: FastifyRequest): BusinessActor => {
      if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
      return request.actor;
    };
    const mayDownload = (actor: BusinessActor) => !actor.scope || actor.scope.includes('documents');
    const crumbs = (request: FastifyRequest, extra: { href: string; label: string }[] = []) => [
      { href: '/dashboard', label: request.t('nav.dashboard') },
      ...extra,
    ];

    /** Another organisation's (or an unknown) object: 404, nothing of it shown, the attempt audited. */
    const notFound = async (
      request: FastifyRequest,
      reply: FastifyReply,
      objectType: 'case' | 'document',
      id: string,
    ) => {
      await audit(db, request.actor, {
        event: `${objectType}.lookup`,
        outcome: 'denied',
        reason: 'not found in the actor’s organisation',
        objectType,
        objectId: id.length <= 60 ? id : 'malformed',
        requestId: request.id,
      });
      reply.callNotFound();
      return reply;
    };

    const options = (t: Translate, lang: Lang) => ({
      types: CATALOGUE.types.map((type) => ({ value: type.code, label: type.name[lang] })),
      statuses: CASE_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
      sorts: CASE_SORTS.map((sort) => ({ value: sort, label: t(`cases.sort.${sort}` as MessageKey) })),
    });

    app.get<{ Querystring: Query }>('/cases', { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      const parsed = readCaseQuery(request.query, request.t);
      const afterToken = one(request.query, 'after', 200);
      const after = parsed.errors.length ? undefined : decodeCursor(afterToken);
      const [page, asOf] = await Promise.all([
        parsed.errors.length
          ? emptyPage<CaseRow>()
          : listCases(db, actor.organisationId, {
              filters: parsed.filters,
              sort: parsed.sort,
              after,
              limit: PAGE_SIZE,
            }),
        lastRefresh(),
      ]);
      const base = { ...parsed.input, sort: parsed.sort === 'submitted_desc' ? '' : parsed.sort };
      return reply.page(
        request.t('cases.title'),
        <CaseListView
          organisation={actor.organisationName}
          input={parsed.input}
          errors={parsed.errors}
          rows={page.rows}
          {...options(request.t, request.lang)}
          typeName={(code) => typeName(code, request.lang)}
          firstHref={after ? urlOf('/cases', base) : null}
          nextHref={page.next ? urlOf('/cases', { ...base, after: encodeCursor(page.next) }) : null}
          csvHref={urlOf('/cases.csv', base)}
          lastRefresh={asOf}
        />,
        { status: parsed.errors.length ? 400 : 200, crumbs: crumbs(request) },
      );
    });

    // The same filters as the list, every matching row, streamed in keyset batches.
    app.get<{ Querystring: Query }>('/cases.csv', { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      const { t, lang } = request;
      const parsed = readCaseQuery(request.query, t);
      if (parsed.errors.length) {
        return reply
          .status(400)
          .type('text/plain; charset=utf-8')
          .send(parsed.errors.map((e) => e.message).join('\n'));
      }
      const header = [
        t('cases.col.caseNumber'),
        t('cases.col.employee'),
        t('cases.col.vNumber'),
        t('cases.col.type'),
        t('cases.col.status'),
        t('cases.col.submitted'),
        t('cases.detail.target'),
        t('cases.detail.statutory'),
        t('cases.col.deadline'),
      ];
      const rows = allCases(db, actor.organisationId, parsed.filters, parsed.sort);
      const body = Readable.from(
        csvStream(header, rows, (row: CaseRow) => [
          row.case_number,
          row.employee_name,
          row.v_number,
          typeName(row.application_type, lang),
          statusLabel(t, row.state),
          amsterdamToday(row.submitted_at),
          row.target_date,
          row.decision_due_on,
          row.information_deadline,
        ]),
      );
      await audit(db, actor, {
        event: 'cases.export',
        outcome: 'success',
        objectType: 'cases',
        requestId: request.id,
      });
      const name = `${t('cases.csv.file')}-${amsterdamToday()}.csv`;
      return reply
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .type('text/csv; charset=utf-8')
        .send(body);
    });

    const renderDetail = async (
      request: FastifyRequest,
      reply: FastifyReply,
      row: CaseRow,
      upload: { errors?: FieldError[]; note?: string; status?: number } = {},
    ) => {
      const actor = actorOf(request);
      const [events, documents, asOf] = await Promise.all([
        eventsOf(db, actor.organisationId, row.id),
        mayDownload(actor)
          ? listDocuments(db, actor.organisationId, { filters: { caseId: row.id }, limit: 200 }).then(
              (p) => p.rows,
            )
          : Promise.resolve(null),
        lastRefresh(),
      ]);
      const query = request.query as Query;
      return reply.page(
        request.t('cases.detail.title', { caseNumber: row.case_number }),
        <CaseDetailView
          row={row}
          typeName={typeName(row.application_type, request.lang)}
          events={events}
          documents={documents}
          lastRefresh={asOf}
          today={amsterdamToday()}
          upload={{
            submission: randomUUID(),
            errors: upload.errors ?? [],
            note: upload.note ?? '',
            sizeLabel: formatSize(maxBytes, request.lang),
            sent: one(query, 'sent', 1) === '1',
          }}
        />,
        {
          status: upload.status ?? 200,
          crumbs: crumbs(request, [{ href: '/cases', label: request.t('cases.title') }]),
        },
      );
    };

    app.get<{ Params: { caseNumber: string } }>(
      '/cases/:caseNumber',
      { config: rules },
      async (request, reply) => {
        const row = await findCase(db, actorOf(request).organisationId, request.params.caseNumber);
        if (!row) return notFound(request, reply, 'case', request.params.caseNumber);
        return renderDetail(request, reply, row);
      },
    );

    // The answer to a request for information, through the platform's multipart pipeline: a
    // forged post is refused (403) before a byte of its file is read, let alone stored.
    app.post<{ Params: { caseNumber: string } }>(
      '/cases/:caseNumber/information',
      {
        config: {
          ...rules,
          rateLimit: { max: Math.min(deps.config.rateLimitMax, 60), timeWindow: '1 minute' },
        },
        preValidation: upload.preValidation,
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { t } = request;
        const sizeLabel = formatSize(maxBytes, request.lang);
        const row = await findCase(db, actor.organisationId, request.params.caseNumber);
        const form = await upload.read(request, deps.files);
        const file = form.files[0];
        const discardFiles = () => discard(deps.files, form.files);
        if (!row) {
          // Another organisation's (or no) case: what the form stored goes, the answer is not found.
          await discardFiles();
          return notFound(request, reply, 'case', request.params.caseNumber);
        }
        if (row.state !== 'information_requested') {
          await discardFiles();
          return renderDetail(request, reply, row, {
            status: 409,
            errors: [{ field: 'todo', message: t('cases.upload.notRequested') }],
          });
        }
        const note = fieldOf(form, 'note');
        const noteTooLong = form.fieldTooLong || note.length > NOTE_MAX;
        const problem: UploadProblem | undefined = form.limit
          ? 'too_many'
          : (form.problems[0]?.problem as UploadProblem | undefined);
        const errors: FieldError[] = [];
        if (noteTooLong) errors.push({ field: 'note', message: t('cases.upload.error.note') });
        // A file sent with an explanation too long was not stored: only the explanation is named.
        const fileMissing = !file && !(noteTooLong && form.filesSent);
        if (problem || fileMissing) {
          errors.push({
            field: 'file',
            message: t(`cases.upload.error.${problem ?? 'no_file'}` as MessageKey, { size: sizeLabel }),
          });
        }
        if (errors.length || !file) {
          await discardFiles();
          await audit(db, actor, {
            event: 'case.information',
            outcome: 'failure',
            reason: problem ?? (noteTooLong ? 'note' : 'no_file'),
            objectType: 'case',
            objectId: row.id,
            requestId: request.id,
          });
          return renderDetail(request, reply, row, {
            status: problem === 'too_large' ? 413 : 400,
            errors,
            note: note.slice(0, NOTE_MAX),
          });
        }
        const submission = fieldOf(form, 'submission').slice(0, 60);
        const submissionId = isUuid(submission) ? submission : randomUUID();
        const result = await deps.caseSystem.submitInformation({
          caseNumber: row.case_number,
          kvkNumber: actor.kvkNumber,
          submittedAt: new Date(),
          note: note.trim() || null,
          files: [
            {
              fileKey: file.key,
              title: file.filename,
              contentType: file.contentType,
              size: file.size,
              sha256: file.sha256,
            },
          ],
          submissionId,
        });
        await audit(db, actor, {
          event: 'case.information',
          outcome: result.accepted ? 'success' : 'failure',
          objectType: 'case',
          objectId: row.id,
          requestId: request.id,
          details: { caseNumber: row.case_number, submissionId, size: file.size },
        });
        if (!result.accepted) {
          await discardFiles();
          return renderDetail(request, reply, row, {
            status: 409,
            errors: [{ field: 'file', message: t('cases.upload.error.refused') }],
            note,
          });
        }
        return reply.redirect(`/cases/${encodeURIComponent(row.case_number)}?sent=1`, 303);
      },
    );

    app.get<{ Querystring: Query }>('/documents', { config: documentRules }, async (request, reply) => {
      const actor = actorOf(request);
      const { t } = request;
      const period = readPeriod(request.query, t);
      const errors = [...period.errors];
      const input: DocumentListInput = {
        q: one(request.query, 'q'),
        kind: one(request.query, 'kind', 40),
        from: period.from,
        to: period.to,
      };
      if (input.kind && !(DOCUMENT_KINDS as readonly string[]).includes(input.kind)) {
        errors.push({ field: 'kind', message: t('documents.filter.error.kind') });
      }
      const filters: DocumentFilters = { q: input.q, kind: input.kind, from: input.from, to: input.to };
      const after = errors.length ? undefined : decodeCursor(one(request.query, 'after', 200));
      const [page, asOf] = await Promise.all([
        errors.length
          ? emptyPage<DocumentRow>()
          : listDocuments(db, actor.organisationId, { filters, after, limit: PAGE_SIZE }),
        lastRefresh(),
      ]);
      return reply.page(
        t('documents.title'),
        <DocumentListView
          organisation={actor.organisationName}
          input={input}
          errors={errors}
          rows={page.rows}
          kinds={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
          firstHref={after ? urlOf('/documents', { ...input }) : null}
          nextHref={page.next ? urlOf('/documents', { ...input, after: encodeCursor(page.next) }) : null}
          lastRefresh={asOf}
        />,
        { status: errors.length ? 400 : 200, crumbs: crumbs(request) },
      );
    });

    // A download: the read-model row must be the actor's organisation's before the case system
    // is asked for the bytes; every download is a row in the processing log (audit_log).
    app.get<{ Params: { id: string } }>(
      '/documents/:id',
      { config: documentRules },
      async (request, reply) => {
        const actor = actorOf(request);
        const row = await findDocument(db, actor.organisationId, request.params.id);
        if (!row) return notFound(request, reply, 'document', request.params.id);
        const opened = await deps.caseSystem.openDocument(row.source_id);
        if (!opened) {
          await audit(db, actor, {
            event: 'document.download',
            outcome: 'failure',
            reason: 'not available in the case system',
            objectType: 'case_document',
            objectId: row.id,
            requestId: request.id,
          });
          return reply.callNotFound();
        }
        await audit(db, actor, {
          event: 'document.download',
          outcome: 'success',
          organisationId: actor.organisationId,
          objectType: 'case_document',
          objectId: row.id,
          requestId: request.id,
          details: { activity: 'download', caseId: row.case_id, caseNumber: row.case_number, kind: row.kind },
        });
        const contentType =
          row.content_type in DOWNLOAD_TYPES ? row.content_type : 'application/octet-stream';
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
    );
  };
}
