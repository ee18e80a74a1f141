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
  // The three side by side: on PostgreSQL each is a round trip (issue 9).
  const [organisation, branches, recognitions] = await Promise.all([
    db
      .selectFrom('organisations')
      .select([
        'id',
        'kvk_number',
        'name',
        'rsin',
        'legal_form',
        'visiting_address',
        'administration_address',
        'contact_name',
        'contact_email',
        'iban',
        'account_holder',
        'mandate_signed_on',
        'preferred_language',
      ])
      .where('id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('branches')
      .select(['id', 'branch_number', 'name', 'address'])
      .where('organisation_id', '=', id)
      .orderBy('branch_number')
      .execute(),
    db
      .selectFrom('recognitions')
      .select(['id', 'category', 'state', 'start_date', 'state_reason'])
      .where('organisation_id', '=', id)
      .orderBy('category')
      .execute(),
  ]);
  if (!organisation) return undefined;
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
