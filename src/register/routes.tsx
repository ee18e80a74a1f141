import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { csvLine, CSV_BOM } from '../cases/index.ts';
import { access } from '../platform/auth/access.ts';
import type { RecognitionCategory } from '../platform/db/schema.ts';
import type { Translate } from '../platform/i18n/catalogue.ts';
import type { ModuleContext } from '../platform/module.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import type { FieldError } from '../platform/ui/components.tsx';
import {
  allRegister,
  CATEGORIES,
  lastRun,
  listRegister,
  type RegisterCursor,
  type RegisterEntry,
  type RegisterQuery,
} from './repository.ts';
import { RegisterView, type RegisterInput } from './views.tsx';

const PAGE_SIZE = 50;
type Query = Record<string, string | string[] | undefined>;

/** The open data's columns (docs/public-register.md): stable, never translated, never reordered. */
export const OPEN_DATA_COLUMNS = ['kvk_number', 'name', 'place', 'category', 'recognised_since'] as const;

const one = (query: Query, name: string): string => {
  const value = query[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
};

function readQuery(query: Query, t: Translate) {
  const input: RegisterInput = {
    q: one(query, 'q').slice(0, 200),
    place: one(query, 'place').slice(0, 200),
    category: one(query, 'category').slice(0, 40),
  };
  const errors: FieldError[] = [];
  if (input.q.length > 100) errors.push({ field: 'q', message: t('register.error.q') });
  if (input.place.length > 60) errors.push({ field: 'place', message: t('register.error.place') });
  if (input.category && !(CATEGORIES as readonly string[]).includes(input.category))
    errors.push({ field: 'category', message: t('register.error.category') });
  const after = one(query, 'after');
  let cursor: RegisterCursor | null = null;
  if (after) {
    cursor = decodeCursor(after);
    if (!cursor) errors.push({ field: 'q', message: t('register.error.cursor') });
  }
  const filters: RegisterQuery = {
    q: input.q,
    place: input.place,
    category: input.category as RecognitionCategory | '',
  };
  return { input, filters, cursor, errors };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encodeCursor = (c: RegisterCursor) => Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
function decodeCursor(text: string): RegisterCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text.slice(0, 600), 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [key, id] = value as unknown[];
    if (typeof key !== 'string' || key.length > 300 || typeof id !== 'string' || !UUID.test(id)) return null;
    return { key, id };
  } catch {
    return null;
  }
}

function hrefOf(path: string, input: RegisterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...input, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Answers, cached per refresh run: the register changes only with a refresh, so a response is
 * kept in process under (run, language, URL) and sent with an ETag of that key; a client that
 * has it gets 304. Bounded: the oldest answer goes first.
 */
class RunCache {
  readonly #entries = new Map<string, { body: string; etag: string; type: string; status: number }>();
  constructor(private readonly max = 300) {}
  get(key: string) {
    return this.#entries.get(key);
  }
  set(key: string, value: { body: string; type: string; status: number }) {
    const etag = `"reg-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
    if (this.#entries.size >= this.max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    const entry = { ...value, etag };
    this.#entries.set(key, entry);
    return entry;
  }
}

/** The public register (issue 17): no login, cached, rate-limited per client. */
export function registerRoutes(deps: ModuleContext): FastifyPluginAsync {
  const db = deps.database.db;
  const cache = new RunCache();
  const pageCache = new PageCache();
  return async (app) => {
    const cached = async (
      request: FastifyRequest,
      reply: FastifyReply,
      build: (asOf: Date | null) => Promise<{ body: string; type: string; status: number; name?: string }>,
    ) => {
      const run = await lastRun(db);
      const key = `${run?.id ?? 0}|${request.lang}|${request.url}`;
      let entry = cache.get(key);
      if (!entry) {
        const built = await build(run?.finishedAt ?? null);
        entry = cache.set(key, built);
      }
      reply.header('etag', entry.etag);
      reply.header('cache-control', 'public, max-age=300');
      if (request.headers['if-none-match'] === entry.etag) return reply.status(304).send();
      return reply.status(entry.status).type(entry.type).send(entry.body);
    };

    app.get<{ Querystring: Query }>(
      '/register',
      { config: { access: access.public, rateLimit: { max: 60, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const { t } = request;
        const parsed = readQuery(request.query, t);
        // The page carries the session's CSRF token and login state in its frame, so only the
        // query result is cached, not the rendered page.
        const run = await lastRun(db);
        const key = `${run?.id ?? 0}|page|${request.url}`;
        let page = pageCache.get(key);
        if (!page) {
          page = parsed.errors.length
            ? { rows: [], next: null }
            : await listRegister(db, parsed.filters, amsterdamToday(), parsed.cursor, PAGE_SIZE);
          if (!parsed.errors.length) pageCache.set(key, page);
        }
        return reply.page(
          t('register.title'),
          <RegisterView
            input={parsed.input}
            errors={parsed.errors}
            rows={page.rows}
            asOf={run?.finishedAt ?? null}
            firstHref={parsed.cursor ? hrefOf('/register', parsed.input) : null}
            nextHref={
              page.next ? hrefOf('/register', parsed.input, { after: encodeCursor(page.next) }) : null
            }
            csvHref={hrefOf('/register.csv', parsed.input)}
            jsonHref={hrefOf('/register.json', parsed.input)}
          />,
          { status: parsed.errors.length ? 400 : 200 },
        );
      },
    );
    const download =
      (format: 'csv' | 'json') =>
      async (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) => {
        const parsed = readQuery(request.query, request.t);
        if (parsed.errors.length || parsed.cursor) {
          return reply
            .status(400)
            .header('cache-control', 'no-store')
            .type('text/plain; charset=utf-8')
            .send(parsed.errors.map((e) => e.message).join('\n') || 'after: not for downloads');
        }
        reply.header('content-disposition', `attachment; filename="register-erkend-referenten.${format}"`);
        return cached(request, reply, async (asOf) => {
          const entries: RegisterEntry[] = [];
          for await (const entry of allRegister(db, parsed.filters, amsterdamToday())) entries.push(entry);
          const lines = entries.flatMap((e) =>
            e.recognitions.map((r) => ({
              kvk_number: e.kvkNumber,
              name: e.name,
              place: e.place,
              category: r.category,
              recognised_since: r.since,
            })),
          );
          if (format === 'json') {
            return {
              status: 200,
              type: 'application/json; charset=utf-8',
              body: JSON.stringify({
                as_of: asOf?.toISOString() ?? null,
                columns: OPEN_DATA_COLUMNS,
                rows: lines,
              }),
            };
          }
          return {
            status: 200,
            type: 'text/csv; charset=utf-8',
            body:
              CSV_BOM +
              csvLine(OPEN_DATA_COLUMNS) +
              lines.map((l) => csvLine(OPEN_DATA_COLUMNS.map((c) => l[c]))).join(''),
          };
        });
      };
    const downloadRules = { access: access.public, rateLimit: { max: 10, timeWindow: '1 minute' } };
    app.get<{ Querystring: Query }>('/register.csv', { config: downloadRules }, download('csv'));
    app.get<{ Querystring: Query }>('/register.json', { config: downloadRules }, download('json'));
  };
}

/** Query results of the register page, per refresh run and URL (bounded, oldest out first). */
class PageCache {
  readonly #entries = new Map<string, { rows: RegisterEntry[]; next: RegisterCursor | null }>();
  get(key: string) {
    return this.#entries.get(key);
  }
  set(key: string, value: { rows: RegisterEntry[]; next: RegisterCursor | null }) {
    if (this.#entries.size >= 500) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
  }
}
