/**
 * The load generator of `bench/resilience.ts`, run as its own process (as bench/load.ts is for
 * `npm run bench`): requests at a fixed rate (an open model: a request is sent every 1/rate s
 * whether or not earlier ones have been answered, as independent users do), cycling through a
 * mix of requests, for a number of seconds. Prints one JSON line: for every request its start (ms
 * from the beginning), its latency, its status (0 for a network error) and, for a redirect, the
 * Location header.
 */
interface SteadyRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

interface SteadyLoad {
  rate: number;
  seconds: number;
  mix: SteadyRequest[];
  /** A request that takes longer than this counts as failed (status 0). */
  timeoutMs: number;
}

export interface Sample {
  at: number;
  ms: number;
  status: number;
  location?: string;
}

const load = JSON.parse(process.argv[2] ?? '{}') as SteadyLoad;
const samples: Sample[] = [];
const pending: Promise<void>[] = [];
const started = performance.now();
const total = Math.round(load.rate * load.seconds);

async function send(request: SteadyRequest, at: number): Promise<void> {
  const t0 = performance.now();
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body ? { body: request.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(load.timeoutMs),
    });
    await response.arrayBuffer();
    const location = response.headers.get('location');
    samples.push({
      at,
      ms: performance.now() - t0,
      status: response.status,
      ...(location && request.method === 'POST' ? { location } : {}),
    });
  } catch {
    samples.push({ at, ms: performance.now() - t0, status: 0 });
  }
}

for (let i = 0; i < total; i++) {
  const due = (i * 1000) / load.rate;
  const wait = due - (performance.now() - started);
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  const request = load.mix[i % load.mix.length];
  if (request) pending.push(send(request, performance.now() - started));
}
await Promise.all(pending);
// `at` is relative to this process's start; `origin` (epoch ms of that start, from the shared
// system clock) lets the caller place the samples on its own time line.
process.stdout.write(JSON.stringify({ origin: performance.timeOrigin + started, samples }));
