import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

/**
 * Read-model rows written directly, as the refresh would write them (tests and benchmarks of
 * the sponsor's pages). Never used by the portal itself.
 */
export async function organisationIdOf(db: Kysely<DB>, kvkNumber: string): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('kvk_number', '=', kvkNumber)
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface CaseSeed {
  caseNumber: string;
  employeeName?: string;
  vNumber?: string | null;
  type?: string;
  state?: string;
  submittedAt?: Date | string;
  decisionDueOn?: string | null;
  targetDate?: string | null;
  informationDeadline?: string | null;
}

export async function insertCase(db: Kysely<DB>, organisationId: string, seed: CaseSeed): Promise<string> {
  const row = await db
    .insertInto('cases')
    .values({
      organisation_id: organisationId,
      case_number: seed.caseNumber,
      source_id: `cs-${seed.caseNumber}`,
      application_type: seed.type ?? 'hsm_entry_mvv',
      state: (seed.state ?? 'received') as never,
      submitted_at: seed.submittedAt ?? new Date('2026-10-01T09:00:00Z'),
      decision_due_on: seed.decisionDueOn ?? '2026-12-30',
      target_date: seed.targetDate ?? null,
      information_deadline: seed.informationDeadline ?? null,
      employee_name: seed.employeeName ?? 'Jansen, Piet',
      v_number: seed.vNumber ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertEvent(
  db: Kysely<DB>,
  organisationId: string,
  caseId: string,
  event: { at: Date | string; status: string; reason: string; deadline?: string | null },
): Promise<string> {
  const row = await db
    .insertInto('case_events')
    .values({
      source_id: `ev-${randomUUID()}`,
      case_id: caseId,
      case_source_id: `cs-${caseId}`,
      organisation_id: organisationId,
      at: event.at,
      status: event.status,
      reason: event.reason,
      deadline: event.deadline ?? null,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertDocument(
  db: Kysely<DB>,
  organisationId: string,
  caseId: string,
  document: { kind?: string; title: string; createdAt?: Date | string; contentType?: string },
): Promise<{ id: string; sourceId: string }> {
  const sourceId = `doc-${randomUUID()}`;
  const row = await db
    .insertInto('case_documents')
    .values({
      source_id: sourceId,
      case_id: caseId,
      case_source_id: `cs-${caseId}`,
      organisation_id: organisationId,
      kind: document.kind ?? 'decision',
      title: document.title,
      content_type: document.contentType ?? 'application/pdf',
      size: 1234,
      sha256: '0'.repeat(64),
      created_at: document.createdAt ?? new Date('2026-10-02T10:00:00Z'),
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, sourceId };
}
