import { randomBytes } from 'node:crypto';

/** A part of a multipart form: a field, or a file (its type `application/octet-stream` unless given). */
export type Part =
  { name: string; value: string } | { name: string; filename: string; contentType?: string; content: Buffer };

/**
 * The one multipart/form-data builder of the tests: the parts in the order given, as a browser
 * sends the form (the order matters: the pipeline reads the CSRF token from the first part).
 */
export function multipartBody(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----bpTest${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('value' in part) {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
    } else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
            `Content-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        part.content,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Form fields (in order) and then a file as the field `file`: the upload forms of the portal. */
export function fieldsAndFile(
  fields: Record<string, string> | [string, string][],
  file?: { name?: string; filename: string; content: Buffer; contentType?: string } | null,
): { payload: Buffer; contentType: string } {
  const entries = Array.isArray(fields) ? fields : Object.entries(fields);
  return multipartBody([
    ...entries.map(([name, value]) => ({ name, value })),
    ...(file ? [{ ...file, name: file.name ?? 'file' }] : []),
  ]);
}
