import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { StaffActor } from '../../platform/auth/actor.ts';
import { audit } from '../../platform/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import { FAQ_CATEGORIES, type FaqCategory } from '../schema.ts';

/** Staff maintain the FAQ as plain text (no HTML is ever rendered from it). */
export const QUESTION_MAX = 300;
export const ANSWER_MAX = 10_000;

export const faqForm = z.object({
  slug: z.string().max(500).default(''),
  category: z.string().max(100).default(''),
  position: z.string().max(100).default('100'),
  question_nl: z.string().max(50_000).default(''),
  question_en: z.string().max(50_000).default(''),
  answer_nl: z.string().max(50_000).default(''),
  answer_en: z.string().max(50_000).default(''),
});
export type FaqFormInput = z.infer<typeof faqForm>;

export interface FaqFieldError {
  field: keyof FaqFormInput;
  key: MessageKey;
  params?: Record<string, number>;
}

export interface ValidFaq {
  slug: string;
  category: FaqCategory;
  position: number;
  question_nl: string;
  question_en: string;
  answer_nl: string;
  answer_en: string;
}

export function validateFaq(input: FaqFormInput): { faq?: ValidFaq; errors: FaqFieldError[] } {
  const errors: FaqFieldError[] = [];
  const slug = input.slug.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80)
    errors.push({ field: 'slug', key: 'faq.staff.error.slug' });
  const category = FAQ_CATEGORIES.find((c) => c === input.category);
  if (!category) errors.push({ field: 'category', key: 'faq.staff.error.category' });
  const position = /^\d{1,5}$/.test(input.position.trim()) ? Number(input.position.trim()) : NaN;
  if (!(position >= 0 && position <= 10_000))
    errors.push({ field: 'position', key: 'faq.staff.error.position' });
  const texts = {} as Record<'question_nl' | 'question_en' | 'answer_nl' | 'answer_en', string>;
  for (const field of ['question_nl', 'question_en', 'answer_nl', 'answer_en'] as const) {
    const value = input[field].replace(/\r\n?/g, '\n').trim();
    const max = field.startsWith('question') ? QUESTION_MAX : ANSWER_MAX;
    if (!value) errors.push({ field, key: `faq.staff.error.required.${field}` });
    else if (value.length > max)
      errors.push({ field, key: `faq.staff.error.tooLong.${field}`, params: { max } });
    texts[field] = value;
  }
  if (errors.length > 0 || !category) return { errors };
  return { errors, faq: { slug, category, position, ...texts } };
}

export async function saveFaq(
  db: Kysely<DB>,
  actor: StaffActor,
  id: string | null,
  faq: ValidFaq,
  requestId: string,
): Promise<{ id: string } | { slugTaken: true }> {
  return db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('faq_entries')
      .select('id')
      .where('slug', '=', faq.slug)
      .$if(id !== null, (q) => q.where('id', '!=', id ?? ''))
      .executeTakeFirst();
    if (clash) return { slugTaken: true as const };
    const values = { ...faq, updated_by: actor.userId, updated_at: new Date() };
    const row = id
      ? await trx
          .updateTable('faq_entries')
          .set(values)
          .where('id', '=', id)
          .returning('id')
          .executeTakeFirstOrThrow()
      : await trx.insertInto('faq_entries').values(values).returning('id').executeTakeFirstOrThrow();
    await audit(trx, actor, {
      event: id ? 'support.faq.updated' : 'support.faq.created',
      outcome: 'success',
      objectType: 'faq_entry',
      objectId: row.id,
      requestId,
    });
    return { id: row.id };
  });
}

export async function setPublished(
  db: Kysely<DB>,
  actor: StaffActor,
  id: string,
  published: boolean,
  requestId: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('faq_entries')
      .set({ published, updated_by: actor.userId, updated_at: new Date() })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await audit(trx, actor, {
      event: published ? 'support.faq.published' : 'support.faq.unpublished',
      outcome: 'success',
      objectType: 'faq_entry',
      objectId: id,
      requestId,
    });
    return true;
  });
}
