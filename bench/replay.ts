import Fastify from 'fastify';
import pg from 'pg';

/**
 * The floor of one request: the statements the portal sent to the database for it, and the
 * bytes it answered, replayed by a bare Fastify route with a `pg` pool of the portal's size (no
 * session, no rendering, no Kysely). Whatever the portal's code does, a request that needs these
 * statements and these bytes cannot be served faster than its replay: the ratio of the replay is
 * the most the request can reach on this machine without changing its SQL or its page.
 *
 * `recordStatements()` must run before the portal opens its pool: the portal binds the client's
 * `query` when a connection is made (src/platform/db/database.ts, its prepared statements), so
 * only the prototype seen at that moment is recorded.
 */
export interface RecordedStatement {
  text: string;
  values: unknown[];
  /** The prepared statement's name, when the portal prepared it. */
  name?: string;
}

let recording: RecordedStatement[] | null = null;

export function recordStatements(): void {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    if (recording && typeof first === 'string')
      recording.push({ text: first, values: Array.isArray(second) ? [...(second as unknown[])] : [] });
    else if (recording && first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[]; name?: string };
      recording.push({
        text: config.text,
        values: [...(config.values ?? [])],
        ...(config.name ? { name: config.name } : {}),
      });
    }
    return original.apply(this, args);
  };
}

/** The statements `run` makes the portal send (recordStatements() must have been called first). */
export async function statementsOf<T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: RecordedStatement[] }> {
  recording = [];
  try {
    const result = await run();
    return { result, statements: recording };
  } finally {
    recording = null;
  }
}

/** One request as it is replayed: its statements, then its answer. */
export interface Replayed {
  statements: RecordedStatement[];
  contentType: string;
  body: string;
}

/** A bare app answering `/replay/<i>` with the i-th request's statements, then its body. */
export async function replayApp(connectionString: string, requests: Replayed[]) {
  // As the portal's pool: 10 connections, no JIT (src/platform/db/database.ts).
  const pool = new pg.Pool({ connectionString, max: 10, options: '-c jit=off' });
  const app = Fastify({ logger: false });
  requests.forEach((request, i) => {
    app.get(`/replay/${i}`, async (_req, reply) => {
      for (const { text, values, name } of request.statements)
        await pool.query(name ? { name, text, values } : { text, values });
      return reply.type(request.contentType).send(request.body);
    });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    /** The i-th request's replay. */
    url: (i: number) => `${base}/replay/${i}`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
