import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit } from '../../platform/audit.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { access } from '../../platform/auth/access.ts';
import { ANONYMOUS } from '../../platform/auth/actor.ts';
import { setSessionCookie } from '../session-routes.tsx';
import { resolveArtifact } from './artifact.ts';
import { buildAuthnRequest } from './authn-request.ts';
import { SamlRejection, type RejectionReason } from './errors.ts';
import type { EHerkenningIdentity } from './identity.ts';
import { safeRelayState } from './relay-state.ts';
import { validatePostResponse } from './response-validator.ts';
import { SAML_PATHS } from './service-provider.ts';
import type { EHerkenning } from './setup.ts';
import { serviceCatalogueXml } from './service-catalogue.ts';
import { serviceProviderMetadataXml } from './sp-metadata.ts';
import { LoginFailedPage, LoginStartPage, type LoginFailure } from './views.tsx';

const loginQuery = z.object({ return: z.string().max(2048).optional(), expired: z.literal('1').optional() });
const acsBody = z.object({
  SAMLResponse: z.string().min(1).max(600_000),
  RelayState: z.string().max(2048).optional(),
});
const artifactParams = z.object({
  SAMLart: z.string().min(1).max(200),
  RelayState: z.string().max(2048).optional(),
});

/**
 * Issue 13 (1): a login is bound to the browser that started it. /login sets this short-lived
 * cookie with the AuthnRequest id and the RelayState; a response is only taken from a browser
 * that holds the cookie for the request it answers, so a response (or artifact link) started
 * by someone else cannot log this browser in. SameSite=None because the broker posts to
 * /saml/acs cross-site; the __Host- prefix means no other site or subdomain can set it.
 */
const LOGIN_BINDING_COOKIE = '__Host-bp-login';
const LOGIN_BINDING_SECONDS = 15 * 60;
const bindingCookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'none' } as const;
const loginBinding = z.object({ id: z.string().min(1).max(200), relayState: z.string().max(80) });
type LoginBinding = z.infer<typeof loginBinding>;

