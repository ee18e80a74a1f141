import type { FastifyPluginAsync } from 'fastify';
import {
  accountSummaryOf,
  accountSummaryRead,
  AccountSummarySection,
  type AccountSummary,
} from '../cases/index.ts';
import { access } from '../platform/auth/access.ts';
import type { ModuleContext } from '../platform/module.ts';
import { formatDate, formatDateTime } from '../platform/i18n/i18n.ts';
import { Alert, DataList, Heading, Link, Paragraph, Table } from '../platform/ui/components.tsx';
import type { Address } from '../platform/db/schema.ts';
import { useView } from '../platform/ui/view-context.ts';
import { accountOverview, type AccountOrganisation, type AccountOverview } from './repository.ts';
import { businessActorOf } from './representatives/routes.tsx';
import { endAuthorisation, representativesOf, withDisplayState } from './representatives/service.ts';
import { isUuid } from './validation.ts';
import { maskIban } from './validation.ts';
import { ConfirmEndAuthorisationPage, ScopeList, StateTag } from './views/representatives.tsx';

type Registered = ReturnType<typeof withDisplayState<AccountOverview<unknown>['registered'][number]>>;
type Chain = AccountOverview<unknown>['chain'];

/** The sponsor's account information (a service for recognised sponsors, seed). */
export function accountRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const service = {
      db: deps.database.db,
      jobs: deps.jobs,
      files: deps.files,
      maxYears: deps.config.authorisationMaxYears,
    };
    app.get(
      '/account',
      { config: { access: access.sponsor, service: 'account' } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        const db = deps.database.db;
        // One statement for the whole page (issue 9: on PostgreSQL each is a round trip), with
        // what the read model brings (sponsored employees, recognitions with dates) selected in
        // it; the last refresh beside it (cached per process).
        const [account, lastRun] = await Promise.all([
          accountOverview(db, actor.organisationId, accountSummaryRead(db, actor.organisationId)),
          deps.refresh.informationAsOf(),
        ]);
        if (!account) return reply.callNotFound();
        return reply.page(
          request.t('account.title'),
          <AccountPage
            organisation={account.organisation}
            registered={withDisplayState(account.registered)}
            chain={account.chain}
            summary={accountSummaryOf(account.readModel, lastRun)}
            mayEnd={actor.via !== 'registered'}
            ended={(request.query as { ended?: unknown }).ended === '1'}
          />,
          { crumbs: [{ href: '/dashboard', label: request.t('nav.dashboard') }] },
        );
      },
    );

    // Ending asks first, on a page of its own that names what ends (D14).
    app.get<{ Params: { id: string } }>(
      '/account/representatives/:id/end',
      { config: { access: access.sponsor, service: 'account' } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        const id = request.params.id;
        // Only the sponsor itself, not a representative acting for it (as the POST).
        if (actor.via === 'registered' || !isUuid(id)) return reply.callNotFound();
        const row = (await representativesOf(service, actor.organisationId)).find((r) => r.id === id);
        if (!row) return reply.callNotFound();
        if (row.displayState !== 'approved') return reply.redirect('/account', 303);
        return reply.page(
          request.t('rep.confirmEnd.title'),
          <ConfirmEndAuthorisationPage
            kind="end"
            ending={{
              id: row.id,
              intermediaryName: row.name,
              intermediaryKvk: row.kvk_number,
              sponsorName: actor.organisationName,
              sponsorKvk: actor.kvkNumber,
              scope: row.scope,
              validFrom: row.valid_from,
              validUntil: row.valid_until,
              state: 'approved',
            }}
            action={`/account/representatives/${row.id}/end`}
            back="/account#representatives"
          />,
          {
            crumbs: [
              { href: '/dashboard', label: request.t('nav.dashboard') },
              { href: '/account', label: request.t('account.title') },
            ],
          },
        );
      },
    );

    // Issue 13 (5): the sponsor ends an authorisation, effective at once (not a representative of it).
    app.post<{ Params: { id: string } }>(
      '/account/representatives/:id/end',
      { config: { access: access.sponsor, service: 'account' } },
      async (request, reply) => {
        const actor = businessActorOf(request);
        const id = request.params.id;
        const outcome = isUuid(id) ? await endAuthorisation(service, actor, id, request.id) : 'not_found';
        if (outcome === 'not_found') return reply.callNotFound();
        return reply.redirect(outcome === 'ended' ? '/account?ended=1' : '/account', 303);
      },
    );
  };
}

export function formatAddress(address: Address | null): string {
  if (!address) return '—';
  return `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`;
}

