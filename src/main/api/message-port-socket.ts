import { EventEmitter } from 'node:events';
import type { PortControlMessage } from '../../shared/message-port-protocol';

/**
 * The parts of Electron's MessagePortMain the API uses. Tests adapt Node's
 * worker_threads MessagePort to it (Node passes the data itself to 'message' listeners,
 * Electron passes an event carrying it).
 */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start(): void;
  close(): void;
}

const OPEN = 1;
const CLOSED = 3;

/**
 * One end of an API MessagePort dressed as the `ws` WebSocket that tRPC's
 * applyWSSHandler drives: text frames arrive as ('message', Buffer, isBinary=false),
 * replies go out with send(string), and 'close' fires once, whichever side ends it.
 */
export class MessagePortSocket extends EventEmitter {
  static readonly OPEN = OPEN;
  readonly OPEN = OPEN;
  readonly CLOSED = CLOSED;
  readyState: number = OPEN;

  constructor(private readonly port: MessagePortLike) {
    super();
  }

  /** A text frame from the page, delivered the way `ws` delivers one. */
  receive(frame: string): void {
    if (this.readyState === OPEN) this.emit('message', Buffer.from(frame, 'utf8'), false);
  }

  send(data: string): void {
    if (this.readyState === OPEN) this.port.postMessage(data);
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState !== OPEN) return;
    const notice: PortControlMessage = { type: 'close', code, reason };
    this.port.postMessage(notice);
    this.closed(code, reason);
  }

  terminate(): void {
    this.close(1006, 'terminated');
  }

  /** The link is gone (closed here, by the page, or with the page's frame). */
  closed(code: number, reason: string): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    this.port.close();
    this.emit('close', code, Buffer.from(reason, 'utf8'));
  }
}
