import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import type { MessageKey, Translate } from '../platform/i18n/catalogue.ts';
import { formatDateTime, type Lang } from '../platform/i18n/i18n.ts';
import type { ModuleContext } from '../platform/module.ts';
import {
  Alert,
  Button,
  ButtonLink,
  DataList,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
  type FieldError,
} from '../platform/ui/components.tsx';
import { Checkboxes, Tag, TextArea, TextField } from '../platform/ui/fields.tsx';
import {
  CLIENT_NAME_MAX,
  findClient,
  listClients,
  mayManageClients,
  registerClient,
  revokeClient,
  webhooksOf,
  type AttemptView,
  type ClientErrors,
  type ClientSummary,
  type SubscriptionView,
} from './clients.ts';
import { API_PREFIX } from './contract.ts';
import { API_SCOPES } from './schema.ts';

/**
 * Account → API clients: a user acting for the organisation itself registers clients (name,
 * scopes per service, public key), sees their webhooks and delivery attempts, and revokes them.
 */
const BASE = '/account/api-clients';
const rules = { access: access.business, service: 'account' as const };

const actorOf = (request: FastifyRequest): BusinessActor => {
  if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
  return request.actor;
};

const crumbs = (request: FastifyRequest, extra: { href: string; label: string }[] = []) => [
  { href: '/dashboard', label: request.t('nav.dashboard') },
  ...extra,
];

const when = (lang: Lang, value: Date | null, t: Translate) =>
  value ? formatDateTime(lang, new Date(value)) : t('api.clients.never');

export function clientPages(deps: ModuleContext): FastifyPluginAsync {
  const db = deps.database.db;
  const tokenUrl = `${deps.config.publicUrl}${API_PREFIX}/oauth/token`;
  return async (app) => {
    const refuse = (request: FastifyRequest, reply: FastifyReply) =>
      reply.page(
        request.t('api.clients.title'),
        <Alert type="warning">
          <Paragraph>{request.t('api.clients.notAllowed')}</Paragraph>
        </Alert>,
        { status: 403, crumbs: crumbs(request) },
      );

    app.get(BASE, { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManageClients(actor)) return refuse(request, reply);
      const clients = await listClients(db, actor.organisationId);
      return reply.page(
        request.t('api.clients.title'),
        <ClientListPage
          clients={clients}
          organisation={actor.organisationName}
          t={request.t}
          lang={request.lang}
        />,
        { crumbs: crumbs(request) },
      );
    });

    app.get(`${BASE}/new`, { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManageClients(actor)) return refuse(request, reply);
      return reply.page(
        request.t('api.clients.new'),
        <NewClientPage t={request.t} input={EMPTY} errors={{}} />,
        {
          crumbs: crumbs(request, [{ href: BASE, label: request.t('api.clients.title') }]),
        },
      );
    });

    app.post<{ Body: Record<string, unknown> }>(BASE, { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManageClients(actor)) return refuse(request, reply);
      const body = request.body;
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      const list = (value: unknown) =>
        (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
          (v): v is string => typeof v === 'string',
        );
      const input = { name: text(body.name), scopes: list(body.scopes), publicKey: text(body.publicKey) };
      const result = await registerClient(db, actor, input, request.id);
      if ('errors' in result)
        return reply.page(
          request.t('api.clients.new'),
          <NewClientPage t={request.t} input={input} errors={result.errors} />,
          {
            status: 400,
            crumbs: crumbs(request, [{ href: BASE, label: request.t('api.clients.title') }]),
          },
        );
      return reply.redirect(`${BASE}/${result.id}?registered=1`, 303);
    });

    app.get<{ Params: { id: string }; Querystring: Record<string, string> }>(
      `${BASE}/:id`,
      { config: rules },
      async (request, reply) => {
        const actor = actorOf(request);
        if (!mayManageClients(actor)) return refuse(request, reply);
        const client = await findClient(db, actor.organisationId, request.params.id);
        if (!client) return reply.callNotFound();
        const webhooks = await webhooksOf(db, actor.organisationId, client.id);
        return reply.page(
          request.t('api.client.title', { name: client.name }),
          <ClientPage
            client={client}
            webhooks={webhooks}
            tokenUrl={tokenUrl}
            t={request.t}
            lang={request.lang}
            registered={request.query.registered === '1'}
            revoked={request.query.revoked === '1'}
          />,
          { crumbs: crumbs(request, [{ href: BASE, label: request.t('api.clients.title') }]) },
        );
      },
    );

    app.post<{ Params: { id: string } }>(`${BASE}/:id/revoke`, { config: rules }, async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManageClients(actor)) return refuse(request, reply);
      const client = await findClient(db, actor.organisationId, request.params.id);
      if (!client) return reply.callNotFound();
      await revokeClient(db, actor, client.id, request.id);
      return reply.redirect(`${BASE}/${client.id}?revoked=1`, 303);
    });
  };
}

