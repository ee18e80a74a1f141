import autocannon from 'autocannon';
import { createTestPortal } from '../test/helpers/portal.ts';
import { businessSession } from '../test/helpers/sessions.ts';

/**
 * `npm run bench`: HTTP throughput of the main pages, each as a ratio to the baseline
 * (`/healthz`, which does no work) measured in the same run on the same machine.
 * Other benchmarks in this folder run on their own: see bench/README.md.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);

async function measure(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, headers, connections: 10, duration: DURATION });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} responses were not 2xx`);
  return result.requests.average;
}

const portal = await createTestPortal({ LOG_LEVEL: 'silent' });
await portal.app.listen({ host: '127.0.0.1', port: 0 });
const address = portal.app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const cookie = await businessSession(portal, { kvkNumber: '69599084' });
try {
  const baseline = await measure(`${base}/healthz`);
  console.log(`baseline /healthz: ${baseline.toFixed(0)} req/s`);
  for (const [name, path, headers] of [
    ['home page', '/', {}],
    ['eHerkenning page', '/logging-in', {}],
    ['dashboard (logged in)', '/dashboard', { cookie }],
  ] as const) {
    const rate = await measure(`${base}${path}`, headers);
    console.log(`${name}: ${rate.toFixed(0)} req/s = ${(rate / baseline).toFixed(2)} × baseline`);
  }
} finally {
  await portal.close();
}
