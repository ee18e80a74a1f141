import { sectionsFor } from '../../backoffice/sections.ts';
import type { Actor } from '../../identity/actor.ts';
import type { Translate } from '../i18n/catalogue.ts';
import type { NavItem } from './view-context.ts';

/** The main navigation for an actor. Modules add their entries here. */
export function mainNavigation(actor: Actor, t: Translate): NavItem[] {
  if (actor.kind === 'business') {
    return [
      { href: '/dashboard', label: t('nav.dashboard') },
      { href: '/applications', label: t('apps.catalogue.title') },
      { href: '/support/reports', label: t('nav.myReports') },
      ...(actor.via === 'chain' ? [] : [{ href: '/authorisations', label: t('nav.representatives') }]),
    ];
  }
  if (actor.kind === 'staff') {
    return [
      { href: '/backoffice', label: t('nav.backoffice') },
      ...sectionsFor(actor.roles).map((s) => ({ href: s.href, label: t(s.title) })),
    ];
  }
  return [
    { href: '/', label: t('nav.home') },
    { href: '/logging-in', label: t('nav.eherkenning') },
    { href: '/faq', label: t('nav.faq') },
  ];
}
