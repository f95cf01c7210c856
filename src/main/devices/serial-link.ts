import { SerialPort } from 'serialport';
import type { PrinterFailureReason } from '../../shared/schemas/printer';
import { printerUnavailable, type ByteLink } from './byte-link';

/** serialport reports open failures as OS messages (Linux, macOS and Windows word them differently). */
function reasonOf(error: Error): PrinterFailureReason {
  const message = error.message;
  if (/no such file|ENOENT|file not found|cannot find/i.test(message)) return 'no-port';
  if (/permission denied|EACCES/i.test(message)) return 'no-permission';
  // Windows says "Access denied" when another program holds the COM port.
  if (/lock|busy|EBUSY|temporarily unavailable|access denied/i.test(message)) return 'busy';
  return 'error';
}

/** A USB-serial or RS-232 receipt printer. The port is locked while open, so two prints never interleave. */
export async function openSerialLink(path: string, baudRate: number): Promise<ByteLink> {
  const port = new SerialPort({ path, baudRate, autoOpen: false, lock: true });
  let failure: PrinterFailureReason | null = null;
  port.on('error', (error) => {
    failure ??= reasonOf(error);
  });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(printerUnavailable(reasonOf(error))) : resolve())));
  return new SerialLink(port, () => failure);
}

class SerialLink implements ByteLink {
  /** Writes not yet drained: a printer that stopped taking bytes leaves one here. */
  private unsent = 0;

  constructor(
    private readonly port: SerialPort,
    private readonly failure: () => PrinterFailureReason | null,
  ) {}

  write(bytes: Uint8Array): Promise<void> {
    this.unsent += 1;
    return new Promise<void>((resolve, reject) => {
      const fail = (error: Error): void => reject(printerUnavailable(this.failure() ?? reasonOf(error)));
      this.port.write(Buffer.from(bytes), (error) => {
        if (error) return fail(error);
        // drain waits until the OS has sent every byte down the wire, not just queued it.
        this.port.drain((drainError) => (drainError ? fail(drainError) : resolve()));
      });
    }).finally(() => {
      this.unsent -= 1;
    });
  }

  onData(listener: (chunk: Buffer) => void): void {
    this.port.on('data', listener);
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    // A printer that stopped taking bytes would otherwise hold close() until the OS gives up (30 s on
    // Linux). Only then: a flush also throws away what was sent but not yet read at the other end of
    // a pseudo-terminal (a virtual port), so a finished print is closed without one.
    if (this.unsent > 0) await new Promise<void>((resolve) => this.port.flush(() => resolve()));
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }
}
