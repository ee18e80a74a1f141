import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { DB } from '../platform/db/schema.ts';
import { translator } from '../platform/i18n/catalogue.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { Logger } from '../platform/logging.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import type { DashboardSection, ModuleContext } from '../platform/module.ts';
import { Alert, Button, Form, Heading, Link, Paragraph } from '../platform/ui/components.tsx';
import { Checkboxes } from '../platform/ui/fields.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { amsterdamToday, dayOfWeek, nextDay, type IsoDate } from '../platform/time/working-days.ts';
import { openDuties, type OpenDuties } from './repository.ts';

/**
 * Reminders (issue 11): the sponsor's open duties — requests for information from the IND that
 * need action (cases in the state "information requested"), and permits ending within 3 months
 * (the employees page's filter "ending soon") — on the dashboard, and in an opt-in weekly
 * e-mail digest per organisation. Every count is scoped to one organisation.
 */
export const DIGEST_JOB = 'employees.digest';
/** Monday 07:00, Europe/Amsterdam (jobs are scheduled in that time zone). */
export const DIGEST_CRON = '0 7 * * 1';

export const INFORMATION_REQUESTS_HREF = '/cases?status=information_requested';
export const ENDING_SOON_HREF = '/employees?ending=soon';
export const REMINDERS_HREF = '/employees/reminders';

/** What the actor may see: information requests under "status", employees under "register". */
export function dutyScope(actor: BusinessActor): { requests: boolean; employees: boolean } {
  if (actor.recognitions.length === 0) return { requests: false, employees: false };
  return {
    requests: !actor.scope || actor.scope.includes('status'),
    employees: !actor.scope || actor.scope.includes('register'),
  };
}

/** The Monday of the week of `today`: the key of a week's digest. */
export function weekOf(today: IsoDate): IsoDate {
  return nextDay(today, -((dayOfWeek(today) + 6) % 7));
}

