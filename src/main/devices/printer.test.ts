import { SerialPort } from 'serialport';
import { describe, expect, it } from 'vitest';
import { decodeEscPos, textOf } from '../../../tests/support/escpos-decoder';
import { holdsCut, serialPrinterStub, tcpPrinterStub } from '../../../tests/support/receipt-printer-stub';
import { DEFAULT_PRINTER_SETTINGS, type PrinterConnection, type PrinterSettings } from '../../shared/schemas/printer';
import { renderEscPos } from '../documents/escpos';
import { queueTicketLayout, type QueueTicket } from '../documents/queue-ticket';
import { AppError } from '../errors/app-error';
import type { EscPosTimeouts } from './escpos-printer';
import { openPrinter } from './printer';

// Short, so the "printer does not answer" cases finish quickly; the hub's own defaults are longer.
const FAST: EscPosTimeouts = { connectMs: 1000, statusMs: 400, writeMs: 2000 };

const TICKET: QueueTicket = {
  visitId: '019a0000-0000-7000-8000-000000000012',
  clinicName: 'Klinik Sejahtera',
  ticketNo: 'A012',
  roomName: 'Bilik 1',
  clinicDate: '2026-11-23',
  time: '10:02',
};
const TICKET_BYTES = renderEscPos(queueTicketLayout(TICKET), { charsPerLine: 48, copies: 1 });

function settings(connection: PrinterConnection, checkStatus = true): PrinterSettings {
  return { ...DEFAULT_PRINTER_SETTINGS, connection, checkStatus };
}

/** The printer's refusal as `{ code, reason }`, or null when it printed. */
async function refusal(work: Promise<unknown>): Promise<{ code: string; reason: unknown } | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, reason: error.details.reason };
    throw error;
  }
}

/** What the printer at the far end read: the ticket's text, its number in large print, and the QR code's payload. */
function expectTheTicket(bytes: Buffer): void {
  const decoded = decodeEscPos(bytes);
  expect(decoded.jobs).toHaveLength(1);
  const [job] = decoded.jobs;
  expect(textOf(job)).toEqual(['Klinik Sejahtera', '-'.repeat(48), 'A012', 'Bilik 1', '23/11/2026 10:02']);
  expect(job.lines.find((line) => line.text === 'A012')).toMatchObject({ magnify: 4, bold: true, align: 'center' });
  expect(job.qrCodes).toEqual([{ payload: `CLINICDESK:TICKET:2026-11-23:A012:${TICKET.visitId}`, moduleDots: 6, errorCorrection: 'M', printed: true }]);
  expect(job.cut).toBe(true);
}

/** A port left open by the printer would still hold its lock. */
async function expectPortFree(path: string): Promise<void> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false, lock: true });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  await new Promise<void>((resolve) => port.close(() => resolve()));
}

const tcpSockets = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap').length;

