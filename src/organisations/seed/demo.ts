import type { Database } from '../../platform/db/database.ts';
import type { Address, CaseState, RecognitionCategory } from '../../platform/db/schema.ts';
import { completeBsn } from '../../platform/validation/identifiers.ts';

/**
 * The demo organisations that every development start and every demo uses. The KVK
 * numbers are fixed so the test broker can offer them by name.
 */
export interface DemoOrganisation {
  key: 'employer' | 'research' | 'university' | 'au-pair' | 'non-recognised' | 'intermediary';
  kvk: string;
  name: string;
  legalForm: string;
  recognitions: RecognitionCategory[];
  city: string;
  branches: { number: string; name: string; city: string }[];
  employees: number;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'employer',
    kvk: '69599084',
    name: 'Noordzee Technologies B.V.',
    legalForm: 'Besloten vennootschap',
    recognitions: ['work'],
    city: 'Amsterdam',
    branches: [
      { number: '000038509504', name: 'Noordzee Technologies Amsterdam', city: 'Amsterdam' },
      { number: '000038509512', name: 'Noordzee Technologies Eindhoven', city: 'Eindhoven' },
    ],
    employees: 12,
  },
  {
    key: 'research',
    kvk: '41216593',
    name: 'Stichting Delta Onderzoeksinstituut',
    legalForm: 'Stichting',
    recognitions: ['research'],
    city: 'Delft',
    branches: [{ number: '000017223416', name: 'Delta Onderzoeksinstituut', city: 'Delft' }],
    employees: 6,
  },
  {
    key: 'university',
    kvk: '50826506',
    name: 'Universiteit van de Lage Landen',
    legalForm: 'Publiekrechtelijke rechtspersoon',
    recognitions: ['study', 'research'],
    city: 'Utrecht',
    branches: [{ number: '000021735428', name: 'Universiteit van de Lage Landen', city: 'Utrecht' }],
    employees: 10,
  },
  {
    key: 'au-pair',
    kvk: '34283647',
    name: 'Au Pair Holland Bemiddeling B.V.',
    legalForm: 'Besloten vennootschap',
    recognitions: ['exchange'],
    city: 'Haarlem',
    branches: [{ number: '000019402611', name: 'Au Pair Holland', city: 'Haarlem' }],
    employees: 5,
  },
  {
    key: 'non-recognised',
    kvk: '73114936',
    name: 'Van Dijk Installatietechniek B.V.',
    legalForm: 'Besloten vennootschap',
    recognitions: [],
    city: 'Rotterdam',
    branches: [{ number: '000041982537', name: 'Van Dijk Installatietechniek', city: 'Rotterdam' }],
    employees: 2,
  },
  {
    key: 'intermediary',
    kvk: '81760124',
    name: 'Relocate Direct B.V.',
    legalForm: 'Besloten vennootschap',
    recognitions: [],
    city: 'Den Haag',
    branches: [{ number: '000047261190', name: 'Relocate Direct', city: 'Den Haag' }],
    employees: 0,
  },
];

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
const STATES: CaseState[] = [
  'received',
  'in_progress',
  'information_requested',
  'granted',
  'granted',
  'rejected',
  'withdrawn',
];
/** Catalogue type codes (src/applications/catalogue/types.ts), as the hand-over stores them. */
const TYPES: Record<RecognitionCategory | 'none', string[]> = {
  work: ['hsm_residence', 'eu_blue_card', 'intra_corporate_transferee', 'family_member'],
  research: ['researcher', 'family_member'],
  study: ['study'],
  exchange: ['au_pair', 'exchange'],
  none: ['eu_blue_card', 'intra_corporate_transferee'],
};

function address(street: string, city: string, postalCode: string): Address {
  return { street, houseNumber: '1', postalCode, city, country: 'NLD' };
}

const DAY = 86_400_000;

/** Seeds the demo set on an empty database; returns false when organisations already exist. */
export async function seedDemo(db: Database, now = new Date()): Promise<boolean> {
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await db.transaction().execute(async (trx) => {
    let serial = 1;
    for (const [index, org] of DEMO_ORGANISATIONS.entries()) {
      const row = await trx
        .insertInto('organisations')
        .values({
          kvk_number: org.kvk,
          name: org.name,
          rsin: completeBsn(`8${org.kvk.slice(0, 7)}`) ?? null,
          legal_form: org.legalForm,
          visiting_address: JSON.stringify(address('Stationsplein', org.city, `10${index}2 AB`)) as never,
          administration_address: JSON.stringify(
            address('Keizersgracht', org.city, `10${index}0 AA`),
          ) as never,
          contact_name: 'Afdeling HR',
          contact_email: `hr@${org.key}.example`,
          iban: org.recognitions.length > 0 ? 'NL91ABNA0417164300' : null,
          account_holder: org.recognitions.length > 0 ? org.name : null,
          mandate_signed_on: org.recognitions.length > 0 ? '2024-01-15' : null,
          employee_count: 40 + index * 120,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const branch of org.branches) {
        await trx
          .insertInto('branches')
          .values({
            organisation_id: row.id,
            branch_number: branch.number,
            name: branch.name,
            address: JSON.stringify(address('Kerkstraat', branch.city, '1000 AA')) as never,
          })
          .execute();
      }
      for (const category of org.recognitions) {
        await trx
          .insertInto('recognitions')
          .values({
            organisation_id: row.id,
            category,
            state: 'active',
            start_date: '2019-03-01',
            state_reason: null,
          })
          .execute();
      }
      const types = TYPES[org.recognitions[0] ?? 'none'];
      for (let e = 0; e < org.employees; e++) {
        const n = (index * 7 + e) % GIVEN.length;
        const employee = await trx
          .insertInto('employees')
          .values({
            organisation_id: row.id,
            v_number: String(3_000_000_000 + index * 1000 + e),
            bsn: e % 3 === 0 ? null : (completeBsn(String(20_000_000 + index * 1000 + e * 7)) ?? null),
            given_names: GIVEN[n] ?? 'Alex',
            surname: SURNAMES[(n + e) % SURNAMES.length] ?? 'Jansen',
            date_of_birth: `19${80 + ((e * 3) % 20)}-0${1 + (e % 9)}-1${e % 9}`,
            nationality: NATIONALITIES[n] ?? 'USA',
            registered_on: e % 4 === 0 ? null : '2024-02-01',
            deregistered_on: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const state = STATES[(e + index) % STATES.length] ?? 'received';
        const submitted = new Date(now.getTime() - (5 + e * 9) * DAY);
        await trx
          .insertInto('cases')
          .values({
            organisation_id: row.id,
            employee_id: employee.id,
            case_number: `${now.getUTCFullYear()}-${String(index + 1).padStart(2, '0')}${String(serial++).padStart(6, '0')}`,
            application_type: types[e % types.length] ?? 'hsm_residence',
            state,
            submitted_at: submitted,
            decision_due_on: new Date(submitted.getTime() + 90 * DAY).toISOString().slice(0, 10),
            decided_at: ['granted', 'rejected'].includes(state)
              ? new Date(submitted.getTime() + 14 * DAY)
              : null,
          })
          .execute();
      }
    }
    await trx
      .insertInto('refresh_runs')
      .values({ started_at: new Date(now.getTime() - 60_000), finished_at: now, state: 'done' })
      .execute();
  });
  return true;
}
