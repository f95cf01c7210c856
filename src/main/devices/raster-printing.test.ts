import { describe, expect, it } from 'vitest';
import { decodeEscPos, imageArt, inkBox, textOf, type PrintedJob } from '../../../tests/support/escpos-decoder';
import { holdsCut, serialPrinterStub, tcpPrinterStub, type PrinterStub } from '../../../tests/support/receipt-printer-stub';
import { DEFAULT_PRINTER_SETTINGS, type PrinterConnection } from '../../shared/schemas/printer';
import { renderEscPos } from '../documents/escpos';
import type { DocumentLayout } from '../documents/layout';
import { queueTicketLayout } from '../documents/queue-ticket';
import type { EscPosTimeouts } from './escpos-printer';
import { openPrinter } from './printer';

// Generous: this test is about what arrives, not about timeouts, and it shares a busy machine with other tests.
const UNHURRIED: EscPosTimeouts = { connectMs: 5000, statusMs: 5000, writeMs: 15_000 };

/** A slip as the counter prints one: the patient 陈伟明 and a Tamil clinic name, around plain lines. */
const SLIP: DocumentLayout = {
  title: 'slip',
  blocks: [
    { kind: 'text', text: 'கிளினிக் ராஜா', size: 'large', bold: true, align: 'center' },
    { kind: 'text', text: 'Jalan Tun Razak, Kuala Lumpur', align: 'center' },
    { kind: 'rule' },
    { kind: 'text', text: '陈伟明' },
    { kind: 'columns', left: 'Consultation', right: 'RM 35.00' },
  ],
};

/** The slip and a queue ticket of the same clinic, both on 58 mm paper (384 dots). */
const BYTES = Buffer.concat([
  renderEscPos(SLIP, { charsPerLine: 32, copies: 1 }),
  renderEscPos(queueTicketLayout({ visitId: '019a0000-0000-7000-8000-000000000031', clinicName: 'கிளினிக் ராஜா', ticketNo: 'A031', roomName: '陈伟明 医生', clinicDate: '2026-12-06', time: '09:15' }), { charsPerLine: 32, copies: 1 }),
]);

function expectImagesBack(bytes: Buffer): void {
  const [slip, ticket] = decodeEscPos(bytes).jobs;
  expect(textOf(slip)).toEqual(['Jalan Tun Razak, Kuala Lumpur', '-'.repeat(32), `Consultation${' '.repeat(32 - 12 - 8)}RM 35.00`]);
  expect(slip.images.map((image) => [image.height, image.align, image.afterLine])).toEqual([
    [60, 'center', 0],
    [30, 'left', 2],
  ]);
  expect(textOf(ticket)).toEqual(['-'.repeat(32), 'A031', '06/12/2026 09:15']);
  expect(ticket.images.map((image) => [image.height, image.align, image.afterLine])).toEqual([
    [30, 'center', 0],
    [60, 'center', 2],
  ]);
  expectInked(slip);
  expectInked(ticket);
}

/** Every image has ink across most of its width and a good part of its height, and fits 58 mm paper. */
function expectInked(job: PrintedJob): void {
  for (const image of job.images) {
    const box = inkBox(image);
    expect(box, imageArt(image)).not.toBeNull();
    expect(image.width).toBeLessThanOrEqual(384);
    expect((box?.right ?? 0) - (box?.left ?? 0), imageArt(image)).toBeGreaterThan(image.width / 2);
    expect((box?.bottom ?? 0) - (box?.top ?? 0), imageArt(image)).toBeGreaterThan(image.height / 3);
  }
}

async function printThrough(connection: PrinterConnection, stub: PrinterStub): Promise<Buffer> {
  const printer = openPrinter({ ...DEFAULT_PRINTER_SETTINGS, paperWidthMm: 58, connection }, UNHURRIED);
  try {
    await printer.print(BYTES);
  } finally {
    await printer.close();
  }
  return stub.waitFor((bytes) => holdsCut(bytes, 2), 15_000);
}

describe('names in Chinese and Tamil reach the receipt printer as images', () => {
  it('over a serial line (a socat virtual pair)', { timeout: 30_000 }, async () => {
    const stub = await serialPrinterStub('ready');
    try {
      expectImagesBack(await printThrough({ kind: 'escpos-serial', path: stub.hubEnd, baudRate: 9600 }, stub));
    } finally {
      await stub.close();
    }
  });

  it('over TCP to a port 9100 printer', { timeout: 30_000 }, async () => {
    const stub = await tcpPrinterStub('ready');
    try {
      expectImagesBack(await printThrough({ kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port }, stub));
    } finally {
      await stub.close();
    }
  });
});
