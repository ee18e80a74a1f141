import type { Kysely } from 'kysely';
import type { RepresentationCheck } from '../../identity/index.ts';
import type { DB } from '../../platform/db/schema.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import { isUuid } from '../validation.ts';

/**
 * The check behind every request of an intermediary acting for a sponsor (identity/resolve-actor):
 * the registration named in the session is still approved, in its validity period today
 * (Amsterdam), not withdrawn, and links exactly this intermediary (by the KVK number the
 * eHerkenning assertion gave) to exactly this sponsor. Returns the scope it grants.
 */
export function representationCheck(db: Kysely<DB>, now: () => Date = () => new Date()): RepresentationCheck {
  return async (principal) => {
    const actingFor = principal.actingFor;
    if (!actingFor || !isUuid(actingFor.registrationId) || !isUuid(actingFor.organisationId)) return null;
    const today = amsterdamToday(now());
    const row = await db
      .selectFrom('representative_registrations as r')
      .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
      .select('r.scope')
      .where('r.id', '=', actingFor.registrationId)
      .where('r.sponsor_organisation_id', '=', actingFor.organisationId)
      .where('i.kvk_number', '=', principal.kvkNumber)
      .where('r.state', '=', 'approved')
      .where('r.valid_from', '<=', today)
      .where('r.valid_until', '>=', today)
      .executeTakeFirst();
    return row ? { scope: row.scope } : null;
  };
}
