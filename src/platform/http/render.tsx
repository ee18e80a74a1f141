import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Layout } from '../ui/layout.tsx';
import { mainNavigation } from '../ui/nav.ts';
import { ViewContextReact, type ViewContext } from '../ui/view-context.ts';
import type { AssetManifest } from './assets.ts';
import type { PageOptions } from './types.ts';

export function viewContext(
  request: FastifyRequest,
  reply: FastifyReply,
  assets: AssetManifest,
  developmentMode: boolean,
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
    nav: mainNavigation(request.actor, request.t),
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
    <Layout title={title} crumbs={options.crumbs ?? []}>
      {body}
    </Layout>,
  );
}
