import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { csvStream } from '../cases/index.ts';
import { access } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit, auditActions, type AuditAction } from '../platform/audit.ts';
import type { Translate } from '../platform/i18n/catalogue.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import type { ModuleContext } from '../platform/module.ts';
import { amsterdamToday } from '../platform/time/working-days.ts';
import type { FieldError } from '../platform/ui/components.tsx';
import {
  actorsOf,
  allActivity,
  knownSubject,
  listActivity,
  nameSubject,
  objectsOf,
  organisationActions,
  type ActivityCursor,
  type ActivityFilters,
  type ActivityRow,
} from './repository.ts';
import { ActivityView, objectText, whoText, type ActivityInput } from './views.tsx';

const PAGE_SIZE = 50;
type Query = Record<string, string | string[] | undefined>;

const one = (query: Query, name: string, max = 200): string => {
  const value = query[name];
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  return text.trim().slice(0, max);
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date (2026-02-30 is not one): it survives the round trip through Date. */
const isDate = (v: string) => {
  const date = new Date(`${v}T00:00:00Z`);
  return DATE.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
};
const WHO = /^(ind|agency:\d{8}|person:[\x21-\x7e]{1,200})$/;

export function encodeCursor(c: ActivityCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeCursor(text: string): ActivityCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return null;
    // Postgres's text form of a timestamptz: date, time with microseconds, offset.
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?)?$/.test(at)) return null;
    return { at, id };
  } catch {
    return null;
  }
}

/** The filters from the query string; bad input is a message next to its field (400), never a 500. */
export function readActivityQuery(
  query: Query,
  t: Translate,
): { input: ActivityInput; filters: ActivityFilters; cursor: ActivityCursor | null; errors: FieldError[] } {
  const input: ActivityInput = {
    who: one(query, 'who', 210),
    action: one(query, 'action', 80),
    from: one(query, 'from', 10),
    to: one(query, 'to', 10),
  };
  const errors: FieldError[] = [];
  if (input.who && !WHO.test(input.who))
    errors.push({ field: 'who', message: t('activity.filter.error.who') });
  if (input.action && !organisationActions().includes(input.action as AuditAction))
    errors.push({ field: 'action', message: t('activity.filter.error.action') });
  if (input.from && !isDate(input.from))
    errors.push({ field: 'from', message: t('activity.filter.error.date') });
  if (input.to && !isDate(input.to)) errors.push({ field: 'to', message: t('activity.filter.error.date') });
  if (errors.length === 0 && input.from && input.to && input.to < input.from)
    errors.push({ field: 'to', message: t('activity.filter.error.range') });
  const after = one(query, 'after', 200);
  const cursor = after ? decodeCursor(after) : null;
  if (after && !cursor) errors.push({ field: 'who', message: t('activity.filter.error.cursor') });
  return {
    input,
    filters: { ...input, action: input.action as AuditAction | '' },
    cursor,
    errors,
  };
}

const labelOf = (lang: Lang) => (event: string) => auditActions()[event]?.label[lang] ?? event;

