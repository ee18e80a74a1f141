import type { FastifyInstance } from 'fastify';

/**
 * Keep-alive connections must not hold a shutdown. Node's `server.close()` closes the connections
 * that are idle at that moment only; one whose request was still running stayed open for the
 * keep-alive timeout (72 s), longer than a stop waits (15 s, main/web.ts), so the process was
 * ended before the jobs, the mail and the database had closed in order (and before the API's
 * waiting audit rows were written). While the server closes, every response says
 * `Connection: close`, and connections that have fallen idle are closed every 50 ms.
 */
export function drainOnClose(app: FastifyInstance): void {
  let closing = false;
  let sweep: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closing = true;
    if (!app.server.listening) return;
    sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    sweep.unref();
    app.server.once('close', () => clearInterval(sweep));
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => clearInterval(sweep));
}