/** An organisation's branches (vestigingen), on the account page and in the back office. */
export function BranchesSection({
  branches,
  caption,
}: {
  branches: { id: string; branch_number: string; name: string; address: Address }[];
  caption: string;
}) {
  const { t } = useView();
  return (
    <section className="bp-section" aria-labelledby="branches">
      <Heading level={2} id="branches">
        {t('account.branches')}
      </Heading>
      <Table
        caption={caption}
        head={[t('org.branchNumber'), t('org.branchName'), t('org.address')]}
        rows={branches.map((b) => ({
          key: b.id,
          cells: [b.branch_number, b.name, formatAddress(b.address)],
        }))}
      />
    </section>
  );
}

function AccountPage({
  organisation,
  registered,
  chain,
  summary,
  mayEnd,
  ended,
}: {
  organisation: AccountOrganisation;
  registered: Registered;
  chain: Chain;
  summary: AccountSummary;
  mayEnd: boolean;
  ended: boolean;
}) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('account.title')}</Heading>
      {ended ? <Alert type="ok">{t('rep.end.done')}</Alert> : null}
      <Paragraph lead>{t('account.lead')}</Paragraph>
      <section className="bp-section" aria-labelledby="organisation">
        <Heading level={2} id="organisation">
          {t('account.organisation')}
        </Heading>
        <DataList
          items={[
            { key: t('org.name'), value: organisation.name },
            { key: t('org.kvk'), value: organisation.kvk_number },
            { key: t('org.rsin'), value: organisation.rsin ?? '—' },
            { key: t('org.legalForm'), value: organisation.legal_form },
            { key: t('org.visitingAddress'), value: formatAddress(organisation.visiting_address) },
            {
              key: t('org.administrationAddress'),
              value: formatAddress(organisation.administration_address),
            },
            {
              key: t('org.contact'),
              value:
                [organisation.contact_name, organisation.contact_email].filter(Boolean).join(', ') || '—',
            },
          ]}
        />
      </section>
      <BranchesSection branches={organisation.branches} caption={t('account.branches.caption')} />
      <AccountSummarySection summary={summary} />
      <section className="bp-section" aria-labelledby="mandate">
        <Heading level={2} id="mandate">
          {t('account.mandate')}
        </Heading>
        {organisation.iban ? (
          <DataList
            items={[
              {
                key: t('org.iban'),
                value: <span aria-label={t('account.ibanMasked')}>{maskIban(organisation.iban)}</span>,
              },
              { key: t('org.accountHolder'), value: organisation.account_holder ?? '—' },
              {
                key: t('org.mandateSigned'),
                value: organisation.mandate_signed_on
                  ? formatDate(lang, organisation.mandate_signed_on)
                  : '—',
              },
            ]}
          />
        ) : (
          <Paragraph>{t('account.noMandate')}</Paragraph>
        )}
      </section>
      <section className="bp-section" aria-labelledby="representatives">
        <Heading level={2} id="representatives">
          {t('account.representatives')}
        </Heading>
        <Paragraph>{t('account.representatives.lead')}</Paragraph>
        <Heading level={3}>{t('account.registered')}</Heading>
        {registered.length === 0 ? (
          <Paragraph>{t('account.registered.none')}</Paragraph>
        ) : (
          <Table
            caption={t('account.registered')}
            head={[
              t('rep.col.intermediary'),
              t('rep.col.scope'),
              t('rep.col.validity'),
              t('rep.col.state'),
              ...(mayEnd ? [t('rep.col.action')] : []),
            ]}
            rows={registered.map((r) => ({
              key: r.id,
              cells: [
                `${r.name} (${r.kvk_number})`,
                <ScopeList scope={r.scope} />,
                t('rep.validity', {
                  from: formatDate(lang, r.valid_from),
                  until: formatDate(lang, r.valid_until),
                }),
                <StateTag state={r.displayState} />,
                ...(mayEnd
                  ? [
                      r.displayState === 'approved' ? (
                        // Asks first, on a page of its own (D14).
                        <Link href={`/account/representatives/${r.id}/end`}>
                          {t('rep.end.button')}
                          <span className="bp-visually-hidden"> {r.name}</span>
                        </Link>
                      ) : (
                        ''
                      ),
                    ]
                  : []),
              ],
            }))}
          />
        )}
        <Heading level={3}>{t('account.chain')}</Heading>
        {chain.length === 0 ? (
          <Paragraph>{t('account.chain.none')}</Paragraph>
        ) : (
          <Table
            caption={t('account.chain')}
            head={[t('rep.col.intermediaryKvk'), t('account.chain.lastSeen')]}
            rows={chain.map((c) => ({
              key: c.intermediary_kvk ?? '',
              cells: [
                c.intermediary_name
                  ? `${c.intermediary_name} (${c.intermediary_kvk ?? ''})`
                  : t('account.chain.unknownName', { kvk: c.intermediary_kvk ?? '' }),
                formatDateTime(lang, new Date(c.last_seen)),
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}
