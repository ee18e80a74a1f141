import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

/**
 * Sponsored employees as the refresh brings them from the case system (the read model's
 * `employees` rows with a source id), scoped by organisation, keyset pages by (surname, id).
 * The employees service of issue 11 may take this query over.
 */
export interface EmployeeRow {
  id: string;
  v_number: string | null;
  given_names: string;
  surname: string;
  nationality: string;
  permit_type: string | null;
  permit_end_date: string | null;
  sponsorship_state: 'active' | 'ended' | 'pending' | null;
  registered_on: string | null;
  deregistered_on: string | null;
}

export function encodeEmployeeCursor(row: { surname: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.surname, row.id])).toString('base64url');
}

export function decodeEmployeeCursor(token: string): { surname: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [surname, id] = value as unknown[];
    if (typeof surname !== 'string' || typeof id !== 'string') return undefined;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    return { surname, id };
  } catch {
    return undefined;
  }
}

export async function listEmployees(
  db: Kysely<DB>,
  organisationId: string,
  options: { state?: string | undefined; after?: { surname: string; id: string } | undefined; limit: number },
): Promise<{ rows: EmployeeRow[]; next?: { surname: string; id: string } }> {
  let query = db
    .selectFrom('employees')
    .select([
      'id',
      'v_number',
      'given_names',
      'surname',
      'nationality',
      'permit_type',
      'permit_end_date',
      'sponsorship_state',
      'registered_on',
      'deregistered_on',
    ])
    .where('organisation_id', '=', organisationId);
  if (options.state) query = query.where('sponsorship_state', '=', options.state as never);
  if (options.after)
    query = query.where(
      sql<boolean>`(surname, id) > (${options.after.surname}, cast(${options.after.id} as uuid))`,
    );
  const rows = (await query
    .orderBy('surname')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute()) as EmployeeRow[];
  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  const last = page.at(-1);
  return { rows: page, ...(more && last ? { next: { surname: last.surname, id: last.id } } : {}) };
}
