import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../platform/audit.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { safeLocalPath } from '../../platform/http/paths.ts';
import { ButtonLink, Heading, Paragraph } from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import { access } from '../../platform/auth/access.ts';
import { STAFF_ROLES, type StaffRole } from '../../platform/auth/actor.ts';
import { clearSessionCookie, setSessionCookie } from '../session-routes.tsx';
import { devIssuer } from './dev-issuer.tsx';
import { finishLogin, staffOidcClient, startLogin, type StaffOidcClient } from './oidc-client.ts';

/**
 * Staff login with OpenID Connect (quality check 3: staff sessions are separate from business
 * sessions — own cookie, own timeouts — and a staff user can never act as a company).
 * The state, nonce and PKCE verifier travel in a short-lived signed, HttpOnly cookie.
 */
const LOGIN_COOKIE = '__Host-bp-staff-login';
const LOGIN_COOKIE_SECONDS = 600;

interface LoginState {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export function staffRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const { config } = deps;
    let oidc: StaffOidcClient | null = null;
    if (config.features.devStaffIssuer) {
      const dev = devIssuer(deps);
      await app.register(dev.plugin);
      oidc = staffOidcClient({
        issuer: dev.issuer,
        clientId: dev.clientId,
        clientSecret: dev.clientSecret,
        redirectUri: `${config.publicUrl}/staff/callback`,
        rolesClaim: config.staffOidc.rolesClaim,
        inProcess: app,
      });
    } else if (config.staffOidc.issuer && config.staffOidc.clientId && config.staffOidc.clientSecret) {
      oidc = staffOidcClient({
        issuer: config.staffOidc.issuer,
        clientId: config.staffOidc.clientId,
        clientSecret: config.staffOidc.clientSecret,
        redirectUri: `${config.publicUrl}/staff/callback`,
        rolesClaim: config.staffOidc.rolesClaim,
      });
    }
    const loginLimit = { max: 30, timeWindow: '1 minute' };

    app.get(
      '/staff/login',
      { config: { access: access.public, rateLimit: loginLimit } },
      async (request, reply) => {
        if (!oidc) return reply.page(request.t('staff.unavailable.title'), <Unavailable />, { status: 503 });
        const query = request.query as Record<string, unknown>;
        const returnTo = safeLocalPath(query.return);
        const start = await startLogin(oidc);
        const state: LoginState = {
          state: start.state,
          nonce: start.nonce,
          codeVerifier: start.codeVerifier,
          returnTo: returnTo?.startsWith('/backoffice') ? returnTo : '/backoffice',
        };
        reply.setCookie(LOGIN_COOKIE, JSON.stringify(state), {
          path: '/',
          httpOnly: true,
          secure: true,
          sameSite: 'lax',
          signed: true,
          maxAge: LOGIN_COOKIE_SECONDS,
        });
        return reply.redirect(start.url.href, 303);
      },
    );

    app.get(
      '/staff/callback',
      { config: { access: access.public, rateLimit: loginLimit } },
      async (request, reply) => {
        if (!oidc) return reply.page(request.t('staff.unavailable.title'), <Unavailable />, { status: 503 });
        const saved = readLoginState(request);
        reply.clearCookie(LOGIN_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
        if (!saved) return failed(deps, request, reply, 'no login state');
        let claims: Record<string, unknown>;
        try {
          claims = await finishLogin(oidc, new URL(request.url, config.publicUrl), saved);
        } catch (error) {
          request.log.info({ code: (error as { code?: string }).code }, 'staff login refused');
          return failed(deps, request, reply, 'oidc response refused');
        }
        const roles = rolesFrom(claims[oidc.settings.rolesClaim]);
        const userId = typeof claims.sub === 'string' ? claims.sub : '';
        const name = typeof claims.name === 'string' && claims.name ? claims.name : userId;
        if (!userId || roles.length === 0) return failed(deps, request, reply, 'no staff role', 403);
        // A new session id at every login (quality check 5); a business session is left alone.
        if (request.session?.kind === 'staff') await deps.sessions.end(request.session.idHash);
        const { token } = await deps.sessions.create('staff', { userId, name, roles });
        setSessionCookie(reply, 'staff', token);
        await audit(
          deps.database.db,
          { kind: 'staff', sessionId: '', userId, name, roles },
          { event: 'staff.login', outcome: 'success', requestId: request.id },
        );
        return reply.redirect(saved.returnTo, 303);
      },
    );

    app.post('/staff/logout', { config: { access: access.public } }, async (request, reply) => {
      if (request.session?.kind === 'staff') {
        await deps.sessions.end(request.session.idHash);
        await audit(deps.database.db, request.actor, {
          event: 'staff.logout',
          outcome: 'success',
          requestId: request.id,
        });
      }
      clearSessionCookie(reply, 'staff');
      return reply.redirect('/staff/logged-out', 303);
    });

    app.get('/staff/logged-out', { config: { access: access.public } }, (request, reply) =>
      reply.page(request.t('staff.loggedOut.title'), <LoggedOut />),
    );
  };
}

function readLoginState(request: FastifyRequest): LoginState | null {
  const raw = request.cookies[LOGIN_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const parsed = JSON.parse(unsigned.value) as Partial<LoginState>;
    if (
      typeof parsed.state !== 'string' ||
      typeof parsed.nonce !== 'string' ||
      typeof parsed.codeVerifier !== 'string' ||
      typeof parsed.returnTo !== 'string'
    )
      return null;
    return parsed as LoginState;
  } catch {
    return null;
  }
}

function rolesFrom(value: unknown): StaffRole[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return STAFF_ROLES.filter((role) => list.includes(role));
}

async function failed(
  deps: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  reason: string,
  status = 400,
) {
  await audit(deps.database.db, request.actor, {
    event: 'staff.login',
    outcome: 'failure',
    reason,
    requestId: request.id,
  });
  return reply.page(request.t('staff.failed.title'), <Failed noRole={status === 403} />, { status });
}

function Unavailable() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('staff.unavailable.title')}</Heading>
      <Paragraph>{t('staff.unavailable.body')}</Paragraph>
    </>
  );
}

function Failed({ noRole }: { noRole: boolean }) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('staff.failed.title')}</Heading>
      <Paragraph>{t(noRole ? 'staff.failed.noRole' : 'staff.failed.body')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/staff/login">{t('staff.login')}</ButtonLink>
      </div>
    </>
  );
}

function LoggedOut() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('staff.loggedOut.title')}</Heading>
      <Paragraph lead>{t('staff.loggedOut.body')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/staff/login">{t('staff.login')}</ButtonLink>
      </div>
    </>
  );
}
