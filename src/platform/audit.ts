import type { Kysely } from 'kysely';
import type { Actor } from './auth/actor.ts';
import type { DB } from './db/schema.ts';

export interface AuditEntry {
  event: string;
  outcome: 'success' | 'failure' | 'denied';
  reason?: string;
  organisationId?: string | null;
  objectType?: string;
  objectId?: string;
  requestId?: string;
  /** Never personal data, never message bodies: codes and ids only. */
  details?: Record<string, string | number | boolean | null>;
}

/** Writes one audit row. The actor is described as "intermediary X for sponsor Y, acting person Z". */
export async function audit(db: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      event: entry.event,
      outcome: entry.outcome,
      reason: entry.reason ?? null,
      actor_kind: actor.kind,
      actor_kvk: actor.kind === 'business' ? actor.kvkNumber : null,
      actor_subject: actor.kind === 'business' ? actor.actingSubject : null,
      intermediary_kvk: actor.kind === 'business' ? actor.intermediaryKvk : null,
      staff_user: actor.kind === 'staff' ? actor.userId : null,
      organisation_id: entry.organisationId ?? (actor.kind === 'business' ? actor.organisationId : null),
      object_type: entry.objectType ?? null,
      object_id: entry.objectId ?? null,
      request_id: entry.requestId ?? null,
      details: (entry.details ? JSON.stringify(entry.details) : null) as never,
    })
    .execute();
}