function hrefOf(path: string, input: ActivityInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...input, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The organisation's activity log (issue 17): page, CSV export, naming a person. */
export function activityRoutes(deps: ModuleContext): FastifyPluginAsync {
  const db = deps.database.db;
  return async (app) => {
    // Any business user: every organisation answers for what is done in its name. 'general': an
    // agency acting by a registered authorisation sees its own actions, whatever the scope.
    const rules = { access: access.business, service: 'general' as const };
    const actorOf = (request: FastifyRequest): BusinessActor => {
      if (request.actor.kind !== 'business') throw new Error('access rule guarantees a business actor');
      // A branch-restricted login sees no whole-organisation data (access.ts, finding 9).
      if (request.actor.branchNumber !== null) throw Object.assign(new Error('branch'), { statusCode: 403 });
      return request.actor;
    };

    const render = async (
      request: FastifyRequest<{ Querystring: Query }>,
      reply: FastifyReply,
      names: { errors: FieldError[]; input: { subject: string; name: string }; status?: number } = {
        errors: [],
        input: { subject: '', name: '' },
      },
    ) => {
      const actor = actorOf(request);
      const { t, lang } = request;
      const parsed = readActivityQuery(request.query, t);
      const page = parsed.errors.length
        ? { rows: [] as ActivityRow[], next: null }
        : await listActivity(db, actor, parsed.filters, parsed.cursor, PAGE_SIZE);
      const [objects, who] = await Promise.all([objectsOf(db, actor, page.rows), actorsOf(db, actor)]);
      const label = labelOf(lang);
      const actions = organisationActions()
        .map((value) => ({ value, label: label(value) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang));
      return reply.page(
        t('activity.title'),
        <ActivityView
          organisation={actor.organisationName}
          agencyKvk={actor.intermediaryKvk}
          input={parsed.input}
          errors={parsed.errors}
          rows={page.rows}
          objects={objects}
          labelOf={label}
          who={who}
          actions={actions}
          firstHref={parsed.cursor ? hrefOf('/activity', parsed.input) : null}
          nextHref={page.next ? hrefOf('/activity', parsed.input, { after: encodeCursor(page.next) }) : null}
          csvHref={hrefOf('/activity.csv', parsed.input)}
          mayName={actor.intermediaryKvk === null}
          nameErrors={names.errors}
          nameInput={names.input}
          saved={one(request.query, 'saved') === '1'}
        />,
        {
          status: names.status ?? (parsed.errors.length ? 400 : 200),
          crumbs: [{ href: '/dashboard', label: t('nav.dashboard') }],
        },
      );
    };

    app.get<{ Querystring: Query }>(
      '/activity',
      { config: { ...rules, rateLimit: { max: 120, timeWindow: '1 minute' } } },
      async (request, reply) => render(request, reply),
    );

    app.get<{ Querystring: Query }>(
      '/activity.csv',
      { config: { ...rules, rateLimit: { max: 20, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { t, lang } = request;
        const parsed = readActivityQuery(request.query, t);
        if (parsed.errors.length) {
          return reply
            .status(400)
            .type('text/plain; charset=utf-8')
            .send(parsed.errors.map((e) => e.message).join('\n'));
        }
        const label = labelOf(lang);
        const header = [
          t('activity.col.when'),
          t('activity.col.who'),
          t('activity.col.what'),
          t('activity.col.object'),
        ];
        // Objects are looked up per batch of rows, with the same rules as the page.
        async function* withObjects() {
          let batch: ActivityRow[] = [];
          const flush = async function* () {
            const objects = await objectsOf(db, actor, batch);
            for (const row of batch) yield { row, objects };
            batch = [];
          };
          for await (const row of allActivity(db, actor, parsed.filters)) {
            batch.push(row);
            if (batch.length >= 500) yield* flush();
          }
          yield* flush();
        }
        const rows = csvStream(header, withObjects(), ({ row, objects }) => [
          row.at.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam' }),
          whoText(t, row),
          label(row.event),
          objectText(t, objects, row),
        ]);
        await audit(db, actor, {
          event: 'activity.exported',
          outcome: 'success',
          objectType: 'activity',
          requestId: request.id,
        });
        const name = `${t('activity.csv.file')}-${amsterdamToday()}.csv`;
        return reply
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .type('text/csv; charset=utf-8')
          .send(Readable.from(rows));
      },
    );

    app.post<{ Querystring: Query; Body: Record<string, unknown> }>(
      '/activity/names',
      { config: { ...rules, rateLimit: { max: 30, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { t } = request;
        const body = request.body as Record<string, unknown> | undefined;
        const field = (name: string) => {
          const value = body?.[name];
          return typeof value === 'string' ? value.trim() : '';
        };
        const input = { subject: field('subject').slice(0, 200), name: field('name').slice(0, 200) };
        const errors: FieldError[] = [];
        if (actor.intermediaryKvk !== null) {
          errors.push({ field: 'subject', message: t('activity.names.agencyOnly') });
        } else {
          if (!input.subject || !(await knownSubject(db, actor, input.subject)))
            errors.push({ field: 'subject', message: t('activity.names.error.subject') });
          if (input.name.length < 1 || input.name.length > 80)
            errors.push({ field: 'name', message: t('activity.names.error.name') });
        }
        if (errors.length) {
          request.query = {};
          return render(request, reply, { errors, input, status: actor.intermediaryKvk ? 403 : 400 });
        }
        await nameSubject(db, actor, input.subject, input.name, request.id);
        return reply.redirect('/activity?saved=1#names', 303);
      },
    );
  };
}
