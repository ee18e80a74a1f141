import type { Kysely } from 'kysely';
import type { BusinessActor } from '../../platform/auth/actor.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { ReportState } from '../schema.ts';

/**
 * Queries for technical issue reports. A business user's queries are scoped by the
 * organisation of the actor (rule 1); staff queries are for the back office only.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

const SUMMARY = ['id', 'reference', 'kvk_number', 'state', 'created_at', 'correlation_id'] as const;

export async function listForOrganisation(db: Kysely<DB>, actor: BusinessActor) {
  return db
    .selectFrom('support_reports')
    .select(SUMMARY)
    .where('organisation_id', '=', actor.organisationId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

/** The report if it belongs to the actor's organisation; undefined otherwise (→ 404). */
export async function findForOrganisation(db: Kysely<DB>, actor: BusinessActor, id: string) {
  if (!isUuid(id)) return undefined;
  const report = await db
    .selectFrom('support_reports')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!report) return undefined;
  const [answers, files] = await Promise.all([
    answersOf(db, report.id),
    db
      .selectFrom('support_report_files')
      .select(({ fn }) => fn.countAll<number>().as('count'))
      .where('report_id', '=', report.id)
      .executeTakeFirstOrThrow(),
  ]);
  return { report, answers, screenshotCount: files.count };
}

export async function answersOf(db: Kysely<DB>, reportId: string) {
  return db
    .selectFrom('support_report_answers')
    .select(['id', 'body', 'created_at'])
    .where('report_id', '=', reportId)
    .orderBy('created_at', 'asc')
    .execute();
}

export async function listForStaff(db: Kysely<DB>, state: ReportState | 'open') {
  let query = db
    .selectFrom('support_reports')
    .leftJoin('organisations', 'organisations.id', 'support_reports.organisation_id')
    .select([
      'support_reports.id',
      'support_reports.reference',
      'support_reports.kvk_number',
      'support_reports.state',
      'support_reports.created_at',
      'support_reports.correlation_id',
      'organisations.name as organisation_name',
    ]);
  query =
    state === 'open'
      ? query.where('support_reports.state', 'in', ['new', 'assessing'])
      : query.where('support_reports.state', '=', state);
  return query.orderBy('support_reports.created_at', 'desc').limit(500).execute();
}

export async function findForStaff(db: Kysely<DB>, id: string) {
  if (!isUuid(id)) return undefined;
  const report = await db
    .selectFrom('support_reports')
    .leftJoin('organisations', 'organisations.id', 'support_reports.organisation_id')
    .selectAll('support_reports')
    .select('organisations.name as organisation_name')
    .where('support_reports.id', '=', id)
    .executeTakeFirst();
  if (!report) return undefined;
  const [files, notes, answers] = await Promise.all([
    db
      .selectFrom('support_report_files')
      .select(['id', 'content_type', 'size', 'position'])
      .where('report_id', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('support_report_notes')
      .select(['id', 'staff_name', 'body', 'created_at'])
      .where('report_id', '=', id)
      .orderBy('created_at', 'asc')
      .execute(),
    answersOf(db, id),
  ]);
  return { report, files, notes, answers };
}

export async function findFileForStaff(db: Kysely<DB>, reportId: string, fileId: string) {
  if (!isUuid(reportId) || !isUuid(fileId)) return undefined;
  return db
    .selectFrom('support_report_files')
    .innerJoin('support_reports', 'support_reports.id', 'support_report_files.report_id')
    .select([
      'support_report_files.file_key',
      'support_report_files.content_type',
      'support_report_files.position',
      'support_reports.reference',
    ])
    .where('support_report_files.id', '=', fileId)
    .where('support_report_files.report_id', '=', reportId)
    .executeTakeFirst();
}
