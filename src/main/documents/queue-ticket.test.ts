import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEscPos, imageArt, inkBox, textOf } from '../../../tests/support/escpos-decoder';
import { requireTool } from '../../../tests/support/external-tools';
import { renderEscPos } from './escpos';
import { renderPdf } from './pdf';
import { queueTicketLayout, ticketQrPayload } from './queue-ticket';
import { SAMPLE_TICKET } from '../../../tests/support/sample-ticket';

const run = promisify(execFile);

const TICKET = SAMPLE_TICKET;

let folder = '';
beforeAll(async () => {
  requireTool('pdftotext', 'poppler-utils');
  requireTool('pdftoppm', 'poppler-utils');
  requireTool('pdfinfo', 'poppler-utils');
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-ticket-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Writes the PDF, then reads it back the way a person would: its words, and its QR code through a camera's eye. */
async function readPdf(pdf: Buffer): Promise<{ text: string; qr: string | null; widthPt: number }> {
  const file = path.join(folder, 'ticket.pdf');
  await writeFile(file, pdf);
  const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
  const { stdout: info } = await run('pdfinfo', [file]);
  await run('pdftoppm', ['-png', '-r', '200', '-singlefile', file, path.join(folder, 'ticket')]);
  const png = PNG.sync.read(await readFile(path.join(folder, 'ticket.png')));
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const widthPt = Number(/Page size:\s+([\d.]+)/.exec(info)?.[1]);
  return { text, qr: qr?.data ?? null, widthPt };
}

describe('queue ticket as a PDF', () => {
  it('shows clinic, number, room, date and time, on 80 mm paper, with a QR code that reads back as the ticket', async () => {
    const { text, qr, widthPt } = await readPdf(await renderPdf(queueTicketLayout(TICKET), { widthMm: 80 }));
    const words = text.split('\n').map((line) => line.trim()).filter(Boolean);
    expect(words).toEqual(['Klinik Sejahtera', 'A007', 'Bilik 2', '23/11/2026 09:41']);
    expect(qr).toBe('CLINICDESK:TICKET:2026-11-23:A007:019a0000-0000-7000-8000-000000000007');
    expect(widthPt).toBeCloseTo((80 / 25.4) * 72, 0);
  });

  it('carries no patient name or identity number in the QR code', () => {
    expect(ticketQrPayload(TICKET)).toMatch(/^CLINICDESK:TICKET:\d{4}-\d{2}-\d{2}:[A-Z]{1,2}\d{3,}:[0-9a-f-]{36}$/);
  });
});

describe('queue ticket as ESC/POS bytes', () => {
  it('wraps a long clinic name to 32 characters on 58 mm paper and keeps the number in quadruple size', () => {
    const ticket = { ...TICKET, clinicName: 'Klinik Pergigian dan Perubatan Keluarga Sejahtera Petaling Jaya' };
    const [job] = decodeEscPos(renderEscPos(queueTicketLayout(ticket), { charsPerLine: 32, copies: 1 })).jobs;
    expect(textOf(job).slice(0, 3)).toEqual(['Klinik Pergigian dan Perubatan', 'Keluarga Sejahtera Petaling Jaya', '-'.repeat(32)]);
    expect(job.lines.every((line) => line.text.length * line.magnify <= 32)).toBe(true);
    expect(job.lines.find((line) => line.text === 'A007')?.magnify).toBe(4);
    expect(job.qrCodes[0]).toMatchObject({ moduleDots: 5, payload: ticketQrPayload(TICKET) });
  });

  it('prints accented letters without their accents in the printer’s code page, and a Chinese clinic name as an image', () => {
    const accented = decodeEscPos(renderEscPos(queueTicketLayout({ ...TICKET, clinicName: 'Clínica São José' }), { charsPerLine: 48, copies: 1 })).jobs[0];
    expect(textOf(accented)[0]).toBe('Clinica Sao Jose');
    expect(accented.images).toEqual([]);
    const [job] = decodeEscPos(renderEscPos(queueTicketLayout({ ...TICKET, clinicName: 'Clínica São José 诊所' }), { charsPerLine: 48, copies: 1 })).jobs;
    expect(textOf(job)[0]).toBe('-'.repeat(48));
    expect(job.images).toHaveLength(1);
    expect(job.images[0]).toMatchObject({ height: 30, align: 'center', afterLine: 0 });
    expect(inkBox(job.images[0]), imageArt(job.images[0])).not.toBeNull();
  });
});
