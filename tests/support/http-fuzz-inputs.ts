import { closeFrame, frame, textFrame, upgradeRequest } from './raw-client';

/**
 * Malformed inputs for the hub's HTTP and WebSocket surface, drawn from a seeded generator so
 * that any failure can be replayed with the same seed.
 */

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i += 1) out[i] = this.int(256);
    return out;
  }

  /** Mostly short, sometimes long: junk sizes follow no single scale. */
  size(max: number): number {
    return this.chance(0.8) ? this.int(Math.min(64, max) + 1) : this.int(max + 1);
  }
}

/** One thing to send on a fresh connection, and how to describe it when it goes wrong. */
export interface FuzzCase {
  label: string;
  chunks: Buffer[];
  /** Say "nothing more" after sending, as a truncated request would; off where the server must close. */
  halfClose: boolean;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH', 'PRI', 'get', 'G ET', 'GET\0', 'M-SEARCH', 'PROPFIND', '', 'ÄÖÜ', 'X'.repeat(300)];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.12', 'HTTP/9.9', 'http/1.1', 'HTTP/1.1 x', 'HTTP/', 'HTTPS/1.1', '', 'HTTP/1.1\0'];
const ENCODINGS = ['%', '%%', '%zz', '%g0', '%c0%af', '%ff', '%ed%a0%80', '%00', '%2e%2e', '%2f', '%5c', '%25', '%e2%82', '%f0%9f%98%80', '%0d%0a', '%u002e', '%C0%AE', '%e0%80%af'];
const SEGMENTS = ['..', '.', '', 'api', 'index.html', 'assets', 'renderer-private', 'secret.txt', '\\..\\', '~', 'ä', '😀', ';', '?', '#', '%', 'a'.repeat(200), '//', 'etc/passwd', 'CON', 'nul', 'index.html::$DATA'];
const PREFIXES = ['/', '', '*', 'http://127.0.0.1/', 'http://[::1/', 'http://evil.example/', '//evil.example/', 'example.com:443', 'http://a@b/', '/\0', '\\'];
const HEADER_NAMES = ['Host', 'Content-Length', 'Transfer-Encoding', 'Connection', 'Upgrade', 'Origin', 'Expect', 'Range', 'If-None-Match', 'Accept-Encoding', 'Cookie', 'X-Forwarded-For', 'Sec-WebSocket-Key', 'Sec-WebSocket-Version', 'Sec-WebSocket-Extensions', 'Bad Name', 'Bad:Name', '', 'Ä', 'X-Junk'];
const HEADER_VALUES = ['0', '-1', '1e3', '99999999999999999999', 'chunked', 'chunked, gzip', 'identity', 'Upgrade', 'websocket', 'keep-alive', 'close', '100-continue', 'bytes=0-0,-1', 'bytes=9999999-', '', ' ', '\0', 'null', 'http://evil.example', '[', 'a b', 'ä', '\r', 'x'.repeat(9000)];

/** A path full of percent-encodings, dot segments and odd characters. */
export function oddPath(rng: Prng): string {
  let path = rng.pick(PREFIXES);
  const parts = 1 + rng.int(5);
  for (let i = 0; i < parts; i += 1) {
    if (i > 0 || !path.endsWith('/')) path += rng.chance(0.8) ? '/' : rng.pick(['%2f', '%2F', '\\', '%5c']);
    path += rng.chance(0.5) ? rng.pick(SEGMENTS) : '';
    if (rng.chance(0.6)) path += rng.pick(ENCODINGS);
  }
  if (rng.chance(0.2)) path += `?${rng.pick(ENCODINGS)}=${rng.pick(SEGMENTS)}`;
  if (rng.chance(0.05)) path += rng.bytes(rng.size(40)).toString('latin1');
  return path;
}

function headerLine(rng: Prng, port: number): string {
  const name = rng.pick(HEADER_NAMES);
  const value = name === 'Host' && rng.chance(0.5) ? `127.0.0.1:${port}` : rng.pick(HEADER_VALUES);
  return rng.pick([`${name}: ${value}`, `${name}:${value}`, `${name} : ${value}`, ` ${name}: ${value}`, `${name}`, `\t${value}`, `${name}: ${value}\r`]);
}