function readLoginBinding(request: FastifyRequest): LoginBinding | null {
  const raw = request.cookies[LOGIN_BINDING_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const parsed = loginBinding.safeParse(JSON.parse(unsigned.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type LoginRefusal = RejectionReason | 'unknown_organisation' | 'unknown_branch' | 'not_bound_to_browser';

/** The pages each rejection leads to: the user learns what to do, never sees SAML. */
function failureFor(reason: LoginRefusal): LoginFailure {
  switch (reason) {
    case 'loa_too_low':
      return 'level';
    case 'status_request_denied':
      return 'authorisation';
    case 'status_authn_failed':
      return 'cancelled';
    case 'unknown_organisation':
      return 'not_available';
    case 'unknown_branch':
      return 'branch';
    default:
      return 'technical';
  }
}

/**
 * The eHerkenning service provider: /login starts, the assertion consumer services finish, and
 * the metadata and service catalogue entry are published for the broker.
 */
export function eherkenningRoutes(deps: ModuleContext, eh: EHerkenning): FastifyPluginAsync {
  return async (app) => {
    const loginRateLimit = { max: 30, timeWindow: '1 minute' };

    app.get(
      SAML_PATHS.login,
      { config: { access: access.public, rateLimit: loginRateLimit } },
      async (request, reply) => {
        const query = loginQuery.safeParse(request.query);
        const returnTo = query.success ? (safeRelayState(query.data.return) ?? undefined) : undefined;
        if (query.success && query.data.expired) {
          // The session ran out: say so, and offer to log in again to the same page.
          return reply.page(
            request.t('login.expiredTitle'),
            <LoginStartPage returnTo={returnTo ?? null} expired />,
          );
        }
        let idp;
        try {
          idp = eh.idp;
        } catch (error) {
          if (!(error instanceof SamlRejection)) throw error;
          return loginFailed(request, reply, error.reason);
        }
        const relayState = returnTo ?? '/dashboard';
        const authn = buildAuthnRequest(eh.sp, idp, { relayState });
        await eh.ctx.requests.save(authn.requestId, authn.expiresAt);
        reply.setCookie(LOGIN_BINDING_COOKIE, JSON.stringify({ id: authn.requestId, relayState }), {
          ...bindingCookieOptions,
          signed: true,
          maxAge: LOGIN_BINDING_SECONDS,
        });
        return reply.redirect(authn.url, 303);
      },
    );

    // HTTP-POST binding. The broker posts cross-site, so there is no CSRF token: the signed,
    // single-use response (InResponseTo of a request we stored) is the protection.
    app.post(
      SAML_PATHS.acsPost,
      { bodyLimit: 700_000, config: { access: access.public, csrf: false, rateLimit: loginRateLimit } },
      async (request, reply) => {
        const body = acsBody.safeParse(request.body);
        if (!body.success) return loginFailed(request, reply, 'malformed');
        return finishLogin(request, reply, body.data.RelayState, () =>
          validatePostResponse(eh.ctx, body.data.SAMLResponse),
        );
      },
    );

    // HTTP-Artifact binding: the artifact arrives by redirect (GET) or form (POST); we resolve it
    // with a signed ArtifactResolve over the back channel.
    const artifactHandler = async (request: FastifyRequest, reply: FastifyReply) => {
      const params = artifactParams.safeParse(request.method === 'GET' ? request.query : request.body);
      if (!params.success) return loginFailed(request, reply, 'artifact_invalid');
      return finishLogin(request, reply, params.data.RelayState, () =>
        resolveArtifact(eh.ctx, params.data.SAMLart, eh.transport),
      );
    };
    app.get(
      SAML_PATHS.acsArtifact,
      { config: { access: access.public, rateLimit: loginRateLimit } },
      artifactHandler,
    );
    app.post(
      SAML_PATHS.acsArtifact,
      { config: { access: access.public, csrf: false, rateLimit: loginRateLimit } },
      artifactHandler,
    );

    app.get(SAML_PATHS.metadata, { config: { access: access.public, session: false } }, (_request, reply) =>
      reply.type('application/samlmetadata+xml; charset=utf-8').send(serviceProviderMetadataXml(eh.sp)),
    );
    app.get(
      SAML_PATHS.serviceCatalogue,
      { config: { access: access.public, session: false } },
      (_request, reply) => reply.type('application/xml; charset=utf-8').send(serviceCatalogueXml(eh.sp)),
    );
  };

  async function finishLogin(
    request: FastifyRequest,
    reply: FastifyReply,
    relayState: string | undefined,
    validate: () => Promise<EHerkenningIdentity>,
  ) {
    // A browser that did not start a login here gets nothing: the response is not even opened.
    const binding = readLoginBinding(request);
    if (!binding) return loginFailed(request, reply, 'not_bound_to_browser');
    if (relayState !== undefined && relayState !== binding.relayState)
      return loginFailed(request, reply, 'not_bound_to_browser');
    let identity: EHerkenningIdentity;
    try {
      identity = await validate();
    } catch (error) {
      if (!(error instanceof SamlRejection)) throw error;
      return loginFailed(request, reply, error.reason);
    }
    // Someone else's response (another login's request id): refused; this browser's session stays.
    if (identity.inResponseTo !== binding.id) return loginFailed(request, reply, 'not_bound_to_browser');
    reply.clearCookie(LOGIN_BINDING_COOKIE, bindingCookieOptions);
    const organisation = await deps.database.db
      .selectFrom('organisations')
      .select(['id'])
      .where('kvk_number', '=', identity.kvkNumber)
      .executeTakeFirst();
    if (!organisation) return loginFailed(request, reply, 'unknown_organisation', identity.kvkNumber);
    // Issue 13 (9): a branch restriction (vestigingsbeperking) names one of the organisation's branches.
    if (identity.branchNumber !== null) {
      const branch = await deps.database.db
        .selectFrom('branches')
        .select('id')
        .where('organisation_id', '=', organisation.id)
        .where('branch_number', '=', identity.branchNumber)
        .executeTakeFirst();
      if (!branch) return loginFailed(request, reply, 'unknown_branch', identity.kvkNumber);
    }

    // A new session id at every login (quality check 5); an earlier session in this browser ends.
    if (request.session?.kind === 'business') await deps.sessions.end(request.session.idHash);
    const { token, session } = await deps.sessions.create('business', {
      kvkNumber: identity.kvkNumber,
      rsin: identity.rsin,
      branchNumber: identity.branchNumber,
      actingSubject: identity.actingSubject,
      loa: identity.loa,
      intermediaryKvk: identity.intermediaryKvk,
      actingFor: null,
    });
    setSessionCookie(reply, 'business', token);
    deps.metrics.loginsTotal.inc({ outcome: 'success' });
    await audit(
      deps.database.db,
      {
        kind: 'business',
        sessionId: session.idHash,
        organisationId: organisation.id,
        organisationName: '',
        kvkNumber: identity.kvkNumber,
        branchNumber: identity.branchNumber,
        actingSubject: identity.actingSubject,
        loa: identity.loa,
        intermediaryKvk: identity.intermediaryKvk,
        via: identity.intermediaryKvk ? 'chain' : 'self',
        recognitions: [],
      },
      {
        event: 'login',
        outcome: 'success',
        requestId: request.id,
        details: {
          loa: identity.loa,
          chain: identity.intermediaryKvk !== null,
          branch: identity.branchNumber !== null,
        },
      },
    );
    return reply.redirect(safeRelayState(binding.relayState) ?? '/dashboard', 303);
  }

  async function loginFailed(
    request: FastifyRequest,
    reply: FastifyReply,
    reason: LoginRefusal,
    kvkNumber?: string,
  ) {
    deps.metrics.loginsTotal.inc({ outcome: 'failure' });
    request.log.warn({ reason }, 'login refused');
    await audit(deps.database.db, ANONYMOUS, {
      event: 'login',
      outcome: 'failure',
      reason,
      requestId: request.id,
      ...(kvkNumber ? { details: { kvk: kvkNumber } } : {}),
    });
    const failure = failureFor(reason);
    const status = failure === 'technical' ? 400 : 403;
    return reply.page(request.t(`login.${failure}.title`), <LoginFailedPage failure={failure} />, { status });
  }
}
