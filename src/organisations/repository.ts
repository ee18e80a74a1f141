import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ExpressionBuilder, Kysely, RawBuilder } from 'kysely';
import { prepared } from '../platform/db/database.ts';
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

/** The organisation's own columns, as the account page and the back office show them. */
const ORGANISATION_COLUMNS = [
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
] as const;

/** The organisation's branches as a JSON array (a subquery of a select from `organisations as o`). */
function branchesOf(eb: ExpressionBuilder<DB & { o: DB['organisations'] }, 'o'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('branches as b')
      .select(['b.id', 'b.branch_number', 'b.name', 'b.address'])
      .whereRef('b.organisation_id', '=', 'o.id')
      .orderBy('b.branch_number'),
  ).as('branches');
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
    .select(ORGANISATION_COLUMNS)
    .select((eb) => [
      branchesOf(eb),
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

/** A sponsor's registered authorisations that are submitted or approved, by intermediary name. */
export function registrationsOfSponsor(db: Kysely<DB>, sponsorOrganisationId: string) {
  return db
    .selectFrom('representative_registrations as r')
    .innerJoin('organisations as i', 'i.id', 'r.intermediary_organisation_id')
    .select(['r.id', 'i.name', 'i.kvk_number', 'r.scope', 'r.valid_from', 'r.valid_until', 'r.state'])
    .where('r.sponsor_organisation_id', '=', sponsorOrganisationId)
    .where('r.state', 'in', ['submitted', 'approved'])
    .orderBy('i.name');
}

/** Intermediaries that logged in for the sponsor under an eHerkenning chain authorisation. */
function chainLoginsOfSponsor(db: Kysely<DB>, sponsorOrganisationId: string) {
  // D16: the intermediary by name where the IND knows it, not only as a bare number.
  return db
    .selectFrom('audit_log as a')
    .leftJoin('organisations as i', 'i.kvk_number', 'a.intermediary_kvk')
    .select(['a.intermediary_kvk', 'i.name as intermediary_name', (eb) => eb.fn.max('a.at').as('last_seen')])
    .where('a.organisation_id', '=', sponsorOrganisationId)
    .where('a.event', '=', 'login')
    .where('a.outcome', '=', 'success')
    .where('a.intermediary_kvk', 'is not', null)
    .groupBy(['a.intermediary_kvk', 'i.name'])
    .orderBy('a.intermediary_kvk');
}

export type AccountOrganisation = Omit<OrganisationDetail, 'recognitions'>;
export type RegistrationOfSponsor = Awaited<
  ReturnType<ReturnType<typeof registrationsOfSponsor>['execute']>
>[number];

export interface AccountOverview<R> {
  organisation: AccountOrganisation;
  registered: RegistrationOfSponsor[];
  chain: { intermediary_kvk: string | null; intermediary_name: string | null; last_seen: Date }[];
  /** What the caller asked to be read along (the read model's part of the page). */
  readModel: R;
}

/**
 * Everything the sponsor's account page shows, in one statement (issue 9: on PostgreSQL each
 * statement is a round trip): the organisation with its branches, its registered and chain
 * representatives as JSON arrays, and `readModel`, a value another module selects for the page.
 * The caller has scoped the id (the actor's own organisation).
 */
export async function accountOverview<R>(
  db: Kysely<DB>,
  organisationId: string,
  readModel: RawBuilder<R>,
): Promise<AccountOverview<R> | undefined> {
  const query = db
    .selectFrom('organisations as o')
    .select(ORGANISATION_COLUMNS)
    .select((eb) => [
      branchesOf(eb),
      jsonArrayFrom(registrationsOfSponsor(db, organisationId)).as('registered'),
      jsonArrayFrom(chainLoginsOfSponsor(db, organisationId)).as('chain'),
      readModel.as('read_model'),
    ])
    .where('o.id', '=', organisationId);
  // Prepared: planning this statement took 0.23 ms, more than running it (0.15 ms).
  const [row] = (await db.executeQuery(prepared(query.compile()))).rows;
  if (!row) return undefined;
  const { registered, chain, read_model, ...organisation } = row;
  return {
    organisation,
    registered,
    // JSON carries the time as text: a Date again, as a select of it gives.
    chain: chain.map((c) => ({ ...c, last_seen: new Date(c.last_seen) })),
    readModel: read_model as R,
  };
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
