import net from 'node:net';
import os from 'node:os';

/**
 * Which names a browser may use to reach this hub. A page on another site can point its own
 * name at this PC's address (DNS rebinding) and then talk to the hub as "same origin"; the one
 * thing it cannot change is the name its requests carry in Host. So the hub answers only
 * requests addressed to one of its own names, and takes API connections only from pages it
 * served itself.
 */
export interface HubSite {
  scheme: 'http' | 'https';
  port: number;
  /** Host names and addresses, canonical (lower case, IPv6 in brackets), without a port. */
  names: readonly string[];
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::', '[::]']);
const DEFAULT_PORTS = { http: 80, https: 443 } as const;
/** A host name or bracketed IPv6 address and an optional port; nothing else (no user, path or spaces). */
const HOST_SYNTAX = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/** What a URL parser makes of a name: lower case, IPv6 bracketed and shortened, IPv4 in dotted form. */
export function canonicalName(name: string): string | null {
  const bare = name.replace(/^\[(.*)\]$/, '$1');
  try {
    return new URL(`http://${net.isIPv6(bare) ? `[${bare}]` : bare}`).hostname;
  } catch {
    return null;
  }
}

/**
 * The hub's own names: loopback, the address it was told to listen on, and, as LAN clients
 * reach it, this machine's host name (also as `name.local`, its mDNS name) and addresses.
 */
export function hubNames(input: { configuredHost: string; hostname: string; addresses: readonly string[] }): string[] {
  const hostname = input.hostname.toLowerCase();
  const names = [...LOOPBACK_NAMES, ...input.addresses];
  if (!WILDCARD_HOSTS.has(input.configuredHost)) names.push(input.configuredHost);
  if (hostname) names.push(hostname, `${hostname.split('.')[0]}.local`);
  const canonical = names.map(canonicalName).filter((name): name is string => name !== null);
  return [...new Set(canonical)];
}

/** This machine's names now: interfaces come and go (Wi-Fi, DHCP), so callers ask again when it matters. */
export function machineNames(configuredHost: string): string[] {
  const addresses = Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address);
  return hubNames({ configuredHost, hostname: os.hostname(), addresses });
}

/** True when a Host header names this hub: one of its names, with its port (or none when that is the scheme's default). */
export function isOwnHost(host: string | undefined, site: HubSite): boolean {
  if (!host || !HOST_SYNTAX.test(host)) return false;
  let url: URL;
  try {
    url = new URL(`${site.scheme}://${host}`);
  } catch {
    return false;
  }
  const port = url.port === '' ? DEFAULT_PORTS[site.scheme] : Number(url.port);
  return port === site.port && site.names.includes(url.hostname);
}

/** True when an Origin header is one of this hub's own origins, or absent (a client that is not a browser page). */
export function isOwnOrigin(origin: string | undefined, site: HubSite): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== `${site.scheme}:` || url.username || url.password || url.pathname !== '/' || url.search || url.hash) return false;
  return isOwnHost(url.host, site);
}
