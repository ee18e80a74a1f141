import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access } from '../../platform/auth/access.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { FaqEntryPage, FaqIndexPage } from '../views/faq-views.tsx';
import { findPublished, inLanguage, listPublished } from './repository.ts';

/** Search is limited per client (quality check 8: bursts at search → 429 for the sender only). */
export const FAQ_RATE_LIMIT = { max: 60, timeWindow: '1 minute' } as const;

const searchQuery = z.object({ q: z.string().max(200).catch('').default('') });
const slugParams = z.object({ slug: z.string().max(100) });

export function faqRoutes(app: FastifyInstance, deps: ModuleContext): void {
  const config = { access: access.public, rateLimit: FAQ_RATE_LIMIT };

  app.get('/faq', { config }, async (request, reply) => {
    const { q } = searchQuery.parse(request.query ?? {});
    const entries = await listPublished(deps.database.db, { q });
    return reply.page(
      request.t('faq.title'),
      <FaqIndexPage entries={entries.map((e) => inLanguage(e, request.lang))} q={q} />,
    );
  });

  app.get('/faq/:slug', { config }, async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const entry = await findPublished(deps.database.db, slug);
    if (!entry) return reply.callNotFound();
    const view = inLanguage(entry, request.lang);
    return reply.page(view.question, <FaqEntryPage entry={view} />, {
      crumbs: [{ href: '/faq', label: request.t('faq.title') }],
    });
  });
}
