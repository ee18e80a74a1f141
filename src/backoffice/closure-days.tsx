import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '../platform/auth/access.ts';
import { audit } from '../platform/audit.ts';
import type { ModuleContext } from '../platform/module.ts';
import { formatDate } from '../platform/i18n/i18n.ts';
import { errorOf, TextField } from '../platform/ui/fields.tsx';
import {
  Alert,
  Button,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  Table,
  type FieldError,
} from '../platform/ui/components.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { createCalendar, IND_CALENDAR_OPTIONS } from '../platform/time/working-days.ts';
import { listClosureDays, parseDate } from '../organisations/index.ts';
import { staffActorOf } from '../platform/auth/actor.ts';
import { CLOSURE_DAYS_SECTION } from './sections.ts';

const BASE = CLOSURE_DAYS_SECTION.href;
const addForm = z.object({
  day: z.string().max(20).default(''),
  description: z.string().trim().max(200).default(''),
});

/** The IND's own closure days, on top of the public holidays (they push due dates on). */
export function closureDayRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const db = deps.database.db;
    const rule = access.staff(...CLOSURE_DAYS_SECTION.roles);
    const crumbs = (request: FastifyRequest) => [{ href: '/backoffice', label: request.t('nav.backoffice') }];

    app.get(BASE, { config: { access: rule } }, async (request, reply) => {
      const days = await listClosureDays(db);
      const saved = (request.query as Record<string, unknown>).saved;
      return reply.page(
        request.t('bo.closure.title'),
        <ClosureDaysPage
          days={days}
          errors={[]}
          values={{ day: '', description: '' }}
          saved={typeof saved === 'string' ? saved : undefined}
        />,
        { crumbs: crumbs(request) },
      );
    });

    app.post(BASE, { config: { access: rule } }, async (request, reply) => {
      const parsed = addForm.safeParse(request.body ?? {});
      const values = parsed.success ? parsed.data : { day: '', description: '' };
      const day = parseDate(values.day);
      const errors: FieldError[] = [];
      if (!day)
        errors.push({
          field: 'day',
          message: request.t(values.day ? 'rep.error.dateInvalid' : 'rep.error.dateRequired'),
        });
      else if (createCalendar(IND_CALENDAR_OPTIONS).reasonClosed(day))
        errors.push({ field: 'day', message: request.t('bo.closure.error.closed') });
      if (!values.description)
        errors.push({ field: 'description', message: request.t('bo.closure.error.description') });
      if (day && errors.length === 0) {
        const inserted = await db.transaction().execute(async (trx) => {
          const result = await trx
            .insertInto('closure_days')
            .values({ day, description: values.description, created_by: staffActorOf(request).userId })
            .onConflict((oc) => oc.column('day').doNothing())
            .returning('day')
            .executeTakeFirst();
          if (!result) return false;
          await audit(trx, staffActorOf(request), {
            event: 'closure_day.added',
            outcome: 'success',
            objectType: 'closure_day',
            objectId: day,
            requestId: request.id,
          });
          return true;
        });
        if (inserted) return reply.redirect(`${BASE}?saved=added`, 303);
        errors.push({ field: 'day', message: request.t('bo.closure.error.exists') });
      }
      const days = await listClosureDays(db);
      return reply.page(
        request.t('bo.closure.title'),
        <ClosureDaysPage days={days} errors={errors} values={values} saved={undefined} />,
        {
          status: 400,
          crumbs: crumbs(request),
        },
      );
    });

    app.post<{ Params: { day: string } }>(
      `${BASE}/:day/delete`,
      { config: { access: rule } },
      async (request, reply) => {
        const day = /^\d{4}-\d{2}-\d{2}$/.test(request.params.day) ? parseDate(request.params.day) : null;
        if (!day) return reply.callNotFound();
        const removed = await db.transaction().execute(async (trx) => {
          const result = await trx.deleteFrom('closure_days').where('day', '=', day).executeTakeFirst();
          if (Number(result.numDeletedRows) === 0) return false;
          await audit(trx, staffActorOf(request), {
            event: 'closure_day.removed',
            outcome: 'success',
            objectType: 'closure_day',
            objectId: day,
            requestId: request.id,
          });
          return true;
        });
        if (!removed) return reply.callNotFound();
        return reply.redirect(`${BASE}?saved=removed`, 303);
      },
    );
  };
}

function ClosureDaysPage({
  days,
  errors,
  values,
  saved,
}: {
  days: { day: string; description: string }[];
  errors: FieldError[];
  values: { day: string; description: string };
  saved: string | undefined;
}) {
  const { t, lang } = useView();
  const error = (field: string) => errorOf(errors, field);
  return (
    <>
      <ErrorSummary errors={errors} />
      <Heading level={1}>{t('bo.closure.title')}</Heading>
      {saved === 'added' || saved === 'removed' ? (
        <Alert type="ok">{t(saved === 'added' ? 'bo.closure.added' : 'bo.closure.removed')}</Alert>
      ) : null}
      <Paragraph lead>{t('bo.closure.lead')}</Paragraph>
      {days.length === 0 ? (
        <Paragraph>{t('bo.closure.none')}</Paragraph>
      ) : (
        <Table
          caption={t('bo.closure.caption')}
          head={[t('bo.closure.day'), t('bo.closure.description'), t('rep.col.action')]}
          rows={days.map((d) => ({
            key: d.day,
            cells: [
              formatDate(lang, d.day),
              d.description,
              <Form action={`${BASE}/${d.day}/delete`} className="bp-inline-form">
                <Button variant="secondary">
                  {t('bo.closure.remove')}
                  <span className="bp-visually-hidden"> {formatDate(lang, d.day)}</span>
                </Button>
              </Form>,
            ],
          }))}
        />
      )}
      <section className="bp-section" aria-labelledby="add">
        <Heading level={2} id="add">
          {t('bo.closure.add')}
        </Heading>
        <Form action={BASE}>
          <TextField
            name="day"
            type="date"
            label={t('bo.closure.day')}
            description={t('rep.field.date.help')}
            value={values.day}
            error={error('day')}
            width="short"
          />
          <TextField
            name="description"
            label={t('bo.closure.description')}
            value={values.description}
            error={error('description')}
            maxLength={200}
            width="medium"
          />
          <Button>{t('bo.closure.addButton')}</Button>
        </Form>
      </section>
    </>
  );
}
