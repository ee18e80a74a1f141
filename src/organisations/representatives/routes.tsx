import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DATE_PARTS, datePartName, parseDateParts, readDateParts } from '../../platform/ui/date-parts.ts';
import { dateProblem } from '../../platform/ui/fields.tsx';
import type { Translate } from '../../platform/i18n/catalogue.ts';
import { RESUMED_NOTICE, singleValues } from '../../platform/http/kept-input.ts';
import { access } from '../../platform/auth/access.ts';
import type { BusinessActor } from '../../platform/auth/actor.ts';
import type { ActiveSession } from '../../identity/index.ts';
import { audit } from '../../platform/audit.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import { isUuid } from '../validation.ts';
import { fieldOf, registerMultipart } from '../../platform/http/multipart.ts';
import { authorisationUpload, uploadedAuthorisation } from './upload.ts';
import {
  actingOptions,
  listOwnRegistrations,
  registerAuthorisation,
  withdrawRegistration,
  type RegistrationInput,
  type RepresentativeDeps,
} from './service.ts';
import {
  ActingForPage,
  ConfirmEndAuthorisationPage,
  NewRegistrationPage,
  NotAsSelfPage,
  RepresentativesPage,
  type Validity,
} from '../views/representatives.tsx';

export function businessActorOf(request: FastifyRequest): BusinessActor {
  if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
  return request.actor;
}

function businessSession(request: FastifyRequest): ActiveSession<'business'> {
  const session = request.session;
  if (session?.kind !== 'business') throw new Error('access rule guarantees a business session');
  return session as ActiveSession<'business'>;
}

const EMPTY: RegistrationInput = {
  sponsorKvk: '',
  scope: [],
  validFrom: '',
  validUntil: '',
  notifyEmail: '',
};

/**
 * The validity dates from their day / month / year fields (D4): a complete real date as
 * 'YYYY-MM-DD' for the service; a half-typed or impossible one kept as typed, with a message that
 * names the field and the part (the service then finds the date invalid and nothing is stored).
 */
function readValidity(
  field: (name: string) => string,
  t: Translate,
): { dates: Pick<RegistrationInput, 'validFrom' | 'validUntil'>; validity: Validity } {
  const validity: Validity = {
    parts: {
      validFrom: readDateParts({ ...partsOf(field, 'validFrom') }, 'validFrom'),
      validUntil: readDateParts({ ...partsOf(field, 'validUntil') }, 'validUntil'),
    },
    problems: {},
  };
  const dates = { validFrom: '', validUntil: '' };
  for (const name of ['validFrom', 'validUntil'] as const) {
    const result = parseDateParts(validity.parts[name]);
    if (result.kind === 'ok') dates[name] = result.iso;
    else if (result.kind !== 'empty') {
      dates[name] = 'not-a-date';
      validity.problems[name] = {
        message: dateProblem(
          result,
          t(name === 'validFrom' ? 'rep.field.validFrom' : 'rep.field.validUntil'),
          t,
        ),
        parts: result.kind === 'invalid' ? result.parts : result.missing,
      };
    }
  }
  return { dates, validity };
}

function partsOf(field: (name: string) => string, name: string): Record<string, string> {
  return Object.fromEntries(
    DATE_PARTS.map((part) => [datePartName(name, part), field(datePartName(name, part))]),
  );
}

/**
 * The intermediary's side: register an authorisation (with the signed PDF), follow and withdraw
 * registrations, and choose which organisation to act for.
 */
