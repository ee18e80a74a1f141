import { sql, type Kysely, type Selectable } from 'kysely';
import { audit } from '../platform/audit.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import type { DB } from '../platform/db/schema.ts';
import type { Database } from '../platform/db/database.ts';
import type { ApplicationAttachmentsTable, ApplicationsTable, Answers, PendingInput } from './schema.ts';

export type Application = Selectable<ApplicationsTable>;
export type Attachment = Selectable<ApplicationAttachmentsTable>;

/** The most drafts the drafts list shows (and the catalogue counts). */
const DRAFT_LIST_LIMIT = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL that is not even a UUID is simply not found (and never reaches SQL). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Applications, always through the actor: every query is scoped by the organisation the
 * actor acts for (rule 1 of the brief). An id of another organisation is not found.
 */
export class ApplicationRepository {
  constructor(private readonly db: Database) {}

  async create(
    actor: BusinessActor,
    values: {
      typeCode: string;
      catalogueVersion: string;
      step: string;
      language: 'nl' | 'en';
      answers: Answers;
      pendingInput: PendingInput;
      employeeName: string | null;
    },
  ): Promise<string> {
    // The draft and its audit row commit together (issue 17).
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('applications')
        .values({
          organisation_id: actor.organisationId,
          type_code: values.typeCode,
          catalogue_version: values.catalogueVersion,
          state: 'draft',
          answers: JSON.stringify(values.answers) as never,
          pending_input: JSON.stringify(values.pendingInput),
          current_step: values.step,
          employee_name: values.employeeName,
          created_by_subject: actor.actingSubject,
          intermediary_kvk: actor.intermediaryKvk,
          language: values.language,
          reference: null,
          submitted_at: null,
          submitted_by_subject: null,
          fee_cents: null,
          fee_year: null,
          payment_method: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, actor, {
        event: 'application.start',
        outcome: 'success',
        objectType: 'application',
        objectId: row.id,
        details: { type: values.typeCode },
      });
      return row.id;
    });
  }

  async find(actor: BusinessActor, id: string, db: Kysely<DB> = this.db): Promise<Application | undefined> {
    if (!isUuid(id)) return undefined;
    return db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
  }

  async listDrafts(actor: BusinessActor): Promise<Application[]> {
    return this.db
      .selectFrom('applications')
      .selectAll()
      .where('organisation_id', '=', actor.organisationId)
      .where('state', '=', 'draft')
      .orderBy('updated_at', 'desc')
      .limit(DRAFT_LIST_LIMIT)
      .execute();
  }

  /** How many drafts `listDrafts` would list (counted in the database, no rows fetched). */
  async countDrafts(actor: BusinessActor): Promise<number> {
    const { count } = await this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('applications')
          .select('id')
          .where('organisation_id', '=', actor.organisationId)
          .where('state', '=', 'draft')
          .limit(DRAFT_LIST_LIMIT)
          .as('drafts'),
      )
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async saveAnswers(
    actor: BusinessActor,
    id: string,
    answers: Answers,
    step: string,
    employeeName: string | null,
    pendingInput: PendingInput,
  ): Promise<void> {
    await this.db
      .updateTable('applications')
      .set({
        answers: JSON.stringify(answers) as never,
        pending_input: JSON.stringify(pendingInput),
        current_step: step,
        employee_name: employeeName,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .where('state', '=', 'draft')
      .execute();
  }

  async setStep(actor: BusinessActor, id: string, step: string): Promise<void> {
    await this.db
      .updateTable('applications')
      // Viewing a page is not a change: the draft's 60-day expiry (updated_at) stays (issue 13).
      .set({ current_step: step })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .where('state', '=', 'draft')
      .execute();
  }

  /** Deletes a draft; returns the storage keys of its files (to delete after commit). */
  async deleteDraft(actor: BusinessActor, id: string, requestId?: string): Promise<string[] | undefined> {
    if (!isUuid(id)) return undefined;
    return this.db.transaction().execute(async (trx) => {
      const keys = await trx
        .selectFrom('application_attachments')
        .select('storage_key')
        .where('application_id', '=', id)
        .where('organisation_id', '=', actor.organisationId)
        .execute();
      const deleted = await trx
        .deleteFrom('applications')
        .where('id', '=', id)
        .where('organisation_id', '=', actor.organisationId)
        .where('state', '=', 'draft')
        .executeTakeFirst();
      if (deleted.numDeletedRows === 0n) return undefined;
      // In the deleting transaction (issue 17): no deletion without its record.
      await audit(trx, actor, {
        event: 'application.draft_deleted',
        outcome: 'success',
        objectType: 'application',
        objectId: id,
        ...(requestId ? { requestId } : {}),
      });
      return keys.map((k) => k.storage_key);
    });
  }

  async attachments(
    actor: BusinessActor,
    applicationId: string,
    db: Kysely<DB> = this.db,
  ): Promise<Attachment[]> {
    return db
      .selectFrom('application_attachments')
      .selectAll()
      .where('application_id', '=', applicationId)
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('created_at')
      .execute();
  }

  async findAttachment(
    actor: BusinessActor,
    applicationId: string,
    attachmentId: string,
  ): Promise<Attachment | undefined> {
    if (!isUuid(applicationId) || !isUuid(attachmentId)) return undefined;
    return this.db
      .selectFrom('application_attachments')
      .selectAll()
      .where('id', '=', attachmentId)
      .where('application_id', '=', applicationId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
  }

  /**
   * Adds an uploaded file to a draft, unless the draft is gone or already holds `maxFiles`
   * files. The draft row is locked so that two uploads at once cannot both take the last place.
   */
  async addAttachment(
    actor: BusinessActor,
    applicationId: string,
    file: Omit<ApplicationAttachmentsTable, 'id' | 'application_id' | 'organisation_id' | 'created_at'>,
    maxFiles: number,
  ): Promise<'added' | 'too_many' | 'not_found'> {
    return this.db.transaction().execute(async (trx) => {
      const draft = await trx
        .selectFrom('applications')
        .select('id')
        .where('id', '=', applicationId)
        .where('organisation_id', '=', actor.organisationId)
        .where('state', '=', 'draft')
        .forUpdate()
        .executeTakeFirst();
      if (!draft) return 'not_found';
      const { count } = await trx
        .selectFrom('application_attachments')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('application_id', '=', applicationId)
        .executeTakeFirstOrThrow();
      if (count >= maxFiles) return 'too_many';
      await trx
        .insertInto('application_attachments')
        .values({ ...file, application_id: applicationId, organisation_id: actor.organisationId })
        .execute();
      await trx
        .updateTable('applications')
        .set({ updated_at: sql<Date>`now()` })
        .where('id', '=', applicationId)
        .execute();
      await audit(trx, actor, {
        event: 'application.upload',
        outcome: 'success',
        objectType: 'application',
        objectId: applicationId,
        details: { documentType: file.document_type },
      });
      return 'added';
    });
  }

  async countAttachments(actor: BusinessActor, applicationId: string): Promise<number> {
    const { count } = await this.db
      .selectFrom('application_attachments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('application_id', '=', applicationId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    return count;
  }

  /** Removes a file from a draft; returns its storage key (to delete after commit). */
  async deleteAttachment(
    actor: BusinessActor,
    applicationId: string,
    attachmentId: string,
  ): Promise<string | undefined> {
    if (!isUuid(applicationId) || !isUuid(attachmentId)) return undefined;
    const deleted = await this.db
      .deleteFrom('application_attachments')
      .where('id', '=', attachmentId)
      .where('application_id', '=', applicationId)
      .where('organisation_id', '=', actor.organisationId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('applications')
            .select('applications.id')
            .where('applications.id', '=', applicationId)
            .where('applications.state', '=', 'draft'),
        ),
      )
      .returning('storage_key')
      .executeTakeFirst();
    return deleted?.storage_key;
  }
}
