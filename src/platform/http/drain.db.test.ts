import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createTestPortal } from '../../../test/helpers/portal.ts';

/** A stop (SIGTERM) is not held up by a client's keep-alive connection (drain.ts). */
describe('closing the HTTP server', () => {
  it('answers a request in flight with Connection: close and ends its keep-alive connection', async () => {
    const portal = await createTestPortal();
    try {
      await portal.app.listen({ host: '127.0.0.1', port: 0 });
      const address = portal.app.server.address();
      const socket = connect(typeof address === 'object' && address ? address.port : 0, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));

      // A request whose body is still coming when the close begins: it is answered after.
      const arrived = new Promise((resolve) => portal.app.server.once('request', resolve));
      socket.write(
        'POST /language HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n' +
          'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\nto=',
      );
      await arrived;
      const closed = portal.app.close();
      socket.write('en');
      // Without the drain the connection stays open for the keep-alive timeout (72 s), and the
      // close with it: the test's own timeout (60 s) is the bound.
      await ended;
      await closed;
      const head = received.split('\r\n\r\n')[0] ?? '';
      expect(head).toMatch(/^HTTP\/1\.1 \d{3} /);
      expect(head.toLowerCase()).toContain('\r\nconnection: close');
    } finally {
      await portal.close();
    }
  });
});
