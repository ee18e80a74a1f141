import { pipeline, Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sql, type Kysely } from 'kysely';
import { parseDate } from '../applications/index.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';
import { audit } from '../platform/audit.ts';
import type { DB } from '../platform/db/schema.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import { employeesByVNumber, isEnded } from './repository.ts';
import {
  DEREGISTRATION_REASONS,
  normaliseVNumber,
  timeliness,
  V_NUMBER,
  type DeregistrationReason,
} from './rules.ts';
import type { RowProblem } from './schema.ts';
import type { EmployeeService } from './service.ts';
import { EXPLANATION_MAX } from './forms.ts';

/**
 * Bulk de-registrations (issue 11): a CSV with one de-registration per row. The file is parsed
 * as it streams in (csv-parse), rows are validated and written to the database in batches, so
 * neither the file nor its rows are ever held whole in memory (bench/employees-bulk.ts: 50,000
 * rows). Then a preview; then the valid rows are submitted as individual reports in one
 * transaction, and a result file says for every row what happened.
 */
export const BULK_COLUMNS = ['v_number', 'reason', 'date', 'explanation'] as const;
export const BULK_MAX_ROWS = 50_000;
const BATCH = 1000;
const FORMULA_START = /^[=+\-@\t\r]/;

export type FileProblem =
  | { key: 'encoding' }
  | { key: 'columns'; missing: string[]; extra: string[] }
  | { key: 'empty' }
  | { key: 'tooMany'; max: number }
  | { key: 'malformed'; line: number };

export class BulkFileRejected extends Error {
  constructor(readonly problem: FileProblem) {
    super(`bulk file rejected: ${problem.key}`);
  }
}

/**
 * Refuses what is not UTF-8 (with or without BOM): a UTF-16 byte-order mark, NUL bytes, or a
 * byte sequence that is not valid UTF-8 (Windows-1252 "é" is 0xE9 alone). Checked on the raw
 * bytes as they pass, a chunk boundary inside a character carried to the next chunk.
 */
function utf8Guard(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          callback(new BulkFileRejected({ key: 'encoding' }));
          return;
        }
      }
      try {
        decoder.decode(chunk, { stream: true });
        if (chunk.includes(0)) throw new Error('NUL');
      } catch {
        callback(new BulkFileRejected({ key: 'encoding' }));
        return;
      }
      callback(null, chunk);
    },
    flush(callback) {
      try {
        decoder.decode();
        callback();
      } catch {
        callback(new BulkFileRejected({ key: 'encoding' }));
      }
    },
  });
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Checks one row; the employee lookups are done per batch. */
function checkRow(
  row: RawRow,
  today: string,
): { values: Omit<StoredRow, 'employee_id'>; problems: RowProblem[] } {
  const [vRaw = '', reasonRaw = '', dateRaw = '', explanation = ''] = row.cells.map((c) => c.trim());
  const problems: RowProblem[] = [];
  if (row.cells.length !== BULK_COLUMNS.length) {
    problems.push({
      key: 'employees.bulk.row.columns',
      params: { count: row.cells.length, expected: BULK_COLUMNS.length },
    });
  }
  row.cells.forEach((cell, index) => {
    if (FORMULA_START.test(cell))
      problems.push({ key: 'employees.bulk.row.formula', params: { column: BULK_COLUMNS[index] ?? '' } });
  });
  const vNumber = normaliseVNumber(vRaw);
  if (!V_NUMBER.test(vNumber)) problems.push({ key: 'employees.bulk.row.vNumber' });
  const reason = (DEREGISTRATION_REASONS as readonly string[]).includes(reasonRaw)
    ? (reasonRaw as DeregistrationReason)
    : undefined;
  if (!reason)
    problems.push({
      key: 'employees.bulk.row.reason',
      params: { reasons: DEREGISTRATION_REASONS.join(', ') },
    });
  const date = parseDate(dateRaw);
  if (!date) problems.push({ key: 'employees.bulk.row.date' });
  else if (date > today) problems.push({ key: 'employees.bulk.row.future' });
  if (explanation.length > EXPLANATION_MAX)
    problems.push({ key: 'employees.bulk.row.tooLong', params: { max: EXPLANATION_MAX } });
  else if (
    !explanation &&
    date &&
    date <= today &&
    (reason === 'other_change' || timeliness(date, today).late)
  ) {
    problems.push({ key: 'employees.bulk.row.explanation' });
  }
  return {
    values: {
      line: row.line,
      v_number: vNumber.slice(0, 20),
      reason: reasonRaw.slice(0, 40),
      occurred_on: date ?? dateRaw.slice(0, 20),
      explanation: explanation.slice(0, EXPLANATION_MAX),
    },
    problems,
  };
}