/** A request line, headers and perhaps a body, each part sometimes broken. */
export function oddRequest(rng: Prng, port: number): FuzzCase {
  const method = rng.pick(METHODS);
  const target = oddPath(rng);
  const version = rng.pick(VERSIONS);
  const lines: string[] = [[method, target, version].filter((part) => rng.chance(0.95) || part === target).join(rng.chance(0.95) ? ' ' : rng.pick(['  ', '\t', '']))];
  // Mostly the hub's own Host, so most requests get past the Host check and reach the file server.
  if (rng.chance(0.8)) lines.push(`Host: ${rng.chance(0.9) ? `127.0.0.1:${port}` : rng.pick(['localhost', `[::1]:${port}`, 'evil.example', '[', '127.0.0.1:1', `evil@127.0.0.1:${port}`])}`);
  const headerCount = rng.chance(0.02) ? 3000 : rng.int(8);
  for (let i = 0; i < headerCount; i += 1) lines.push(headerLine(rng, port));
  if (rng.chance(0.03)) lines.push(`X-Huge: ${'h'.repeat(20_000 + rng.int(50_000))}`);
  // Node's server drops the answer to a request whose client half-closed: most cases ask the
  // server to close after answering instead, so the answer arrives and can be checked.
  const halfClose = rng.chance(0.15);
  if (!halfClose) lines.splice(1 + rng.int(lines.length), 0, 'Connection: close');
  const eol = rng.chance(0.9) ? '\r\n' : rng.pick(['\n', '\r', '\n\r', '']);
  let text = `${lines.join(eol)}${eol}${eol}`;
  if (rng.chance(0.2)) text += rng.chance(0.5) ? `${rng.int(9999).toString(16)}\r\n${'b'.repeat(rng.size(200))}\r\n0\r\n\r\n` : rng.bytes(rng.size(4000)).toString('latin1');
  if (rng.chance(0.1)) text += `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;
  return { label: `request ${JSON.stringify(text.slice(0, 160))}`, chunks: splitAtRandom(rng, Buffer.from(text, 'latin1')), halfClose };
}

/** Bytes that are not HTTP at all: noise, a TLS hello, HTTP/2's preface, a bare line feed. */
export function oddBytes(rng: Prng): FuzzCase {
  const kind = rng.int(4);
  const bytes =
    kind === 0
      ? rng.bytes(rng.size(8000))
      : kind === 1
        ? Buffer.concat([Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]), rng.bytes(rng.size(500))])
        : kind === 2
          ? Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0', 'latin1')
          : Buffer.from(rng.pick(['\r\n', '\n', '\0', ' ', 'GET', 'GET /', 'GET / HTTP/1.1\r\n']), 'latin1');
  return { label: `bytes kind ${kind}: ${bytes.subarray(0, 40).toString('hex')}`, chunks: splitAtRandom(rng, bytes), halfClose: true };
}

/** Sends some inputs in pieces, so the parser sees them arrive across reads. */
function splitAtRandom(rng: Prng, bytes: Buffer): Buffer[] {
  if (bytes.length < 2 || rng.chance(0.7)) return [bytes];
  const at = 1 + rng.int(bytes.length - 1);
  return [bytes.subarray(0, at), bytes.subarray(at)];
}

/** A WebSocket frame a client must never send: the connection that carries it must close, nothing more. */
export function badFrame(rng: Prng): { label: string; bytes: Buffer } {
  const mask = rng.bytes(4);
  const payload = rng.bytes(rng.size(300));
  const kinds: [string, () => Buffer][] = [
    ['reserved opcode', () => frame({ opcode: rng.pick([0x3, 0x4, 0x5, 0x6, 0x7, 0xb, 0xc, 0xd, 0xe, 0xf]), payload, mask })],
    ['reserved bits', () => frame({ opcode: 0x1, rsv: 1 + rng.int(7), payload: Buffer.from('{}'), mask })],
    ['unmasked', () => frame({ opcode: 0x1, payload: Buffer.from('{"id":1}'), mask: null })],
    ['length says more', () => frame({ opcode: rng.pick([0x1, 0x2]), payload, mask, claimedLength: BigInt(payload.length + 1 + rng.int(70_000)) })],
    ['length beyond 2^53', () => frame({ opcode: 0x2, payload, mask, claimedLength: 0x7fff_ffff_ffff_ffffn - BigInt(rng.int(1000)) })],
    ['length with top bit', () => frame({ opcode: 0x2, payload, mask, claimedLength: 0xffff_ffff_ffff_ffffn })],
    ['over the size limit', () => frame({ opcode: 0x1, payload, mask, claimedLength: BigInt(5 * 1024 * 1024 + rng.int(1000)) })],
    ['bad UTF-8', () => frame({ opcode: 0x1, payload: Buffer.concat([Buffer.from('{"id":'), Buffer.from(rng.pick([[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]))]), mask })],
    ['continuation first', () => frame({ opcode: 0x0, payload, mask })],
    ['new message inside a fragmented one', () => Buffer.concat([frame({ opcode: 0x1, fin: false, payload: Buffer.from('{"id'), mask }), frame({ opcode: 0x1, payload, mask })])],
    ['fragmented control frame', () => frame({ opcode: rng.pick([0x8, 0x9, 0xa]), fin: false, payload: payload.subarray(0, 10), mask })],
    ['control frame over 125 bytes', () => frame({ opcode: rng.pick([0x8, 0x9, 0xa]), payload: rng.bytes(126 + rng.int(200)), mask })],
    ['close with bad code', () => frame({ opcode: 0x8, payload: Buffer.from([rng.int(256), rng.int(256), 0xff]), mask })],
    ['close with one byte', () => frame({ opcode: 0x8, payload: Buffer.from([3]), mask })],
    ['fragments without end', () => Buffer.concat(Array.from({ length: 1 + rng.int(20) }, (_, i) => frame({ opcode: i === 0 ? 0x1 : 0x0, fin: false, payload: rng.bytes(rng.size(100)), mask })))],
    ['noise after the upgrade', () => rng.bytes(rng.size(2000))],
  ];
  const [label, make] = rng.pick(kinds);
  return { label, bytes: make() };
}

/** JSON that is valid but means nothing, or nearly JSON. */
function junkJson(rng: Prng): string {
  const values: (() => string)[] = [
    () => JSON.stringify(rng.pick([null, true, 0, -1, 1e308, 'x', [], {}, [[[]]], { id: null }])),
    () => `${'['.repeat(1 + rng.int(5000))}${']'.repeat(rng.int(5000))}`,
    () => `{"a":${'{"a":'.repeat(rng.int(2000))}1${'}'.repeat(rng.int(2000))}}`,
    () => rng.bytes(rng.size(200)).toString('utf8'),
    () => rng.pick(['PING', 'PONG', '', ' ', '{', '{"id":1,', 'undefined', 'NaN', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}']),
    () => JSON.stringify({ id: 1, data: 'x'.repeat(rng.size(100_000)) }),
  ];
  return rng.pick(values)();
}

/** A tRPC message with something odd in it: a wrong type, an unknown path, junk input, a giant batch. */
function oddTrpcMessage(rng: Prng, paths: readonly string[]): string {
  const id = rng.pick<unknown>([1, 0, -1, 'a', null, {}, [], 1.5, 2 ** 60, '', 'x'.repeat(1000)]);
  const method = rng.pick<unknown>(['query', 'mutation', 'subscription', 'subscription.stop', 'QUERY', 'delete', 1, null, undefined]);
  const path = rng.pick<unknown>([...paths, '', 'nope', '__proto__', 'constructor', 'clinic.__proto__', 'a.b.c.d.e', 'toString', 1, null]);
  const input = rng.pick<unknown>([undefined, null, {}, [], 'x', 1, { malformed: true }, { pairingCode: 'x'.repeat(rng.size(100)) }, { query: '\0' }, { username: 'a', password: 'b' }, JSON.parse(junkJsonSafe(rng))]);
  const message: Record<string, unknown> = { id, method, params: rng.chance(0.9) ? { path, input, ...(rng.chance(0.1) ? { lastEventId: rng.pick<unknown>(['1', 1, null, {}]) } : {}) } : rng.pick<unknown>([null, 'x', [], 1]) };
  if (rng.chance(0.3)) message.jsonrpc = rng.pick<unknown>(['2.0', '1.0', 2, null]);
  if (rng.chance(0.05)) return JSON.stringify(Array.from({ length: 1 + rng.int(300) }, () => message));
  return JSON.stringify(message);
}

function junkJsonSafe(rng: Prng): string {
  return JSON.stringify(rng.pick<unknown>([null, 'x', 1, { a: [1, { b: 'c' }] }, 'x'.repeat(rng.size(5000)), Array.from({ length: rng.size(100) }, () => rng.next())]));
}

/** An upgraded WebSocket that then sends one frame a client must never send. */
export function badFrameCase(rng: Prng, port: number): FuzzCase {
  const bad = badFrame(rng);
  const chunks = [upgradeRequest('/api', `127.0.0.1:${port}`, rng.chance(0.5) ? `http://127.0.0.1:${port}` : null)];
  if (rng.chance(0.5)) chunks.push(textFrame(rng.chance(0.5) ? '{"data":{}}' : junkJson(rng)));
  chunks.push(bad.bytes);
  return { label: `websocket ${bad.label}: ${bad.bytes.subarray(0, 24).toString('hex')}`, chunks, halfClose: true };
}

