import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Layout } from '../ui/layout.tsx';
import { ViewContextReact, type Navigation, type ViewContext } from '../ui/view-context.ts';
import type { AssetManifest } from './assets.ts';
import type { PageOptions } from './types.ts';

export function viewContext(
  request: FastifyRequest,
  reply: FastifyReply,
  assets: AssetManifest,
  developmentMode: boolean,
  navigation: Navigation,
): ViewContext {
  return {
    lang: request.lang,
    t: request.t,
    actor: request.actor,
    csrfToken: reply.generateCsrf(),
    path: request.url,
    requestId: request.id,
    asset: (name) => assets.url(name),
    developmentMode,
    nav: navigation(request.actor, request.t),
    sessionIdleExpiresAt: request.session?.kind === 'business' ? request.session.idleExpiresAt : null,
  };
}

export function renderDocument(context: ViewContext, element: ReactElement): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<ViewContextReact.Provider value={context}>{element}</ViewContextReact.Provider>)}`;
}

export function renderPage(
  context: ViewContext,
  title: string,
  body: ReactElement,
  options: PageOptions = {},
): string {
  return renderDocument(
    context,
    <Layout title={title} crumbs={options.crumbs ?? []} pageForm={options.pageForm ?? false}>
      {body}
    </Layout>,
  );
}
