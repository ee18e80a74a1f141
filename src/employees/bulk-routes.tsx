import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csvLine, csvStream, CSV_BOM, isUuid } from '../cases/index.ts';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import { multipartStream, registerMultipart } from '../platform/http/multipart.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import type { ModuleContext } from '../platform/module.ts';
import type { FieldError } from '../platform/ui/components.tsx';
import { amsterdamToday, nextDay } from '../platform/time/working-days.ts';
import {
  allBatchRows,
  batchRows,
  BulkFileRejected,
  BULK_COLUMNS,
  findBatch,
  previewBulk,
  submitBulk,
  type BulkRow,
  type FileProblem,
} from './bulk.ts';
import { BulkPreviewView, BulkUploadView, problemText } from './bulk-views.tsx';

/** The largest CSV accepted: 50,000 rows with explanations fit well within it. */
export const BULK_MAX_BYTES = 16 * 1024 * 1024;
const PREVIEW_ROWS = 200;

/**
 * Bulk de-registration routes (issue 11): template, upload (through the platform's multipart
 * pipeline: the CSRF token from the form's first part before a byte of the file is read, the
 * size limit; the CSV is read row by row as it streams), preview, submit, result file.
 * Everything of a batch is looked up through the actor's organisation.
 */
export async function bulkRoutes(app: FastifyInstance, deps: ModuleContext): Promise<void> {
  const db = deps.database.db;
  const rules = { access: access.sponsor, service: 'register' as const };
  await registerMultipart(app);
  const upload = multipartStream({
    fields: [],
    fieldSize: 200,
    file: { name: 'file', maxBytes: BULK_MAX_BYTES },
  });
  const actorOf = (request: FastifyRequest): BusinessActor => {
    if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
    return request.actor;
  };
  const crumbs = (request: FastifyRequest) => [
    { href: '/dashboard', label: request.t('nav.dashboard') },
    { href: '/employees', label: request.t('employees.title') },
  ];
  const uploadPage = (request: FastifyRequest, reply: FastifyReply, errors: FieldError[], status = 200) =>
    reply.page(request.t('employees.bulk.title'), <BulkUploadView errors={errors} />, {
      status,
      crumbs: crumbs(request),
    });
  const notFound = async (request: FastifyRequest, reply: FastifyReply, id: string) => {
    await audit(db, request.actor, {
      event: 'employee_bulk_batch.lookup',
      outcome: 'denied',
      reason: 'not found in the actor’s organisation',
      objectType: 'employee_bulk_batch',
      objectId: id.length <= 60 ? id : 'malformed',
      requestId: request.id,
    });
    reply.callNotFound();
    return reply;
  };
  const batchOf = async (request: FastifyRequest<{ Params: { id: string } }>) =>
    isUuid(request.params.id) ? findBatch(db, actorOf(request).organisationId, request.params.id) : undefined;

  app.get('/employees/bulk', { config: rules }, async (request, reply) => uploadPage(request, reply, []));

  app.get('/employees/bulk/template.csv', { config: rules }, async (_request, reply) => {
    const example = nextDay(amsterdamToday(), -7);
    const body = CSV_BOM + csvLine(BULK_COLUMNS) + csvLine(['1234567890', 'employment_ended', example, '']);
    return reply
      .header('content-disposition', 'attachment; filename="employees-deregistrations-template.csv"')
      .type('text/csv; charset=utf-8')
      .send(body);
  });

  app.post(
    '/employees/bulk',
    {
      config: {
        ...rules,
        rateLimit: { max: Math.min(deps.config.rateLimitMax, 30), timeWindow: '1 minute' },
      },
      preValidation: upload.preValidation,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { t } = request;
      const form = await upload.read(request, (file) => previewBulk(db, actor, file, amsterdamToday()));
      const result = form.result;
      let problem: FileProblem | 'noFile' | 'tooLarge' | undefined;
      if (form.tooLarge || form.limit) {
        // A file cut off at the limit was read only in part: its batch goes.
        if (result) await db.deleteFrom('employee_bulk_batches').where('id', '=', result.batchId).execute();
        problem = form.tooLarge ? 'tooLarge' : 'noFile';
      } else if (form.failure) {
        if (!(form.failure instanceof BulkFileRejected)) throw form.failure;
        problem = form.failure.problem;
      }
      if (result && !problem) return reply.redirect(`/employees/bulk/${result.batchId}`, 303);
      const found = problem ?? 'noFile';
      const message =
        found === 'noFile'
          ? t('employees.bulk.error.noFile')
          : found === 'tooLarge'
            ? t('employees.bulk.error.tooLarge', { size: '16 MB' })
            : found.key === 'columns'
              ? t('employees.bulk.error.columns', {
                  missing: found.missing.join(', ') || '—',
                  extra: found.extra.join(', ') || '—',
                })
              : found.key === 'tooMany'
                ? t('employees.bulk.error.tooMany', { max: found.max })
                : found.key === 'malformed'
                  ? t('employees.bulk.error.malformed', { line: found.line })
                  : t(`employees.bulk.error.${found.key}` as MessageKey);
      await audit(db, actor, {
        event: 'employees.bulk_upload',
        outcome: 'failure',
        reason: typeof found === 'string' ? found : found.key,
        requestId: request.id,
      });
      return uploadPage(request, reply, [{ field: 'file', message }], found === 'tooLarge' ? 413 : 400);
    },
  );

  const countOutcomes = async (batchId: string) => {
    const row = await db
      .selectFrom('employee_bulk_rows')
      .select((eb) => [
        eb.fn.count<string>('reference').as('submitted'),
        eb.fn.countAll<string>().as('total'),
      ])
      .where('batch_id', '=', batchId)
      .executeTakeFirstOrThrow();
    return { submitted: Number(row.submitted), refused: Number(row.total) - Number(row.submitted) };
  };

  app.get<{ Params: { id: string } }>('/employees/bulk/:id', { config: rules }, async (request, reply) => {
    const batch = await batchOf(request);
    if (!batch) return notFound(request, reply, request.params.id);
    const [invalid, valid, outcomes] = await Promise.all([
      batchRows(db, batch.id, { which: 'invalid', limit: PREVIEW_ROWS }),
      batchRows(db, batch.id, { which: 'valid', limit: PREVIEW_ROWS }),
      countOutcomes(batch.id),
    ]);
    return reply.page(
      request.t('employees.bulk.preview.title'),
      <BulkPreviewView batch={batch} invalid={invalid} valid={valid} {...outcomes} />,
      { crumbs: crumbs(request) },
    );
  });

  app.post<{ Params: { id: string } }>(
    '/employees/bulk/:id/submit',
    { config: rules },
    async (request, reply) => {
      const batch = await batchOf(request);
      if (!batch) return notFound(request, reply, request.params.id);
      const outcome = await submitBulk(deps.employees, actorOf(request), batch.id, request.lang, request.id);
      if (outcome === 'not_found') return notFound(request, reply, request.params.id);
      return reply.redirect(`/employees/bulk/${batch.id}`, 303);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/employees/bulk/:id/result.csv',
    { config: rules },
    async (request, reply) => {
      const batch = await batchOf(request);
      if (!batch) return notFound(request, reply, request.params.id);
      const { t } = request;
      const header = [t('employees.bulk.col.line'), ...BULK_COLUMNS, t('employees.bulk.col.outcome')];
      const body = Readable.from(
        csvStream(header, allBatchRows(db, batch.id), (row: BulkRow) => [
          row.line,
          row.v_number,
          row.reason,
          row.occurred_on,
          row.explanation,
          row.reference
            ? t('employees.bulk.outcome.submitted', { reference: row.reference })
            : row.problems.length
              ? problemText(t, row)
              : t('employees.bulk.outcome.valid'),
        ]),
      );
      return reply
        .header('content-disposition', `attachment; filename="${t('employees.bulk.result.file')}.csv"`)
        .header('cache-control', 'private, no-store')
        .type('text/csv; charset=utf-8')
        .send(body);
    },
  );
}
