import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { cleanFileName } from '../files/file-name.ts';
import type { FileStore, StoredFile } from '../files/file-store.ts';
import { sniffStream } from '../files/sniff.ts';

/**
 * The one way the portal reads a multipart form (uploads of applications, authorisations and
 * problem reports):
 *
 * 1. `preValidation` reads only the form's first part, which must be the CSRF token (the
 *    `Form` component puts it first). The app's CSRF check (preHandler) then judges it as for
 *    any form: a forged post is refused with 403 before a single byte of a file is read, let
 *    alone stored.
 * 2. `read` then reads the rest as a stream: the allow-listed text fields are kept; each file
 *    is checked by its content (magic bytes via file-type, never its name or the browser's
 *    type), optionally inspected further while it streams into the file store, and cut off and
 *    refused over the size limit. Nothing is buffered whole.
 *
 * Files stored for a form that is then refused must be removed by the caller (`discard`).
 *
 * A file that is read rather than stored (a CSV of de-registrations, read row by row) goes
 * through `multipartStream`: the same CSRF step, the same limits, its stream handed to the
 * caller, which judges its content.
 */

export type FileProblem = 'type' | 'mismatch' | 'too_large' | 'empty' | 'too_many' | (string & {});

export interface ReceivedFile extends StoredFile {
  field: string;
  /** The name the browser gave, cleaned: only ever shown as text. */
  filename: string;
  contentType: string;
}

export interface MultipartForm {
  fields: Record<string, string[]>;
  files: ReceivedFile[];
  problems: { field: string; filename: string; problem: FileProblem }[];
  /** A file was chosen and sent (the user must choose it again when the form is shown with errors). */
  filesSent: boolean;
  /** A field over its length, or a count limit of the form hit. */
  fieldTooLong: boolean;
  limit?: 'files' | 'parts';
}

export interface MultipartSpec {
  /** Text fields kept (others are ignored). */
  fields: readonly string[];
  fieldSize: number;
  files: {
    /** The file inputs' names. */
    names: readonly string[];
    maxBytes: number;
    maxFiles: number;
    /** Content types accepted, as found in the content. */
    accept: readonly string[];
    /** The file store's prefix. */
    purpose: string;
    /** The name's extension must name the type found in the content (a renamed file is refused). */
    extensions?: Readonly<Record<string, readonly string[]>>;
    /** A further check on the content while it streams (fails with an error that has a `problem`). */
    inspect?: (contentType: string) => Transform | undefined;
  };
  /** Once a field does not fit, later files are not stored (nothing is kept for a form that fails anyway). */
  fieldFits?: (name: string, value: string) => boolean;
}

/** Registers multipart parsing in a module's scope (once per module plugin). */
export async function registerMultipart(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { throwFileSizeLimit: false });
}

const pending = new WeakMap<FastifyRequest, AsyncIterator<Multipart>>();

type PartLimits = NonNullable<Parameters<FastifyRequest['parts']>[0]>['limits'];

/** Route option: reads the CSRF token from the first part, before the app's CSRF check. */
function csrfFromFirstPart(limits: PartLimits) {
  return async (request: FastifyRequest): Promise<void> => {
    request.body = {};
    if (!request.isMultipart()) return; // no token: the CSRF check refuses it
    const parts = request.parts({ limits })[Symbol.asyncIterator]();
    pending.set(request, parts);
    try {
      const first = await parts.next();
      const part = first.done ? undefined : first.value;
      if (part?.type === 'field' && part.fieldname === '_csrf' && typeof part.value === 'string') {
        request.body = { _csrf: part.value };
        return;
      }
      if (part?.type === 'file') await drain(part);
    } catch {
      // a malformed body: no token, so the CSRF check refuses it
    }
  };
}

function pendingParts(request: FastifyRequest): AsyncIterator<Multipart> {
  const parts = pending.get(request);
  if (!parts) throw Object.assign(new Error('not a multipart form'), { statusCode: 415 });
  return parts;
}

export function multipartForm(spec: MultipartSpec) {
  const limits = {
    fileSize: spec.files.maxBytes + 1,
    files: spec.files.maxFiles,
    fields: spec.fields.length + 5,
    fieldSize: spec.fieldSize,
    parts: spec.files.maxFiles + spec.fields.length + 5,
    headerPairs: 100,
  };
  return {
    /** Route option: reads the CSRF token from the first part, before the app's CSRF check. */
    preValidation: csrfFromFirstPart(limits),

    /** Reads the rest of the form (after the CSRF check passed), storing the accepted files. */
    read: async (request: FastifyRequest, store: FileStore): Promise<MultipartForm> => {
      const parts = pendingParts(request);
      const form: MultipartForm = {
        fields: {},
        files: [],
        problems: [],
        filesSent: false,
        fieldTooLong: false,
      };
      let fieldsFit = true;
      try {
        for (;;) {
          const next = await parts.next();
          if (next.done) break;
          const part = next.value;
          if (part.type === 'field') {
            if (spec.fields.includes(part.fieldname) && typeof part.value === 'string') {
              (form.fields[part.fieldname] ??= []).push(part.value);
              if (part.valueTruncated || (spec.fieldFits && !spec.fieldFits(part.fieldname, part.value))) {
                fieldsFit = false;
                if (part.valueTruncated) form.fieldTooLong = true;
              }
            }
            continue;
          }
          if (!spec.files.names.includes(part.fieldname) || part.filename === '') {
            await drain(part);
            continue;
          }
          form.filesSent = true;
          if (!fieldsFit) {
            await drain(part);
            continue;
          }
          await storeFile(part, store, spec, form);
        }
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'FST_FILES_LIMIT') form.limit = 'files';
        else if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') form.limit = 'parts';
        else {
          await discard(store, form.files);
          throw error;
        }
      }
      return form;
    },
  };
}

