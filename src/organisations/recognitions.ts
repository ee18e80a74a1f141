import type { Kysely } from 'kysely';
import type { StaffActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { DB, RecognitionCategory } from '../platform/db/schema.ts';

/**
 * Recognitions are maintained by staff until the refresh from the case system takes over.
 * Each change needs a reason (except granting) and is audited; the state is the only truth
 * about "recognised sponsor".
 */
export type RecognitionAction = 'grant' | 'suspend' | 'withdraw';

export async function changeRecognition(
  db: Kysely<DB>,
  actor: StaffActor,
  organisationId: string,
  change: { action: RecognitionAction; category: RecognitionCategory; reason: string; startDate: string },
  requestId: string,
): Promise<'done' | 'no_recognition'> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('recognitions')
      .select(['id', 'state'])
      .where('organisation_id', '=', organisationId)
      .where('category', '=', change.category)
      .forUpdate()
      .executeTakeFirst();
    if (change.action === 'grant') {
      if (existing) {
        await trx
          .updateTable('recognitions')
          .set({
            state: 'active',
            state_reason: change.reason || null,
            start_date: change.startDate,
            updated_at: new Date(),
          })
          .where('id', '=', existing.id)
          .execute();
      } else {
        await trx
          .insertInto('recognitions')
          .values({
            organisation_id: organisationId,
            category: change.category,
            state: 'active',
            start_date: change.startDate,
            state_reason: change.reason || null,
          })
          .execute();
      }
    } else {
      if (!existing) return 'no_recognition' as const;
      await trx
        .updateTable('recognitions')
        .set({
          state: change.action === 'suspend' ? 'suspended' : 'withdrawn',
          state_reason: change.reason,
          updated_at: new Date(),
        })
        .where('id', '=', existing.id)
        .execute();
    }
    await audit(trx, actor, {
      event: `recognition.${change.action}`,
      outcome: 'success',
      organisationId,
      objectType: 'recognition',
      objectId: change.category,
      requestId,
    });
    return 'done' as const;
  });
}
