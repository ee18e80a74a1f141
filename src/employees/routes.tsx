import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { CATALOGUE } from '../applications/index.ts';
import { csvStream, decodeCursor, encodeCursor, one, urlOf, type Page, type Query } from '../cases/index.ts';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { MessageKey, Translate } from '../platform/i18n/catalogue.ts';
import { formatDate, formatMoney, type Lang } from '../platform/i18n/i18n.ts';
import { RESUMED_NOTICE } from '../platform/http/kept-input.ts';
import type { ModuleContext } from '../platform/module.ts';
import type { FieldError } from '../platform/ui/components.tsx';
import {
  checkDeregistration,
  checkRegistration,
  checkSponsorChange,
  hiddenOf,
  type Body,
  type DeregistrationRaw,
  type RegistrationRaw,
  type SponsorChangeRaw,
} from './forms.ts';
import {
  allEmployees,
  findEmployee,
  findReport,
  fullName,
  isEnded,
  listEmployees,
  SPONSORSHIP_STATES,
  type EmployeeFilters,
  type EmployeeRow,
} from './repository.ts';
import { DEREGISTRATION_REASONS, REGISTRATION_PERMITS, SPONSOR_CHANGE_REASONS } from './rules.ts';
import type { SubmitOutcome } from './service.ts';
import { bulkRoutes } from './bulk-routes.tsx';
import { remindersRoutes } from './duties.tsx';
import {
  CheckView,
  DeregistrationFormView,
  EmployeeListView,
  RegistrationFormView,
  ReportDoneView,
  SponsorChangeFormView,
  reasonOptions,
  type EmployeeListInput,
} from './views.tsx';

const PAGE_SIZE = 25;

const permitName = (code: string | null, lang: Lang, t: Translate): string =>
  code ? (CATALOGUE.types.find((type) => type.code === code)?.name[lang] ?? code) : t('employees.noPermit');

/** The employees page's filters from the query string (the list and its CSV export share them). */
export function readEmployeeQuery(query: Query, t: Translate, today: string) {
  const input: EmployeeListInput = {
    q: one(query, 'q'),
    permit: one(query, 'permit', 60),
    state: one(query, 'state', 20),
    ending: one(query, 'ending', 10) === 'soon' ? 'soon' : '',
  };
  const errors: FieldError[] = [];
  if (input.permit && !CATALOGUE.types.some((type) => type.code === input.permit)) {
    errors.push({ field: 'permit', message: t('employees.filter.error.permit') });
  }
  if (input.state && !(SPONSORSHIP_STATES as readonly string[]).includes(input.state)) {
    errors.push({ field: 'state', message: t('employees.filter.error.state') });
  }
  const filters: EmployeeFilters = errors.length
    ? { today }
    : {
        q: input.q,
        permitType: input.permit,
        state: input.state,
        endingSoon: input.ending === 'soon',
        today,
      };
  return { input, filters, errors };
}

/**
 * The sponsor's employees and its duty to inform (issue 11): the employees page (read model),
 * de-registration or a change about an employee, registration of an employee who changes
 * employer, and a change about the sponsor itself. Every route belongs to the service
 * "register" (seed: "Register or de-register an employee"): a representative reaches it only
 * when its registered authorisation covers that service. Every query is scoped to
 * `request.actor.organisationId`; an id of another organisation is a 404, and audited.
 */