export function representativeRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const files = deps.files;
    const service: RepresentativeDeps = {
      db: deps.database.db,
      jobs: deps.jobs,
      files,
      maxYears: deps.config.authorisationMaxYears,
    };
    const db = deps.database.db;
    await registerMultipart(app);
    const upload = authorisationUpload(deps.config.uploads.maxBytes);
    // Uploads get a stricter limit than the global one (quality check 8), in proportion to it.
    const uploadLimit = Math.max(5, Math.floor(deps.config.rateLimitMax / 15));
    const crumbs = (request: FastifyRequest) => [
      { href: '/dashboard', label: request.t('nav.dashboard') },
      { href: '/authorisations', label: request.t('rep.title') },
    ];

    app.get('/authorisations', { config: { access: access.business } }, async (request, reply) => {
      const actor = businessActorOf(request);
      if (actor.via !== 'self') return reply.page(request.t('rep.title'), <NotAsSelfPage />);
      const rows = await listOwnRegistrations(service, actor);
      const { saved, id } = request.query as Record<string, unknown>;
      return reply.page(
        request.t('rep.title'),
        <RepresentativesPage
          rows={rows}
          notice={typeof saved === 'string' ? saved : undefined}
          noticeFor={typeof id === 'string' ? id : undefined}
        />,
      );
    });

    app.get('/authorisations/new', { config: { access: access.business } }, async (request, reply) => {
      const actor = businessActorOf(request);
      if (actor.via !== 'self') return reply.page(request.t('rep.title'), <NotAsSelfPage />);
      const own = await db
        .selectFrom('organisations')
        .select('contact_email')
        .where('id', '=', actor.organisationId)
        .executeTakeFirst();
      // D10: what was typed before a language switch or "stay logged in" comes back (not the file).
      const resumed = await request.resumedInput();
      const kept = resumed ? singleValues(resumed.input) : undefined;
      const scope = resumed?.input.scope;
      const keptDates = kept ? readValidity((name) => kept[name] ?? '', request.t) : undefined;
      return reply.page(
        request.t('rep.new.title'),
        <NewRegistrationPage
          values={
            kept
              ? {
                  sponsorKvk: (kept.sponsorKvk ?? '').slice(0, 20),
                  scope: (Array.isArray(scope) ? scope : scope ? [scope] : []).slice(0, 10),
                  validFrom: keptDates?.dates.validFrom ?? '',
                  validUntil: keptDates?.dates.validUntil ?? '',
                  notifyEmail: (kept.notifyEmail ?? '').slice(0, 254),
                }
              : { ...EMPTY, notifyEmail: own?.contact_email ?? '' }
          }
          errors={{}}
          maxBytes={deps.config.uploads.maxBytes}
          // Kept as typed, without messages: nothing was checked yet.
          validity={keptDates ? { parts: keptDates.validity.parts, problems: {} } : undefined}
          notice={
            resumed
              ? `${request.t(RESUMED_NOTICE[resumed.reason])} ${kept?.file ? request.t('kept.fileAgain') : ''}`.trim()
              : undefined
          }
        />,
        { crumbs: crumbs(request), pageForm: true },
      );
    });

    app.post(
      '/authorisations',
      {
        config: { access: access.business, rateLimit: { max: uploadLimit, timeWindow: '1 minute' } },
        preValidation: upload.preValidation,
      },
      async (request, reply) => {
        const actor = businessActorOf(request);
        if (actor.via !== 'self')
          return reply.page(request.t('rep.title'), <NotAsSelfPage />, { status: 403 });
        const form = await upload.read(request, files);
        const { dates, validity } = readValidity((name) => fieldOf(form, name), request.t);
        const input: RegistrationInput = {
          sponsorKvk: fieldOf(form, 'sponsorKvk').slice(0, 20),
          scope: (form.fields.scope ?? []).slice(0, 10),
          ...dates,
          notifyEmail: fieldOf(form, 'notifyEmail').slice(0, 254),
        };
        const file = uploadedAuthorisation(form);
        const result = await registerAuthorisation(service, actor, input, file, {
          lang: request.lang,
          requestId: request.id,
        });
        if (!result.ok) {
          return reply.page(
            request.t('rep.new.title'),
            <NewRegistrationPage
              values={input}
              errors={result.errors}
              maxBytes={deps.config.uploads.maxBytes}
              validity={validity}
            />,
            {
              status: 400,
              crumbs: crumbs(request),
            },
          );
        }
        return reply.redirect('/authorisations?saved=registered', 303);
      },
    );

    // Withdrawing asks first, on a page of its own that names what ends (D14).
    app.get<{ Params: { id: string } }>(
      '/authorisations/:id/withdraw',
      { config: { access: access.business } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        if (actor.via !== 'self' || !isUuid(request.params.id)) return reply.callNotFound();
        // Looked up among the actor's own registrations only.
        const row = (await listOwnRegistrations(service, actor)).find((r) => r.id === request.params.id);
        if (!row) return reply.callNotFound();
        if (row.state !== 'submitted' && row.state !== 'approved')
          return reply.redirect('/authorisations?saved=not_withdrawable', 303);
        return reply.page(
          request.t('rep.confirmWithdraw.title'),
          <ConfirmEndAuthorisationPage
            kind="withdraw"
            ending={{
              id: row.id,
              intermediaryName: actor.organisationName,
              intermediaryKvk: actor.kvkNumber,
              sponsorName: row.sponsorName,
              sponsorKvk: row.sponsorKvk,
              scope: row.scope,
              validFrom: row.validFrom,
              validUntil: row.validUntil,
              state: row.state,
            }}
            action={`/authorisations/${row.id}/withdraw`}
            back="/authorisations"
          />,
          { crumbs: crumbs(request) },
        );
      },
    );

    app.post<{ Params: { id: string } }>(
      '/authorisations/:id/withdraw',
      { config: { access: access.business } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        if (actor.via !== 'self' || !isUuid(request.params.id)) return reply.callNotFound();
        const outcome = await withdrawRegistration(service, actor, request.params.id, request.id);
        if (outcome === 'not_found') return reply.callNotFound();
        return reply.redirect(
          outcome === 'withdrawn'
            ? `/authorisations?saved=withdrawn&id=${request.params.id}`
            : `/authorisations?saved=${outcome}`,
          303,
        );
      },
    );

    app.get(
      '/acting-for',
      { config: { access: access.business, service: 'general' } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        const principal = businessSession(request).principal;
        const options =
          actor.via === 'chain' ? [] : await actingOptions(db, principal.kvkNumber, amsterdamToday());
        const own = await db
          .selectFrom('organisations')
          .select(['name', 'kvk_number'])
          .where('kvk_number', '=', principal.kvkNumber)
          .executeTakeFirst();
        return reply.page(
          request.t('acting.title'),
          <ActingForPage
            own={own ?? { name: principal.kvkNumber, kvk_number: principal.kvkNumber }}
            options={options}
            current={principal.actingFor?.registrationId ?? 'self'}
          />,
        );
      },
    );

    app.post(
      '/acting-for',
      { config: { access: access.business, service: 'general' } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        const session = businessSession(request);
        const principal = session.principal;
        const raw = (request.body as Record<string, unknown> | undefined)?.registration;
        const choice = typeof raw === 'string' ? raw.slice(0, 40) : '';
        if (actor.via === 'chain') return reply.redirect('/acting-for', 303);
        if (choice === 'self') {
          await deps.sessions.updatePrincipal(session.idHash, { ...principal, actingFor: null });
          await audit(db, actor, {
            event: 'representation.act_for_self',
            outcome: 'success',
            requestId: request.id,
          });
          return reply.redirect('/dashboard', 303);
        }
        // The choice is looked up among this company's own current authorisations, never trusted.
        const option = isUuid(choice)
          ? (await actingOptions(db, principal.kvkNumber, amsterdamToday())).find((o) => o.id === choice)
          : undefined;
        if (!option) {
          await audit(db, actor, {
            event: 'representation.act_for',
            outcome: 'denied',
            reason: 'no current approved registration',
            objectType: 'representative_registration',
            objectId: choice.slice(0, 40),
            requestId: request.id,
          });
          return reply.callNotFound();
        }
        await deps.sessions.updatePrincipal(session.idHash, {
          ...principal,
          actingFor: { organisationId: option.sponsor_organisation_id, registrationId: option.id },
        });
        await audit(db, actor, {
          event: 'representation.act_for',
          outcome: 'success',
          organisationId: option.sponsor_organisation_id,
          objectType: 'representative_registration',
          objectId: option.id,
          requestId: request.id,
        });
        return reply.redirect('/dashboard', 303);
      },
    );
  };
}
