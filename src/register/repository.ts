import { sql, type Kysely } from 'kysely';
import type { DB, RecognitionCategory } from '../platform/db/schema.ts';

/**
 * The public register of recognised sponsors (issue 17): organisations with an active
 * recognition (state 'active', started, not ended) in the portal's read model, which the refresh
 * keeps equal to the case system. Public data only: name, KVK number, place, categories, since.
 */
export const CATEGORIES: readonly RecognitionCategory[] = ['work', 'research', 'study', 'exchange'];

export interface RegisterQuery {
  /** A KVK number (8 digits) or words of the name. */
  q: string;
  place: string;
  category: RecognitionCategory | '';
}

export interface RegisterCursor {
  key: string;
  id: string;
}

export interface RegisterEntry {
  id: string;
  kvkNumber: string;
  name: string;
  place: string;
  sortKey: string;
  recognitions: { category: RecognitionCategory; since: string }[];
}

/** The words of a name search as a prefix query ("lage land" → 'lage:* & land:*'); null when none. */
export function wordsQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

const likePrefix = (text: string) => `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function activeOn(today: string, category: RecognitionCategory | '') {
  return sql<boolean>`exists (select 1 from recognitions r where r.organisation_id = o.id and r.state = 'active'
    and r.start_date <= ${today}::date and (r.end_date is null or r.end_date >= ${today}::date)
    ${category ? sql`and r.category = ${category}` : sql``})`;
}

/** One page in name order (keyset on lower(name) in "C", id). */
export async function listRegister(
  db: Kysely<DB>,
  query: RegisterQuery,
  today: string,
  cursor: RegisterCursor | null,
  limit: number,
): Promise<{ rows: RegisterEntry[]; next: RegisterCursor | null }> {
  const kvk = /^\d{8}$/.test(query.q) ? query.q : null;
  const words = kvk ? null : wordsQuery(query.q);
  const rows = await db
    .selectFrom('organisations as o')
    .select([
      'o.id',
      'o.kvk_number as kvkNumber',
      'o.name',
      sql<string>`coalesce(o.visiting_address->>'city', '')`.as('place'),
      sql<string>`lower(o.name) collate "C"`.as('sortKey'),
    ])
    .where(activeOn(today, query.category))
    .$if(kvk !== null, (q) => q.where('o.kvk_number', '=', kvk ?? ''))
    .$if(words !== null, (q) =>
      q.where(sql<boolean>`to_tsvector('simple', o.name) @@ to_tsquery('simple', ${words})`),
    )
    .$if(query.place !== '', (q) =>
      q.where(sql<boolean>`lower(o.visiting_address->>'city') collate "C" like ${likePrefix(query.place)}`),
    )
    .$if(cursor !== null, (q) =>
      q.where(
        sql<boolean>`(lower(o.name) collate "C", o.id) > (${cursor?.key ?? ''} collate "C", ${cursor?.id ?? ''}::uuid)`,
      ),
    )
    .orderBy(sql`lower(o.name) collate "C"`)
    .orderBy('o.id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const recognitions = page.length
    ? await db
        .selectFrom('recognitions')
        .select(['organisation_id', 'category', 'start_date'])
        .where(
          'organisation_id',
          'in',
          page.map((r) => r.id),
        )
        .where('state', '=', 'active')
        .where('start_date', '<=', today)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
        .execute()
    : [];
  const entries = page.map((r) => ({
    ...r,
    recognitions: recognitions
      .filter((x) => x.organisation_id === r.id)
      .map((x) => ({ category: x.category, since: x.start_date.slice(0, 10) }))
      .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category)),
  }));
  const last = entries.at(-1);
  return { rows: entries, next: rows.length > limit && last ? { key: last.sortKey, id: last.id } : null };
}

/** Every entry (the downloads), in pages of 1000. */
export async function* allRegister(
  db: Kysely<DB>,
  query: RegisterQuery,
  today: string,
): AsyncGenerator<RegisterEntry> {
  let cursor: RegisterCursor | null = null;
  for (;;) {
    const page = await listRegister(db, query, today, cursor, 1000);
    yield* page.rows;
    if (!page.next) return;
    cursor = page.next;
  }
}

/** The last successful refresh: the register's "as of" and its cache key. */
export async function lastRun(db: Kysely<DB>): Promise<{ id: number; finishedAt: Date } | null> {
  const row = await db
    .selectFrom('refresh_runs')
    .select(['id', 'finished_at'])
    .where('state', '=', 'done')
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.finished_at ? { id: row.id, finishedAt: row.finished_at } : null;
}
