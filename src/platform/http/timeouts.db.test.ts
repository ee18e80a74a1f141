import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../../test/helpers/portal.ts';

/** Issue 13, finding 8: a slow body does not hold its connection for good. */
let portal: TestPortal;
let port: number;
beforeAll(async () => {
  portal = await createTestPortal({ HTTP_IDLE_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '5' });
  await portal.app.listen({ host: '127.0.0.1', port: 0 });
  const address = portal.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => portal.close());

describe('request and connection timeouts', () => {
  it('closes a connection whose body stalls half-way', async () => {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /language HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        'Content-Length: 1000\r\n\r\nto=en',
    );
    // Nothing more is sent: the server must end the connection itself (the test's own timeout is the bound).
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(socket.destroyed).toBe(true);
  });

  it('configures the whole-request limit on the server', () => {
    expect(portal.app.server.requestTimeout).toBe(5000);
  });
});
