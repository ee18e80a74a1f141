import type { BackofficeSection } from '../../platform/module.ts';

/** The organisations module's back-office sections; their routes use the same roles. */
export const AUTHORISATIONS_SECTION = {
  order: 10,
  href: '/backoffice/authorisations',
  title: 'bo.queue.title',
  description: 'bo.queue.description',
  roles: ['team_zakelijk', 'administrator'],
} as const satisfies BackofficeSection;

export const ORGANISATIONS_SECTION = {
  order: 20,
  href: '/backoffice/organisations',
  title: 'bo.orgs.title',
  description: 'bo.orgs.description',
  roles: ['team_zakelijk', 'administrator'],
} as const satisfies BackofficeSection;