/** An upgraded WebSocket with well-formed frames carrying junk, then a proper goodbye. */
export function junkMessagesCase(rng: Prng, port: number, paths: readonly string[]): FuzzCase {
  const messages: string[] = [];
  // The first message of a connection opened with ?connectionParams=1 is the connection parameters.
  const target = rng.pick(['/api', '/api?connectionParams=1', '/api?connectionParams=0', '/api?%zz', '/api?connectionParams=1&connectionParams=1']);
  if (rng.chance(0.3)) messages.push(JSON.stringify({ method: 'connectionParams', data: rng.pick<unknown>([{ token: 'x' }, { token: 1 }, null, 'x', [], { token: 'y'.repeat(rng.size(3000)) }]) }));
  const count = 1 + rng.int(12);
  for (let i = 0; i < count; i += 1) messages.push(rng.chance(0.7) ? oddTrpcMessage(rng, paths) : junkJson(rng));
  const chunks = [upgradeRequest(target, `127.0.0.1:${port}`, rng.chance(0.5) ? `http://127.0.0.1:${port}` : null), ...messages.map(textFrame)];
  if (rng.chance(0.2)) chunks.push(frame({ opcode: 0x2, payload: rng.bytes(rng.size(500)), mask: rng.bytes(4) }));
  if (rng.chance(0.2)) chunks.push(frame({ opcode: 0x9, payload: rng.bytes(rng.size(125)), mask: rng.bytes(4) }));
  chunks.push(closeFrame());
  return { label: `websocket messages to ${target}: ${messages.map((m) => m.slice(0, 60)).join(' | ').slice(0, 300)}`, chunks, halfClose: false };
}