interface StoredRow {
  line: number;
  v_number: string;
  reason: string;
  occurred_on: string;
  explanation: string;
  employee_id: string | null;
}

/**
 * Parses an uploaded CSV into a new batch of the actor's organisation; returns its id. A file
 * that cannot be read as a whole (encoding, columns, size) is rejected with BulkFileRejected and
 * leaves nothing behind.
 */
export async function previewBulk(
  db: Kysely<DB>,
  actor: BusinessActor,
  input: Readable,
  today: string,
): Promise<{ batchId: string; total: number; valid: number }> {
  const batch = await db
    .insertInto('employee_bulk_batches')
    .values({ organisation_id: actor.organisationId, acting_subject: actor.actingSubject })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seen = new Set<string>();
  let total = 0;
  let valid = 0;
  let pending: RawRow[] = [];
  let failure: Error | undefined;
  const flush = async () => {
    if (pending.length === 0) return;
    const checked = pending.map((row) => checkRow(row, today));
    pending = [];
    const known = await employeesByVNumber(
      db,
      actor.organisationId,
      checked.map((c) => c.values.v_number).filter((v) => V_NUMBER.test(v)),
    );
    const rows = checked.map(({ values, problems }) => {
      const employee = known.get(values.v_number);
      if (V_NUMBER.test(values.v_number)) {
        if (!employee) problems.push({ key: 'employees.bulk.row.unknown' });
        else if (isEnded(employee)) problems.push({ key: 'employees.bulk.row.already' });
        if (seen.has(values.v_number)) problems.push({ key: 'employees.bulk.row.duplicate' });
        seen.add(values.v_number);
      }
      if (problems.length === 0) valid += 1;
      return {
        ...values,
        batch_id: batch.id,
        employee_id: employee?.id ?? null,
        problems: JSON.stringify(problems),
      };
    });
    await db.insertInto('employee_bulk_rows').values(rows).execute();
  };
  try {
    const parser = parse({
      bom: true,
      delimiter: [';', ','],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      max_record_size: 10_000,
    });
    // pipeline: an error of any stage (not UTF-8) ends the parser's iteration with that error.
    pipeline(input, utf8Guard(), parser, (error) => {
      if (error) failure ??= error;
    });
    let header = true;
    let line = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      if (header) {
        header = false;
        const names = record.map((c) => c.trim().toLowerCase());
        const missing = BULK_COLUMNS.filter((c) => !names.includes(c));
        const extra = names.filter((n) => !(BULK_COLUMNS as readonly string[]).includes(n));
        const inOrder = BULK_COLUMNS.every((c, i) => names[i] === c);
        if (missing.length || extra.length || !inOrder) {
          throw new BulkFileRejected({ key: 'columns', missing, extra });
        }
        continue;
      }
      total += 1;
      if (total > BULK_MAX_ROWS) throw new BulkFileRejected({ key: 'tooMany', max: BULK_MAX_ROWS });
      pending.push({ line, cells: record });
      if (pending.length >= BATCH) await flush();
    }
    if (header) throw new BulkFileRejected({ key: 'empty' });
    await flush();
  } catch (caught) {
    await db.deleteFrom('employee_bulk_batches').where('id', '=', batch.id).execute();
    const error = failure instanceof BulkFileRejected ? failure : caught;
    if (error instanceof BulkFileRejected) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      throw new BulkFileRejected({
        key: 'malformed',
        line: (error as { lines?: number }).lines ?? 0,
      });
    }
    throw error;
  }
  await db
    .updateTable('employee_bulk_batches')
    .set({ total_rows: total, valid_rows: valid })
    .where('id', '=', batch.id)
    .execute();
  return { batchId: batch.id, total, valid };
}

export interface BatchSummary {
  id: string;
  state: 'preview' | 'submitted';
  total_rows: number;
  valid_rows: number;
  created_at: Date;
  submitted_at: Date | null;
}

