import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { ReportedChange, ReportOutcome } from './contract.ts';

/**
 * ICAO 9303 "XXX" (unspecified nationality): a registration names the employee by V-number;
 * the nationality is the case system's from the earlier permit, unknown only for a V-number
 * it has never seen with any sponsor.
 */
const UNSPECIFIED_NATIONALITY = 'XXX';

/**
 * Takes in a report under the duty to inform (issue 11), in one transaction: the report is
 * recorded once (idempotent on the portal's report id, also when two attempts race), and its
 * effect on the employee's sponsorship is applied. The `cs_touch` trigger stamps the employee
 * row, so the change export (changesSince) carries it to the portal's read model.
 */
export async function takeInReport(db: Kysely<DB>, report: ReportedChange): Promise<ReportOutcome> {
  return db.transaction().execute(async (trx) => {
    const seen = await trx
      .selectFrom('cs_reports')
      .select('id')
      .where('report_id', '=', report.reportId)
      .executeTakeFirst();
    if (seen) return { accepted: true, created: false };

    let employeeId: string | null = null;
    const person = report.employee;
    if (person && report.kind === 'registration') {
      const known = await trx
        .selectFrom('cs_employees')
        .select('nationality')
        .where('v_number', '=', person.vNumber)
        .orderBy('changed_at', 'desc')
        .executeTakeFirst();
      const row = await trx
        .insertInto('cs_employees')
        .values({
          kvk_number: report.kvkNumber,
          v_number: person.vNumber,
          given_names: person.givenNames,
          surname: person.surname,
          date_of_birth: person.dateOfBirth,
          nationality: known?.nationality ?? UNSPECIFIED_NATIONALITY,
          permit_type: person.permitType,
          sponsorship_state: 'active',
          registered_on: report.occurredOn,
          deregistered_on: null,
        })
        .onConflict((oc) =>
          oc.constraint('cs_employees_org_vnumber').doUpdateSet({
            sponsorship_state: 'active',
            registered_on: report.occurredOn,
            deregistered_on: null,
            permit_type: sql`coalesce(excluded.permit_type, cs_employees.permit_type)`,
          }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      employeeId = row.id;
    } else if (person) {
      const row = await trx
        .selectFrom('cs_employees')
        .select('id')
        .where('kvk_number', '=', report.kvkNumber)
        .where('v_number', '=', person.vNumber)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return { accepted: false, reason: 'unknown_employee' };
      employeeId = row.id;
      if (report.endsSponsorship) {
        await trx
          .updateTable('cs_employees')
          .set({ sponsorship_state: 'ended', deregistered_on: report.occurredOn })
          .where('id', '=', row.id)
          .execute();
      }
    }

    const inserted = await trx
      .insertInto('cs_reports')
      .values({
        report_id: report.reportId,
        reference: report.reference,
        kvk_number: report.kvkNumber,
        kind: report.kind,
        reason: report.reason,
        occurred_on: report.occurredOn,
        late: report.late,
        employee_id: employeeId,
        payload: JSON.stringify({ employee: report.employee, ...report.details }) as never,
        received_at: report.submittedAt,
      })
      .onConflict((oc) => oc.column('report_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return { accepted: true, created: inserted !== undefined };
  });
}
