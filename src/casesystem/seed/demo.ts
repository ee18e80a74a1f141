import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { decisionDates } from '../../applications/index.ts';
import { DEMO_ORGANISATIONS } from '../../organisations/index.ts';
import type { Address, DB } from '../../platform/db/schema.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { SeedContext } from '../../platform/module.ts';
import { amsterdamToday, nextDay } from '../../platform/time/working-days.ts';
import { completeBsn } from '../../platform/validation/identifiers.ts';
import { CASE_STATUSES, type CaseStatus, type DocumentKind } from '../contract.ts';
import { letterTitle, renderLetter, type Letter, type LetterCase } from '../letters.ts';
import { FILE_PURPOSE, insertDocument, insertEvent } from '../service.ts';

/**
 * The case system's demo data: the demo organisations as the IND knows them (registry data,
 * recognitions), the persons they sponsor (permits of the catalogue's type codes, some ending
 * within three months), and one case per person across all statuses, with its history and
 * its letters (real PDFs in the FileStore). The portal's read model gets them from a refresh.
 */
const GIVEN = [
  'Priya',
  'Wei',
  'Lucas',
  'Amara',
  'Mateo',
  'Yuki',
  'Olena',
  'Rahul',
  'Sofia',
  'Kwame',
  'Ana',
  'Omar',
];
const SURNAMES = [
  'Sharma',
  'Zhang',
  'Oliveira',
  'Okafor',
  'García',
  'Tanaka',
  'Kovalenko',
  'Iyer',
  'Rossi',
  'Mensah',
  'Silva',
  'Haddad',
];
// No EU, EEA or Swiss nationals: they need no residence permit (domain review #64).
const NATIONALITIES = ['IND', 'CHN', 'BRA', 'NGA', 'TUR', 'JPN', 'UKR', 'IND', 'PHL', 'GHA', 'MEX', 'LBN'];
/** Catalogue type codes per recognition; the first is used for the statuses after an mvv. */
const TYPES: Record<string, string[]> = {
  work: [
    'hsm_entry_mvv',
    'hsm_residence',
    'eu_blue_card',
    'hsm_extension',
    'intra_corporate_transferee',
    'family_member',
  ],
  research: ['researcher', 'family_member'],
  study: ['study'],
  exchange: ['au_pair', 'exchange'],
  none: ['eu_blue_card', 'intra_corporate_transferee'],
};
/** The way through the statuses that ends in each one (the history of a demo case). */
const PATHS: Record<CaseStatus, CaseStatus[]> = {
  received: ['received'],
  in_progress: ['received', 'in_progress'],
  information_requested: ['received', 'in_progress', 'information_requested'],
  granted: ['received', 'in_progress', 'granted'],
  rejected: ['received', 'in_progress', 'information_requested', 'in_progress', 'rejected'],
  withdrawn: ['received', 'withdrawn'],
  mvv_issued: ['received', 'in_progress', 'granted', 'mvv_issued'],
  document_ready: ['received', 'in_progress', 'granted', 'document_ready'],
};
const DAY = 86_400_000;

function address(street: string, city: string, postalCode: string): Address {
  return { street, houseNumber: '1', postalCode, city, country: 'NLD' };
}

