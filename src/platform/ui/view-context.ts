import { createContext, useContext } from 'react';
import type { Actor } from '../auth/actor.ts';
import type { Translate } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/i18n.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** The main navigation for an actor (composed from the modules' entries, platform/module.ts). */
export type Navigation = (actor: Actor, t: Translate) => NavItem[];

/** What every server-rendered view may know about the request. */
export interface ViewContext {
  lang: Lang;
  t: Translate;
  actor: Actor;
  csrfToken: string;
  /** Path and query of the current request (for return links). */
  path: string;
  requestId: string;
  asset: (name: string) => string;
  developmentMode: boolean;
  /** When the business session ends if the user does nothing (drives the warning). */
  sessionIdleExpiresAt: Date | null;
  /** Main navigation items for this actor, in order. */
  nav: NavItem[];
}

export const ViewContextReact = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const context = useContext(ViewContextReact);
  if (!context) throw new Error('useView() outside a rendered page');
  return context;
}
