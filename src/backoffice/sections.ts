import type { StaffRole } from '../identity/actor.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';

/**
 * The back office's sections, in the order the home page and the staff navigation show them.
 * A module adds its own section with one line here (support reports, FAQ, case intake…);
 * its routes use `access.staff(...)` with the same roles.
 */
export interface BackofficeSection {
  href: string;
  title: MessageKey;
  description: MessageKey;
  roles: readonly StaffRole[];
}

export const BACKOFFICE_SECTIONS: readonly BackofficeSection[] = [
  {
    href: '/backoffice/authorisations',
    title: 'bo.queue.title',
    description: 'bo.queue.description',
    roles: ['team_zakelijk', 'administrator'],
  },
  {
    href: '/backoffice/organisations',
    title: 'bo.orgs.title',
    description: 'bo.orgs.description',
    roles: ['team_zakelijk', 'administrator'],
  },
  {
    href: '/backoffice/closure-days',
    title: 'bo.closure.title',
    description: 'bo.closure.summary',
    roles: ['team_zakelijk', 'administrator'],
  },
  {
    href: '/backoffice/reports',
    title: 'nav.staffReports',
    description: 'bo.section.reports',
    roles: ['team_zakelijk', 'administrator'],
  },
  {
    href: '/backoffice/faq',
    title: 'nav.staffFaq',
    description: 'bo.section.faq',
    roles: ['team_zakelijk', 'administrator'],
  },
  {
    href: '/backoffice/audit-log',
    title: 'bo.audit.title',
    description: 'bo.audit.description',
    roles: ['administrator'],
  },
];

export function sectionsFor(roles: readonly StaffRole[]): BackofficeSection[] {
  return BACKOFFICE_SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r)));
}

/** The roles of one section, for its routes' access rule. */
export function rolesOf(href: string): StaffRole[] {
  const section = BACKOFFICE_SECTIONS.find((s) => s.href === href);
  if (!section) throw new Error(`no back-office section ${href}`);
  return [...section.roles];
}
