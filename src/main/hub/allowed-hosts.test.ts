import { describe, expect, it } from 'vitest';
import { hubNames, isOwnHost, isOwnOrigin, machineNames, type HubSite } from './allowed-hosts';

const LAN = hubNames({ configuredHost: '0.0.0.0', hostname: 'Reception-PC', addresses: ['127.0.0.1', '192.168.1.20', 'fe80::1c2:3ff:fe04:506', '::1'] });
const site: HubSite = { scheme: 'http', port: 4780, names: LAN };

describe('the hub names itself', () => {
  it('by loopback, its host name (also as .local), and the addresses of its interfaces', () => {
    expect([...LAN].sort()).toEqual(['127.0.0.1', '192.168.1.20', '[::1]', '[fe80::1c2:3ff:fe04:506]', 'localhost', 'reception-pc', 'reception-pc.local'].sort());
  });

  it('and by the address it was told to listen on, unless that is a wildcard', () => {
    expect(hubNames({ configuredHost: '10.0.0.5', hostname: 'pc', addresses: [] })).toContain('10.0.0.5');
    expect(hubNames({ configuredHost: 'clinic-hub.lan', hostname: 'pc', addresses: [] })).toContain('clinic-hub.lan');
    expect(hubNames({ configuredHost: '::', hostname: 'pc', addresses: [] })).not.toContain('[::]');
  });

  it('on this machine too', () => {
    expect(machineNames('127.0.0.1')).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '[::1]']));
  });
});

describe('Host header', () => {
  it.each([
    '127.0.0.1:4780',
    'localhost:4780',
    'LOCALHOST:4780',
    '[::1]:4780',
    '[0:0:0:0:0:0:0:1]:4780',
    '192.168.1.20:4780',
    'reception-pc:4780',
    'Reception-PC.local:4780',
    '[fe80::1c2:3ff:fe04:506]:4780',
  ])('%s is the hub', (host) => {
    expect(isOwnHost(host, site)).toBe(true);
  });

  it.each([
    ['another site (DNS rebinding)', 'evil.example:4780'],
    ['another site on the default port', 'evil.example'],
    ['a name that merely starts like ours', 'reception-pc.evil.example:4780'],
    ['a user part hiding another name', 'evil@127.0.0.1:4780'],
    ['the wrong port', '127.0.0.1:4781'],
    ['no port, on a hub not on port 80', '127.0.0.1'],
    ['a path', '127.0.0.1:4780/x'],
    ['a space', '127.0.0.1 :4780'],
    ['a broken IPv6 address', '[::1:4780'],
    ['nothing', ''],
    ['absent', undefined],
    ['a port out of range', '127.0.0.1:99999'],
  ])('%s (%s) is not', (_why, host) => {
    expect(isOwnHost(host, site)).toBe(false);
  });

  it('may leave out the port when the hub listens on the scheme’s default one', () => {
    expect(isOwnHost('192.168.1.20', { ...site, port: 80 })).toBe(true);
    expect(isOwnHost('192.168.1.20', { ...site, scheme: 'https', port: 443 })).toBe(true);
    expect(isOwnHost('192.168.1.20', { ...site, scheme: 'https', port: 80 })).toBe(false);
  });
});

describe('Origin header', () => {
  it('may be absent: clients that are not web pages send none', () => {
    expect(isOwnOrigin(undefined, site)).toBe(true);
  });

  it('is accepted from the hub’s own pages, by any of its names', () => {
    expect(isOwnOrigin('http://127.0.0.1:4780', site)).toBe(true);
    expect(isOwnOrigin('http://reception-pc.local:4780', site)).toBe(true);
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['another site with our port', 'http://evil.example:4780'],
    ['our name over the other scheme', 'https://127.0.0.1:4780'],
    ['our name on another port', 'http://127.0.0.1:5173'],
    ['an opaque origin (sandboxed frame, file:)', 'null'],
    ['junk', 'not a url'],
    ['a user part', 'http://evil@127.0.0.1:4780'],
    ['a path', 'http://127.0.0.1:4780/x'],
  ])('is refused from %s (%s)', (_why, origin) => {
    expect(isOwnOrigin(origin, site)).toBe(false);
  });

  it('must be https on a TLS hub', () => {
    const tls: HubSite = { ...site, scheme: 'https' };
    expect(isOwnOrigin('https://127.0.0.1:4780', tls)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:4780', tls)).toBe(false);
  });
});
