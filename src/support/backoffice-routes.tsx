import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '../platform/auth/access.ts';
import type { StaffActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import { FAQ_SECTION, REPORTS_SECTION } from './sections.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import type { ModuleContext } from '../platform/module.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import { findById, listAll } from './faq/repository.ts';
import { faqForm, saveFaq, setPublished, validateFaq, type FaqFormInput } from './faq/service.ts';
import { findFileForStaff, findForStaff, listForStaff } from './reports/repository.ts';
import { addNote, answerReport, changeState, type ReportServiceDeps } from './reports/service.ts';
import { REPORT_STATES, type ReportState } from './schema.ts';
import { StaffFaqFormPage, StaffFaqListPage } from './views/faq-views.tsx';
import {
  STAFF_TEXT_MAX,
  StaffReportListPage,
  StaffReportPage,
  type StaffFormErrors,
} from './views/staff-report-views.tsx';

/** Team Zakelijk's side of support: the report queue and FAQ maintenance (issue 6). */
const reportsStaff = { access: access.staff(...REPORTS_SECTION.roles) };
const faqStaff = { access: access.staff(...FAQ_SECTION.roles) };

const DONE: Record<string, MessageKey> = {
  state: 'support.staff.stateChanged',
  note: 'support.staff.noteAdded',
  answer: 'support.staff.answerSent',
  saved: 'faq.staff.saved',
  published: 'faq.staff.published',
  unpublished: 'faq.staff.unpublished',
};
const doneQuery = z.object({ done: z.string().max(20).optional() });
const stateFilter = z.object({
  state: z
    .enum(['open', ...REPORT_STATES])
    .catch('open')
    .default('open'),
});
const idParams = z.object({ id: z.string().max(100) });
const fileParams = z.object({ id: z.string().max(100), fileId: z.string().max(100) });
const stateForm = z.object({ state: z.enum(REPORT_STATES) });
const noteForm = z.object({ note: z.string().max(50_000).default('') });
const answerForm = z.object({ answer: z.string().max(50_000).default('') });
const publicationForm = z.object({ published: z.enum(['true', 'false']) });

function staffOf(request: FastifyRequest): StaffActor {
  if (request.actor.kind !== 'staff') throw new Error('access rule guarantees a staff actor');
  return request.actor;
}

function noticeOf(request: FastifyRequest): string | undefined {
  const parsed = doneQuery.safeParse(request.query);
  // Own keys only: '?done=constructor' must not find Object.prototype (issue 13, finding 11).
  const done = parsed.success ? parsed.data.done : undefined;
  const key = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return key ? request.t(key) : undefined;
}

function checkText(value: string): { text: string; error?: 'required' | 'tooLong' } {
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (!text) return { text, error: 'required' };
  if (text.length > STAFF_TEXT_MAX) return { text, error: 'tooLong' };
  return { text };
}

export function backofficeRoutes(
  app: FastifyInstance,
  deps: ModuleContext,
  files: FileStore,
  service: ReportServiceDeps,
): void {
  const db = deps.database.db;
  const crumbs = (request: FastifyRequest) => [
    { href: '/backoffice/reports', label: request.t('support.staff.title') },
  ];

  async function showReport(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state: { errors?: StaffFormErrors; drafts?: { note?: string; answer?: string }; status?: number } = {},
  ) {
    const found = await findForStaff(db, id);
    if (!found) return reply.callNotFound();
    return reply.page(
      request.t('support.detail.title', { reference: found.report.reference }),
      <StaffReportPage
        report={found.report}
        files={found.files}
        notes={found.notes}
        answers={found.answers}
        notice={noticeOf(request)}
        errors={state.errors ?? {}}
        drafts={state.drafts ?? {}}
      />,
      { status: state.status ?? 200, crumbs: crumbs(request) },
    );
  }

  app.get('/backoffice/reports', { config: reportsStaff }, async (request, reply) => {
    const { state } = stateFilter.parse(request.query ?? {});
    const reports = await listForStaff(db, state);
    return reply.page(
      request.t('support.staff.title'),
      <StaffReportListPage reports={reports} filter={state} />,
    );
  });

  app.get('/backoffice/reports/:id', { config: reportsStaff }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return showReport(request, reply, id);
  });

  app.get('/backoffice/reports/:id/files/:fileId', { config: reportsStaff }, async (request, reply) => {
    const { id, fileId } = fileParams.parse(request.params);
    const file = await findFileForStaff(db, id, fileId);
    if (!file) return reply.callNotFound();
    await audit(db, staffOf(request), {
      event: 'support.report.screenshot_downloaded',
      outcome: 'success',
      objectType: 'support_report',
      objectId: id,
      requestId: request.id,
    });
    const extension = file.content_type === 'image/png' ? 'png' : 'jpg';
    // The name is set by the server; the file is offered as a download, never rendered as a page.
    return reply
      .type(file.content_type)
      .header('content-disposition', `attachment; filename="${file.reference}-${file.position}.${extension}"`)
      .header('cache-control', 'private, no-store')
      .send(await files.get(file.file_key));
  });

  app.post('/backoffice/reports/:id/state', { config: reportsStaff }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const form = stateForm.safeParse(request.body);
    if (!form.success) throw Object.assign(new Error('bad state'), { statusCode: 400 });
    const changed = await changeState(service, staffOf(request), id, form.data.state, request.id).catch(
      () => false,
    );
    if (!changed) return reply.callNotFound();
    return reply.redirect(`/backoffice/reports/${id}?done=state`, 303);
  });

  app.post('/backoffice/reports/:id/notes', { config: reportsStaff }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const form = noteForm.safeParse(request.body ?? {});
    const note = checkText(form.success ? form.data.note : '');
    const found = await findForStaff(db, id);
    if (!found) return reply.callNotFound();
    if (note.error) {
      const message =
        note.error === 'required'
          ? request.t('support.staff.error.required.note')
          : request.t('support.staff.error.tooLong.note', { max: STAFF_TEXT_MAX });
      return showReport(request, reply, id, {
        errors: { note: message },
        drafts: { note: note.text },
        status: 400,
      });
    }
    await addNote(service, staffOf(request), id, note.text, request.id);
    return reply.redirect(`/backoffice/reports/${id}?done=note`, 303);
  });

  app.post('/backoffice/reports/:id/answer', { config: reportsStaff }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const form = answerForm.safeParse(request.body ?? {});
    const answer = checkText(form.success ? form.data.answer : '');
    const found = await findForStaff(db, id);
    if (!found) return reply.callNotFound();
    if (answer.error) {
      const message =
        answer.error === 'required'
          ? request.t('support.staff.error.required.answer')
          : request.t('support.staff.error.tooLong.answer', { max: STAFF_TEXT_MAX });
      return showReport(request, reply, id, {
        errors: { answer: message },
        drafts: { answer: answer.text },
        status: 400,
      });
    }
    await answerReport(service, staffOf(request), id, answer.text, request.id);
    return reply.redirect(`/backoffice/reports/${id}?done=answer`, 303);
  });

  // FAQ maintenance
  const faqCrumbs = (request: FastifyRequest) => [
    { href: '/backoffice/faq', label: request.t('faq.staff.title') },
  ];
  const empty: FaqFormInput = {
    slug: '',
    category: 'login',
    position: '100',
    question_nl: '',
    question_en: '',
    answer_nl: '',
    answer_en: '',
  };

  app.get('/backoffice/faq', { config: faqStaff }, async (request, reply) => {
    const entries = await listAll(db);
    return reply.page(
      request.t('faq.staff.title'),
      <StaffFaqListPage entries={entries} notice={noticeOf(request)} />,
    );
  });

  app.get('/backoffice/faq/new', { config: faqStaff }, (request, reply) =>
    reply.page(
      request.t('faq.staff.newTitle'),
      <StaffFaqFormPage id={null} values={empty} errors={[]} published={null} notice={undefined} />,
      { crumbs: faqCrumbs(request) },
    ),
  );

  app.get('/backoffice/faq/:id', { config: faqStaff }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const entry = await findById(db, id);
    if (!entry) return reply.callNotFound();
    const values: FaqFormInput = { ...entry, position: String(entry.position) };
    return reply.page(
      request.t('faq.staff.editTitle'),
      <StaffFaqFormPage
        id={entry.id}
        values={values}
        errors={[]}
        published={entry.published}
        notice={noticeOf(request)}
      />,
      { crumbs: faqCrumbs(request) },
    );
  });

  async function saveFrom(request: FastifyRequest, reply: FastifyReply, id: string | null) {
    const existing = id ? await findById(db, id) : undefined;
    if (id && !existing) return reply.callNotFound();
    const input = faqForm.safeParse(request.body ?? {});
    const values = input.success ? input.data : empty;
    const checked = validateFaq(values);
    const saved = checked.faq ? await saveFaq(db, staffOf(request), id, checked.faq, request.id) : undefined;
    if (saved && 'id' in saved) return reply.redirect(`/backoffice/faq/${saved.id}?done=saved`, 303);
    const errors = saved
      ? [{ field: 'slug' as const, key: 'faq.staff.error.slugTaken' as const }]
      : checked.errors;
    return reply.page(
      request.t(id ? 'faq.staff.editTitle' : 'faq.staff.newTitle'),
      <StaffFaqFormPage
        id={id}
        values={values}
        errors={errors}
        published={existing?.published ?? null}
        notice={undefined}
      />,
      { status: 400, crumbs: faqCrumbs(request) },
    );
  }

  app.post('/backoffice/faq', { config: faqStaff }, async (request, reply) => saveFrom(request, reply, null));
  app.post('/backoffice/faq/:id', { config: faqStaff }, async (request, reply) =>
    saveFrom(request, reply, idParams.parse(request.params).id),
  );

  app.post('/backoffice/faq/:id/publication', { config: faqStaff }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const form = publicationForm.safeParse(request.body);
    if (!form.success) throw Object.assign(new Error('bad publication form'), { statusCode: 400 });
    const entry = await findById(db, id);
    if (!entry) return reply.callNotFound();
    const published = form.data.published === 'true';
    await setPublished(db, staffOf(request), id, published, request.id);
    return reply.redirect(`/backoffice/faq/${id}?done=${published ? 'published' : 'unpublished'}`, 303);
  });
}

export type { ReportState };