function OpenDutiesSection({ duties, digestLink }: { duties: OpenDuties; digestLink: boolean }) {
  const { t } = useView();
  const items = [
    duties.informationRequests === null
      ? null
      : {
          key: 'requests',
          count: duties.informationRequests,
          text: t('employees.duties.requests', { count: duties.informationRequests }),
          href: INFORMATION_REQUESTS_HREF,
          link: t('employees.duties.requestsLink'),
        },
    duties.endingSoon === null
      ? null
      : {
          key: 'ending',
          count: duties.endingSoon,
          text: t('employees.duties.endingSoon', { count: duties.endingSoon }),
          href: ENDING_SOON_HREF,
          link: t('employees.duties.endingSoonLink'),
        },
  ].filter((item) => item !== null);
  return (
    <section className="bp-section" aria-labelledby="open-duties">
      <Heading level={2} id="open-duties">
        {t('employees.duties.title')}
      </Heading>
      <ul className="bp-duties">
        {items.map((item) => (
          <li key={item.key} data-duty={item.key} data-count={item.count}>
            {item.text} {item.count > 0 ? <Link href={item.href}>{item.link}</Link> : null}
          </li>
        ))}
      </ul>
      {digestLink ? (
        <Paragraph>
          <Link href={REMINDERS_HREF}>{t('employees.duties.digestLink')}</Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

/** The dashboard's block "Open duties" (the module contract's `dashboardSections`). */
export function dutiesDashboardSections(ctx: ModuleContext): DashboardSection[] {
  return [
    {
      order: 10,
      async render(actor) {
        const scope = dutyScope(actor);
        if (!scope.requests && !scope.employees) return null;
        const duties = await openDuties(ctx.database.db, actor.organisationId, ctx.employees.today(), scope);
        return <OpenDutiesSection duties={duties} digestLink={scope.employees} />;
      },
    },
  ];
}

// ----- the weekly digest --------------------------------------------------------------------------

export interface DigestDeps {
  db: Kysely<DB>;
  jobs: Jobs;
  publicUrl: string;
  logger?: Logger;
  clock?: () => Date;
}

/**
 * Sends this week's digest to every organisation that opted in and has open duties, through
 * the mail outbox. Each organisation is claimed in its own transaction with the mail (the
 * primary key organisation + week), so a second run, or a second worker, sends nothing again.
 * Returns the number of mails enqueued.
 */
export async function sendWeeklyDigests(deps: DigestDeps): Promise<number> {
  const today = amsterdamToday((deps.clock ?? (() => new Date()))());
  const week = weekOf(today);
  const opted = await deps.db
    .selectFrom('employee_digest_settings')
    .innerJoin('organisations', 'organisations.id', 'employee_digest_settings.organisation_id')
    .select([
      'employee_digest_settings.organisation_id',
      'employee_digest_settings.language',
      'organisations.name',
      'organisations.contact_email',
    ])
    .where('employee_digest_settings.weekly', '=', true)
    .execute();
  let sent = 0;
  for (const organisation of opted) {
    if (!organisation.contact_email) continue;
    const to = organisation.contact_email;
    const mailed = await deps.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('employee_digest_sends')
        .values({ organisation_id: organisation.organisation_id, week })
        .onConflict((oc) => oc.columns(['organisation_id', 'week']).doNothing())
        .returning('week')
        .executeTakeFirst();
      if (!claimed) return false;
      const duties = await openDuties(trx, organisation.organisation_id, today);
      const requests = duties.informationRequests ?? 0;
      const ending = duties.endingSoon ?? 0;
      // Nothing open: no mail (the claim stays, so the week is done).
      if (requests === 0 && ending === 0) return false;
      const t = translator(organisation.language);
      const mailId = await enqueueMail(trx, deps.jobs, {
        to,
        subject: t('employees.digest.subject', { organisation: organisation.name }),
        text: t('employees.digest.body', {
          organisation: organisation.name,
          requests: t('employees.duties.requests', { count: requests }),
          requestsLink: `${deps.publicUrl}${INFORMATION_REQUESTS_HREF}`,
          ending: t('employees.duties.endingSoon', { count: ending }),
          endingLink: `${deps.publicUrl}${ENDING_SOON_HREF}`,
          settingsLink: `${deps.publicUrl}${REMINDERS_HREF}`,
        }),
      });
      await trx
        .updateTable('employee_digest_sends')
        .set({ mail_id: mailId })
        .where('organisation_id', '=', organisation.organisation_id)
        .where('week', '=', week)
        .execute();
      return true;
    });
    if (mailed) sent += 1;
  }
  deps.logger?.info({ week, sent }, 'weekly digests of open duties enqueued');
  return sent;
}

// ----- the setting ----------------------------------------------------------------------------------

function RemindersView({ weekly, saved }: { weekly: boolean; saved: boolean }) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('employees.digest.title')}</Heading>
      {saved ? (
        <Alert type="ok">
          <Paragraph>{t(weekly ? 'employees.digest.savedOn' : 'employees.digest.savedOff')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('employees.digest.lead')}</Paragraph>
      <Form action={REMINDERS_HREF}>
        <Checkboxes
          name="weekly"
          label={t('employees.digest.legend')}
          description={t('employees.digest.hint')}
          options={[{ value: 'yes', label: t('employees.digest.option') }]}
          values={weekly ? ['yes'] : []}
        />
        <Button>{t('employees.digest.save')}</Button>
      </Form>
    </>
  );
}

/** The opt-in setting of the weekly digest (service "register"; the form carries the CSRF token). */
export function remindersRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const db = deps.database.db;
    const rules = { access: access.sponsor, service: 'register' as const };
    const actorOf = (request: FastifyRequest): BusinessActor => {
      if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
      return request.actor;
    };
    const crumbs = (request: FastifyRequest) => [
      { href: '/dashboard', label: request.t('nav.dashboard') },
      { href: '/employees', label: request.t('employees.title') },
    ];

    app.get<{ Querystring: { saved?: string } }>(
      REMINDERS_HREF,
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const setting = await db
          .selectFrom('employee_digest_settings')
          .select('weekly')
          .where('organisation_id', '=', actor.organisationId)
          .executeTakeFirst();
        return reply.page(
          request.t('employees.digest.title'),
          <RemindersView weekly={setting?.weekly ?? false} saved={request.query.saved === '1'} />,
          { crumbs: crumbs(request) },
        );
      },
    );

    app.post<{ Body: Record<string, unknown> | undefined }>(
      REMINDERS_HREF,
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        const raw = request.body?.weekly;
        const weekly = raw === 'yes' || (Array.isArray(raw) && raw.includes('yes'));
        const values = {
          weekly,
          language: request.lang,
          changed_by: actor.actingSubject,
          changed_at: new Date(),
        };
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('employee_digest_settings')
            .values({ organisation_id: actor.organisationId, ...values })
            .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
            .execute();
          await audit(trx, actor, {
            event: 'employees.digest_changed',
            outcome: 'success',
            objectType: 'organisation',
            objectId: actor.organisationId,
            requestId: request.id,
            details: { weekly },
          });
        });
        return reply.redirect(`${REMINDERS_HREF}?saved=1`, 303);
      },
    );
  };
}
