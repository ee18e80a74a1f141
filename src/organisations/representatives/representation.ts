import { sql, type RawBuilder } from 'kysely';
import type { RepresentationCheck } from '../../identity/index.ts';
import type { ServiceKey } from '../../platform/ui/services.ts';

/** A constant of the query, not a parameter: fewer parameters make the query cheaper to run. */
const UUID = sql.lit('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$');

/** A uuid from a text expression, or null when the text is not one (a cast would fail the query). */
const uuidOrNull = (text: RawBuilder<unknown>) => sql`(case when ${text} ~ ${UUID} then (${text})::uuid end)`;

/** Today's date in Amsterdam, as the database computes it. */
const TODAY = sql`(now() at time zone 'Europe/Amsterdam')::date`;

/**
 * The check behind every request of an intermediary acting for a sponsor (identity/resolve-actor):
 * the registration named in the session is still approved, in its validity period today
 * (Amsterdam), not withdrawn, and links exactly this intermediary (by the KVK number the
 * eHerkenning assertion gave) to exactly this sponsor. It is a subquery over the session's
 * principal, joined into the one query that reads the session, and yields the scope it grants
 * and the sponsor; no row when the intermediary may not act for it.
 */
export function representationCheck(): RepresentationCheck {
  return (principal) => {
    const actingFor = sql`${principal} -> 'actingFor'`;
    return sql<{ scope: ServiceKey[]; sponsor_id: string }>`
      select r.scope, r.sponsor_organisation_id as sponsor_id
        from representative_registrations r
        join organisations i on i.id = r.intermediary_organisation_id
       where r.id = ${uuidOrNull(sql`${actingFor} ->> 'registrationId'`)}
         and r.sponsor_organisation_id = ${uuidOrNull(sql`${actingFor} ->> 'organisationId'`)}
         and i.kvk_number = ${principal} ->> 'kvkNumber'
         and r.state = 'approved'
         and r.valid_from <= ${TODAY}
         and r.valid_until >= ${TODAY}`;
  };
}
