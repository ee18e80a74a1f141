import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Kysely } from 'kysely';
import type { Address, DB, RecognitionCategory, RecognitionState } from '../platform/db/schema.ts';

/**
 * Organisations, their branches and recognitions. "Recognised sponsor" is never stored: it is
 * derived from active recognitions (identity/resolve-actor reads them on every request).
 */
export interface OrganisationDetail {
  id: string;
  kvk_number: string;
  name: string;
  rsin: string | null;
  legal_form: string;
  visiting_address: Address;
  administration_address: Address | null;
  contact_name: string | null;
  contact_email: string | null;
  iban: string | null;
  account_holder: string | null;
  mandate_signed_on: string | null;
  preferred_language: 'nl' | 'en';
  branches: { id: string; branch_number: string; name: string; address: Address }[];
  recognitions: {
    id: string;
    category: RecognitionCategory;
    state: RecognitionState;
    start_date: string;
    state_reason: string | null;
  }[];
}

/** One organisation by id with what hangs under it; the caller has scoped the id already. */
export async function organisationDetail(
  db: Kysely<DB>,
  id: string,
): Promise<OrganisationDetail | undefined> {
  // One query, the branches and recognitions as JSON arrays: on PostgreSQL each query is a round
  // trip (issue 9). Their columns are text, uuid, jsonb and date, which JSON carries unchanged
  // (dates are kept as 'YYYY-MM-DD' strings either way, platform/db/database.ts).
  const row = await db
    .selectFrom('organisations as o')
    .select([
      'o.id',
      'o.kvk_number',
      'o.name',
      'o.rsin',
      'o.legal_form',
      'o.visiting_address',
      'o.administration_address',
      'o.contact_name',
      'o.contact_email',
      'o.iban',
      'o.account_holder',
      'o.mandate_signed_on',
      'o.preferred_language',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('branches as b')
          .select(['b.id', 'b.branch_number', 'b.name', 'b.address'])
          .whereRef('b.organisation_id', '=', 'o.id')
          .orderBy('b.branch_number'),
      ).as('branches'),
      jsonArrayFrom(
        eb
          .selectFrom('recognitions as r')
          .select(['r.id', 'r.category', 'r.state', 'r.start_date', 'r.state_reason'])
          .whereRef('r.organisation_id', '=', 'o.id')
          .orderBy('r.category'),
      ).as('recognitions'),
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { branches, recognitions, ...organisation } = row;
  return { ...organisation, branches, recognitions };
}

/** Search by KVK number (exact or prefix) or by name (part), for the back office. */
export async function searchOrganisations(db: Kysely<DB>, query: string, limit = 50) {
  const q = query.trim();
  return db
    .selectFrom('organisations as o')
    .select([
      'o.id',
      'o.kvk_number',
      'o.name',
      (eb) =>
        eb
          .selectFrom('recognitions as r')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('r.organisation_id', '=', 'o.id')
          .where('r.state', '=', 'active')
          .as('active_recognitions'),
    ])
    .$call((b) =>
      q === ''
        ? b
        : /^\d{1,8}$/.test(q)
          ? b.where('o.kvk_number', 'like', `${q}%`)
          : b.where('o.name', 'ilike', `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    )
    .orderBy('o.name')
    .limit(limit)
    .execute();
}
