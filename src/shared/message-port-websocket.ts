import { IPC_SOCKET_URL, PORT_WINDOW_MESSAGE, isPortControlMessage, type PortControlMessage } from './message-port-protocol';

/**
 * The parts of a MessagePort this link uses. A page's MessagePort has them, and so has
 * Node's worker_threads MessagePort, which is how the link is tested without Electron.
 */
export interface PagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

/** What src/preload/preload.ts puts on `window.clinicdesk`: nothing but a request for a port. */
export interface ClinicDeskBridge {
  requestPort(): void;
}

/** The window as this file needs it; typed here so shared code stays free of DOM imports. */
interface PortWindow {
  clinicdesk?: ClinicDeskBridge;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

/** Main answers at once when it accepts the page; silence means it refused (wrong origin). */
const PORT_TIMEOUT_MS = 10_000;

/**
 * A browser-WebSocket lookalike over a MessagePort, so tRPC's createWSClient runs
 * unchanged over Electron IPC. It is an EventTarget with the `on…` handler properties
 * and ready states of a WebSocket; it opens when its port arrives.
 */
export class MessagePortWebSocket extends EventTarget {
  static readonly CONNECTING = CONNECTING;
  static readonly OPEN = OPEN;
  static readonly CLOSING = CLOSING;
  static readonly CLOSED = CLOSED;
  readonly CONNECTING = CONNECTING;
  readonly OPEN = OPEN;
  readonly CLOSING = CLOSING;
  readonly CLOSED = CLOSED;

  readonly url: string;
  readonly protocol = '';
  readonly extensions = '';
  readonly bufferedAmount = 0;
  /** tRPC sets this; frames are strings, so it changes nothing. */
  binaryType: 'blob' | 'arraybuffer' = 'blob';
  readyState: number = CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private port: PagePort | null = null;

  constructor(url: string | URL, port: Promise<PagePort>) {
    super();
    this.url = String(url);
    // Like a browser WebSocket, never open (or fail) within the constructor's own task:
    // callers add their listeners after `new`, and a port that is already there would
    // otherwise open the socket before anyone listens.
    port.then(
      (arrived) => setTimeout(() => this.attach(arrived), 0),
      () =>
        setTimeout(() => {
          this.fire(new Event('error'));
          this.finish(1006, 'no port', false);
        }, 0),
    );
  }

  send(data: string): void {
    if (this.readyState === CONNECTING) throw new Error('InvalidStateError: the IPC socket is still connecting');
    // A browser WebSocket silently drops data sent after close; so does this.
    if (this.readyState === OPEN) this.port?.postMessage(data);
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === CLOSING || this.readyState === CLOSED) return;
    if (this.port) {
      const message: PortControlMessage = { type: 'close', code, reason };
      this.port.postMessage(message);
      this.port.close();
      this.finish(code, reason, true);
    } else {
      // The port is still on its way; attach() closes it when it comes.
      this.readyState = CLOSING;
    }
  }

  private attach(port: PagePort): void {
    if (this.readyState !== CONNECTING) {
      port.close();
      this.finish(1000, '', true);
      return;
    }
    this.port = port;
    port.addEventListener('message', ({ data }) => this.receive(data));
    port.start();
    const open: PortControlMessage = { type: 'open', url: this.url };
    port.postMessage(open);
    this.readyState = OPEN;
    this.fire(new Event('open'));
  }

  private receive(data: unknown): void {
    if (this.readyState !== OPEN) return;
    if (typeof data === 'string') {
      this.fire(new MessageEvent('message', { data }));
    } else if (isPortControlMessage(data) && data.type === 'close') {
      this.port?.close();
      this.finish(data.code, data.reason, true);
    }
  }

  private finish(code: number, reason: string, wasClean: boolean): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    // CloseEvent is not a global everywhere this runs (Node 20 lacks it); tRPC reads nothing from it.
    this.fire(Object.assign(new Event('close'), { code, reason, wasClean }));
  }

  private fire(event: Event): void {
    this.dispatchEvent(event);
    const handler = { open: this.onopen, message: this.onmessage, close: this.onclose, error: this.onerror }[event.type];
    (handler as ((event: Event) => void) | null | undefined)?.call(this, event);
  }
}

/**
 * A WebSocket class for `createWSClient({ WebSocket })` whose every instance gets a fresh
 * port from `connect`. tRPC constructs a new socket on each reconnect, so reconnecting
 * asks main for a new channel.
 */
export function ipcWebSocketClass(connect: () => Promise<PagePort>) {
  return class IpcWebSocket extends MessagePortWebSocket {
    constructor(url: string | URL = IPC_SOCKET_URL) {
      super(url, connect());
    }
  };
}

/**
 * Asks the preload for a port and waits for it as a window message from this same window
 * (the preload runs in an isolated world of it). Requests are answered in order, so each
 * waiter takes the first port it sees and stops it reaching later waiters.
 */
export function receivePortFromPreload(win: PortWindow = globalThis, timeoutMs = PORT_TIMEOUT_MS): Promise<PagePort> {
  return new Promise((resolve, reject) => {
    const bridge = win.clinicdesk;
    if (!bridge) {
      reject(new Error('window.clinicdesk is missing: this page is not running in the ClinicDesk desktop app'));
      return;
    }
    const onMessage = (event: MessageEvent): void => {
      if (event.source !== win || event.data !== PORT_WINDOW_MESSAGE || event.ports.length !== 1) return;
      event.stopImmediatePropagation();
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(event.ports[0]);
    };
    const timer = setTimeout(() => {
      win.removeEventListener('message', onMessage);
      reject(new Error('the desktop app did not answer the request for an API link'));
    }, timeoutMs);
    win.addEventListener('message', onMessage);
    bridge.requestPort();
  });
}

/**
 * The renderer's WebSocket class for the API over IPC:
 * `createWSClient({ url: IPC_SOCKET_URL, WebSocket: IpcWebSocket, connectionParams: () => ({ token }) })`.
 */
export const IpcWebSocket = ipcWebSocketClass(() => receivePortFromPreload());
