import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit, auditActions, type AuditAction } from '../platform/audit.ts';
import { prepared } from '../platform/db/database.ts';
import type { DB } from '../platform/db/schema.ts';
import type { ServiceKey } from '../platform/ui/services.ts';

/**
 * The organisation's activity log: the audit rows of the actions done in its name (issue 17).
 * Every query starts from `scope(actor)`: the organisation acted for, successful actions that
 * are declared for the organisation, and — for an agency acting for a sponsor — only the
 * agency's own rows.
 */

export interface ActivityFilters {
  /** '' | 'ind' | 'agency:<kvk>' | 'person:<pseudonym>' */
  who: string;
  action: AuditAction | '';
  /** Dates (yyyy-mm-dd) in Amsterdam time, inclusive. */
  from: string;
  to: string;
}

export interface ActivityCursor {
  at: string;
  id: number;
}

export interface ActivityRow {
  id: number;
  at: Date;
  atText: string;
  event: AuditAction;
  actorKind: string;
  subject: string | null;
  subjectName: string | null;
  intermediaryKvk: string | null;
  intermediaryName: string | null;
  objectType: string | null;
  objectId: string | null;
}

/** The declared actions an organisation sees (platform/audit.ts registry). */
export function organisationActions(): AuditAction[] {
  return Object.entries(auditActions())
    .filter(([, spec]) => spec.shown === 'organisation')
    .map(([name]) => name as AuditAction);
}

function scope(db: Kysely<DB>, actor: BusinessActor) {
  return db
    .selectFrom('audit_log as a')
    .where('a.organisation_id', '=', actor.organisationId)
    .where('a.outcome', '=', 'success')
    .where('a.event', 'in', organisationActions())
    .$if(actor.intermediaryKvk !== null, (q) => q.where('a.intermediary_kvk', '=', actor.intermediaryKvk))
    .$if(actor.intermediaryKvk === null && actor.via !== 'self', (q) => q.where(sql<boolean>`false`));
}

function filtered(db: Kysely<DB>, actor: BusinessActor, f: ActivityFilters) {
  return scope(db, actor)
    .$if(f.action !== '', (q) => q.where('a.event', '=', f.action))
    .$if(f.who === 'ind', (q) => q.where('a.actor_kind', '=', 'staff'))
    .$if(f.who.startsWith('agency:'), (q) => q.where('a.intermediary_kvk', '=', f.who.slice(7)))
    .$if(f.who.startsWith('person:'), (q) => q.where('a.actor_subject', '=', f.who.slice(7)))
    .$if(f.from !== '', (q) =>
      q.where('a.at', '>=', sql<Date>`(${f.from}::date)::timestamp at time zone 'Europe/Amsterdam'`),
    )
    .$if(f.to !== '', (q) =>
      q.where('a.at', '<', sql<Date>`(${f.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`),
    );
}

