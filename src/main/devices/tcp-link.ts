import { connect, type Socket } from 'node:net';
import type { PrinterFailureReason } from '../../shared/schemas/printer';
import { printerUnavailable, withTimeout, type ByteLink } from './byte-link';

/** How long a TCP printer may take to close its side after ours; then the socket is dropped. */
const CLOSE_GRACE_MS = 1000;

const REASONS: Record<string, PrinterFailureReason> = {
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENOTFOUND: 'unknown-host',
  EAI_AGAIN: 'unknown-host',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'closed',
  EPIPE: 'closed',
};

function reasonOf(error: unknown): PrinterFailureReason {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code ? REASONS[code] : undefined) ?? 'error';
}

/** A network receipt printer's raw port (9100): connect, then bytes both ways. */
export async function openTcpLink(host: string, port: number, connectTimeoutMs: number): Promise<ByteLink> {
  const socket = connect({ host, port });
  let failure: PrinterFailureReason | null = null;
  // Registered for the socket's whole life: a reset after connecting must not crash the hub.
  socket.on('error', (error) => {
    failure ??= reasonOf(error);
  });
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', (error) => reject(printerUnavailable(reasonOf(error))));
    }),
    connectTimeoutMs,
    () => socket.destroy(),
  );
  socket.setNoDelay(true);
  return new TcpLink(socket, () => failure);
}

class TcpLink implements ByteLink {
  constructor(
    private readonly socket: Socket,
    private readonly failure: () => PrinterFailureReason | null,
  ) {}

  write(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.write(bytes, (error) => (error ? reject(printerUnavailable(this.failure() ?? reasonOf(error))) : resolve()));
    });
  }

  onData(listener: (chunk: Buffer) => void): void {
    this.socket.on('data', listener);
  }

  /** Sends our FIN after the last byte, gives the printer a moment to close its side, then lets go. */
  async close(): Promise<void> {
    const socket = this.socket;
    if (socket.destroyed) return;
    // Unread answers left in the socket would make the kernel reset the connection and drop unsent bytes.
    socket.resume();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.end();
    });
  }
}