/** The batch, when it is the organisation's. */
export async function findBatch(
  db: Kysely<DB>,
  organisationId: string,
  id: string,
): Promise<BatchSummary | undefined> {
  return db
    .selectFrom('employee_bulk_batches')
    .select(['id', 'state', 'total_rows', 'valid_rows', 'created_at', 'submitted_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface BulkRow {
  line: number;
  v_number: string;
  reason: string;
  occurred_on: string;
  explanation: string;
  employee_id: string | null;
  problems: RowProblem[];
  reference: string | null;
}

/** A batch's rows in file order (keyset on the line), `which` of them. */
export async function batchRows(
  db: Kysely<DB>,
  batchId: string,
  options: { which: 'all' | 'invalid' | 'valid'; afterLine?: number; limit: number },
): Promise<BulkRow[]> {
  let query = db
    .selectFrom('employee_bulk_rows')
    .select([
      'line',
      'v_number',
      'reason',
      'occurred_on',
      'explanation',
      'employee_id',
      'problems',
      'reference',
    ])
    .where('batch_id', '=', batchId)
    .where('line', '>', options.afterLine ?? 0);
  if (options.which === 'invalid') query = query.where(sql<boolean>`jsonb_array_length(problems) > 0`);
  if (options.which === 'valid') query = query.where(sql<boolean>`jsonb_array_length(problems) = 0`);
  return query.orderBy('line').limit(options.limit).execute();
}

/** Every row of a batch, in keyset batches (the result file). */
export async function* allBatchRows(db: Kysely<DB>, batchId: string): AsyncGenerator<BulkRow> {
  let afterLine = 0;
  for (;;) {
    const rows = await batchRows(db, batchId, { which: 'all', afterLine, limit: BATCH });
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    afterLine = last.line;
  }
}

/**
 * Submits the valid rows of a batch as individual de-registrations, in one transaction: either
 * every valid row goes in, or none does. A row that became invalid since the preview (the
 * employee was de-registered meanwhile) is refused and says so in the result file.
 */
export async function submitBulk(
  service: EmployeeService,
  actor: BusinessActor,
  batchId: string,
  lang: Lang,
  requestId: string,
): Promise<'done' | 'not_found' | 'already_submitted'> {
  const db = service.deps.db;
  return db.transaction().execute(async (trx) => {
    const batch = await trx
      .selectFrom('employee_bulk_batches')
      .select(['id', 'state'])
      .where('organisation_id', '=', actor.organisationId)
      .where('id', '=', batchId)
      .forUpdate()
      .executeTakeFirst();
    if (!batch) return 'not_found';
    if (batch.state === 'submitted') return 'already_submitted';
    let afterLine = 0;
    let submitted = 0;
    let refused = 0;
    for (;;) {
      const rows = await batchRows(trx, batchId, { which: 'valid', afterLine, limit: BATCH });
      for (const row of rows) {
        const outcome = row.employee_id
          ? await service.deregister(
              actor,
              row.employee_id,
              {
                reason: row.reason as DeregistrationReason,
                occurredOn: row.occurred_on,
                explanation: row.explanation,
              },
              lang,
              requestId,
              { batchId, trx, mail: false },
            )
          : ({ kind: 'not_found' } as const);
        const update =
          outcome.kind === 'done'
            ? { reference: outcome.reference }
            : {
                problems: JSON.stringify([
                  {
                    key:
                      outcome.kind === 'not_found'
                        ? 'employees.bulk.row.unknown'
                        : 'employees.bulk.row.already',
                  },
                ]),
              };
        if (outcome.kind === 'done') submitted += 1;
        else refused += 1;
        await trx
          .updateTable('employee_bulk_rows')
          .set(update)
          .where('batch_id', '=', batchId)
          .where('line', '=', row.line)
          .execute();
      }
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) break;
      afterLine = last.line;
    }
    await trx
      .updateTable('employee_bulk_batches')
      .set({ state: 'submitted', submitted_at: new Date() })
      .where('id', '=', batchId)
      .execute();
    await audit(trx, actor, {
      event: 'employees.bulk_submitted',
      outcome: 'success',
      objectType: 'employee_bulk_batch',
      objectId: batchId,
      requestId,
      details: { submitted, refused },
    });
    return 'done';
  });
}
