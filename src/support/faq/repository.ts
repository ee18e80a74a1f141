import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { FaqCategory } from '../schema.ts';

/**
 * The FAQ. Search finds words in either language (a Dutch word on the English page finds
 * the answer too): every word must occur in a question or answer, nl or en. ILIKE keeps it
 * the same on PGlite and PostgreSQL; the table is small (tens of rows).
 */
export interface FaqEntry {
  id: string;
  slug: string;
  category: FaqCategory;
  question_nl: string;
  question_en: string;
  answer_nl: string;
  answer_en: string;
  position: number;
  published: boolean;
  updated_at: Date;
}

export const MAX_SEARCH_WORDS = 8;

export function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[\s,.;:!?'"‘’“”()]+/)
    .filter((w) => w.length >= 2)
    .slice(0, MAX_SEARCH_WORDS);
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listPublished(
  db: Kysely<DB>,
  options: { q?: string; categories?: readonly FaqCategory[] } = {},
): Promise<FaqEntry[]> {
  let query = db.selectFrom('faq_entries').selectAll().where('published', '=', true);
  if (options.categories) query = query.where('category', 'in', options.categories);
  const words = options.q ? searchWords(options.q) : [];
  for (const word of words) {
    const pattern = `%${escapeLike(word)}%`;
    query = query.where((eb) =>
      eb.or(
        (['question_nl', 'question_en', 'answer_nl', 'answer_en'] as const).map(
          (column): Expression<SqlBool> => sql<SqlBool>`${sql.ref(column)} ilike ${pattern}`,
        ),
      ),
    );
  }
  return query.orderBy('category').orderBy('position').orderBy('slug').execute();
}

export async function findPublished(db: Kysely<DB>, slug: string): Promise<FaqEntry | undefined> {
  return db
    .selectFrom('faq_entries')
    .selectAll()
    .where('slug', '=', slug)
    .where('published', '=', true)
    .executeTakeFirst();
}

export async function listAll(db: Kysely<DB>): Promise<FaqEntry[]> {
  return db
    .selectFrom('faq_entries')
    .selectAll()
    .orderBy('category')
    .orderBy('position')
    .orderBy('slug')
    .execute();
}

export async function findById(db: Kysely<DB>, id: string): Promise<FaqEntry | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db.selectFrom('faq_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export function inLanguage(
  entry: FaqEntry,
  lang: Lang,
): { slug: string; category: FaqCategory; question: string; answer: string } {
  return {
    slug: entry.slug,
    category: entry.category,
    question: lang === 'nl' ? entry.question_nl : entry.question_en,
    answer: lang === 'nl' ? entry.answer_nl : entry.answer_en,
  };
}
