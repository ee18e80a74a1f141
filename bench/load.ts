import autocannon from 'autocannon';

/**
 * The load generator of `npm run bench`, run as its own process (bench/run.ts starts it with
 * `node bench/load.ts <json>`), so that autocannon and the portal do not share one event loop
 * and one core: in one process every request autocannon makes costs the portal's time too, and
 * the cheaper the route, the larger the share that is autocannon's, which flattered `/healthz`.
 * Prints autocannon's average requests per second, the number of requests, the count of non-2xx
 * answers and errors, and the latency percentiles (ms) as JSON.
 */
interface LoadRequest {
  url: string;
  /** A sequence each connection cycles through (paths on `url`'s host), instead of `url` alone. */
  requests?: autocannon.Request[];
  headers: Record<string, string>;
  connections: number;
  duration: number;
}

const request = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
const result = await autocannon({
  url: request.url,
  headers: request.headers,
  ...(request.requests ? { requests: request.requests } : {}),
  connections: request.connections,
  duration: request.duration,
});
process.stdout.write(
  JSON.stringify({
    rate: result.requests.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
  }),
);
