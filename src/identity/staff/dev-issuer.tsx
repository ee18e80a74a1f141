import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type Provider from 'oidc-provider';
import type { Config } from '../../config.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { Button, Form, Heading, Paragraph } from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import { Radios } from '../../platform/ui/fields.tsx';
import { access } from '../../platform/auth/access.ts';
import { DEMO_STAFF_ACCOUNTS } from './demo-accounts.ts';

/**
 * Development only: a built-in OpenID Connect issuer (oidc-provider) mounted in the portal at
 * /dev-issuer, with demo staff accounts, so that staff login runs through the same OIDC code
 * (openid-client, state + nonce + PKCE) as against the real issuer. Never on in production
 * (config refuses DEV_STAFF_ISSUER there).
 */
export const DEV_ISSUER_PATH = '/dev-issuer';
export const DEV_CLIENT_ID = 'business-portal-dev';

export interface DevIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  plugin: FastifyPluginAsync;
}

export function devIssuer(deps: ModuleContext): DevIssuer {
  const { config } = deps;
  const issuer = `${config.publicUrl}${DEV_ISSUER_PATH}`;
  const clientSecret = randomBytes(24).toString('base64url');
  // oidc-provider and the issuer's RSA key cost ~0.3 s: made at the first staff login, not at start-up.
  let created: Promise<Provider> | undefined;
  const provider = () => (created ??= createProvider(config, issuer, clientSecret));
  return {
    issuer,
    clientId: DEV_CLIENT_ID,
    clientSecret,
    plugin: async (app) => {
      await app.register(providerPassthrough(provider));
      await app.register(interactionRoutes(provider));
    },
  };
}

async function createProvider(config: Config, issuer: string, clientSecret: string): Promise<Provider> {
  const { default: Provider } = await import('oidc-provider');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'dev-1' };
  const rolesClaim = config.staffOidc.rolesClaim;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [`${config.publicUrl}/staff/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    adapter: MemoryAdapter,
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    jwks: { keys: [jwk] },
    cookies: { keys: [config.sessionSecret] },
    claims: { openid: ['sub'], profile: ['name', rolesClaim] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) =>
        `${DEV_ISSUER_PATH}/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx: unknown, id: string) => {
      const account = DEMO_STAFF_ACCOUNTS.find((a) => a.id === id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: account.name, [rolesClaim]: account.roles }),
      };
    },
    // First-party client: no consent screen; the grant covers what the portal asks for.
    loadExistingGrant: async (ctx: {
      oidc: { client?: { clientId: string }; session?: { accountId?: string }; provider: Provider };
    }) => {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });
  provider.proxy = config.trustProxy !== false;
  return provider;
}

/** oidc-provider's storage, in memory (development only; one process). */
const stores = new Map<string, Map<string, { payload: Record<string, unknown>; expiresAt: number }>>();
class MemoryAdapter {
  private readonly store: Map<string, { payload: Record<string, unknown>; expiresAt: number }>;
  constructor(name: string) {
    let store = stores.get(name);
    if (!store) {
      store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
      stores.set(name, store);
    }
    this.store = store;
  }
  upsert(id: string, payload: Record<string, unknown>, expiresIn: number): Promise<void> {
    this.store.set(id, { payload, expiresAt: Date.now() + expiresIn * 1000 });
    return Promise.resolve();
  }
  find(id: string): Promise<Record<string, unknown> | undefined> {
    const entry = this.store.get(id);
    if (!entry || entry.expiresAt < Date.now()) return Promise.resolve(undefined);
    return Promise.resolve(entry.payload);
  }
  findByUid(uid: string): Promise<Record<string, unknown> | undefined> {
    for (const [id, entry] of this.store) if (entry.payload.uid === uid) return this.find(id);
    return Promise.resolve(undefined);
  }
  findByUserCode(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
  consume(id: string): Promise<void> {
    const entry = this.store.get(id);
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    return Promise.resolve();
  }
  destroy(id: string): Promise<void> {
    this.store.delete(id);
    return Promise.resolve();
  }
  revokeByGrantId(grantId: string): Promise<void> {
    for (const [id, entry] of this.store) if (entry.payload.grantId === grantId) this.store.delete(id);
    return Promise.resolve();
  }
}

/** The issuer's own endpoints; the raw request goes to oidc-provider unparsed. */
function providerPassthrough(provider: () => Promise<Provider>): FastifyPluginAsync {
  let handler: Promise<ReturnType<Provider['callback']>> | undefined;
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, _payload, done) => {
      done(null);
    });
    app.all(
      `${DEV_ISSUER_PATH}/*`,
      // CSRF off: these are OAuth endpoints (the token endpoint authenticates the client with
      // its secret; the authorization endpoint is a GET); development only.
      { config: { access: access.development, session: false, csrf: false } },
      async (request, reply) => {
        handler ??= provider().then((p) => p.callback());
        const handle = await handler;
        const raw = request.raw as typeof request.raw & { originalUrl?: string };
        raw.originalUrl = request.url;
        raw.url = request.url.slice(DEV_ISSUER_PATH.length) || '/';
        reply.hijack();
        handle(raw, reply.raw);
      },
    );
  };
}

/** The demo login page: pick a demo staff account (keyboard-usable, nl/en, no JavaScript). */
function interactionRoutes(provider: () => Promise<Provider>): FastifyPluginAsync {
  return async (app) => {
    const config = { access: access.development };
    app.get<{ Params: { uid: string } }>(
      `${DEV_ISSUER_PATH}/interaction/:uid`,
      { config },
      async (request, reply) => {
        const details = await (await provider()).interactionDetails(request.raw, reply.raw).catch(() => null);
        if (details?.uid !== request.params.uid) return reply.callNotFound();
        return reply.page(request.t('staff.dev.title'), <DevLoginPage uid={details.uid} />);
      },
    );
    app.post<{ Params: { uid: string } }>(
      `${DEV_ISSUER_PATH}/interaction/:uid`,
      { config },
      async (request, reply) => {
        const details = await (await provider()).interactionDetails(request.raw, reply.raw).catch(() => null);
        if (details?.uid !== request.params.uid) return reply.callNotFound();
        const chosen = (request.body as Record<string, unknown> | undefined)?.account;
        const account = DEMO_STAFF_ACCOUNTS.find((a) => a.id === chosen);
        if (!account) {
          return reply.page(request.t('staff.dev.title'), <DevLoginPage uid={details.uid} error />, {
            status: 400,
          });
        }
        reply.hijack();
        await (
          await provider()
        ).interactionFinished(
          request.raw,
          reply.raw,
          { login: { accountId: account.id } },
          { mergeWithLastSubmission: false },
        );
      },
    );
  };
}

function DevLoginPage({ uid, error = false }: { uid: string; error?: boolean }) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('staff.dev.title')}</Heading>
      <Paragraph lead>{t('staff.dev.lead')}</Paragraph>
      <Form action={`${DEV_ISSUER_PATH}/interaction/${uid}`}>
        <Radios
          name="account"
          label={t('staff.dev.legend')}
          value={undefined}
          error={error ? t('staff.dev.error') : undefined}
          options={DEMO_STAFF_ACCOUNTS.map((a) => ({
            value: a.id,
            label: `${a.name} — ${a.roles.map((r) => t(`role.${r}`)).join(', ')}`,
          }))}
        />
        <Button>{t('staff.dev.submit')}</Button>
      </Form>
    </>
  );
}
