import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, postWebhook, publicOnlyLookup, targetProblem } from './webhook-target.ts';

const production = { production: true, privateNetworks: false };
const development = { production: false, privateNetworks: true };

describe('which addresses a webhook may reach', () => {
  it('public addresses only: loopback, private, link-local, shared, multicast and reserved ranges are not', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8'])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '127.255.0.9',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254', // cloud metadata
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an address',
    ])
      expect(isPublicAddress(address), address).toBe(false);
    expect(isPublicAddress('172.32.0.1')).toBe(true); // just outside 172.16.0.0/12
  });

  it('in production: https, no credentials, no local or private host', () => {
    expect(targetProblem('https://hr.example.com/hooks/ind', production)).toBeUndefined();
    expect(targetProblem('https://93.184.216.34/hook', production)).toBeUndefined();
    expect(targetProblem('http://hr.example.com/hook', production)).toBe('https');
    expect(targetProblem('ftp://hr.example.com/hook', production)).toBe('https');
    expect(targetProblem('not a url', production)).toBe('invalid');
    expect(targetProblem('https://user:secret@hr.example.com/hook', production)).toBe('credentials');
    for (const address of [
      'https://localhost/hook',
      'https://localhost./hook',
      'https://api.localhost/hook',
      'https://intranet/hook',
      'https://printer.local/hook',
      'https://127.0.0.1:8443/hook',
      'https://2130706433/hook', // 127.0.0.1 as one number
      'https://0x7f.1/hook',
      'https://10.1.2.3/hook',
      'https://[::1]/hook',
      'https://[::ffff:169.254.169.254]/latest',
      'https://169.254.169.254/latest/meta-data',
    ])
      expect(targetProblem(address, production), address).toBe('private');
  });

  it('outside production http is allowed, and WEBHOOK_PRIVATE_NETWORKS lifts only the address check', () => {
    expect(targetProblem('http://127.0.0.1:9000/hook', development)).toBeUndefined();
    expect(targetProblem('http://127.0.0.1:9000/hook', { production: false, privateNetworks: false })).toBe(
      'private',
    );
    expect(targetProblem('http://10.0.0.5/hook', { production: true, privateNetworks: true })).toBe('https');
    expect(
      targetProblem('https://10.0.0.5/hook', { production: true, privateNetworks: true }),
    ).toBeUndefined();
  });

  it('the connection’s own DNS lookup refuses a name that resolves to a loopback address', async () => {
    const failure = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      publicOnlyLookup('localhost', {}, (error) => resolve(error)),
    );
    expect(failure?.code).toBe('EWEBHOOKPRIVATE');
    expect(failure?.message).toMatch(/^refused: localhost resolves to/);
  });
});

describe('posting to a webhook', () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  let answer: (response: import('node:http').ServerResponse) => void = (r) => r.end();
  beforeAll(async () => {
    server = createServer((request, response) => {
      hits += 1;
      request.resume();
      request.on('end', () => answer(response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (address: string, policy = development, timeoutMs = 5000) =>
    postWebhook(address, { headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs, policy });

  it('delivers where allowed, answers with the status, and follows no redirect', async () => {
    answer = (response) => {
      response.statusCode = 204;
      response.end();
    };
    expect((await post(`http://127.0.0.1:${port}/hook`)).status).toBe(204);
    answer = (response) => {
      response.writeHead(302, { location: 'http://169.254.169.254/latest' });
      response.end();
    };
    hits = 0;
    expect((await post(`http://127.0.0.1:${port}/hook`)).status).toBe(302);
    expect(hits).toBe(1);
  });

  it('does not connect to a refused address at all', async () => {
    hits = 0;
    const closed = { production: false, privateNetworks: false };
    await expect(post(`http://127.0.0.1:${port}/hook`, closed)).rejects.toThrow('refused: private address');
    await expect(post(`http://localhost:${port}/hook`, closed)).rejects.toThrow('refused');
    expect(hits).toBe(0);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    answer = () => undefined; // never answers
    await expect(post(`http://127.0.0.1:${port}/slow`, development, 200)).rejects.toThrow('timeout');
    server.closeAllConnections();
  });
});
