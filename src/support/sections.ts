import type { BackofficeSection } from '../platform/module.ts';

/** Support's back-office sections; their routes use the same roles (backoffice-routes.tsx). */
export const REPORTS_SECTION = {
  order: 40,
  href: '/backoffice/reports',
  title: 'nav.staffReports',
  description: 'bo.section.reports',
  roles: ['team_zakelijk', 'administrator'],
} as const satisfies BackofficeSection;

export const FAQ_SECTION = {
  order: 50,
  href: '/backoffice/faq',
  title: 'nav.staffFaq',
  description: 'bo.section.faq',
  roles: ['team_zakelijk', 'administrator'],
} as const satisfies BackofficeSection;
