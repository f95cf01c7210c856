import type { PrinterFailureReason } from '../../shared/schemas/printer';
import { AppError } from '../errors/app-error';

/**
 * A two-way byte connection to a device, whatever carries it (a serial port, a TCP socket).
 * The ESC/POS logic sits on top of this, so each transport is only "open, write, read, close".
 */
export interface ByteLink {
  /** Resolves once the bytes have left this PC (serial: transmitted; TCP: handed to the network). */
  write(bytes: Uint8Array): Promise<void>;
  /** Bytes the device sends back: status answers. */
  onData(listener: (chunk: Buffer) => void): void;
  /** Ends the connection; safe to call twice and after a failure. */
  close(): Promise<void>;
}

export function printerUnavailable(reason: PrinterFailureReason): AppError {
  return new AppError('PRINTER_UNAVAILABLE', { reason });
}

/** Rejects with PRINTER_UNAVAILABLE `timeout` when the work takes longer than `ms`; `onTimeout` frees what it held. */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(printerUnavailable('timeout'));
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
