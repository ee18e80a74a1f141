import type { RecognitionCategory } from '../db/schema.ts';
import { serviceOfPath } from '../ui/services.ts';
import type { Actor, StaffRole } from './actor.ts';

/**
 * The access rule every route declares in its `config.access` (one place per route).
 * `app.ts` refuses to register a route without one, and a test walks all routes.
 *
 * - public: anyone.
 * - business: a logged-in business user (any organisation known to the IND).
 * - sponsor: a business user acting for a recognised sponsor (optionally for one category).
 * - staff: a staff user holding one of the roles.
 * - development: only when the portal runs in development mode (mailbox, test broker).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'business' }
  | { kind: 'sponsor'; category?: RecognitionCategory }
  | { kind: 'staff'; roles: readonly StaffRole[] }
  | { kind: 'development' };

export const access = {
  public: { kind: 'public' },
  business: { kind: 'business' },
  sponsor: { kind: 'sponsor' },
  sponsorFor: (category: RecognitionCategory): AccessRule => ({ kind: 'sponsor', category }),
  staff: (...roles: StaffRole[]): AccessRule => ({ kind: 'staff', roles }),
  development: { kind: 'development' },
} as const satisfies Record<string, AccessRule | ((...args: never[]) => AccessRule)>;

export type AccessDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'login_required' | 'staff_login_required' | 'not_recognised' | 'forbidden' | 'not_found';
    };

/**
 * `path` (the route's URL pattern) is used for one rule only: a business actor acting through a
 * registered authorisation has a `scope`, and a route under a service's path prefix
 * (services.ts `serviceOfPath`) that is outside that scope is forbidden (403, logged).
 */
export function decide(
  rule: AccessRule,
  actor: Actor,
  developmentMode: boolean,
  path?: string,
): AccessDecision {
  if (
    actor.kind === 'business' &&
    actor.scope &&
    path &&
    (rule.kind === 'business' || rule.kind === 'sponsor')
  ) {
    const service = serviceOfPath(path);
    if (service && !actor.scope.includes(service)) return { allowed: false, reason: 'forbidden' };
  }
  switch (rule.kind) {
    case 'public':
      return { allowed: true };
    case 'development':
      return developmentMode ? { allowed: true } : { allowed: false, reason: 'not_found' };
    case 'business':
      if (actor.kind === 'business') return { allowed: true };
      return { allowed: false, reason: actor.kind === 'staff' ? 'forbidden' : 'login_required' };
    case 'sponsor':
      if (actor.kind !== 'business') {
        return { allowed: false, reason: actor.kind === 'staff' ? 'forbidden' : 'login_required' };
      }
      if (rule.category ? actor.recognitions.includes(rule.category) : actor.recognitions.length > 0) {
        return { allowed: true };
      }
      return { allowed: false, reason: 'not_recognised' };
    case 'staff':
      if (actor.kind !== 'staff') {
        return { allowed: false, reason: actor.kind === 'business' ? 'forbidden' : 'staff_login_required' };
      }
      return actor.roles.some((r) => rule.roles.includes(r))
        ? { allowed: true }
        : { allowed: false, reason: 'forbidden' };
  }
}
