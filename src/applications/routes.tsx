import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import { discard, fieldOf, multipartForm, registerMultipart } from '../platform/http/multipart.ts';
import type { ModuleContext } from '../platform/module.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import { RESUMED_NOTICE } from '../platform/http/kept-input.ts';
import {
  amountsFor,
  decisionPeriodDays,
  findDocumentType,
  recognisedSponsorFor,
} from './catalogue/catalogue.ts';
import type { ApplicationType, DocumentType, PageId } from './catalogue/model.ts';
import { yearOf } from './forms/dates.ts';
import {
  CHECK_STEP,
  DECLARATION_STEP,
  DOCUMENTS_STEP,
  nextStep,
  previousStep,
  stepNumber,
  storedToInput,
  type FormError,
} from './forms/engine.ts';
import { PAGES } from './forms/pages.ts';
import { renderReceipt } from './receipt.ts';
import { isUuid, type Application } from './repository.ts';
import { DRAFT_KEEP_DAYS } from './service.ts';
import { documentFile, EXTENSION_OF, type UploadProblem } from './upload-inspection.ts';
import { CatalogueView } from './views/catalogue.tsx';
import { ConfirmDeleteDraftView, DraftsView } from './views/drafts.tsx';
import type { Input } from './views/fields.tsx';
import {
  CheckView,
  ConfirmationView,
  ConfirmRemoveDocumentView,
  DeclarationView,
  DocumentsView,
  FormPageView,
} from './views/steps.tsx';

type IdParams = { id: string };

/** What the drafts list says after an action (?done=…). */
const DRAFT_NOTICES: Record<string, MessageKey> = {
  saved: 'apps.drafts.done.saved',
  kept: 'apps.drafts.done.kept',
  nothing: 'apps.drafts.done.nothing',
  deleted: 'apps.drafts.done.deleted',
};

const UPLOAD_MESSAGES = {
  empty: 'apps.upload.empty',
  type: 'apps.upload.type',
  mismatch: 'apps.upload.mismatch',
  too_large: 'apps.upload.tooLarge',
  nested_filters: 'apps.upload.nestedFilters',
  too_many: 'apps.upload.tooMany',
  no_file: 'apps.upload.noFile',
} as const satisfies Record<UploadProblem, string>;

/**
 * Submitting applications (issue 5). Thin handlers: parse → look up through the actor's
 * scope (another organisation's id is not found, and the attempt audited) → service → view.
 */
