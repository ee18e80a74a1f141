import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Layout } from '../ui/layout.tsx';
import { renderMarkup } from '../ui/markup.ts';
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
    now: new Date(),
  };
}

/**
 * Under the tests (`RENDER_CROSSCHECK=true`, set by the vitest configurations) every page is
 * rendered by the portal's renderer and by React, and a page where they differ is an error: the
 * renderer must write exactly what React writes.
 */
const CROSSCHECK = process.env.RENDER_CROSSCHECK === 'true';
/** `PAGE_RENDERER=react` renders every page with React alone (to compare, or to set the renderer aside). */
const REACT_ONLY = process.env.PAGE_RENDERER === 'react';

/** Pages the portal's renderer left to React since the process started (see `renderMarkup`). */
let leftToReact = 0;
export function pagesLeftToReact(): number {
  return leftToReact;
}

export function renderDocument(context: ViewContext, element: ReactElement): string {
  const document = <ViewContextReact.Provider value={context}>{element}</ViewContextReact.Provider>;
  const fast = REACT_ONLY ? undefined : renderMarkup(document);
  if (fast === undefined && !REACT_ONLY) leftToReact++;
  if (fast !== undefined && !CROSSCHECK) return `<!DOCTYPE html>${fast}`;
  const react = renderToStaticMarkup(document);
  if (fast !== undefined && fast !== react) throw new Error(markupDifference(fast, react));
  return `<!DOCTYPE html>${react}`;
}

/** Where the portal's renderer and React differ, for the failing test's message. */
function markupDifference(fast: string, react: string): string {
  let at = 0;
  while (at < fast.length && fast[at] === react[at]) at++;
  const from = Math.max(0, at - 120);
  return (
    `the page's markup differs from React's at ${at}:\n` +
    `  renderMarkup: …${fast.slice(from, at + 120)}\n` +
    `  React:        …${react.slice(from, at + 120)}`
  );
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
