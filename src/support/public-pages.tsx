import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { access } from '../platform/auth/access.ts';
import type { ModuleContext } from '../platform/module.ts';
import { LANG_COOKIE } from '../platform/i18n/i18n.ts';
import { safeLocalPath } from '../platform/http/paths.ts';
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
    app.post('/language', { config }, async (request, reply) => {
      const form = languageForm.safeParse(request.body);
      if (!form.success) throw Object.assign(new Error('bad language form'), { statusCode: 400 });
      reply.setCookie(LANG_COOKIE, form.data.to, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        secure: true,
        maxAge: 365 * 24 * 3600,
      });
      return reply.redirect(safeLocalPath(form.data.return) ?? '/', 303);
    });
  };
}
