import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { access } from '../platform/auth/access.ts';
import type { ModuleContext } from '../platform/module.ts';
import { LANG_COOKIE } from '../platform/i18n/i18n.ts';
import { safeLocalPath } from '../platform/http/paths.ts';
import { keepPostedInput } from '../platform/http/kept-input.ts';
import {
  AccessibilityPage,
  ContactPage,
  EHerkenningPage,
  HomePage,
  PrivacyPage,
  RecognitionRequiredPage,
  RepresentativesPage,
  ServicesPage,
} from './views/public.tsx';

const languageForm = z.object({ to: z.enum(['nl', 'en']), return: z.string().max(2048).optional() });

/** The public information pages and the language switch. */
export function publicPages(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const config = { access: access.public };

    app.get('/', { config }, async (request, reply) => {
      const last = await deps.refresh.lastSuccessfulRun();
      return reply.page(request.t('site.name'), <HomePage lastRefresh={last?.finishedAt ?? null} />);
    });
    app.get('/logging-in', { config }, (request, reply) =>
      reply.page(request.t('eh.title'), <EHerkenningPage />),
    );
    app.get('/accessibility', { config }, (request, reply) =>
      reply.page(request.t('a11y.title'), <AccessibilityPage />),
    );
    app.get('/privacy', { config }, (request, reply) =>
      reply.page(request.t('privacy.title'), <PrivacyPage />),
    );
    app.get('/contact', { config }, (request, reply) =>
      reply.page(request.t('contact.title'), <ContactPage email={deps.config.mail.teamZakelijk} />),
    );
    app.get('/services', { config }, (request, reply) =>
      reply.page(request.t('services.title'), <ServicesPage />),
    );
    app.get('/representatives', { config }, (request, reply) =>
      reply.page(request.t('reps.title'), <RepresentativesPage />),
    );
    app.get(
      '/recognition-required',
      { config: { access: access.business, service: 'general' } },
      (request, reply) =>
        reply.page(request.t('recognition.title'), <RecognitionRequiredPage />, { status: 403 }),
    );

    // The language choice is remembered in a cookie; a POST, since it changes state.
    // Two forms post here: the header's own form (`to` and `return` in the body), and — on a
    // page with a form that keeps input — that page's form, posted along by the language button
    // (`form="page-form" formaction="/language?to=…&return=…"`, D10). Its fields are then kept
    // for the person logged in (kept input is bound to a person: nothing is kept anonymously)
    // and the page shows them again, as typed, in the new language. The page's `_csrf` field
    // passes the same CSRF check as the header's.
    app.post('/language', { config }, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const carried = query.to !== undefined;
      const form = carried
        ? languageForm.safeParse({ to: query.to, return: query.return })
        : languageForm.safeParse(request.body);
      if (!form.success) throw Object.assign(new Error('bad language form'), { statusCode: 400 });
      reply.setCookie(LANG_COOKIE, form.data.to, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure: true,
        maxAge: 365 * 24 * 3600,
      });
      const back = safeLocalPath(form.data.return) ?? '/';
      if (!carried || (request.actor.kind !== 'business' && !request.expiredSubject))
        return reply.redirect(back, 303);
      const kept = await keepPostedInput(
        request,
        reply,
        deps.keptInput,
        back.split('?')[0] ?? back,
        'language',
      );
      // The session had ended meanwhile: the page asks to log in again, then gives the input back.
      if (kept && request.sessionExpired)
        return reply.redirect(`/login?return=${encodeURIComponent(back)}&expired=1&kept=1`, 303);
      return reply.redirect(back, 303);
    });
  };
}
