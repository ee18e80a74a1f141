import type { FastifyRequest } from 'fastify';
import type { RecognitionCategory } from '../db/schema.ts';
import type { ServiceKey } from '../ui/services.ts';

/**
 * Who is making a request (rule 1 of the brief: the actor comes first). Built from the
 * session only; an organisation is never taken from a request parameter.
 */
export type LevelOfAssurance = 'loa2' | 'loa2plus' | 'loa3' | 'loa4';
export type StaffRole = 'team_zakelijk' | 'case_officer' | 'administrator';
export const STAFF_ROLES: readonly StaffRole[] = ['team_zakelijk', 'case_officer', 'administrator'];

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface BusinessActor {
  kind: 'business';
  sessionId: string;
  /** The organisation the user acts for now (the represented company). */
  organisationId: string;
  organisationName: string;
  kvkNumber: string;
  /** Set when the eHerkenning authorisation is limited to one branch. */
  branchNumber: string | null;
  /** Opaque pseudonym of the person acting; never a name. */
  actingSubject: string;
  loa: 'loa3' | 'loa4';
  /** The intermediary's KVK number when acting through a chain authorisation or a registered one. */
  intermediaryKvk: string | null;
  /** How the user acts for the organisation. */
  via: 'self' | 'chain' | 'registered';
  /** Active recognitions of the organisation acted for, read at request time (never stored on the session). */
  recognitions: readonly RecognitionCategory[];
  /**
   * Set only when acting through a registered authorisation: the services it covers. Routes of
   * other services are refused (access.ts `decide`), and the dashboard hides them.
   */
  scope?: readonly ServiceKey[];
}

export interface StaffActor {
  kind: 'staff';
  sessionId: string;
  userId: string;
  name: string;
  roles: readonly StaffRole[];
}

export type Actor = AnonymousActor | BusinessActor | StaffActor;

export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: 'anonymous' });

export function isRecognisedSponsor(actor: Actor): actor is BusinessActor {
  return actor.kind === 'business' && actor.recognitions.length > 0;
}

/** The staff actor of a request whose access rule admits staff only. */
export function staffActorOf(request: FastifyRequest): StaffActor {
  if (request.actor.kind !== 'staff') throw new Error('access rule guarantees a staff actor');
  return request.actor;
}
