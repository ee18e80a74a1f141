import type { FastifyPluginAsync } from 'fastify';
import { access } from '../platform/auth/access.ts';
import { STAFF_ROLES, staffActorOf } from '../platform/auth/actor.ts';
import type { ModuleContext } from '../platform/module.ts';
import { missingAmountYears } from '../applications/index.ts';
import { RefreshStaleBanner, type RefreshStatus } from '../refresh/index.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import { Alert, Heading, Link, Paragraph } from '../platform/ui/components.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { auditLogRoutes } from './audit-log.tsx';
import { closureDayRoutes } from './closure-days.tsx';
import type { BackofficeSection } from '../platform/module.ts';

/**
 * The back-office shell: a home listing the sections the staff user's roles open (every
 * module's, from the module list), the closure days and the audit log. The organisations and
 * support modules register their own staff pages.
 */
export function backofficeRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/backoffice', { config: { access: access.staff(...STAFF_ROLES) } }, async (request, reply) => {
      const actor = staffActorOf(request);
      // Staff alert: the information from the case system is out of date (no refresh for 26 h).
      const refresh = await deps.refresh.status();
      // Staff alert: fees and income criteria missing for this year (or, in December, next year).
      const missingYears = missingAmountYears(amsterdamToday(new Date()));
      return reply.page(
        request.t('bo.home.title'),
        <Home
          sections={deps.sections.for(actor.roles)}
          missingYears={missingYears}
          refresh={refresh}
          staleAfterHours={deps.config.refresh.staleAfterHours}
        />,
      );
    });
    await app.register(closureDayRoutes(deps));
    await app.register(auditLogRoutes(deps));
  };
}

function Home({
  sections,
  missingYears,
  refresh,
  staleAfterHours,
}: {
  sections: BackofficeSection[];
  missingYears: number[];
  refresh: RefreshStatus;
  staleAfterHours: number;
}) {
  const { t, actor } = useView();
  const roles = actor.kind === 'staff' ? actor.roles.map((r) => t(`role.${r}`)).join(', ') : '';
  return (
    <>
      <Heading level={1}>{t('bo.home.title')}</Heading>
      <Paragraph lead>{t('bo.home.lead', { roles })}</Paragraph>
      {missingYears.length > 0 ? (
        <Alert type="warning" title={t('bo.home.amountsMissingTitle', { years: missingYears.join(', ') })}>
          <Paragraph>{t('bo.home.amountsMissingBody', { years: missingYears.join(', ') })}</Paragraph>
        </Alert>
      ) : null}
      <RefreshStaleBanner status={refresh} staleAfterHours={staleAfterHours} />
      {sections.length === 0 ? <Paragraph>{t('bo.home.none')}</Paragraph> : null}
      <ul className="bp-cards">
        {sections.map((s) => (
          <li className="bp-card" key={s.href}>
            <Heading level={2}>
              <Link href={s.href}>{t(s.title)}</Link>
            </Heading>
            <Paragraph>{t(s.description)}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