export interface StreamedForm<T> {
  fields: Record<string, string[]>;
  /** What `consume` made of the file; undefined when no file was sent, it was too large, or it failed. */
  result?: T;
  /** What `consume` threw (the caller judges it: a refusal of the content, or a real error). */
  failure?: Error;
  /** The file was cut off at the size limit (whatever `consume` made of it is the caller's to undo). */
  tooLarge: boolean;
  filesSent: boolean;
  limit?: 'files' | 'parts';
}

export interface StreamSpec {
  fields: readonly string[];
  fieldSize: number;
  file: { name: string; maxBytes: number };
}

/**
 * A form with one file that is read as it streams instead of stored (a CSV read row by row):
 * the CSRF step of `multipartForm`, the same limits, the file's stream handed to `consume`.
 * Nothing is sniffed: the content is the consumer's to judge.
 */
export function multipartStream(spec: StreamSpec) {
  const limits = {
    // busboy cuts a file off after this many bytes and marks it truncated: exactly the limit fits.
    fileSize: spec.file.maxBytes,
    files: 1,
    fields: spec.fields.length + 5,
    fieldSize: spec.fieldSize,
    parts: spec.fields.length + 6,
    headerPairs: 100,
  };
  return {
    preValidation: csrfFromFirstPart(limits),

    /** Reads the rest of the form (after the CSRF check passed), handing the file to `consume`. */
    read: async <T>(
      request: FastifyRequest,
      consume: (file: MultipartFile['file'], filename: string) => Promise<T>,
    ): Promise<StreamedForm<T>> => {
      const parts = pendingParts(request);
      const form: StreamedForm<T> = { fields: {}, tooLarge: false, filesSent: false };
      let done = false;
      try {
        for (;;) {
          const next = await parts.next();
          if (next.done) break;
          const part = next.value;
          if (part.type === 'field') {
            if (spec.fields.includes(part.fieldname) && typeof part.value === 'string')
              (form.fields[part.fieldname] ??= []).push(part.value);
            continue;
          }
          if (part.fieldname !== spec.file.name || part.filename === '' || done) {
            await drain(part);
            continue;
          }
          form.filesSent = true;
          done = true;
          try {
            form.result = await consume(part.file, cleanFileName(part.filename, 'file'));
          } catch (error) {
            form.failure = error instanceof Error ? error : new Error(String(error));
            await drain(part);
          }
          if (part.file.truncated) form.tooLarge = true;
        }
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'FST_FILES_LIMIT') form.limit = 'files';
        else if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') form.limit = 'parts';
        else throw error;
      }
      return form;
    },
  };
}

/** The first value of a text field, or ''. */
export function fieldOf(form: MultipartForm, name: string): string {
  return form.fields[name]?.[0] ?? '';
}

async function storeFile(part: MultipartFile, store: FileStore, spec: MultipartSpec, form: MultipartForm) {
  const filename = cleanFileName(part.filename, 'file');
  const refuse = async (problem: FileProblem, sniffed?: { discard(): Promise<void> }) => {
    if (sniffed) await sniffed.discard();
    else await drain(part);
    form.problems.push({ field: part.fieldname, filename, problem });
  };
  if (form.files.length >= spec.files.maxFiles) return refuse('too_many');
  const sniffed = await sniffStream(part.file);
  const contentType = sniffed.type?.mime;
  if (!contentType) return refuse(sniffed.empty ? 'empty' : 'type', sniffed);
  if (!spec.files.accept.includes(contentType)) return refuse('type', sniffed);
  const extensions = spec.files.extensions?.[contentType];
  if (extensions) {
    const extension = /\.([A-Za-z0-9]{1,5})$/.exec(part.filename)?.[1]?.toLowerCase() ?? '';
    if (!extensions.includes(extension)) return refuse('mismatch', sniffed);
  }
  const inspector = spec.files.inspect?.(contentType);
  let stored: StoredFile;
  try {
    stored = await store.put(inspector ? through(sniffed.stream, inspector) : sniffed.stream, {
      contentType,
      purpose: spec.files.purpose,
    });
  } catch (error) {
    const problem = (error as { problem?: unknown }).problem;
    if (typeof problem !== 'string') throw error;
    await sniffed.discard().catch(() => undefined);
    if (!part.file.readableEnded) await drain(part);
    form.problems.push({ field: part.fieldname, filename, problem });
    return;
  }
  // busboy ends a file at the limit and marks it truncated: a file over the limit is refused.
  if (part.file.truncated || stored.size > spec.files.maxBytes) {
    await store.delete(stored.key);
    form.problems.push({ field: part.fieldname, filename, problem: 'too_large' });
    return;
  }
  if (stored.size === 0) {
    await store.delete(stored.key);
    form.problems.push({ field: part.fieldname, filename, problem: 'empty' });
    return;
  }
  form.files.push({ ...stored, field: part.fieldname, filename, contentType });
}

function through(source: NodeJS.ReadableStream, transform: Transform): Transform {
  pipeline(source, transform).catch(() => undefined); // the transform carries the error to the store
  return transform;
}

async function drain(part: MultipartFile): Promise<void> {
  part.file.resume();
  await new Promise<void>((resolve) => {
    if (part.file.readableEnded) resolve();
    else
      part.file
        .once('end', resolve)
        .once('close', resolve)
        .once('error', () => resolve());
  });
}

/** Removes files stored for a form that is not kept. */
export async function discard(store: FileStore, files: readonly StoredFile[]): Promise<void> {
  for (const file of files) await store.delete(file.key);
}
