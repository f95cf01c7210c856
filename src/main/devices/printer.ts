import type { PrinterSettings } from '../../shared/schemas/printer';
import { AppError } from '../errors/app-error';
import { EscPosPrinter, type EscPosTimeouts } from './escpos-printer';
import { openSerialLink } from './serial-link';
import { openTcpLink } from './tcp-link';

/**
 * A receipt printer, whatever connects it. Receipts, tickets and labels all print through
 * this; layouts are rendered to bytes elsewhere (src/main/documents).
 */
export interface Printer {
  /** Sends one job; rejects with PRINTER_UNAVAILABLE { reason } when the printer cannot take it. */
  print(bytes: Uint8Array): Promise<void>;
  /** Lets go of the port or connection; safe to call twice and after a failed print. */
  close(): Promise<void>;
}

/** Builds the printer the settings describe; the hub passes this to the services that print. */
export type PrinterFactory = (settings: PrinterSettings) => Printer;

/** Long enough for a printer on a busy clinic LAN, short enough that the front desk is told quickly. */
export const DEFAULT_PRINTER_TIMEOUTS: EscPosTimeouts = { connectMs: 3000, statusMs: 2000, writeMs: 10_000 };

export function openPrinter(settings: PrinterSettings, timeouts: EscPosTimeouts = DEFAULT_PRINTER_TIMEOUTS): Printer {
  const connection = settings.connection;
  const options = { checkStatus: settings.checkStatus, timeouts };
  switch (connection.kind) {
    case 'none':
      throw new AppError('PRINTER_NOT_CONFIGURED');
    case 'escpos-serial':
      return new EscPosPrinter(() => openSerialLink(connection.path, connection.baudRate), options);
    case 'escpos-tcp':
      return new EscPosPrinter(() => openTcpLink(connection.host, connection.port, timeouts.connectMs), options);
  }
}
