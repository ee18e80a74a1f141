import type { FastifyPluginAsync } from 'fastify';
import { Fragment, type ReactNode } from 'react';
import type { ModuleContext } from '../platform/module.ts';
import { DataList, Heading, Link, Paragraph } from '../platform/ui/components.tsx';
import { PORTAL_SERVICES } from '../platform/ui/services.ts';
import { useView } from '../platform/ui/view-context.ts';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';

/** The landing page after login: who is logged in for which organisation, and its services. */
export function dashboardRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/dashboard',
      { config: { access: access.business, service: 'general' } },
      async (request, reply) => {
        const actor = request.actor;
        if (actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
        // D22: a login for one branch shows the branch by its name (checked at login to exist).
        const branch =
          actor.branchNumber === null
            ? undefined
            : await deps.database.db
                .selectFrom('branches')
                .select('name')
                .where('organisation_id', '=', actor.organisationId)
                .where('branch_number', '=', actor.branchNumber)
                .executeTakeFirst();
        // The modules' blocks (open duties, …), each loaded for this actor.
        const sections = await Promise.all((deps.dashboardSections ?? []).map((s) => s.render(actor)));
        return reply.page(
          request.t('dashboard.title'),
          <Dashboard actor={actor} branchName={branch?.name ?? null} sections={sections} />,
        );
      },
    );
  };
}

function Dashboard({
  actor,
  branchName,
  sections,
}: {
  actor: BusinessActor;
  branchName: string | null;
  sections: ReactNode[];
}) {
  const { t } = useView();
  const recognised = actor.recognitions.length > 0;
  const via =
    actor.via === 'chain'
      ? t('dashboard.viaChain', { kvk: actor.intermediaryKvk ?? '' })
      : actor.via === 'registered'
        ? t('dashboard.viaRegistered', { kvk: actor.intermediaryKvk ?? '' })
        : t('dashboard.viaSelf');
  return (
    <>
      <Heading level={1}>{t('dashboard.title')}</Heading>
      <Paragraph lead>{t('dashboard.lead', { organisation: actor.organisationName })}</Paragraph>
      {sections.map((section, index) => (
        <Fragment key={index}>{section}</Fragment>
      ))}
      <section className="bp-section" aria-labelledby="services">
        <Heading level={2} id="services">
          {t('dashboard.servicesTitle')}
        </Heading>
        <ul className="bp-cards">
          {PORTAL_SERVICES.map((service) => {
            // Acting through a registered authorisation: only the services in its scope.
            const inScope = !actor.scope || actor.scope.includes(service.key);
            const available = (!service.sponsorsOnly || recognised) && inScope;
            return (
              <li className="bp-card" key={service.key}>
                <Heading level={3}>
                  {available && service.built ? (
                    <Link href={service.href}>{t(service.title)}</Link>
                  ) : (
                    t(service.title)
                  )}
                </Heading>
                {service.body ? <Paragraph>{t(service.body)}</Paragraph> : null}
                {available && !service.built ? <Paragraph>{t('dashboard.notYetBuilt')}</Paragraph> : null}
                {available ? null : inScope ? (
                  <Link href="/recognition-required">{t('dashboard.sponsorOnlyLocked')}</Link>
                ) : (
                  <Paragraph>{t('dashboard.outOfScope')}</Paragraph>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section className="bp-section" aria-labelledby="who">
        <Heading level={2} id="who">
          {t('dashboard.whoTitle')}
        </Heading>
        <DataList
          items={[
            { key: t('dashboard.organisation'), value: actor.organisationName },
            { key: t('dashboard.kvk'), value: actor.kvkNumber },
            {
              key: t('dashboard.branch'),
              value:
                actor.branchNumber === null
                  ? t('dashboard.allBranches')
                  : branchName
                    ? t('dashboard.branchNamed', { name: branchName, number: actor.branchNumber })
                    : actor.branchNumber,
            },
            { key: t('dashboard.via'), value: via },
            { key: t('dashboard.level'), value: actor.loa === 'loa4' ? 'EH4' : 'EH3' },
            {
              key: t('dashboard.recognitions'),
              value: recognised
                ? actor.recognitions.map((c) => t(`category.${c}`)).join(', ')
                : t('dashboard.notRecognised'),
            },
          ]}
        />
      </section>
      <section className="bp-section" aria-labelledby="logout">
        <Heading level={2} id="logout">
          {t('dashboard.logoutTitle')}
        </Heading>
        <Paragraph>{t('dashboard.logoutBody')}</Paragraph>
      </section>
    </>
  );
}