export async function seedCaseSystemDemo(ctx: SeedContext, now = new Date()): Promise<boolean> {
  const db = ctx.database.db;
  const existing = await db.selectFrom('cs_organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const files = ctx.files;
  const today = amsterdamToday(now);
  const written: string[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      let serial = 1;
      for (const [index, org] of DEMO_ORGANISATIONS.entries()) {
        const lang: Lang = org.key === 'university' ? 'en' : 'nl';
        await trx
          .insertInto('cs_organisations')
          .values({
            kvk_number: org.kvk,
            name: org.name,
            legal_form: org.legalForm,
            rsin: completeBsn(`8${org.kvk.slice(0, 7)}`) ?? null,
            visiting_address: JSON.stringify(address('Stationsplein', org.city, `10${index}2 AB`)) as never,
            administration_address: JSON.stringify(
              address('Keizersgracht', org.city, `10${index}0 AA`),
            ) as never,
            employee_count: 40 + index * 120,
            language: lang,
          })
          .execute();
        for (const category of org.recognitions) {
          await trx
            .insertInto('cs_recognitions')
            .values({
              kvk_number: org.kvk,
              category,
              state: 'active',
              start_date: '2019-03-01',
              end_date: null,
              reason: null,
            })
            .execute();
        }
        const types = TYPES[org.recognitions[0] ?? 'none'] ?? ['hsm_residence'];
        for (let e = 0; e < org.employees; e++) {
          const n = (index * 7 + e) % GIVEN.length;
          const status = CASE_STATUSES[(e + index) % CASE_STATUSES.length] ?? 'received';
          const typeCode =
            status === 'mvv_issued' && types[0] ? types[0] : (types[e % types.length] ?? 'hsm_residence');
          const ended = e % 5 === 4;
          const employee = await trx
            .insertInto('cs_employees')
            .values({
              kvk_number: org.kvk,
              v_number: String(3_000_000_000 + index * 1000 + e),
              given_names: GIVEN[n] ?? 'Alex',
              surname: SURNAMES[(n + e) % SURNAMES.length] ?? 'Jansen',
              date_of_birth: `19${80 + ((e * 3) % 20)}-0${1 + (e % 9)}-1${e % 9}`,
              nationality: NATIONALITIES[n] ?? 'USA',
              permit_type: typeCode,
              // Every fourth permit ends within three months (the "ending soon" list).
              permit_end_date: e % 4 === 0 ? nextDay(today, 20 + e * 3) : nextDay(today, 300 + e * 40),
              sponsorship_state: ended ? 'ended' : status === 'received' ? 'pending' : 'active',
              registered_on: e % 4 === 0 ? null : '2024-02-01',
              deregistered_on: ended ? nextDay(today, -30) : null,
            })
            .returning(['id', 'surname', 'given_names'])
            .executeTakeFirstOrThrow();
          const received = new Date(now.getTime() - (5 + e * 9) * DAY);
          const dates = decisionDates({
            receivedOn: amsterdamToday(received),
            periodDays: 90,
            recognisedSponsor: org.recognitions.length > 0,
          });
          const caseNumber = `${now.getUTCFullYear()}-${String(index + 1).padStart(2, '0')}${String(serial++).padStart(6, '0')}`;
          const path = PATHS[status];
          const informationDeadline = status === 'information_requested' ? nextDay(today, 14) : null;
          const row = await trx
            .insertInto('cs_cases')
            .values({
              case_number: caseNumber,
              application_id: crypto.randomUUID(),
              kvk_number: org.kvk,
              employee_id: employee.id,
              type_code: typeCode,
              state: status,
              submission: JSON.stringify({ demo: true, answers: {} }) as never,
              received_at: received,
              decision_due_on: dates.statutoryEnd,
              target_date: dates.serviceTarget?.complete ?? null,
              information_deadline: informationDeadline,
              decided_at: path.some((s) => ['granted', 'rejected', 'withdrawn'].includes(s))
                ? new Date(received.getTime() + (path.length - 1) * 3 * DAY)
                : null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const letterCase: LetterCase = {
            caseNumber,
            typeCode,
            kvkNumber: org.kvk,
            organisationName: org.name,
            employeeName: `${employee.surname}, ${employee.given_names}`,
            receivedOn: dates.receivedOn,
          };
          for (const [step, stepStatus] of path.entries()) {
            const at = new Date(received.getTime() + step * 3 * DAY);
            const letter = letterFor(stepStatus, step, {
              statutoryEnd: dates.statutoryEnd,
              targetDate: dates.serviceTarget?.complete ?? null,
              deadline: informationDeadline ?? nextDay(amsterdamToday(at), 14),
            });
            const documentId =
              letter && files
                ? await storeLetter(trx, files, row.id, letterCase, letter, lang, at, written)
                : null;
            await insertEvent(trx, {
              caseId: row.id,
              at,
              status: stepStatus,
              reason:
                step === 0
                  ? 'intake'
                  : letter?.kind === 'decision'
                    ? stepStatus
                    : stepStatus === 'in_progress' && step > 1
                      ? 'information_supplied'
                      : stepStatus,
              note: null,
              deadline:
                stepStatus === 'information_requested'
                  ? (informationDeadline ?? nextDay(amsterdamToday(at), 14))
                  : null,
              documentId,
              actor: 'seed',
            });
          }
        }
      }
    });
  } catch (error) {
    if (files) for (const key of written) await files.delete(key);
    throw error;
  }
  ctx.logger?.info('case system demo data seeded');
  return true;
}

function letterFor(
  status: CaseStatus,
  step: number,
  d: { statutoryEnd: string; targetDate: string | null; deadline: string },
): Letter | null {
  if (step === 0) return { kind: 'acknowledgement', statutoryEnd: d.statutoryEnd, targetDate: d.targetDate };
  if (status === 'information_requested') {
    return {
      kind: 'information_request',
      missing: 'Een kopie van de ondertekende arbeidsovereenkomst.',
      deadline: d.deadline,
    };
  }
  if (status === 'granted')
    return { kind: 'decision', outcome: 'granted', reasons: 'De aanvraag voldoet aan alle voorwaarden.' };
  if (status === 'rejected') {
    return {
      kind: 'decision',
      outcome: 'rejected',
      reasons: 'Het salaris is lager dan het vereiste normbedrag.',
    };
  }
  return null;
}

async function storeLetter(
  trx: Kysely<DB>,
  files: FileStore,
  caseId: string,
  c: LetterCase,
  letter: Letter,
  lang: Lang,
  at: Date,
  written: string[],
): Promise<string> {
  const pdf = await renderLetter(c, letter, lang, at, 'standard');
  const stored = await files.put(Readable.from([pdf]), {
    contentType: 'application/pdf',
    purpose: FILE_PURPOSE,
  });
  written.push(stored.key);
  const kind: DocumentKind = letter.kind;
  return insertDocument(
    trx,
    caseId,
    kind,
    {
      fileKey: stored.key,
      title: `${letterTitle(letter.kind, lang)} ${c.caseNumber}`,
      contentType: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
    },
    at,
  );
}
