import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from './file-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = new LocalFileStore(dir);

describe('the local file store', () => {
  it('stores a stream and gives back its key, size and SHA-256, and the same content', async () => {
    const content = 'hello '.repeat(10_000);
    const stored = await store.put(Readable.from([Buffer.from(content)]), {
      contentType: 'text/plain',
      purpose: 'test',
    });
    expect(stored.key).toMatch(/^test\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(content.length);
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await text(await store.get(stored.key))).toBe(content);
  });

  it('deletes a file, after which reading it fails with ENOENT', async () => {
    const stored = await store.put(Readable.from([Buffer.from('x')]), {
      contentType: 'text/plain',
      purpose: 'test',
    });
    await store.delete(stored.key);
    await expect(store.get(stored.key)).rejects.toMatchObject({ code: 'ENOENT' });
    await store.delete(stored.key);
  });

  it('refuses keys that could escape its directory', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.put(Readable.from([]), { contentType: 'x', purpose: '../x' })).rejects.toThrow(
      'invalid file purpose',
    );
  });
});
