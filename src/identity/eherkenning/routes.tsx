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

/** The pages each rejection leads to: the user learns what to do, never sees SAML. */
function failureFor(reason: RejectionReason | 'unknown_organisation'): LoginFailure {
  switch (reason) {
    case 'loa_too_low':
      return 'level';
    case 'status_request_denied':
      return 'authorisation';
    case 'status_authn_failed':
      return 'cancelled';
    case 'unknown_organisation':
      return 'not_available';
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
        const authn = buildAuthnRequest(eh.sp, idp, { relayState: returnTo ?? '/dashboard' });
        await eh.ctx.requests.save(authn.requestId, authn.expiresAt);
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
    let identity: EHerkenningIdentity;
    try {
      identity = await validate();
    } catch (error) {
      if (!(error instanceof SamlRejection)) throw error;
      return loginFailed(request, reply, error.reason);
    }
    const organisation = await deps.database.db
      .selectFrom('organisations')
      .select(['id'])
      .where('kvk_number', '=', identity.kvkNumber)
      .executeTakeFirst();
    if (!organisation) return loginFailed(request, reply, 'unknown_organisation', identity.kvkNumber);

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
    return reply.redirect(safeRelayState(relayState) ?? '/dashboard', 303);
  }

  async function loginFailed(
    request: FastifyRequest,
    reply: FastifyReply,
    reason: RejectionReason | 'unknown_organisation',
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
