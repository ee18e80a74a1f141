import { sql } from 'kysely';
import type { Database } from '../platform/db/database.ts';
import { amsterdamToday, nextDay as addDays } from '../platform/time/working-days.ts';

/**
 * The case system's intake (the system of record behind the portal). The portal calls only
 * this interface, so a real back end can take its place. Intake is idempotent on the
 * application id: handing the same application over twice yields one case.
 */
export interface IntakeRequest {
  applicationId: string;
  /** The reference the portal assigned at submission; the case system accepts it as case number. */
  caseNumber: string;
  organisationId: string;
  typeCode: string;
  submittedAt: Date;
  decisionPeriodDays: number;
  submission: Record<string, unknown>;
}

export interface IntakeResult {
  caseNumber: string;
  /** False when the application had been taken in before (a retry). */
  created: boolean;
}

export interface CaseSystem {
  intake(request: IntakeRequest): Promise<IntakeResult>;
}

export function createCaseSystem(db: Database): CaseSystem {
  return {
    async intake(request) {
      return db.transaction().execute(async (trx) => {
        const decisionDue = addDays(amsterdamToday(request.submittedAt), request.decisionPeriodDays);
        const inserted = await trx
          .insertInto('cs_cases')
          .values({
            case_number: request.caseNumber,
            application_id: request.applicationId,
            organisation_id: request.organisationId,
            type_code: request.typeCode,
            state: 'received',
            submission: JSON.stringify(request.submission) as never,
            received_at: request.submittedAt,
            decision_due_on: decisionDue,
          })
          .onConflict((oc) => oc.column('application_id').doNothing())
          .returning('case_number')
          .executeTakeFirst();
        if (!inserted) {
          const existing = await trx
            .selectFrom('cs_cases')
            .select('case_number')
            .where('application_id', '=', request.applicationId)
            .executeTakeFirstOrThrow();
          return { caseNumber: existing.case_number, created: false };
        }
        // Until the daily refresh exists, intake also writes the portal's read-model row, so
        // a recognised sponsor sees the new case in its status list at once.
        await trx
          .insertInto('cases')
          .values({
            organisation_id: request.organisationId,
            employee_id: null,
            case_number: request.caseNumber,
            application_type: request.typeCode,
            state: 'received',
            submitted_at: request.submittedAt,
            decision_due_on: decisionDue,
            decided_at: null,
            updated_at: sql<Date>`now()`,
          })
          .onConflict((oc) => oc.column('case_number').doNothing())
          .execute();
        return { caseNumber: inserted.case_number, created: true };
      });
    },
  };
}
