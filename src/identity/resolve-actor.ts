import type { FastifyRequest } from 'fastify';
import type { Database } from '../platform/db/database.ts';
import type { ServiceKey } from '../platform/ui/services.ts';
import { ANONYMOUS, type Actor, type BusinessActor } from '../platform/auth/actor.ts';
import type { BusinessPrincipal } from './sessions/schema.ts';
import {
  SESSION_COOKIES,
  type ActiveSession,
  type SessionKind,
  type SessionStore,
} from './sessions/sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The live session behind the actor, if any. */
    session: ActiveSession | null;
    /** True when the request carried a session cookie whose session has ended or expired. */
    sessionExpired: boolean;
  }
  interface FastifyContextConfig {
    /** `false` for requests that must not extend the idle timeout (the session-status poll). */
    touchSession?: boolean;
  }
}

/**
 * Checks, on every request, that an intermediary may still act for the sponsor it chose
 * (registered authorisation approved, in its validity period, not withdrawn), and returns the
 * services the authorisation covers; null when it may not. Provided by the organisations
 * module; without it nobody acts for another organisation by registration.
 */
export type RepresentationCheck = (
  principal: BusinessPrincipal,
) => Promise<{ scope: readonly ServiceKey[] } | null>;

const STAFF_PREFIXES = ['/backoffice', '/staff'];

export function isStaffPath(url: string): boolean {
  return STAFF_PREFIXES.some(
    (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
  );
}

export function actorResolver(db: Database, store: SessionStore, representation?: RepresentationCheck) {
  return async (request: FastifyRequest): Promise<Actor> => {
    request.session = null;
    request.sessionExpired = false;
    // Staff paths read the staff session first, all others the business session first. The
    // other kind is still recognised, so that it is refused with 403 rather than sent to log in.
    const order: SessionKind[] = isStaffPath(request.url) ? ['staff', 'business'] : ['business', 'staff'];
    const touch = request.routeOptions.config.touchSession !== false;
    for (const [index, kind] of order.entries()) {
      const lookup = await store.find(kind, request.cookies[SESSION_COOKIES[kind]], {
        touch: touch && index === 0,
      });
      if (lookup.state === 'expired' && index === 0) request.sessionExpired = true;
      if (lookup.state !== 'active') continue;
      const actor =
        lookup.session.kind === 'staff'
          ? staffActor(lookup.session as ActiveSession<'staff'>)
          : await businessActor(db, lookup.session as ActiveSession<'business'>, representation);
      if (actor) {
        request.session = lookup.session;
        return actor;
      }
    }
    return ANONYMOUS;
  };
}

function staffActor(session: ActiveSession<'staff'>): Actor {
  const { userId, name, roles } = session.principal;
  return { kind: 'staff', sessionId: session.idHash, userId, name, roles };
}

async function businessActor(
  db: Database,
  session: ActiveSession<'business'>,
  representation: RepresentationCheck | undefined,
): Promise<BusinessActor | null> {
  const principal = session.principal;
  // A chain-authorised session acts for the represented company only; it never switches.
  const grant =
    principal.actingFor !== null && principal.intermediaryKvk === null && representation
      ? await representation(principal)
      : null;
  const viaRegistration = grant !== null;
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kvk_number'])
    .$call((q) =>
      viaRegistration && principal.actingFor
        ? q.where('id', '=', principal.actingFor.organisationId)
        : q.where('kvk_number', '=', principal.kvkNumber),
    )
    .executeTakeFirst();
  if (!organisation) return null;
  const recognitions = await db
    .selectFrom('recognitions')
    .select('category')
    .where('organisation_id', '=', organisation.id)
    .where('state', '=', 'active')
    .execute();
  return {
    kind: 'business',
    sessionId: session.idHash,
    organisationId: organisation.id,
    organisationName: organisation.name,
    kvkNumber: organisation.kvk_number,
    branchNumber: viaRegistration ? null : principal.branchNumber,
    actingSubject: principal.actingSubject,
    loa: principal.loa,
    intermediaryKvk: viaRegistration ? principal.kvkNumber : principal.intermediaryKvk,
    via: viaRegistration ? 'registered' : principal.intermediaryKvk ? 'chain' : 'self',
    recognitions: recognitions.map((r) => r.category),
    ...(grant ? { scope: grant.scope } : {}),
  };
}