export function applicationRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const service = deps.applications;
    const { maxBytes, maxFiles } = deps.config.uploads;
    const rules = { access: access.business, service: 'submit' } as const;
    await registerMultipart(app);
    const upload = multipartForm({
      fields: ['documentType', 'action'],
      fieldSize: 1000,
      files: documentFile(maxBytes, 'applications'),
    });

    const actorOf = (request: FastifyRequest): BusinessActor => {
      if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
      return request.actor;
    };

    /** Quality check 2: another organisation's id → 404, nothing of it shown, the attempt audited. */
    const notFound = async (request: FastifyRequest, reply: FastifyReply, objectType: string, id: string) => {
      await audit(deps.database.db, request.actor, {
        event: 'application.lookup',
        outcome: 'denied',
        reason: 'not found in the actor’s organisation',
        objectType,
        objectId: isUuid(id) ? id : 'malformed',
        requestId: request.id,
      });
      reply.callNotFound();
      return reply;
    };

    const load = async (request: FastifyRequest<{ Params: IdParams }>, reply: FastifyReply) => {
      const application = await service.repository.find(actorOf(request), request.params.id);
      if (!application) {
        await notFound(request, reply, 'application', request.params.id);
        return undefined;
      }
      return application;
    };

    /** A draft-only step of a submitted application leads to its confirmation. */
    const loadDraft = async (request: FastifyRequest<{ Params: IdParams }>, reply: FastifyReply) => {
      const application = await load(request, reply);
      if (!application) return undefined;
      if (application.state !== 'draft') {
        await reply.redirect(`/applications/${application.id}/confirmation`, 303);
        return undefined;
      }
      return application;
    };

    const crumbs = (request: FastifyRequest) => [
      { href: '/dashboard', label: request.t('nav.dashboard') },
      { href: '/applications', label: request.t('apps.catalogue.title') },
    ];

    const documentTypesOf = (application: Application): DocumentType[] =>
      service
        .requiredDocuments(application)
        .map((code) => findDocumentType(code, service.catalogue))
        .filter((d) => d !== undefined);

    // The catalogue: only what this organisation may submit (seed: "you only see the applications
    // that you have to submit for your employees").
    app.get('/applications', { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      const { allowed, notAllowed } = service.catalogueFor(actor);
      const year = yearOf(amsterdamToday(service.now()));
      const amounts = amountsFor(year, service.catalogue);
      const draftCount = await service.repository.countDrafts(actor);
      return reply.page(
        request.t('apps.catalogue.title'),
        <CatalogueView
          allowed={allowed}
          notAllowed={notAllowed}
          catalogue={service.catalogue}
          amounts={amounts}
          year={year}
          draftCount={draftCount}
        />,
        { crumbs: crumbs(request).slice(0, 1) },
      );
    });

    // Starting an application stores nothing: the draft is made at the first save (D13).
    app.post<{ Body: { type?: unknown } }>('/applications', { config: rules }, async (request, reply) => {
      const code = typeof request.body.type === 'string' ? request.body.type : '';
      const type = service.startable(actorOf(request), code);
      if (!type) {
        await audit(deps.database.db, request.actor, {
          event: 'application.start',
          outcome: 'denied',
          reason: 'type unknown or not allowed for this organisation',
          requestId: request.id,
        });
        return reply.redirect('/applications', 303);
      }
      return reply.redirect(`/applications/new/${encodeURIComponent(type.code)}`, 303);
    });

    app.get<{ Querystring: { done?: string } }>(
      '/applications/drafts',
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const drafts = await service.repository.listDrafts(actor);
        const done = DRAFT_NOTICES[request.query.done ?? ''];
        return reply.page(
          request.t('apps.drafts.title'),
          <DraftsView
            keepDays={DRAFT_KEEP_DAYS}
            notice={done ? request.t(done) : undefined}
            drafts={drafts.map((d) => {
              const expiry = service.expiryOf(d);
              return {
                id: d.id,
                employeeName: d.employee_name,
                typeName: service.typeOf(d).name[request.lang],
                createdAt: d.created_at,
                startedBy:
                  d.intermediary_kvk && d.intermediary_kvk !== actor.intermediaryKvk
                    ? { kind: 'intermediary' as const, kvk: d.intermediary_kvk }
                    : d.created_by_subject === actor.actingSubject
                      ? { kind: 'you' as const }
                      : { kind: 'colleague' as const },
                updatedAt: d.updated_at,
                deletesOn: expiry.deletesOn,
                warn: expiry.warn,
              };
            })}
          />,
          { crumbs: crumbs(request) },
        );
      },
    );

    // Resume: a draft opens at the step where it was left.
    app.get<{ Params: IdParams }>('/applications/:id', { config: rules }, async (request, reply) => {
      const application = await load(request, reply);
      if (!application) return reply;
      if (application.state !== 'draft')
        return reply.redirect(`/applications/${application.id}/confirmation`, 303);
      return reply.redirect(stepUrl(application.id, application.current_step), 303);
    });

    // Deleting a draft asks first (a page of its own: works without JavaScript), then says so (D14).
    app.get<{ Params: IdParams }>('/applications/:id/delete', { config: rules }, async (request, reply) => {
      const application = await loadDraft(request, reply);
      if (!application) return reply;
      return reply.page(
        request.t('apps.drafts.confirmDelete.title'),
        <ConfirmDeleteDraftView
          id={application.id}
          employeeName={application.employee_name}
          typeName={service.typeOf(application).name[request.lang]}
        />,
        { crumbs: crumbs(request) },
      );
    });

    app.post<{ Params: IdParams }>('/applications/:id/delete', { config: rules }, async (request, reply) => {
      // Audited in the deleting transaction (repository.deleteDraft).
      const deleted = await service.deleteDraft(actorOf(request), request.params.id, request.id);
      if (!deleted) return notFound(request, reply, 'application', request.params.id);
      return reply.redirect('/applications/drafts?done=deleted', 303);
    });

    // One form page: GET shows it with the stored answers (or what was kept as typed); POST
    // validates, saves and moves on, or keeps the page as typed ("save and finish later").
    const renderPage = (
      request: FastifyRequest,
      reply: FastifyReply,
      target: { application: Application } | { type: ApplicationType },
      pageId: PageId,
      input: Input,
      errors: FormError[],
      returnTo: string | undefined,
      notice?: { type: 'info' | 'warning'; text: string },
    ) => {
      const application = 'application' in target ? target.application : undefined;
      const type = 'type' in target ? target.type : service.typeOf(target.application);
      const page = PAGES[pageId];
      const previous = previousStep(type, pageId);
      return reply.page(
        errors.length > 0
          ? `${request.t('apps.errorPrefix')} ${request.t(page.title)}`
          : request.t(page.title),
        <FormPageView
          applicationId={application?.id}
          action={
            application
              ? `/applications/${application.id}/pages/${page.id}`
              : `/applications/new/${encodeURIComponent(type.code)}`
          }
          type={type}
          page={page}
          step={stepNumber(type, pageId)}
          input={input}
          errors={errors}
          previous={previous}
          returnTo={returnTo}
          notice={notice}
        />,
        // The page's form goes along with the language switch and "stay logged in" (D10).
        { status: errors.length > 0 ? 400 : 200, crumbs: crumbs(request), pageForm: true },
      );
    };

    const pageOf = (application: Application, pageId: string): PageId | undefined => {
      const type = service.typeOf(application);
      return (type.pages as readonly string[]).includes(pageId) ? (pageId as PageId) : undefined;
    };

    /** The first page of a new application: shown, and saved into a new draft on the first save. */
    const newApplication = async (
      request: FastifyRequest<{ Params: { type: string } }>,
      reply: FastifyReply,
    ): Promise<{ type: ApplicationType; pageId: PageId } | undefined> => {
      const type = service.startable(actorOf(request), request.params.type);
      const pageId = type?.pages[0];
      if (!type || !pageId) {
        reply.callNotFound();
        return undefined;
      }
      return { type, pageId };
    };

    app.get<{ Params: { type: string } }>(
      '/applications/new/:type',
      { config: rules },
      async (request, reply) => {
        const found = await newApplication(request, reply);
        if (!found) return reply;
        const resumed = await request.resumedInput();
        return renderPage(
          request,
          reply,
          { type: found.type },
          found.pageId,
          resumed?.input ?? {},
          [],
          undefined,
          resumed ? { type: 'info', text: request.t(RESUMED_NOTICE[resumed.reason]) } : undefined,
        );
      },
    );

    app.post<{ Params: { type: string }; Body: Record<string, unknown> }>(
      '/applications/new/:type',
      { config: { ...rules, keepInput: true } },
      async (request, reply) => {
        const found = await newApplication(request, reply);
        if (!found) return reply;
        const body = (request.body as Record<string, unknown> | null) ?? {};
        const saveForLater = body.action === 'save';
        const next = nextStep(found.type, found.pageId);
        const result = await service.savePage(
          actorOf(request),
          { type: found.type },
          PAGES[found.pageId],
          body,
          request.lang,
          saveForLater ? found.pageId : next,
          saveForLater ? 'save' : 'continue',
        );
        if (result.ok === 'nothing') return reply.redirect('/applications/drafts?done=nothing', 303);
        if (!result.ok) {
          return renderPage(
            request,
            reply,
            { type: found.type },
            found.pageId,
            inputOf(body),
            result.errors,
            undefined,
          );
        }
        // The draft's audit row is written with the draft (repository, issue 17).
        if (saveForLater)
          return reply.redirect(`/applications/drafts?done=${result.pending ? 'kept' : 'saved'}`, 303);
        return reply.redirect(stepUrl(result.id, next), 303);
      },
    );

    app.get<{ Params: IdParams & { page: string }; Querystring: { return?: string } }>(
      '/applications/:id/pages/:page',
      { config: rules },
      async (request, reply) => {
        const application = await loadDraft(request, reply);
        if (!application) return reply;
        const pageId = pageOf(application, request.params.page);
        if (!pageId) return notFound(request, reply, 'application_page', request.params.id);
        // Viewing again the page the draft is on changes only updated_at (which keeps the draft
        // from being purged): written at most once a minute, as the session's idle timeout is, so
        // that reading a page is not a write to the database every time (issue 9).
        if (
          application.current_step !== pageId ||
          service.now().getTime() - application.updated_at.getTime() >= 60_000
        )
          await service.repository.setStep(actorOf(request), application.id, pageId);
        const resumed = await request.resumedInput();
        const pending = application.pending_input[pageId];
        const stored = application.answers[pageId];
        const input = resumed?.input ?? pending ?? (stored ? storedToInput(PAGES[pageId], stored) : {});
        return renderPage(
          request,
          reply,
          { application },
          pageId,
          input,
          [],
          request.query.return === 'check' ? 'check' : undefined,
          resumed
            ? { type: 'info', text: request.t(RESUMED_NOTICE[resumed.reason]) }
            : pending
              ? { type: 'info', text: request.t('apps.pendingNotice') }
              : undefined,
        );
      },
    );

    app.post<{
      Params: IdParams & { page: string };
      Querystring: { return?: string };
      Body: Record<string, unknown>;
    }>('/applications/:id/pages/:page', { config: { ...rules, keepInput: true } }, async (request, reply) => {
      const application = await loadDraft(request, reply);
      if (!application) return reply;
      const pageId = pageOf(application, request.params.page);
      if (!pageId) return notFound(request, reply, 'application_page', request.params.id);
      const body = (request.body as Record<string, unknown> | null) ?? {};
      const type = service.typeOf(application);
      const returnTo = request.query.return === 'check' ? 'check' : undefined;
      const next = returnTo ?? nextStep(type, pageId);
      const saveForLater = body.action === 'save';
      const result = await service.savePage(
        actorOf(request),
        { application },
        PAGES[pageId],
        body,
        request.lang,
        saveForLater ? pageId : next,
        saveForLater ? 'save' : 'continue',
      );
      if (result.ok === false) {
        return renderPage(request, reply, { application }, pageId, inputOf(body), result.errors, returnTo);
      }
      if (saveForLater) {
        const pending = result.ok === true && result.pending;
        return reply.redirect(`/applications/drafts?done=${pending ? 'kept' : 'saved'}`, 303);
      }
      return reply.redirect(stepUrl(application.id, next), 303);
    });

    // Documents: upload per required type, list with remove.
    const renderDocuments = async (
      request: FastifyRequest,
      reply: FastifyReply,
      application: Application,
      error?: { problem: UploadProblem; status: number; documentType?: string },
      notice?: 'uploaded' | 'removed',
    ) => {
      const type = service.typeOf(application);
      const attachments = await service.repository.attachments(actorOf(request), application.id);
      const message = error
        ? request.t(UPLOAD_MESSAGES[error.problem], {
            maxFiles,
            maxSize: `${Math.round(maxBytes / 1024 / 1024)} MB`,
          })
        : undefined;
      return reply.page(
        error
          ? `${request.t('apps.errorPrefix')} ${request.t('apps.documents.title')}`
          : request.t('apps.documents.title'),
        <DocumentsView
          application={application}
          type={type}
          documentTypes={documentTypesOf(application)}
          attachments={attachments}
          step={stepNumber(type, DOCUMENTS_STEP)}
          error={message}
          maxFiles={maxFiles}
          maxBytes={maxBytes}
          chosenType={error?.documentType}
          notice={notice}
        />,
        { status: error?.status ?? 200, crumbs: crumbs(request) },
      );
    };

    app.get<{ Params: IdParams; Querystring: { done?: string } }>(
      '/applications/:id/documents',
      { config: rules },
      async (request, reply) => {
        const application = await loadDraft(request, reply);
        if (!application) return reply;
        await service.repository.setStep(actorOf(request), application.id, DOCUMENTS_STEP);
        const done = request.query.done;
        return renderDocuments(
          request,
          reply,
          application,
          undefined,
          done === 'uploaded' || done === 'removed' ? done : undefined,
        );
      },
    );

    // One upload, through the platform's multipart pipeline: CSRF from the first part before a
    // byte is stored, the type from the content (and the name must agree), the size, a PDF
    // scanned. "Continue" in the same form uploads a chosen file too (D9), then goes on.
    app.post<{ Params: IdParams }>(
      '/applications/:id/documents',
      {
        config: {
          ...rules,
          rateLimit: { max: Math.min(deps.config.rateLimitMax, 120), timeWindow: '1 minute' },
        },
        preValidation: upload.preValidation,
      },
      async (request, reply) => {
        const application = await loadDraft(request, reply);
        if (!application) {
          // The form is still read, and whatever it stored removed: the answer is not found.
          const form = await upload.read(request, deps.files);
          await discard(deps.files, form.files);
          return reply;
        }
        const form = await upload.read(request, deps.files);
        const documentType = fieldOf(form, 'documentType').slice(0, 60);
        const goOn = fieldOf(form, 'action') === 'continue';
        const file = form.files[0];
        const problem: UploadProblem | undefined = form.limit
          ? 'too_many'
          : (form.problems[0]?.problem as UploadProblem | undefined);
        const fail = async (failure: UploadProblem) => {
          await discard(deps.files, form.files);
          await audit(deps.database.db, request.actor, {
            event: 'application.upload',
            outcome: 'failure',
            reason: failure,
            objectType: 'application',
            objectId: application.id,
            requestId: request.id,
          });
          return renderDocuments(request, reply, application, {
            problem: failure,
            status: failure === 'too_large' ? 413 : 400,
            documentType,
          });
        };
        if (problem) return fail(problem);
        if (!file) {
          if (goOn) return reply.redirect(`/applications/${application.id}/check`, 303);
          return fail('no_file');
        }
        const result = await service.recordUpload(actorOf(request), application, documentType, file);
        if (!result.ok) return fail(result.problem);
        if (goOn) return reply.redirect(`/applications/${application.id}/check`, 303);
        return reply.redirect(`/applications/${application.id}/documents?done=uploaded`, 303);
      },
    );

    app.get<{ Params: IdParams & { attachmentId: string } }>(
      '/applications/:id/documents/:attachmentId',
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const attachment = await service.repository.findAttachment(
          actor,
          request.params.id,
          request.params.attachmentId,
        );
        if (!attachment)
          return notFound(request, reply, 'application_attachment', request.params.attachmentId);
        const stream = await service.openAttachment(attachment);
        // Quality check 7: the server names the file, and it is never shown inline.
        const filename = `${attachment.document_type}-${attachment.id.slice(0, 8)}.${EXTENSION_OF[attachment.content_type]}`;
        return reply
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .type(attachment.content_type)
          .send(stream);
      },
    );

    // Removing a document asks first (a page of its own, without JavaScript too), then says so (D14).
    app.get<{ Params: IdParams & { attachmentId: string } }>(
      '/applications/:id/documents/:attachmentId/delete',
      { config: rules },
      async (request, reply) => {
        const application = await loadDraft(request, reply);
        if (!application) return reply;
        const attachment = await service.repository.findAttachment(
          actorOf(request),
          application.id,
          request.params.attachmentId,
        );
        if (!attachment)
          return notFound(request, reply, 'application_attachment', request.params.attachmentId);
        return reply.page(
          request.t('apps.documents.confirmRemove.title'),
          <ConfirmRemoveDocumentView applicationId={application.id} attachment={attachment} />,
          { crumbs: crumbs(request) },
        );
      },
    );

    app.post<{ Params: IdParams & { attachmentId: string } }>(
      '/applications/:id/documents/:attachmentId/delete',
      { config: rules },
      async (request, reply) => {
        const removed = await service.removeAttachment(
          actorOf(request),
          request.params.id,
          request.params.attachmentId,
        );
        if (!removed) return notFound(request, reply, 'application_attachment', request.params.attachmentId);
        return reply.redirect(`/applications/${request.params.id}/documents?done=removed`, 303);
      },
    );

    app.get<{ Params: IdParams }>('/applications/:id/check', { config: rules }, async (request, reply) => {
      const application = await loadDraft(request, reply);
      if (!application) return reply;
      const actor = actorOf(request);
      await service.repository.setStep(actor, application.id, CHECK_STEP);
      const type = service.typeOf(application);
      const attachments = await service.repository.attachments(actor, application.id);
      const completeness = service.completeness(application, attachments, request.lang);
      return reply.page(
        request.t('apps.check.title'),
        <CheckView
          application={application}
          type={type}
          pages={service.pagesOf(type)}
          attachments={attachments}
          documentTypes={documentTypesOf(application)}
          step={stepNumber(type, CHECK_STEP)}
          missingDocuments={completeness.missingDocuments}
          invalidPage={completeness.invalid?.page.id}
        />,
        { crumbs: crumbs(request) },
      );
    });

    const renderDeclaration = async (
      request: FastifyRequest,
      reply: FastifyReply,
      application: Application,
      error: boolean,
    ) => {
      const type = service.typeOf(application);
      const fee = { ...service.fee(application), method: service.paymentMethod(actorOf(request)) };
      return reply.page(
        error
          ? `${request.t('apps.errorPrefix')} ${request.t('apps.declaration.title')}`
          : request.t('apps.declaration.title'),
        <DeclarationView
          application={application}
          type={type}
          step={stepNumber(type, DECLARATION_STEP)}
          fee={fee}
          decisionDays={decisionPeriodDays(type, service.catalogue)}
          serviceTarget={recognisedSponsorFor(type, actorOf(request).recognitions)}
          error={error ? request.t('apps.declaration.required') : undefined}
        />,
        { status: error ? 400 : 200, crumbs: crumbs(request) },
      );
    };

    app.get<{ Params: IdParams }>(
      '/applications/:id/declaration',
      { config: rules },
      async (request, reply) => {
        const application = await loadDraft(request, reply);
        if (!application) return reply;
        const actor = actorOf(request);
        const attachments = await service.repository.attachments(actor, application.id);
        const completeness = service.completeness(application, attachments, request.lang);
        if (completeness.invalid || completeness.missingDocuments.length > 0) {
          return reply.redirect(`/applications/${application.id}/check`, 303);
        }
        await service.repository.setStep(actor, application.id, DECLARATION_STEP);
        return renderDeclaration(request, reply, application, false);
      },
    );

    // Submission: one transaction; a second submit (double click, back button, retry) finds the
    // application submitted and shows the same confirmation.
    app.post<{ Params: IdParams; Body: { declaration?: unknown } }>(
      '/applications/:id/declaration',
      { config: rules },
      async (request, reply) => {
        const application = await load(request, reply);
        if (!application) return reply;
        if (application.state === 'draft' && request.body.declaration !== 'agreed') {
          return renderDeclaration(request, reply, application, true);
        }
        const outcome = await service.submit(actorOf(request), application.id, request.lang, request.id);
        switch (outcome.kind) {
          case 'not_found':
            return notFound(request, reply, 'application', application.id);
          case 'incomplete':
            return reply.redirect(`/applications/${application.id}/check`, 303);
          case 'not_recognised':
            return reply.redirect('/recognition-required', 303);
          case 'amounts_missing':
            // The declaration page says that this year's fees are not known yet.
            return reply.redirect(`/applications/${application.id}/declaration`, 303);
          case 'submitted':
          case 'already':
            return reply.redirect(`/applications/${application.id}/confirmation`, 303);
        }
      },
    );

    app.get<{ Params: IdParams }>(
      '/applications/:id/confirmation',
      { config: rules },
      async (request, reply) => {
        const application = await load(request, reply);
        if (!application) return reply;
        if (application.state !== 'submitted' || !application.submitted_at) {
          return reply.redirect(`/applications/${application.id}`, 303);
        }
        const type = service.typeOf(application);
        return reply.page(
          request.t('apps.confirmation.heading'),
          <ConfirmationView
            application={application}
            type={type}
            decision={service.decisionDates(application, application.submitted_at, actorOf(request))}
          />,
          { crumbs: crumbs(request) },
        );
      },
    );

    app.get<{ Params: IdParams }>(
      '/applications/:id/receipt.pdf',
      { config: rules },
      async (request, reply) => {
        const application = await load(request, reply);
        if (!application) return reply;
        if (application.state !== 'submitted' || !application.reference) {
          return notFound(request, reply, 'application_receipt', application.id);
        }
        const actor = actorOf(request);
        const type = service.typeOf(application);
        const pdf = await renderReceipt({
          application,
          attachments: await service.repository.attachments(actor, application.id),
          type,
          pages: service.pagesOf(type),
          organisation: { name: actor.organisationName, kvkNumber: actor.kvkNumber },
          decision: service.decisionDates(application, application.submitted_at ?? service.now(), actor),
          lang: request.lang,
        });
        return reply
          .header(
            'content-disposition',
            `attachment; filename="${request.t('apps.receipt.filename')}-${application.reference}.pdf"`,
          )
          .type('application/pdf')
          .send(pdf);
      },
    );
  };
}

function stepUrl(id: string, step: string): string {
  if (step === DOCUMENTS_STEP || step === CHECK_STEP || step === DECLARATION_STEP)
    return `/applications/${id}/${step}`;
  return `/applications/${id}/pages/${step}`;
}

/** The raw body as field values to put back into the form (only strings and string lists). */
function inputOf(body: Record<string, unknown>): Input {
  const input: Input = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') input[key] = value.slice(0, 2000);
    else if (Array.isArray(value))
      input[key] = value.filter((v): v is string => typeof v === 'string').slice(0, 20);
  }
  return input;
}
