import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook may be delivered (server-side request forgery): the portal posts to an address
 * its API clients choose, from inside the IND's network. In production an address must be
 * https, carry no credentials, and reach the internet only: a host that is (or resolves to) a
 * loopback, private, link-local, shared, multicast or reserved address is refused — when the
 * subscription is made (an IP literal, `localhost`) and again at every delivery, where the
 * check sits in the connection's own DNS lookup, so a name that resolves to a public address
 * when checked and to 127.0.0.1 when connected (DNS rebinding) is refused too.
 * `WEBHOOK_PRIVATE_NETWORKS` lifts the address check (development, tests, an on-premises
 * receiver); https stays required in production.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, including cloud metadata services (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

/** True for an address on the public internet. IPv4 in IPv6 (`::ffff:10.0.0.1`) is judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip);
  if (family === 0) return false;
  return !BLOCKED.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

export interface TargetPolicy {
  production: boolean;
  /** WEBHOOK_PRIVATE_NETWORKS: loopback and private addresses allowed (never the default in production). */
  privateNetworks: boolean;
}

export type TargetProblem = 'invalid' | 'https' | 'credentials' | 'private';

/** What is wrong with a webhook address, as far as can be told without a DNS lookup. */
export function targetProblem(address: string, policy: TargetPolicy): TargetProblem | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && (policy.production || url.protocol !== 'http:')) return 'https';
  if (url.username || url.password) return 'credentials';
  if (policy.privateNetworks) return undefined;
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || !host.includes('.'))
    if (isIP(host) === 0) return 'private';
  if (isIP(host) !== 0 && !isPublicAddress(host)) return 'private';
  return undefined;
}

/** A DNS lookup that fails when any address of the name is not public (all are checked, one is used). */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || addresses.length === 0) {
      const failure = Object.assign(
        new Error(`refused: ${hostname} resolves to ${refused?.address ?? 'nothing'}, not a public address`),
        { code: 'EWEBHOOKPRIVATE' },
      );
      return callback(failure, '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  });
};

export interface PostResult {
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * One POST to a webhook address: no redirects followed (a 3xx is an answer, not a new target),
 * the response body read and thrown away (at most 64 KiB), the whole exchange within `timeoutMs`.
 */
export function postWebhook(
  address: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number; policy: TargetPolicy },
): Promise<PostResult> {
  const problem = targetProblem(address, init.policy);
  if (problem) return Promise.reject(new Error(`refused: ${problem} address`));
  const url = new URL(address);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = Buffer.from(init.body);
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(init.timeoutMs);
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...init.headers, 'content-length': String(body.length) },
        signal,
        ...(init.policy.privateNetworks ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > 64 * 1024) response.destroy();
        });
        response.on('error', () => undefined);
        response.on('close', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      },
    );
    request.on('error', (error) =>
      reject(signal.aborted ? Object.assign(new Error('timeout'), { name: 'TimeoutError' }) : error),
    );
    request.end(body);
  });
}