describe('ESC/POS over a serial line (a socat virtual pair)', () => {
  it('prints the ticket after asking the printer whether it is ready, and lets go of the port', async () => {
    const stub = await serialPrinterStub('ready');
    try {
      const printer = openPrinter(settings({ kind: 'escpos-serial', path: stub.hubEnd, baudRate: 9600 }), FAST);
      await printer.print(TICKET_BYTES);
      await printer.close();
      const received = await stub.waitFor((bytes) => holdsCut(bytes));
      expect(decodeEscPos(received).statusRequests).toEqual([1]);
      expectTheTicket(received);
      await expectPortFree(stub.hubEnd);
    } finally {
      await stub.close();
    }
  });

  it('reports paper out (from the printer’s own status) and sends nothing of the ticket', async () => {
    const stub = await serialPrinterStub('paper-out');
    try {
      const printer = openPrinter(settings({ kind: 'escpos-serial', path: stub.hubEnd, baudRate: 9600 }), FAST);
      expect(await refusal(printer.print(TICKET_BYTES))).toEqual({ code: 'PRINTER_UNAVAILABLE', reason: 'paper-out' });
      await printer.close();
      expect(decodeEscPos(stub.received())).toEqual({ jobs: [], statusRequests: [1, 2] });
      await expectPortFree(stub.hubEnd);
    } finally {
      await stub.close();
    }
  });

  it('reports a printer that does not answer as a timeout, and frees the port', async () => {
    const stub = await serialPrinterStub('silent');
    try {
      const printer = openPrinter(settings({ kind: 'escpos-serial', path: stub.hubEnd, baudRate: 9600 }), FAST);
      const started = Date.now();
      expect(await refusal(printer.print(TICKET_BYTES))).toEqual({ code: 'PRINTER_UNAVAILABLE', reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(FAST.statusMs + 1000);
      await expectPortFree(stub.hubEnd);
    } finally {
      await stub.close();
    }
  });

  it('reports a port that does not exist (unplugged USB cable) as no-port', async () => {
    const printer = openPrinter(settings({ kind: 'escpos-serial', path: '/dev/clinicdesk-no-such-port', baudRate: 9600 }), FAST);
    expect(await refusal(printer.print(TICKET_BYTES))).toEqual({ code: 'PRINTER_UNAVAILABLE', reason: 'no-port' });
  });
});

describe('ESC/POS over TCP (port 9100 printers)', () => {
  it('prints the ticket and closes the connection', async () => {
    const stub = await tcpPrinterStub('ready');
    try {
      const before = tcpSockets();
      const printer = openPrinter(settings({ kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port }), FAST);
      await printer.print(TICKET_BYTES);
      await printer.close();
      expectTheTicket(await stub.waitFor((bytes) => holdsCut(bytes)));
      await stub.connectionsClosed();
      expect(tcpSockets()).toBe(before);
    } finally {
      await stub.close();
    }
  });

  it('sends copies as separate cut tickets, without a status request when that is turned off', async () => {
    const stub = await tcpPrinterStub('silent');
    try {
      const bytes = renderEscPos(queueTicketLayout(TICKET), { charsPerLine: 48, copies: 2 });
      const printer = openPrinter(settings({ kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port }, false), FAST);
      await printer.print(bytes);
      await printer.close();
      const decoded = decodeEscPos(await stub.waitFor((received) => holdsCut(received, 2)));
      expect(decoded.statusRequests).toEqual([]);
      expect(decoded.jobs.map((job) => [textOf(job)[2], job.cut])).toEqual([
        ['A012', true],
        ['A012', true],
      ]);
    } finally {
      await stub.close();
    }
  });

  it('reports a printer that accepts the connection but does not answer as a timeout, and hangs up', async () => {
    const stub = await tcpPrinterStub('silent');
    try {
      const before = tcpSockets();
      const printer = openPrinter(settings({ kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port }), FAST);
      expect(await refusal(printer.print(TICKET_BYTES))).toEqual({ code: 'PRINTER_UNAVAILABLE', reason: 'timeout' });
      await printer.close();
      await stub.connectionsClosed();
      expect(decodeEscPos(stub.received())).toEqual({ jobs: [], statusRequests: [1] });
      expect(tcpSockets()).toBe(before);
    } finally {
      await stub.close();
    }
  });

  it('reports nothing listening on the port as refused', async () => {
    const stub = await tcpPrinterStub('ready');
    const port = stub.port;
    await stub.close();
    const printer = openPrinter(settings({ kind: 'escpos-tcp', host: '127.0.0.1', port }), FAST);
    expect(await refusal(printer.print(TICKET_BYTES))).toEqual({ code: 'PRINTER_UNAVAILABLE', reason: 'refused' });
  });

  it('refuses to build a printer when none is set up', () => {
    expect(() => openPrinter(DEFAULT_PRINTER_SETTINGS, FAST)).toThrow(expect.objectContaining({ code: 'PRINTER_NOT_CONFIGURED' }));
  });
});
