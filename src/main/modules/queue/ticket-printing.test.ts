import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { decodeEscPos, textOf } from '../../../../tests/support/escpos-decoder';
import { requireTool } from '../../../../tests/support/external-tools';
import { holdsCut, tcpPrinterStub } from '../../../../tests/support/receipt-printer-stub';
import { clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings } from '../../../shared/schemas/printer';

// 10:00 in Kuala Lumpur.
const clock = new Date('2026-11-23T02:00:00Z');
let visitId = '';

function tcpPrinter(port: number, changes: Partial<PrinterSettings> = {}): PrinterSettings {
  return { ...DEFAULT_PRINTER_SETTINGS, connection: { kind: 'escpos-tcp', host: '127.0.0.1', port }, ...changes };
}

const printsOf = async (id: string) => clinic.admin.audit.list({ action: 'queue.ticket.print', entityId: id });
const lastAuditSeq = async () => (await clinic.admin.audit.list({ limit: 1 }))[0]?.seq;

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  const room = await admin.rooms.save({ code: '1', name: 'Bilik Dr Aminah', kind: 'consultation', ticketPrefix: 'A', active: true });
  const patient = await reception.patients.register({ fullName: 'Tan Ah Kow', identityType: 'mykad', identityNo: '800101-10-5123', phones: [], address: '', postcode: '', allergies: [] });
  ({ visitId } = await reception.queue.checkIn({ patientId: patient.id, roomId: room.id, chiefComplaint: 'fever', priority: 'normal' }));
  return { testHub, admin, reception };
});

describe('printer settings', () => {
  it('start as "no printer": printing the ticket or a test page is refused with PRINTER_NOT_CONFIGURED', async () => {
    expect((await clinic.admin.settings.all()).printer).toEqual(DEFAULT_PRINTER_SETTINGS);
    expect(await refusalOf(clinic.reception.queue.printTicket({ visitId }))).toBe('PRINTER_NOT_CONFIGURED');
    expect(await refusalOf(clinic.admin.clinic.testPrinter({}))).toBe('PRINTER_NOT_CONFIGURED');
  });

  it('are changed by a clinic manager only, audited, and checked', async () => {
    expect(await refusalOf(clinic.reception.settings.printer.save(tcpPrinter(9100)))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.admin.settings.printer.save({ ...tcpPrinter(9100), paperWidthMm: 76 as 80 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.settings.printer.save({ ...tcpPrinter(9100), copies: 0 }))).toBe('VALIDATION_FAILED');
    const saved = await clinic.admin.settings.printer.save(tcpPrinter(9100, { paperWidthMm: 58, printTicketAtCheckIn: true }));
    expect(saved).toEqual(tcpPrinter(9100, { paperWidthMm: 58, printTicketAtCheckIn: true }));
    const [audit] = await clinic.admin.audit.list({ action: 'clinic.update.printer' });
    expect(audit).toMatchObject({ before: DEFAULT_PRINTER_SETTINGS, after: saved });
  });

  it('test print: sends a page one ruler wide to the printer being set up, before it is saved', async () => {
    const stub = await tcpPrinterStub('ready');
    try {
      await clinic.admin.clinic.testPrinter({ printer: tcpPrinter(stub.port, { paperWidthMm: 58 }) });
      const [job] = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes))).jobs;
      expect(textOf(job).slice(0, 4)).toEqual(['Klinik Sejahtera', '-'.repeat(32), '12345678901234567890123456789012', '23/11/2026 10:00']);
      expect(job.qrCodes.map((qr) => qr.payload)).toEqual(['CLINICDESK:TEST:2026-11-23T10:00']);
    } finally {
      await stub.close();
    }
  });
});

describe('queue.printTicket', () => {
  it('prints the checked-in ticket on the network printer and audits each print, counting reprints', async () => {
    const stub = await tcpPrinterStub('ready');
    try {
      await clinic.admin.settings.printer.save(tcpPrinter(stub.port));
      expect(await clinic.reception.queue.printTicket({ visitId })).toEqual({ ticketNo: 'A001', copies: 1, printNo: 1 });
      const decoded = decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes)));
      expect(decoded.statusRequests).toEqual([1]);
      expect(textOf(decoded.jobs[0])).toEqual(['Klinik Sejahtera', '-'.repeat(48), 'A001', 'Bilik Dr Aminah', '23/11/2026 10:00']);
      expect(decoded.jobs[0].qrCodes.map((qr) => qr.payload)).toEqual([`CLINICDESK:TICKET:2026-11-23:A001:${visitId}`]);

      // 17:30, the printer jammed: Farah reprints.
      expect(await clinic.reception.queue.printTicket({ visitId })).toEqual({ ticketNo: 'A001', copies: 1, printNo: 2 });
      const prints = await printsOf(visitId);
      expect(prints.map((row) => [row.actorName, row.entity, (row.after as { printNo: number }).printNo])).toEqual([
        ['farah', 'visit', 2],
        ['farah', 'visit', 1],
      ]);
    } finally {
      await stub.close();
    }
  });

  it('a printer that does not answer: PRINTER_UNAVAILABLE, nothing written, and the store free for others meanwhile', async () => {
    const stub = await tcpPrinterStub('silent');
    try {
      await clinic.admin.settings.printer.save(tcpPrinter(stub.port));
      const queueBefore = await clinic.reception.queue.list({ roomId: (await clinic.admin.rooms.list())[0].id });
      const seqBefore = await lastAuditSeq();

      const printing = refusalOf(clinic.reception.queue.printTicket({ visitId }));
      const started = Date.now();
      // While the hub waits for the printer, other PCs still read and write.
      await stub.waitFor((bytes) => bytes.length > 0);
      await clinic.reception.queue.list({ roomId: queueBefore.room.id });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await printing).toBe('PRINTER_UNAVAILABLE');

      expect(await lastAuditSeq()).toBe(seqBefore);
      expect(await clinic.reception.queue.list({ roomId: queueBefore.room.id })).toEqual(queueBefore);
      expect(await printsOf(visitId)).toHaveLength(2);
      await stub.connectionsClosed();
    } finally {
      await stub.close();
    }
  });

  it('refuses an unknown visit', async () => {
    expect(await refusalOf(clinic.reception.queue.printTicket({ visitId: '019a0000-0000-7000-8000-00000000dead' }))).toBe('NOT_FOUND');
  });
});

describe('queue.ticketPdf', () => {
  it('gives the ticket as a PDF for the system printer, and audits it', async () => {
    requireTool('pdftotext', 'poppler-utils');
    const { fileName, pdfBase64 } = await clinic.reception.queue.ticketPdf({ visitId });
    expect(fileName).toBe('ticket-2026-11-23-A001.pdf');
    const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-ticket-'));
    try {
      const file = path.join(folder, fileName);
      await writeFile(file, Buffer.from(pdfBase64, 'base64'));
      const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
      expect(stdout.split('\n').filter((line) => line.trim())).toEqual(['Klinik Sejahtera', 'A001', 'Bilik Dr Aminah', '23/11/2026 10:00']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    expect(await clinic.admin.audit.list({ action: 'queue.ticket.pdf', entityId: visitId })).toHaveLength(1);
  });
});
