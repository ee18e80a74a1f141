import type { RecognitionCategory } from '../db/schema.ts';
import type { ServiceKey } from '../ui/services.ts';
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

/**
 * The service a business route belongs to (`config.service`): one of the portal's services, or
 * 'general' for the pages every logged-in user needs whatever the scope (the dashboard, keeping
 * the session alive, choosing whom to act for). A route that declares none belongs to no service.
 */
export type RouteService = ServiceKey | 'general';

export type AccessDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'login_required' | 'staff_login_required' | 'not_recognised' | 'forbidden' | 'not_found';
    };

/**
 * The scope of a registered authorisation is an allow-list (issue 13, finding 6): a business actor
 * acting through one (`actor.scope` is set) reaches a business or sponsor route only when the
 * route's declared `service` is 'general' or in that scope. A route without a declared service
 * is refused to such an actor (403, logged), so a new route is closed until it says where it belongs.
 */
export function decide(
  rule: AccessRule,
  actor: Actor,
  developmentMode: boolean,
  service?: RouteService,
): AccessDecision {
  // A login restricted to one branch (vestigingsbeperking) reaches only the general pages: the
  // portal keeps applications, reports, authorisations and account data per legal entity, not per
  // branch, so every other page would show the whole organisation (issue 13, finding 9; README).
  if (
    actor.kind === 'business' &&
    actor.branchNumber !== null &&
    (rule.kind === 'business' || rule.kind === 'sponsor') &&
    service !== 'general'
  )
    return { allowed: false, reason: 'forbidden' };
  if (actor.kind === 'business' && actor.scope && (rule.kind === 'business' || rule.kind === 'sponsor')) {
    const reachable = service === 'general' || (service !== undefined && actor.scope.includes(service));
    if (!reachable) return { allowed: false, reason: 'forbidden' };
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
