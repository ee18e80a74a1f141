import type { Database } from '../../platform/db/database.ts';
import type { Address, RecognitionCategory } from '../../platform/db/schema.ts';
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
  /** How many persons the case system's demo data gives it (casesystem/seed/demo.ts). */
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

function address(street: string, city: string, postalCode: string): Address {
  return { street, houseNumber: '1', postalCode, city, country: 'NLD' };
}

/** Seeds the demo set on an empty database; returns false when organisations already exist. */
export async function seedDemo(db: Database): Promise<boolean> {
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await db.transaction().execute(async (trx) => {
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
      // Employees and cases are the case system's (casesystem/seed/demo.ts): the portal
      // gets them from the refresh.
    }
  });
  return true;
}
