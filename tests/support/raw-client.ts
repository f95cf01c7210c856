import { randomBytes } from 'node:crypto';
import net from 'node:net';

/**
 * A client that speaks bytes, not HTTP: for sending what no well-behaved client library would
 * (broken request lines, lying lengths, hand-made WebSocket frames) and seeing what comes back.
 */

/** What the server sent back before the connection closed, or before we gave up waiting. */
export interface RawAnswer {
  received: Buffer;
  ended: 'closed' | 'timeout';
}

/**
 * Sends the chunks and collects the answer until the server closes or `timeoutMs` passes.
 * With `halfClose` the client then says it has nothing more to send, as a truncated request would.
 */
export function sendRaw(port: number, chunks: readonly Buffer[], options: { timeoutMs: number; halfClose: boolean }): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let ended: RawAnswer['ended'] = 'closed';
    const socket = net.connect(port, '127.0.0.1', () => {
      for (const chunk of chunks) socket.write(chunk);
      if (options.halfClose) socket.end();
    });
    socket.setTimeout(options.timeoutMs, () => {
      ended = 'timeout';
      socket.destroy();
    });
    socket.on('data', (data: Buffer) => received.push(data));
    // A reset is one of the answers a server may give to junk; the test looks at what arrived.
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ received: Buffer.concat(received), ended }));
  });
}

/** The status and headers of the first HTTP answer in `bytes`, or null when none arrived whole. */
export function firstAnswerHead(bytes: Buffer): { status: number; headers: Map<string, string> } | null {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!match) return null;
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: Number(match[1]), headers };
}

/** A WebSocket upgrade request for `path`, as a browser would send it (Origin only when given). */
export function upgradeRequest(path: string, host: string, origin: string | null): Buffer {
  const lines = [`GET ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`];
  if (origin) lines.push(`Origin: ${origin}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

export interface FrameSpec {
  fin?: boolean;
  /** The three reserved bits, 0–7; a server without extensions must refuse any of them set. */
  rsv?: number;
  opcode: number;
  payload: Buffer;
  /** Client frames must be masked; null sends the payload bare. */
  mask?: Buffer | null;
  /** A length field that says something other than the payload's real length. */
  claimedLength?: bigint;
}

/** One WebSocket frame, byte by byte (RFC 6455 §5.2), honest or not. */
export function frame(spec: FrameSpec): Buffer {
  const mask = spec.mask === undefined ? randomBytes(4) : spec.mask;
  const length = spec.claimedLength ?? BigInt(spec.payload.length);
  const first = ((spec.fin ?? true) ? 0x80 : 0) | ((spec.rsv ?? 0) << 4) | (spec.opcode & 0x0f);
  const maskBit = mask ? 0x80 : 0;
  let head: Buffer;
  if (length < 126n) {
    head = Buffer.from([first, maskBit | Number(length)]);
  } else if (length < 65_536n) {
    head = Buffer.from([first, maskBit | 126, 0, 0]);
    head.writeUInt16BE(Number(length), 2);
  } else {
    head = Buffer.alloc(10);
    head.writeUInt8(first, 0);
    head.writeUInt8(maskBit | 127, 1);
    head.writeBigUInt64BE(length & 0xffff_ffff_ffff_ffffn, 2);
  }
  if (!mask) return Buffer.concat([head, spec.payload]);
  const masked = Buffer.from(spec.payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([head, mask, masked]);
}

/** A masked text frame: one message from a well-behaved client. */
export function textFrame(text: string): Buffer {
  return frame({ opcode: 0x1, payload: Buffer.from(text, 'utf8') });
}

/** A masked close frame with a normal closure code: the client says goodbye properly. */
export function closeFrame(): Buffer {
  return frame({ opcode: 0x8, payload: Buffer.from([0x03, 0xe8]) });
}
