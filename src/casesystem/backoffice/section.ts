import type { BackofficeSection } from '../../platform/module.ts';

/** Case handling in the back office; its routes use the same role (routes.tsx). */
export const CASES_SECTION = {
  order: 5,
  href: '/backoffice/cases',
  title: 'cs.section.title',
  description: 'cs.section.description',
  roles: ['case_officer'],
} as const satisfies BackofficeSection;
