import type { BackofficeSection } from '../platform/module.ts';

/**
 * The back-office shell's own sections. Other modules bring theirs in their `index.ts`
 * (`backofficeSections`); the home page and the staff navigation list them all, by `order`.
 * A section's routes use `access.staff(...SECTION.roles)`, so the two cannot drift apart.
 */
export const CLOSURE_DAYS_SECTION = {
  order: 30,
  href: '/backoffice/closure-days',
  title: 'bo.closure.title',
  description: 'bo.closure.summary',
  roles: ['team_zakelijk', 'administrator'],
} as const satisfies BackofficeSection;

export const AUDIT_LOG_SECTION = {
  order: 60,
  href: '/backoffice/audit-log',
  title: 'bo.audit.title',
  description: 'bo.audit.description',
  roles: ['administrator'],
} as const satisfies BackofficeSection;
