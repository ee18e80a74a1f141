import type { ReactElement } from 'react';
import type { AccessRule, RouteService } from '../auth/access.ts';
import type { Actor } from '../auth/actor.ts';
import type { Translate } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { Crumb } from '../ui/layout.tsx';

export interface PageOptions {
  status?: number;
  crumbs?: Crumb[];
  /**
   * The page has a form with id `PAGE_FORM_ID` (kept-input.ts) whose route keeps input: the
   * language switch and "stay logged in" post it along, so nothing typed is lost (D10).
   */
  pageForm?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route declares who may use it (rule 1 of the brief); see identity/access.ts. */
    access?: AccessRule;
    /** The service a business route belongs to; a representative reaches only those in its scope (access.ts). */
    service?: RouteService;
    /** Unsafe methods are CSRF-checked unless a route opts out (SAML endpoints posted by the broker). */
    csrf?: boolean;
    /** `false` for routes that never need the session (assets, health checks). */
    session?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    lang: Lang;
    t: Translate;
  }
  interface FastifyReply {
    /** Renders a page in the shared layout (status 200 unless given). */
    page(title: string, body: ReactElement, options?: PageOptions): FastifyReply;
    /** Renders a bare HTML document (for pages with their own layout, such as the back office). */
    html(element: ReactElement, status?: number): FastifyReply;
  }
}