const EMPTY = { name: '', scopes: [] as string[], publicKey: '' };

function StateTag({ state, t }: { state: 'active' | 'revoked'; t: Translate }) {
  return <Tag tone={state === 'active' ? 'ok' : 'neutral'}>{t(`api.clients.state.${state}`)}</Tag>;
}

const scopeList = (scopes: readonly string[], t: Translate) =>
  scopes.map((s) => t(`api.scope.${s}` as MessageKey)).join(', ');

function ClientListPage({
  clients,
  organisation,
  t,
  lang,
}: {
  clients: ClientSummary[];
  organisation: string;
  t: Translate;
  lang: Lang;
}) {
  return (
    <div className="bp-api">
      <Heading level={1}>{t('api.clients.title')}</Heading>
      <Paragraph lead>{t('api.clients.lead')}</Paragraph>
      <Paragraph>
        <Link href="/api/v1/docs">{t('api.clients.docs')}</Link>
      </Paragraph>
      <Paragraph>
        <ButtonLink href={`${BASE}/new`}>{t('api.clients.new')}</ButtonLink>
      </Paragraph>
      {clients.length === 0 ? (
        <Paragraph>{t('api.clients.none')}</Paragraph>
      ) : (
        <Table
          caption={t('api.clients.caption', { organisation })}
          scrollLabel={t('api.clients.caption', { organisation })}
          head={[
            t('api.clients.col.name'),
            t('api.clients.col.scopes'),
            t('api.clients.col.state'),
            t('api.clients.col.created'),
            t('api.clients.col.lastUsed'),
          ]}
          rows={clients.map((c) => ({
            key: c.id,
            cells: [
              <Link key="n" href={`${BASE}/${c.id}`}>
                {c.name}
              </Link>,
              scopeList(c.scopes, t),
              <StateTag key="s" state={c.state} t={t} />,
              formatDateTime(lang, new Date(c.created_at)),
              when(lang, c.last_used_at, t),
            ],
          }))}
        />
      )}
    </div>
  );
}

function NewClientPage({ t, input, errors }: { t: Translate; input: typeof EMPTY; errors: ClientErrors }) {
  const list: FieldError[] = (['name', 'scopes', 'publicKey'] as const).flatMap((field) => {
    const key = errors[field];
    return key ? [{ field: field === 'scopes' ? 'scopes' : field, message: t(key) }] : [];
  });
  const message = (field: keyof ClientErrors) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <>
      <ErrorSummary errors={list} />
      <Heading level={1}>{t('api.clients.new')}</Heading>
      <Form action={BASE}>
        <TextField
          name="name"
          label={t('api.clients.field.name')}
          description={t('api.clients.field.name.hint')}
          value={input.name}
          error={message('name')}
          maxLength={CLIENT_NAME_MAX}
          required
        />
        <Checkboxes
          name="scopes"
          label={t('api.clients.field.scopes')}
          description={t('api.clients.field.scopes.hint')}
          options={API_SCOPES.map((scope) => ({ value: scope, label: t(`api.scope.${scope}`) }))}
          values={input.scopes}
          error={message('scopes')}
        />
        <TextArea
          name="publicKey"
          label={t('api.clients.field.key')}
          description={t('api.clients.field.key.hint')}
          value={input.publicKey}
          error={message('publicKey')}
          maxLength={20000}
        />
        <Button>{t('api.clients.register')}</Button>
      </Form>
    </>
  );
}

