import { isIP } from 'node:net';

/**
 * Whether an API caller is at the hub PC itself: the desktop window (`ipc`), a loopback address
 * (127.0.0.0/8, ::1, or 127.x written IPv4-in-IPv6), or an in-process caller with no transport
 * at all (tests, the benchmarks' direct callers). Anything else, `unknown` included, is not.
 */
export function isOnThisPc(peer: string | undefined): boolean {
  if (peer === undefined || peer === 'ipc') return true;
  if (isIP(peer) === 0) return false;
  const v4 = peer.startsWith('::ffff:') ? peer.slice('::ffff:'.length) : peer;
  return v4.startsWith('127.') || peer === '::1';
}
