import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createTestPortal } from '../test/helpers/portal.ts';
import { businessSession } from '../test/helpers/sessions.ts';
import { csrfFrom } from '../test/helpers/portal.ts';

/**
 * `npx tsx bench/uploads.ts`: memory of the portal while 20 uploads of 10 MB stream in at once
 * (issue 5: RSS must grow by less than 50 MB, because files are streamed, never buffered
 * whole). The baseline is 20 concurrent uploads of 10 kB in the same run. The client side
 * generates each body on the fly from one reused chunk, so it adds almost nothing itself.
 */
const CONCURRENT = 20;
const LARGE = 10 * 1000 * 1000;
const SMALL = 10 * 1000;
const TARGET_MB = 50;

const portal = await createTestPortal({ LOG_LEVEL: 'silent', UPLOAD_MAX_FILES: '1000' });
await portal.app.listen({ host: '127.0.0.1', port: 0 });
const address = portal.app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const session = await businessSession(portal, { kvkNumber: '69599084' });

async function get(
  path: string,
  cookie: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  return {
    status: response.status,
    headers: { 'set-cookie': response.headers.getSetCookie() },
    body: await response.text(),
  };
}

const first = await get('/applications', session);
const { cookie: csrfCookie, token } = csrfFrom({
  headers: { 'set-cookie': first.headers['set-cookie'] },
  body: first.body,
});
const cookie = `${session}; ${csrfCookie}`;
const form = await fetch(`http://127.0.0.1:${port}/applications`, {
  method: 'POST',
  headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  body: `_csrf=${encodeURIComponent(token)}&type=hsm_residence`,
  redirect: 'manual',
});
const id = /\/applications\/([0-9a-f-]{36})\//.exec(form.headers.get('location') ?? '')?.[1];
if (!id) throw new Error('could not start an application');

/** One multipart upload of a PDF of `size` bytes, generated while it is sent. */
function upload(size: number): Promise<number> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\npassport\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const pdfStart = Buffer.from('%PDF-1.4\n');
  const pdfEnd = Buffer.from('\n%%EOF\n');
  const filler = Buffer.from(`%${'x'.repeat(64 * 1024 - 2)}\n`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/applications/${id}/documents`,
        headers: {
          cookie,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    let left = size - pdfStart.length - pdfEnd.length;
    req.write(head);
    req.write(pdfStart);
    const pump = () => {
      while (left > 0) {
        const chunk = left >= filler.length ? filler : filler.subarray(filler.length - left);
        left -= chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.write(pdfEnd);
      req.end(tail);
    };
    pump();
  });
}

async function rssGrowthDuring(size: number): Promise<{ growthMb: number; statuses: number[] }> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const statuses = await Promise.all(Array.from({ length: CONCURRENT }, () => upload(size)));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { growthMb: (peak - before) / (1024 * 1024), statuses };
}

try {
  const baseline = await rssGrowthDuring(SMALL);
  const large = await rssGrowthDuring(LARGE);
  for (const run of [baseline, large]) {
    if (!run.statuses.every((s) => s === 303))
      throw new Error(`unexpected statuses ${run.statuses.join(',')}`);
  }
  const ratio = large.growthMb / Math.max(baseline.growthMb, 1);
  console.log(
    `baseline: RSS grew ${baseline.growthMb.toFixed(1)} MB during ${CONCURRENT} concurrent ${SMALL / 1000} kB uploads`,
  );
  console.log(
    `uploads: RSS grew ${large.growthMb.toFixed(1)} MB during ${CONCURRENT} concurrent ${LARGE / 1e6} MB uploads ` +
      `(${((CONCURRENT * LARGE) / 1e6).toFixed(0)} MB in total) = ${ratio.toFixed(2)} × baseline; target < ${TARGET_MB} MB: ` +
      (large.growthMb < TARGET_MB ? 'met' : 'NOT met'),
  );
} finally {
  await portal.close();
}