function ClientPage({
  client,
  webhooks,
  tokenUrl,
  t,
  lang,
  registered,
  revoked,
}: {
  client: ClientSummary;
  webhooks: { subscriptions: SubscriptionView[]; attempts: AttemptView[] };
  tokenUrl: string;
  t: Translate;
  lang: Lang;
  registered: boolean;
  revoked: boolean;
}) {
  const result = (a: AttemptView) =>
    a.error === null
      ? t('api.client.attempts.ok', { status: a.status_code ?? 0 })
      : a.delivery_state === 'failed' && a.attempts > 1
        ? `${t('api.client.attempts.failed', { error: a.error })} — ${t('api.client.attempts.gaveUp', { attempts: a.attempts })}`
        : t('api.client.attempts.failed', { error: a.error });
  return (
    <div className="bp-api">
      <Heading level={1}>{t('api.client.title', { name: client.name })}</Heading>
      {registered ? (
        <Alert type="ok">
          <Paragraph>{t('api.clients.registered', { id: client.id })}</Paragraph>
        </Alert>
      ) : null}
      {revoked ? (
        <Alert type="ok">
          <Paragraph>{t('api.client.revoked')}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={2}>{t('api.client.details')}</Heading>
      <DataList
        items={[
          { key: t('api.clients.col.id'), value: <code>{client.id}</code> },
          { key: t('api.clients.col.scopes'), value: scopeList(client.scopes, t) },
          { key: t('api.clients.col.state'), value: <StateTag state={client.state} t={t} /> },
          { key: t('api.client.thumbprint'), value: <code>{client.key_thumbprint}</code> },
          { key: t('api.client.tokenUrl'), value: <code>{tokenUrl}</code> },
          { key: t('api.clients.col.created'), value: formatDateTime(lang, new Date(client.created_at)) },
          { key: t('api.clients.col.lastUsed'), value: when(lang, client.last_used_at, t) },
        ]}
      />
      <Heading level={2}>{t('api.client.webhooks')}</Heading>
      {webhooks.subscriptions.length === 0 ? (
        <Paragraph>{t('api.client.webhooks.none')}</Paragraph>
      ) : (
        <Table
          caption={t('api.client.webhooks.caption')}
          scrollLabel={t('api.client.webhooks.caption')}
          head={[
            t('api.client.webhooks.url'),
            t('api.client.webhooks.events'),
            t('api.client.webhooks.organisation'),
            t('api.clients.col.state'),
          ]}
          rows={webhooks.subscriptions.map((s) => ({
            key: s.id,
            cells: [
              <code key="u">{s.url}</code>,
              s.event_types.map((e) => t(`api.event.${e}` as MessageKey)).join(', '),
              s.organisation_name,
              s.state === 'active' ? t('api.clients.state.active') : t('api.clients.state.revoked'),
            ],
          }))}
        />
      )}
      <Heading level={3}>{t('api.client.attempts')}</Heading>
      {webhooks.attempts.length === 0 ? (
        <Paragraph>{t('api.client.attempts.none')}</Paragraph>
      ) : (
        <Table
          caption={t('api.client.attempts.caption')}
          scrollLabel={t('api.client.attempts.caption')}
          head={[
            t('api.client.attempts.at'),
            t('api.client.attempts.event'),
            t('api.client.attempts.result'),
          ]}
          rows={webhooks.attempts.map((a) => ({
            key: a.id,
            cells: [
              formatDateTime(lang, new Date(a.at)),
              `${t(`api.event.${a.event_type}` as MessageKey)} · ${a.subject}`,
              result(a),
            ],
          }))}
        />
      )}
      {client.state === 'active' ? (
        <>
          <Heading level={2}>{t('api.client.revoke')}</Heading>
          <Paragraph>{t('api.client.revoke.hint')}</Paragraph>
          <Form action={`${BASE}/${client.id}/revoke`}>
            <Button variant="danger">{t('api.client.revoke')}</Button>
          </Form>
        </>
      ) : null}
      <Paragraph>
        <Link href={BASE}>{t('api.client.back')}</Link>
      </Paragraph>
    </div>
  );
}
