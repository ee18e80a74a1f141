import { randomInt, randomUUID } from 'node:crypto';
import { createCaseSystem } from '../../src/casesystem/index.ts';
import type { BusinessPrincipal } from '../../src/identity/sessions/schema.ts';
import { ANONYMOUS, type Actor } from '../../src/platform/auth/actor.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { Address, RecognitionCategory, SponsorshipState } from '../../src/platform/db/schema.ts';
import type { ServiceKey } from '../../src/platform/ui/services.ts';
import { completeBsn } from '../../src/platform/validation/identifiers.ts';
import { RefreshService } from '../../src/refresh/index.ts';
import { submitReport } from '../../src/support/reports/service.ts';
import { browserFor, completeAndSubmit, startApplication, type Browser } from './applications.ts';
import type { TestPortal } from './portal.ts';
import { businessSession } from './sessions.ts';

/**
 * Factories (issue 12, "tests you can reason about"): each test makes the organisations,
 * sessions, applications, authorisations and reports it needs, with fresh KVK numbers, instead
 * of leaning on the demo seed. Rows are written as the portal and the case system would write
 * them: an organisation exists in the case system (`cs_organisations`, `cs_recognitions`) and in
 * the portal's read model (`organisations`, `branches`, `recognitions`), as after a refresh.
 *
 * KVK numbers made here start with 2: the demo set starts with 3–8, the large seed with 9.
 */

type Target = TestPortal | Database;
const dbOf = (target: Target): Database => ('database' in target ? target.database.db : target);

export interface MadeOrganisation {
  id: string;
  kvk: string;
  name: string;
  /** Where the portal mails the organisation: `hr-<kvk>@example.com`. */
  contactEmail: string;
  recognitions: RecognitionCategory[];
  branches: { number: string; name: string }[];
}

export interface OrganisationSpec {
  /** Active recognitions as a sponsor; default ['work'], or none for an agency. */
  recognised?: RecognitionCategory[];
  name?: string;
  /** How many branches (default 1), or their names. */
  branches?: number | string[];
  /** An intermediary (relocation agency): not recognised unless `recognised` says so. */
  agency?: boolean;
  legalForm?: string;
  /** The language the case system writes to it in (default 'nl'). */
  language?: 'nl' | 'en';
  /** Also known to the case system (default true); false for a company only the portal knows. */
  inCaseSystem?: boolean;
  /** A given KVK number (only for tests about one: otherwise a fresh one). */
  kvk?: string;
}

const used = new Set<string>();

