import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { audit } from '../platform/audit.ts';
import type { ModuleContext } from '../platform/module.ts';
import { safeLocalPath } from '../platform/http/paths.ts';
import { keepPostedInput } from '../platform/http/kept-input.ts';
import { ButtonLink, Heading, Paragraph } from '../platform/ui/components.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { access } from '../platform/auth/access.ts';
import { SESSION_COOKIES, type SessionKind } from './sessions/sessions.ts';

export function setSessionCookie(reply: FastifyReply, kind: SessionKind, token: string): void {
  // __Host- prefix: Secure, Path=/, no Domain (quality check 5).
  reply.setCookie(SESSION_COOKIES[kind], token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
}

export function clearSessionCookie(reply: FastifyReply, kind: SessionKind): void {
  reply.clearCookie(SESSION_COOKIES[kind], { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
}

/** Logging out, and keeping a session alive (WCAG 2.2.1: a warning and a way to extend). */
export function sessionRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    app.post('/logout', { config: { access: access.public } }, async (request, reply) => {
      const session = request.session;
      if (session?.kind === 'business') {
        await deps.sessions.end(session.idHash);
        await audit(deps.database.db, request.actor, {
          event: 'logout',
          outcome: 'success',
          requestId: request.id,
        });
      }
      clearSessionCookie(reply, 'business');
      return reply.redirect('/logged-out', 303);
    });

    app.get('/logged-out', { config: { access: access.public } }, (request, reply) =>
      reply.page(request.t('session.loggedOutTitle'), <LoggedOut />),
    );

    // Without JavaScript: the form in the banner posts here and returns to the same page. On a
    // page with a form that keeps input, the banner's button posts that form along
    // (`form="page-form" formaction="/session/extend?return=…"`, D10): its fields are kept for
    // the person and the page shows them again, as typed. Had the session already ended, they
    // are kept over the new login (D3, `keepInput: 'return'`).
    app.post(
      '/session/extend',
      { config: { access: access.business, service: 'general', keepInput: 'return' } },
      async (request, reply) => {
        const carried = safeLocalPath((request.query as Record<string, unknown> | undefined)?.return);
        if (carried) {
          await keepPostedInput(request, reply, deps.keptInput, carried.split('?')[0] ?? carried, 'extend');
          return reply.redirect(carried, 303);
        }
        const back = safeLocalPath((request.body as Record<string, unknown> | undefined)?.return);
        return reply.redirect(back ?? '/dashboard', 303);
      },
    );

    // For the dialog in app.js; reading the status does not extend the session.
    app.get(
      '/session/status',
      { config: { access: access.public, touchSession: false } },
      async (request) => {
        const session = request.session;
        if (!session) return { active: false };
        // Remaining times, not only moments: the browser's clock may be wrong.
        const now = Date.now();
        return {
          active: true,
          idleExpiresAt: session.idleExpiresAt.toISOString(),
          idleRemainingMs: Math.max(0, session.idleExpiresAt.getTime() - now),
          absoluteRemainingMs: Math.max(0, session.absoluteExpiresAt.getTime() - now),
        };
      },
    );
  };
}

function LoggedOut() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('session.loggedOutTitle')}</Heading>
      <Paragraph lead>{t('session.loggedOutBody')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/login">{t('layout.login')}</ButtonLink>
      </div>
    </>
  );
}
