/**
 * The client's IP address, for throttling. Forwarding headers are believed only as far as
 * TRUSTED_PROXIES says (docs/decisions/0007-client-ip-and-trusted-proxies.md):
 *
 * - unset, empty or `0`: no proxy; the client is the peer of the TCP connection, and any
 *   X-Forwarded-For the client sends is ignored;
 * - a count `N`: N proxies (a load balancer, a CDN) stand in front and each appends to
 *   X-Forwarded-For; the client is the address N hops left of the peer;
 * - a list of addresses and CIDR blocks (`10.0.0.0/8, 192.0.2.7, fd00::/8`): walking from the peer
 *   leftwards through X-Forwarded-For, every address in the list is a proxy; the first one that is
 *   not is the client.
 *
 * The peer address comes from `x-footprint-peer`, which scripts/serve.mjs (behind `npm start` and
 * `npm run serve`) sets from the socket on every request, overwriting whatever the client sent.
 */
import { BlockList, isIP } from 'node:net';

export const PEER_HEADER = 'x-footprint-peer';

export type ProxyTrust = { kind: 'none' } | { kind: 'count'; hops: number } | { kind: 'list'; list: BlockList; text: string };

function normalise(address: string): string | null {
  let a = address.trim();
  if (a.startsWith('[')) a = a.slice(1, a.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped?.[1]) a = mapped[1];
  return isIP(a) ? a.toLowerCase() : null;
}

/** Parses TRUSTED_PROXIES; throws a message naming the bad entry. */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) return { kind: 'count', hops: Number(text) };
  const list = new BlockList();
  for (const raw of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [addr = '', bits] = raw.split('/');
    const ip = normalise(addr);
    if (!ip) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR block (e.g. 10.0.0.0/8).`);
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, family);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv6' ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${raw}" has a bad prefix length.`);
      list.addSubnet(ip, prefix, family);
    }
  }
  return { kind: 'list', list, text };
}

let cached: { value: string | undefined; trust: ProxyTrust } | undefined;
function configuredTrust(): ProxyTrust {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, trust: parseTrustedProxies(value) };
  return cached.trust;
}

/** The client address from the peer and the X-Forwarded-For chain, under `trust`. */
export function resolveClientIp({ peer, forwardedFor, trust }: { peer: string | null; forwardedFor: string | null; trust: ProxyTrust }): string | null {
  const peerIp = peer ? normalise(peer) : null;
  if (!peerIp) return null;
  if (trust.kind === 'none') return peerIp;
  const hops = (forwardedFor ?? '').split(',').map((s) => normalise(s)).filter((s): s is string => s !== null);
  const chain = [...hops, peerIp];
  if (trust.kind === 'count') return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? peerIp;
  for (let i = chain.length - 1; i >= 0; i--) {
    const ip = chain[i] as string;
    if (!trust.list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')) return ip;
  }
  return chain[0] ?? peerIp;
}

let warned = false;

/**
 * The client's address from a request's headers, or null when it cannot be told. Without the peer
 * header (the app served by a bare `next start` or `next dev`), the last X-Forwarded-For hop (the one
 * Next.js itself adds from the socket) stands for the peer outside production; in production the
 * per-IP throttle is then off (the per-account one still applies), with a warning in the log.
 */
export function clientIp(headers: Headers): string | null {
  const trust = configuredTrust();
  let peer = headers.get(PEER_HEADER);
  let forwardedFor = headers.get('x-forwarded-for');
  if (!peer) {
    if (process.env.NODE_ENV === 'production') {
      if (!warned) console.warn('[client-ip] no peer address on the request: serve the app with `npm start` / `npm run serve` (scripts/serve.mjs); per-IP throttling is off.');
      warned = true;
      return null;
    }
    const hops = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    peer = hops.pop() ?? null;
    forwardedFor = hops.join(', ');
  }
  return resolveClientIp({ peer, forwardedFor, trust });
}