export function employeeRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const db = deps.database.db;
    const service = deps.employees;
    const rules = { access: access.sponsor, service: 'register' as const };
    const lastRefresh = async () => (await deps.refresh.informationAsOf())?.finishedAt ?? null;

    const actorOf = (request: FastifyRequest): BusinessActor => {
      if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
      return request.actor;
    };
    const crumbs = (request: FastifyRequest, withList = true) => [
      { href: '/dashboard', label: request.t('nav.dashboard') },
      ...(withList ? [{ href: '/employees', label: request.t('employees.title') }] : []),
    ];
    const notFound = async (
      request: FastifyRequest,
      reply: FastifyReply,
      objectType: 'employee' | 'employee_report',
      id: string,
    ) => {
      await audit(db, request.actor, {
        event: `${objectType}.lookup` as const,
        outcome: 'denied',
        reason: 'not found in the actor’s organisation',
        objectType,
        objectId: id.length <= 60 ? id : 'malformed',
        requestId: request.id,
      });
      reply.callNotFound();
      return reply;
    };
    const step = (body: Body) => (typeof body.step === 'string' ? body.step : '');
    await bulkRoutes(app, deps);
    await app.register(remindersRoutes(deps));

    app.get<{ Querystring: Query }>('/employees', { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      const today = service.today();
      const parsed = readEmployeeQuery(request.query, request.t, today);
      const after = parsed.errors.length ? undefined : decodeCursor(one(request.query, 'after', 200));
      const [page, asOf] = await Promise.all([
        parsed.errors.length
          ? Promise.resolve<Page<EmployeeRow>>({ rows: [] })
          : listEmployees(db, actor.organisationId, { filters: parsed.filters, after, limit: PAGE_SIZE }),
        lastRefresh(),
      ]);
      // Processing log (quality.md, privacy 10): the employees' personal data was shown.
      await audit(db, actor, {
        event: 'employees.viewed',
        outcome: 'success',
        objectType: 'employees',
        requestId: request.id,
        details: { rows: page.rows.length },
      });
      const base = { ...parsed.input };
      const { t, lang } = request;
      return reply.page(
        t('employees.title'),
        <EmployeeListView
          organisation={actor.organisationName}
          input={parsed.input}
          errors={parsed.errors}
          rows={page.rows}
          permits={CATALOGUE.types.map((type) => ({ value: type.code, label: type.name[lang] }))}
          states={SPONSORSHIP_STATES.map((state) => ({ value: state, label: t(`employees.state.${state}`) }))}
          permitName={(code) => permitName(code, lang, t)}
          firstHref={after ? urlOf('/employees', base) : null}
          nextHref={page.next ? urlOf('/employees', { ...base, after: encodeCursor(page.next) }) : null}
          csvHref={urlOf('/employees.csv', base)}
          lastRefresh={asOf}
          today={today}
          maySubmit={!actor.scope || actor.scope.includes('submit')}
        />,
        { status: parsed.errors.length ? 400 : 200, crumbs: crumbs(request, false) },
      );
    });

    app.get<{ Querystring: Query }>('/employees.csv', { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      const { t, lang } = request;
      const parsed = readEmployeeQuery(request.query, t, service.today());
      if (parsed.errors.length) {
        return reply
          .status(400)
          .type('text/plain; charset=utf-8')
          .send(parsed.errors.map((e) => e.message).join('\n'));
      }
      const header = [
        t('employees.col.name'),
        t('employees.col.dateOfBirth'),
        t('employees.col.vNumber'),
        t('employees.col.permit'),
        t('employees.col.permitEnd'),
        t('employees.col.state'),
      ];
      const rows = allEmployees(db, actor.organisationId, parsed.filters);
      const body = Readable.from(
        csvStream(header, rows, (row: EmployeeRow) => [
          fullName(row),
          row.date_of_birth,
          row.v_number,
          permitName(row.permit_type, lang, t),
          row.permit_end_date,
          row.reported
            ? t('employees.state.reported', { reference: row.reported })
            : t(`employees.state.${row.sponsorship_state ?? 'active'}` as MessageKey),
        ]),
      );
      await audit(db, actor, {
        event: 'employees.exported',
        outcome: 'success',
        objectType: 'employees',
        requestId: request.id,
      });
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${t('employees.csv.file')}-${service.today()}.csv"`,
        )
        .header('cache-control', 'private, no-store')
        .type('text/csv; charset=utf-8')
        .send(body);
    });

    // ----- de-registration / change about an employee -------------------------------------------

    const deregistrationReasons = (t: Translate) =>
      reasonOptions(t, 'employees.reason', DEREGISTRATION_REASONS);
    const renderDeregistration = (
      request: FastifyRequest,
      reply: FastifyReply,
      employee: EmployeeRow,
      raw: DeregistrationRaw,
      errors: FieldError[],
      status = 200,
      notice?: string,
    ) =>
      reply.page(
        request.t('employees.report.title'),
        <DeregistrationFormView
          employee={employee}
          raw={raw}
          errors={errors}
          notice={notice}
          reasons={deregistrationReasons(request.t)}
        />,
        { status, crumbs: crumbs(request), pageForm: true },
      );
    const alreadyError = (t: Translate): FieldError[] => [
      { field: 'reason', message: t('employees.error.already') },
    ];

    app.get<{ Params: { id: string } }>(
      '/employees/:id/report',
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const employee = await findEmployee(db, actor.organisationId, request.params.id);
        if (!employee?.v_number) return notFound(request, reply, 'employee', request.params.id);
        const empty = { reason: '', occurredOn: { day: '', month: '', year: '' }, explanation: '' };
        if (isEnded(employee))
          return renderDeregistration(request, reply, employee, empty, alreadyError(request.t), 409);
        const resumed = await request.resumedInput();
        if (resumed)
          return renderDeregistration(
            request,
            reply,
            employee,
            checkDeregistration(resumed.input, service.today(), request.t).raw,
            [],
            200,
            request.t(RESUMED_NOTICE[resumed.reason]),
          );
        return renderDeregistration(request, reply, employee, empty, []);
      },
    );

    app.post<{ Params: { id: string }; Body: Body }>(
      '/employees/:id/report',
      { config: { ...rules, keepInput: true } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { t, lang } = request;
        const employee = await findEmployee(db, actor.organisationId, request.params.id);
        if (!employee?.v_number) return notFound(request, reply, 'employee', request.params.id);
        const checked = checkDeregistration(request.body, service.today(), t);
        if (!checked.ok)
          return renderDeregistration(request, reply, employee, checked.raw, checked.errors, 400);
        if (step(request.body) === 'edit')
          return renderDeregistration(request, reply, employee, checked.raw, []);
        if (step(request.body) !== 'submit') {
          return reply.page(
            t('employees.check.title'),
            <CheckView
              action={`/employees/${employee.id}/report`}
              hidden={hiddenOf(checked.raw)}
              deadline={checked.timeliness.deadline}
              late={checked.timeliness.late}
              summary={[
                { key: t('employees.col.name'), value: fullName(employee) },
                { key: t('employees.col.vNumber'), value: employee.v_number },
                { key: t('employees.field.reason'), value: t(`employees.reason.${checked.input.reason}`) },
                { key: t('employees.field.occurredOn'), value: formatDate(lang, checked.input.occurredOn) },
                ...(checked.input.explanation
                  ? [{ key: t('employees.field.explanation'), value: checked.input.explanation }]
                  : []),
                { key: t('employees.deadline.label'), value: formatDate(lang, checked.timeliness.deadline) },
              ]}
            />,
            { crumbs: crumbs(request) },
          );
        }
        const outcome = await service.deregister(actor, employee.id, checked.input, lang, request.id);
        return finish(request, reply, outcome, () =>
          renderDeregistration(request, reply, employee, checked.raw, alreadyError(t), 409),
        );
      },
    );

    const finish = async (
      request: FastifyRequest,
      reply: FastifyReply,
      outcome: SubmitOutcome,
      refused: () => FastifyReply | Promise<FastifyReply>,
    ) => {
      if (outcome.kind === 'done') return reply.redirect(`/employees/reports/${outcome.reference}`, 303);
      if (outcome.kind === 'not_found') return notFound(request, reply, 'employee', 'report');
      return refused();
    };

    // ----- registration ------------------------------------------------------------------------

    const permitOptions = (lang: Lang, t: Translate) =>
      REGISTRATION_PERMITS.map((code) => ({ value: code, label: permitName(code, lang, t) }));
    const renderRegistration = (
      request: FastifyRequest,
      reply: FastifyReply,
      raw: RegistrationRaw,
      errors: FieldError[],
      status = 200,
      notice?: string,
    ) =>
      reply.page(
        request.t('employees.register.title'),
        <RegistrationFormView
          raw={raw}
          errors={errors}
          notice={notice}
          permits={permitOptions(request.lang, request.t)}
        />,
        { status, crumbs: crumbs(request), pageForm: true },
      );

    app.get('/employees/register', { config: rules }, async (request, reply) => {
      const resumed = await request.resumedInput();
      if (resumed)
        return renderRegistration(
          request,
          reply,
          checkRegistration(resumed.input, service.today(), request.t, request.lang).raw,
          [],
          200,
          request.t(RESUMED_NOTICE[resumed.reason]),
        );
      return renderRegistration(
        request,
        reply,
        {
          vNumber: '',
          givenNames: '',
          surname: '',
          dateOfBirth: { day: '', month: '', year: '' },
          startDate: { day: '', month: '', year: '' },
          job: '',
          salary: '',
          permit: '',
        },
        [],
      );
    });

    app.post<{ Body: Body }>(
      '/employees/register',
      { config: { ...rules, keepInput: true } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { t, lang } = request;
        const checked = checkRegistration(request.body, service.today(), t, lang);
        if (!checked.ok) return renderRegistration(request, reply, checked.raw, checked.errors, 400);
        if (step(request.body) === 'edit') return renderRegistration(request, reply, checked.raw, []);
        const { input } = checked;
        if (step(request.body) !== 'submit') {
          return reply.page(
            t('employees.check.title'),
            <CheckView
              action="/employees/register"
              hidden={hiddenOf(checked.raw)}
              deadline={checked.timeliness.deadline}
              late={checked.timeliness.late}
              summary={[
                { key: t('employees.field.vNumber'), value: input.vNumber },
                { key: t('employees.col.name'), value: `${input.surname}, ${input.givenNames}` },
                { key: t('employees.field.dateOfBirth'), value: formatDate(lang, input.dateOfBirth) },
                { key: t('employees.field.permit'), value: permitName(input.permit, lang, t) },
                { key: t('employees.field.startDate'), value: formatDate(lang, input.startDate) },
                { key: t('employees.field.job'), value: input.job },
                { key: t('employees.field.salary'), value: formatMoney(lang, input.salaryCents) },
                { key: t('employees.deadline.label'), value: formatDate(lang, checked.timeliness.deadline) },
              ]}
            />,
            { crumbs: crumbs(request) },
          );
        }
        const outcome = await service.register(actor, input, lang, request.id);
        return finish(request, reply, outcome, () =>
          renderRegistration(
            request,
            reply,
            checked.raw,
            [{ field: 'vNumber', message: t('employees.error.alreadyRegistered') }],
            409,
          ),
        );
      },
    );

    // ----- change about the sponsor ------------------------------------------------------------------

    const renderSponsorChange = (
      request: FastifyRequest,
      reply: FastifyReply,
      raw: SponsorChangeRaw,
      errors: FieldError[],
      status = 200,
      notice?: string,
    ) =>
      reply.page(
        request.t('employees.sponsor.title'),
        <SponsorChangeFormView
          raw={raw}
          errors={errors}
          notice={notice}
          reasons={reasonOptions(request.t, 'employees.sponsorReason', SPONSOR_CHANGE_REASONS)}
        />,
        { status, crumbs: crumbs(request), pageForm: true },
      );

    app.get('/employees/sponsor-change', { config: rules }, async (request, reply) => {
      const resumed = await request.resumedInput();
      if (resumed)
        return renderSponsorChange(
          request,
          reply,
          checkSponsorChange(resumed.input, service.today(), request.t).raw,
          [],
          200,
          request.t(RESUMED_NOTICE[resumed.reason]),
        );
      return renderSponsorChange(
        request,
        reply,
        { reason: '', occurredOn: { day: '', month: '', year: '' }, explanation: '', address: '' },
        [],
      );
    });

    app.post<{ Body: Body }>(
      '/employees/sponsor-change',
      { config: { ...rules, keepInput: true } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { t, lang } = request;
        const checked = checkSponsorChange(request.body, service.today(), t);
        if (!checked.ok) return renderSponsorChange(request, reply, checked.raw, checked.errors, 400);
        if (step(request.body) === 'edit') return renderSponsorChange(request, reply, checked.raw, []);
        const { input } = checked;
        if (step(request.body) !== 'submit') {
          return reply.page(
            t('employees.check.title'),
            <CheckView
              action="/employees/sponsor-change"
              hidden={hiddenOf(checked.raw)}
              deadline={checked.timeliness.deadline}
              late={checked.timeliness.late}
              summary={[
                { key: t('employees.receipt.organisation'), value: actor.organisationName },
                { key: t('employees.field.reason'), value: t(`employees.sponsorReason.${input.reason}`) },
                { key: t('employees.field.occurredOn'), value: formatDate(lang, input.occurredOn) },
                ...(input.address ? [{ key: t('employees.field.address'), value: input.address }] : []),
                ...(input.explanation
                  ? [{ key: t('employees.field.explanation'), value: input.explanation }]
                  : []),
                { key: t('employees.deadline.label'), value: formatDate(lang, checked.timeliness.deadline) },
              ]}
            />,
            { crumbs: crumbs(request) },
          );
        }
        const outcome = await service.reportSponsorChange(actor, input, lang, request.id);
        return finish(request, reply, outcome, () =>
          renderSponsorChange(request, reply, checked.raw, [], 409),
        );
      },
    );

    // ----- confirmation and receipt ----------------------------------------------------------------

    app.get<{ Params: { reference: string } }>(
      '/employees/reports/:reference',
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const report = await findReport(db, actor.organisationId, request.params.reference);
        if (!report) return notFound(request, reply, 'employee_report', request.params.reference);
        return reply.page(request.t('employees.done.title'), <ReportDoneView report={report} />, {
          crumbs: crumbs(request),
        });
      },
    );

    app.get<{ Params: { reference: string } }>(
      '/employees/reports/:reference/receipt.pdf',
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const report = await findReport(db, actor.organisationId, request.params.reference);
        if (!report) return notFound(request, reply, 'employee_report', request.params.reference);
        const pdf = await service.receipt(actor.organisationId, report);
        const name = `${request.t('employees.receipt.file')}-${report.reference}.pdf`;
        return reply
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'private, no-store')
          .type('application/pdf')
          .send(pdf);
      },
    );
  };
}
