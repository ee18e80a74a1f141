import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { FileStore } from '../../platform/files/file-store.ts';
import type { UploadedAuthorisation } from './service.ts';

/**
 * The authorisation PDF arrives as multipart. The file part is streamed straight into the file
 * store while its first bytes are kept for the magic-byte check (file-type): it is never held
 * whole in memory, and the size limit cuts it off rather than failing the request, so the form
 * can say "too large" by the field. Fields are attached to the body, so the CSRF check in
 * preHandler reads `_csrf` as usual. Anything stored for a request that does not keep it (any
 * error, a failed CSRF check) is deleted before the response is sent.
 */
const SNIFF_BYTES = 4100;

interface PendingUpload extends UploadedAuthorisation {
  field: string;
  kept: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    uploads: PendingUpload[] | null;
  }
}

export async function registerAuthorisationUploads(
  app: FastifyInstance,
  files: FileStore,
  maxBytes: number,
): Promise<void> {
  const multipart = (await import('@fastify/multipart')).default;
  app.decorateRequest('uploads', null);
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 4096, parts: 25, headerPairs: 50 },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      this.uploads ??= [];
      if (part.fieldname !== 'file') {
        part.file.resume();
        return;
      }
      const head: Buffer[] = [];
      let headLength = 0;
      const source = part.file;
      const sniffed = Readable.from(
        (async function* () {
          for await (const chunk of source as AsyncIterable<Buffer>) {
            if (headLength < SNIFF_BYTES) {
              head.push(chunk);
              headLength += chunk.length;
            }
            yield chunk;
          }
        })(),
      );
      const stored = await files.put(sniffed, { purpose: 'authorisations', contentType: 'application/pdf' });
      const type =
        headLength > 0 ? await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES)) : undefined;
      this.uploads.push({
        field: part.fieldname,
        kept: false,
        key: stored.key,
        size: stored.size,
        sha256: stored.sha256,
        fileName: part.filename,
        isPdf: type?.mime === 'application/pdf',
        tooLarge: source.truncated,
      });
    },
  });
  // Before the response goes out (so nothing lingers once the client has its answer), and
  // again on an aborted request; deleting twice is harmless.
  const discard = async (request: FastifyRequest) => {
    for (const upload of request.uploads ?? []) if (!upload.kept) await files.delete(upload.key);
  };
  app.addHook('onSend', async (request, _reply, payload) => {
    await discard(request);
    return payload;
  });
  app.addHook('onRequestAbort', discard);
}

/** Field values of an attached multipart body, or of a urlencoded one, as strings. */
export function fieldValues(body: unknown, name: string): string[] {
  if (!body || typeof body !== 'object') return [];
  const raw = (body as Record<string, unknown>)[name];
  const list = Array.isArray(raw) ? (raw as unknown[]) : raw === undefined ? [] : [raw];
  return list.flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (item && typeof item === 'object' && 'type' in item && item.type === 'field' && 'value' in item)
      return typeof item.value === 'string' ? [item.value] : [];
    return [];
  });
}

export function fieldValue(body: unknown, name: string, max = 500): string {
  return (fieldValues(body, name)[0] ?? '').slice(0, max);
}