function selectRows(db: Kysely<DB>, actor: BusinessActor, f: ActivityFilters) {
  return filtered(db, actor, f)
    .leftJoin('organisations as i', 'i.kvk_number', 'a.intermediary_kvk')
    .leftJoin('activity_subject_names as n', (join) =>
      join.onRef('n.subject', '=', 'a.actor_subject').on('n.organisation_id', '=', actor.organisationId),
    )
    .select([
      'a.id',
      'a.at',
      sql<string>`a.at::text`.as('atText'),
      'a.event',
      'a.actor_kind as actorKind',
      'a.actor_subject as subject',
      'n.name as subjectName',
      'a.intermediary_kvk as intermediaryKvk',
      'i.name as intermediaryName',
      'a.object_type as objectType',
      'a.object_id as objectId',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc');
}

/** One page, newest first; `next` when there is more (keyset on (at, id): stable under inserts). */
export async function listActivity(
  db: Kysely<DB>,
  actor: BusinessActor,
  f: ActivityFilters,
  cursor: ActivityCursor | null,
  limit: number,
): Promise<{ rows: ActivityRow[]; next: ActivityCursor | null }> {
  const query = selectRows(db, actor, f)
    .$if(cursor !== null, (q) =>
      q.where(sql<boolean>`(a.at, a.id) < (${cursor?.at ?? ''}::timestamptz, ${cursor?.id ?? 0}::bigint)`),
    )
    .limit(limit + 1)
    .compile();
  // Prepared: with the declared actions as ~50 parameters, planning took 0.5–0.8 ms, several
  // times the execution.
  const rows = (await db.executeQuery<ActivityRow>(prepared(query))).rows;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { at: last.atText, id: last.id } : null };
}

/** Every matching row, newest first, in batches (the CSV export), at most `max`. */
export async function* allActivity(
  db: Kysely<DB>,
  actor: BusinessActor,
  f: ActivityFilters,
  max = 100_000,
): AsyncGenerator<ActivityRow> {
  let cursor: ActivityCursor | null = null;
  let count = 0;
  while (count < max) {
    const page = await listActivity(db, actor, f, cursor, Math.min(1000, max - count));
    for (const row of page.rows) yield row;
    count += page.rows.length;
    if (!page.next) return;
    cursor = page.next;
  }
}

export interface WhoOption {
  value: string;
  subject?: string;
  name?: string | null;
  kvk?: string;
}

/**
 * The people and agencies in the organisation's log (the "who" filter; the naming form), in one
 * statement. The log grows without end (an HR system polling the API adds a row a call), so the
 * distinct values are not read by scanning the organisation's rows: each is found by a skip scan,
 * one index probe per distinct value (`audit_log_organisation_subject_keyset_idx` and
 * `audit_log_intermediary_keyset_idx`), then kept only where a row in `scope(actor)` has it.
 */
export async function actorsOf(db: Kysely<DB>, actor: BusinessActor): Promise<WhoOption[]> {
  const rows = await db.executeQuery(prepared(whoQuery(db, actor).compile(db)));
  return rows.rows.map((row) =>
    row.kind === 'person'
      ? { value: `person:${row.value}`, subject: row.value, name: row.name }
      : { value: `agency:${row.value}`, kvk: row.value, name: row.name },
  );
}

/** The statement of `actorsOf` (its plan is tested: activity.db.test.ts). */
export function whoQuery(db: Kysely<DB>, actor: BusinessActor) {
  const org = actor.organisationId;
  const visible = (column: 'a.actor_subject' | 'a.intermediary_kvk', value: RawBuilder<unknown>) =>
    scope(db, actor)
      .select(sql`1`.as('one'))
      .where(sql<boolean>`${sql.ref(column)} = ${value}`);
  // The distinct values of a column in the organisation's rows, one index probe each.
  const skipScan = (name: string, column: 'a.actor_subject' | 'a.intermediary_kvk') => {
    const [table, value] = [sql.raw(name), sql.ref(column)];
    return sql`${table}(value) as (
      (select ${value} from audit_log a
        where a.organisation_id = ${org} and ${value} is not null
        order by ${value} limit 1)
      union all
      select (select ${value} from audit_log a
        where a.organisation_id = ${org} and ${value} is not null and ${value} > d.value
        order by ${value} limit 1)
      from ${table} d where d.value is not null
    )`;
  };
  return sql<{ kind: 'person' | 'agency'; value: string; name: string | null }>`
    with recursive ${skipScan('subjects', 'a.actor_subject')}, ${skipScan('agencies', 'a.intermediary_kvk')}
    select kind, value, name from (
      (select 'person' as kind, s.value, n.name,
          row_number() over (order by n.name, s.value) as position
        from subjects s
        left join activity_subject_names n on n.subject = s.value and n.organisation_id = ${org}
        where s.value is not null and exists (${visible('a.actor_subject', sql`s.value`)})
        order by position limit 200)
      union all
      (select 'agency', g.value, i.name, row_number() over (order by g.value)
        from agencies g
        left join organisations i on i.kvk_number = g.value
        where g.value is not null and exists (${visible('a.intermediary_kvk', sql`g.value`)})
        order by 4 limit 100)
    ) who
    order by kind = 'agency', position`;
}

/** Whether a pseudonym appears in the organisation's log (one may name only those). */
export async function knownSubject(db: Kysely<DB>, actor: BusinessActor, subject: string): Promise<boolean> {
  const row = await scope(db, actor)
    .where('a.actor_subject', '=', subject)
    .select('a.id')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** What the actor may already see (issue 17: personal data only as far as the user may see it). */
export function mayUse(actor: BusinessActor, service: ServiceKey): boolean {
  return !actor.scope || actor.scope.includes(service);
}

/**
 * "Which case or employee" for a page of rows, looked up within the organisation acted for and
 * only where the actor may see the object: a case and its employee with the status service, a
 * document with the documents service, a draft with submit, an employee with register.
 */
export async function objectsOf(
  db: Kysely<DB>,
  actor: BusinessActor,
  rows: readonly ActivityRow[],
): Promise<Map<string, string>> {
  const idsOf = (type: string) =>
    [...new Set(rows.filter((r) => r.objectType === type && r.objectId).map((r) => r.objectId ?? ''))].filter(
      (id) => UUID.test(id),
    );
  const result = new Map<string, string>();
  const org = actor.organisationId;
  const cases = idsOf('case');
  if (cases.length && mayUse(actor, 'status')) {
    const found = await db
      .selectFrom('cases')
      .select(['id', 'case_number', 'employee_name'])
      .where('organisation_id', '=', org)
      .where('id', 'in', cases)
      .execute();
    for (const c of found)
      result.set(`case:${c.id}`, c.employee_name ? `${c.case_number} — ${c.employee_name}` : c.case_number);
  }
  const documents = idsOf('document');
  if (documents.length && mayUse(actor, 'documents')) {
    const found = await db
      .selectFrom('case_documents')
      .select(['id', 'title'])
      .where('organisation_id', '=', org)
      .where('id', 'in', documents)
      .execute();
    for (const d of found) result.set(`document:${d.id}`, d.title);
  }
  const applications = idsOf('application');
  if (applications.length && mayUse(actor, 'submit')) {
    const found = await db
      .selectFrom('applications')
      .select(['id', 'reference', 'employee_name'])
      .where('organisation_id', '=', org)
      .where('id', 'in', applications)
      .execute();
    for (const a of found) {
      const text = [a.reference, a.employee_name].filter(Boolean).join(' — ');
      if (text) result.set(`application:${a.id}`, text);
    }
  }
  const employees = idsOf('employee');
  if (employees.length && mayUse(actor, 'register')) {
    const found = await db
      .selectFrom('employees')
      .select(['id', 'given_names', 'surname', 'v_number'])
      .where('organisation_id', '=', org)
      .where('id', 'in', employees)
      .execute();
    for (const e of found)
      result.set(`employee:${e.id}`, `${e.surname}, ${e.given_names}${e.v_number ? ` (${e.v_number})` : ''}`);
  }
  return result;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Gives a pseudonym a name (or changes it) for the organisation. */
export async function nameSubject(
  db: Kysely<DB>,
  actor: BusinessActor,
  subject: string,
  name: string,
  requestId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('activity_subject_names')
      .values({ organisation_id: actor.organisationId, subject, name, named_by: actor.actingSubject })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'subject']).doUpdateSet({
          name,
          named_by: actor.actingSubject,
          updated_at: new Date(),
        }),
      )
      .execute();
    await audit(trx, actor, {
      event: 'activity.subject_named',
      outcome: 'success',
      objectType: 'subject',
      objectId: subject.slice(0, 100),
      requestId,
    });
  });
}