/** A fresh, valid (8 digits), unused KVK number. */
export async function freshKvk(target: Target): Promise<string> {
  const db = dbOf(target);
  for (;;) {
    const kvk = `2${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
    if (used.has(kvk)) continue;
    used.add(kvk);
    const [portal, caseSystem] = await Promise.all([
      db.selectFrom('organisations').select('id').where('kvk_number', '=', kvk).executeTakeFirst(),
      db.selectFrom('cs_organisations').select('id').where('kvk_number', '=', kvk).executeTakeFirst(),
    ]);
    if (!portal && !caseSystem) return kvk;
  }
}

const address = (street: string, city: string): Address => ({
  street,
  houseNumber: '1',
  postalCode: '1011 AB',
  city,
  country: 'NLD',
});

/** An organisation (a recognised sponsor unless told otherwise), with a fresh KVK number. */
export async function makeOrganisation(
  target: Target,
  spec: OrganisationSpec = {},
): Promise<MadeOrganisation> {
  const db = dbOf(target);
  const kvk = spec.kvk ?? (await freshKvk(target));
  const recognitions: RecognitionCategory[] = spec.recognised ?? (spec.agency ? [] : ['work']);
  const name = spec.name ?? `${spec.agency ? 'Testbureau' : 'Testbedrijf'} ${kvk} B.V.`;
  const legalForm = spec.legalForm ?? 'Besloten vennootschap';
  const branchNames =
    typeof spec.branches === 'number' || spec.branches === undefined
      ? Array.from({ length: spec.branches ?? 1 }, (_, i) => `${name} vestiging ${i + 1}`)
      : spec.branches;
  const branches = branchNames.map((branchName, i) => ({
    number: `${String(i + 1).padStart(4, '0')}${kvk}`,
    name: branchName,
  }));
  const rsin = completeBsn(`8${kvk.slice(0, 7)}`) ?? null;
  const contactEmail = `hr-${kvk}@example.com`;
  const recognised = recognitions.length > 0;
  const row = await db
    .insertInto('organisations')
    .values({
      kvk_number: kvk,
      name,
      rsin,
      legal_form: legalForm,
      visiting_address: JSON.stringify(address('Stationsplein', 'Amsterdam')) as never,
      administration_address: JSON.stringify(address('Keizersgracht', 'Amsterdam')) as never,
      contact_name: 'Afdeling HR',
      contact_email: contactEmail,
      iban: recognised ? 'NL91ABNA0417164300' : null,
      account_holder: recognised ? name : null,
      mandate_signed_on: recognised ? '2024-01-15' : null,
      employee_count: 50,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const branch of branches) {
    await db
      .insertInto('branches')
      .values({
        organisation_id: row.id,
        branch_number: branch.number,
        name: branch.name,
        address: JSON.stringify(address('Kerkstraat', 'Amsterdam')) as never,
      })
      .execute();
  }
  for (const category of recognitions) {
    await db
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
  if (spec.inCaseSystem !== false) {
    await db
      .insertInto('cs_organisations')
      .values({
        kvk_number: kvk,
        name,
        legal_form: legalForm,
        rsin,
        visiting_address: JSON.stringify(address('Stationsplein', 'Amsterdam')) as never,
        administration_address: JSON.stringify(address('Keizersgracht', 'Amsterdam')) as never,
        employee_count: 50,
        language: spec.language ?? 'nl',
      })
      .execute();
    for (const category of recognitions) {
      await db
        .insertInto('cs_recognitions')
        .values({
          kvk_number: kvk,
          category,
          state: 'active',
          start_date: '2019-03-01',
          end_date: null,
          reason: null,
        })
        .execute();
    }
  }
  return { id: row.id, kvk, name, contactEmail, recognitions, branches };
}

export interface AuthorisationSpec {
  /** The intermediary that may act. */
  agency: MadeOrganisation;
  /** The sponsor it acts for. */
  sponsor: MadeOrganisation;
  /** The services it covers (default: submit and status). */
  services?: ServiceKey[];
  state?: 'submitted' | 'approved' | 'rejected' | 'withdrawn';
  validFrom?: string;
  validUntil?: string;
  notifyEmail?: string;
}

/** A registered authorisation (an agency representing a sponsor), approved unless told otherwise. */
export async function makeAuthorisation(target: Target, spec: AuthorisationSpec): Promise<string> {
  const state = spec.state ?? 'approved';
  const row = await dbOf(target)
    .insertInto('representative_registrations')
    .values({
      intermediary_organisation_id: spec.agency.id,
      sponsor_organisation_id: spec.sponsor.id,
      scope: JSON.stringify(spec.services ?? ['submit', 'status']) as never,
      valid_from: spec.validFrom ?? '2020-01-01',
      valid_until: spec.validUntil ?? '2099-12-31',
      state,
      notify_email: spec.notifyEmail ?? `office-${spec.agency.kvk}@example.com`,
      language: 'nl',
      file_key: `authorisations/${randomUUID()}`,
      file_name: 'machtiging.pdf',
      file_size: 1,
      file_sha256: '0'.repeat(64),
      submitted_by: `pseudonym-${spec.agency.kvk}`,
      submitted_at: new Date(),
      due_on: '2020-02-01',
      processed_at: state === 'submitted' ? null : new Date(),
      processed_by: state === 'submitted' ? null : 'staff-1',
      withdrawn_at: state === 'withdrawn' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface LoginOptions {
  /** Authorised for one branch only (its 12-digit number). */
  branch?: string;
  loa?: 'loa3' | 'loa4';
  /** The person's pseudonym (default: one per organisation). */
  subject?: string;
  /** Under an eHerkenning chain authorisation: the intermediary acting for this organisation. */
  intermediary?: MadeOrganisation | string;
  /**
   * As an intermediary acting for a sponsor through a registered authorisation: the sponsor,
   * and the services (an approved authorisation is made) or an existing authorisation's id.
   */
  actingFor?: MadeOrganisation;
  services?: ServiceKey[];
  registrationId?: string;
}

const kvkOf = (who: MadeOrganisation | string) => (typeof who === 'string' ? who : who.kvk);

/**
 * A logged-in session of a person of `who` (an organisation or a KVK number), as the
 * eHerkenning assertion consumer service creates it: the session cookie. The login round trip
 * itself is tested in identity/ and in the e2e suite.
 */
export async function loginAs(
  portal: TestPortal,
  who: MadeOrganisation | string,
  options: LoginOptions = {},
) {
  const kvkNumber = kvkOf(who);
  let actingFor: BusinessPrincipal['actingFor'] = null;
  if (options.actingFor) {
    if (typeof who === 'string') throw new Error('acting for a sponsor needs the agency as an organisation');
    const registrationId =
      options.registrationId ??
      (await makeAuthorisation(portal, {
        agency: who,
        sponsor: options.actingFor,
        services: options.services,
      }));
    actingFor = { organisationId: options.actingFor.id, registrationId };
  }
  return businessSession(portal, {
    kvkNumber,
    branchNumber: options.branch ?? null,
    loa: options.loa ?? 'loa3',
    actingSubject: options.subject ?? `pseudonym-${kvkNumber}`,
    intermediaryKvk: options.intermediary ? kvkOf(options.intermediary) : null,
    actingFor,
  });
}

/** A browser (inject) logged in as `who`, with its CSRF token. */
export async function browserAs(
  portal: TestPortal,
  who: MadeOrganisation | string,
  options: LoginOptions = {},
): Promise<Browser> {
  return browserFor(portal, await loginAs(portal, who, options));
}

export interface ApplicationSpec {
  /** A catalogue type code (default: the highly skilled migrant's residence permit). */
  type?: string;
  /** A draft with its first page saved (default), or submitted with every page and document. */
  state?: 'draft' | 'submitted';
  /** Who makes it (default: a new browser logged in as the organisation). */
  browser?: Browser;
}

/** An application of `organisation`, made through the journey as a user would. */
export async function makeApplication(
  portal: TestPortal,
  organisation: MadeOrganisation,
  spec: ApplicationSpec = {},
): Promise<{ id: string; reference: string | null; browser: Browser }> {
  const browser = spec.browser ?? (await browserAs(portal, organisation));
  const type = spec.type ?? 'hsm_residence';
  if (spec.state === 'submitted') {
    const { id, reference } = await completeAndSubmit(browser, type);
    return { id, reference, browser };
  }
  return { id: await startApplication(browser, type), reference: null, browser };
}

export interface ReportSpec {
  /** The organisation of the logged-in reporter; none for a report sent without logging in. */
  organisation?: MadeOrganisation;
  /** The KVK number given on the form (default the organisation's, or a fresh one). */
  kvkNumber?: string;
  email?: string;
  description?: string;
  pageAddress?: string;
  occurredAt?: Date;
  /** The reference of the error page the report came from. */
  correlationId?: string;
  lang?: 'nl' | 'en';
}

/** A problem report as the support form stores it (with the mails to the team and the reporter). */
export async function makeReport(
  portal: TestPortal,
  spec: ReportSpec = {},
): Promise<{ id: string; reference: string }> {
  const org = spec.organisation;
  const actor: Actor = org
    ? {
        kind: 'business',
        sessionId: `factory-${randomUUID()}`,
        organisationId: org.id,
        organisationName: org.name,
        kvkNumber: org.kvk,
        branchNumber: null,
        actingSubject: `pseudonym-${org.kvk}`,
        loa: 'loa3',
        intermediaryKvk: null,
        via: 'self',
        recognitions: org.recognitions,
      }
    : ANONYMOUS;
  return submitReport(portal.services.reports, actor, {
    report: {
      pageAddress: spec.pageAddress ?? '/dashboard',
      kvkNumber: spec.kvkNumber ?? org?.kvk ?? (await freshKvk(portal)),
      occurredAt: spec.occurredAt ?? new Date(Date.now() - 60_000),
      description: spec.description ?? 'De pagina laadt niet na het versturen van het formulier.',
      email: spec.email ?? 'melder@example.com',
      correlationId: spec.correlationId ?? null,
      errorAt: spec.correlationId ? new Date(Date.now() - 120_000) : null,
    },
    screenshots: [],
    lang: spec.lang ?? 'nl',
    requestId: `factory-${randomUUID()}`,
  });
}

export interface EmployeeSpec {
  surname?: string;
  givenNames?: string;
  vNumber?: string | null;
  dateOfBirth?: string;
  nationality?: string;
  permitType?: string;
  permitEnd?: string | null;
  state?: SponsorshipState;
  registeredOn?: string | null;
  deregisteredOn?: string | null;
}

let vNumbers = 0;
/** A fresh 10-digit V-number (starting with 5: the demo set's start with 3). */
export function freshVNumber(): string {
  vNumbers += 1;
  return `5${String(randomInt(0, 100_000)).padStart(5, '0')}${String(vNumbers % 10_000).padStart(4, '0')}`;
}

/**
 * An employee sponsored by `organisation`, as the case system knows it (`cs_employees`) and as
 * the refresh brings it into the read model (`employees`, `source_id` the case system's id).
 */
export async function makeEmployee(
  target: Target,
  organisation: MadeOrganisation,
  spec: EmployeeSpec = {},
): Promise<{ id: string; sourceId: string; vNumber: string | null; surname: string; givenNames: string }> {
  const db = dbOf(target);
  const values = {
    v_number: spec.vNumber === undefined ? freshVNumber() : spec.vNumber,
    given_names: spec.givenNames ?? 'Priya',
    surname: spec.surname ?? `Sharma${randomInt(1000, 10_000)}`,
    date_of_birth: spec.dateOfBirth ?? '1990-04-01',
    nationality: spec.nationality ?? 'IND',
    permit_type: spec.permitType ?? 'hsm_residence',
    permit_end_date: spec.permitEnd === undefined ? '2029-01-01' : spec.permitEnd,
    sponsorship_state: spec.state ?? 'active',
    registered_on: spec.registeredOn === undefined ? '2024-01-01' : spec.registeredOn,
    deregistered_on: spec.deregisteredOn ?? (spec.state === 'ended' ? '2025-01-01' : null),
  };
  const source = await db
    .insertInto('cs_employees')
    .values({ kvk_number: organisation.kvk, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('employees')
    .values({ organisation_id: organisation.id, source_id: source.id, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    sourceId: source.id,
    vNumber: values.v_number,
    surname: values.surname,
    givenNames: values.given_names,
  };
}

/**
 * Runs the refresh now, without the safety lag (a change made a moment ago is taken along): the
 * read model as the portal's refresh job makes it.
 */
export async function refreshNow(portal: TestPortal): Promise<void> {
  const service = new RefreshService({
    database: portal.database,
    caseSystem: createCaseSystem({ db: portal.database.db, files: portal.services.files, safetyLagMs: 0 }),
    options: { batchSize: 1000, staleAfterHours: 26 },
  });
  const summary = await service.runNow('cli');
  if (summary.state !== 'done') throw new Error(`the refresh did not finish: ${summary.state}`);
}

let cases = 0;
/**
 * A case of `organisation` taken in by the case system (with its acknowledgement letter, a real
 * PDF in the file store) and brought into the read model by a refresh, as after a submission.
 */
export async function makeCase(
  portal: TestPortal,
  organisation: MadeOrganisation,
  spec: { type?: string; surname?: string } = {},
): Promise<{ id: string; caseNumber: string }> {
  cases += 1;
  const caseNumber = `${new Date().getUTCFullYear()}-F${String(randomInt(0, 100_000)).padStart(5, '0')}${cases}`;
  await portal.services.caseSystem.intake({
    applicationId: randomUUID(),
    caseNumber,
    kvkNumber: organisation.kvk,
    typeCode: spec.type ?? 'hsm_residence',
    submittedAt: new Date(),
    decisionPeriodDays: 90,
    recognisedSponsor: organisation.recognitions.length > 0,
    employee: {
      givenNames: 'Ana',
      surname: spec.surname ?? 'Silva',
      dateOfBirth: '1990-04-01',
      nationality: 'BRA',
      vNumber: null,
    },
    submission: { answers: {} },
    files: [],
  });
  await refreshNow(portal);
  const row = await portal.database.db
    .selectFrom('cases')
    .select('id')
    .where('case_number', '=', caseNumber)
    .executeTakeFirstOrThrow();
  return { id: row.id, caseNumber };
}
