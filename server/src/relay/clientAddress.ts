/**
 * The address a connection counts against for the per-address limit. X-Forwarded-For is
 * believed only when the socket's peer is one of the configured trusted proxies; then the
 * client is the right-most entry that is not itself a trusted proxy (entries further left
 * were written by the client and can be anything).
 */
import type { IncomingMessage } from 'node:http';

/** ::ffff:127.0.0.1 and 127.0.0.1 are the same client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

export function clientAddress(request: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = normalize(request.socket.remoteAddress ?? 'unknown');
  if (!trustedProxies.includes(peer)) return peer;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => normalize(hop.trim()))
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return peer;
}
