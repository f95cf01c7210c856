import type { EntityManager } from 'typeorm';
import { clinicDateTime } from '../../../shared/clinic-time';
import type { ClinicProfile } from '../../../shared/schemas/clinic';
import { charsPerLine, type PrinterSettings, type TicketPdf, type TicketPrintResult } from '../../../shared/schemas/printer';
import type { UnitOfWork } from '../../audit/unit-of-work';
import type { PrinterFactory } from '../../devices/printer';
import { renderEscPos } from '../../documents/escpos';
import { renderPdf } from '../../documents/pdf';
import { printerTestPage } from '../../documents/printer-test-page';
import { queueTicketLayout, type QueueTicket } from '../../documents/queue-ticket';
import { AppError } from '../../errors/app-error';
import type { ClinicService } from '../clinic/clinic-service';

/** Bytes ready for the receipt printer, read and rendered inside a unit of work, sent after it. */
export interface PrintJob {
  printer: PrinterSettings;
  bytes: Uint8Array;
}

export interface TicketPrintJob extends PrintJob {
  visitId: string;
  ticketNo: string;
}

/** The paper width the PDF takes when there is no receipt printer to take it from. */
const PDF_WIDTH_MM = 80;

/**
 * Queue tickets on paper: ESC/POS bytes for the receipt printer, or a PDF for the system printer.
 * Sending to the printer happens outside any unit of work (see ticket-procedures.ts): a printer
 * that takes seconds to time out must not hold the store, and its failure changes nothing.
 */
export class TicketPrinting {
  constructor(
    private readonly clinic: ClinicService,
    private readonly openPrinter: PrinterFactory,
  ) {}

  async prepareTicket(uow: UnitOfWork, visitId: string): Promise<TicketPrintJob> {
    const { printer, profile } = await this.clinic.get(uow);
    if (printer.connection.kind === 'none') throw new AppError('PRINTER_NOT_CONFIGURED');
    const ticket = await this.ticket(uow, visitId, profile);
    const bytes = renderEscPos(queueTicketLayout(ticket), { charsPerLine: charsPerLine(printer.paperWidthMm), copies: printer.copies });
    return { printer, bytes, visitId, ticketNo: ticket.ticketNo };
  }

  /** A test page for the settings being edited (or the saved ones), to check paper width, cutter and QR. */
  async prepareTestPage(uow: UnitOfWork, settings: PrinterSettings | undefined): Promise<PrintJob> {
    const saved = await this.clinic.get(uow);
    const printer = settings ?? saved.printer;
    if (printer.connection.kind === 'none') throw new AppError('PRINTER_NOT_CONFIGURED');
    const now = clinicDateTime(uow.now, saved.profile.timeZone);
    const cpl = charsPerLine(printer.paperWidthMm);
    return { printer, bytes: renderEscPos(printerTestPage(saved.profile.name, cpl, now.date, now.time), { charsPerLine: cpl, copies: 1 }) };
  }

  /** Opens the printer, sends the job and always lets go of the printer again. */
  async send(job: PrintJob): Promise<void> {
    const printer = this.openPrinter(job.printer);
    try {
      await printer.print(job.bytes);
    } finally {
      await printer.close();
    }
  }

  /** Every print and reprint is audited, numbered per ticket: later, receipts must never be issued twice unnoticed. */
  async recordTicketPrint(uow: UnitOfWork, job: TicketPrintJob): Promise<TicketPrintResult> {
    const printNo = (await countAudited(uow.db, 'queue.ticket.print', job.visitId)) + 1;
    const result: TicketPrintResult = { ticketNo: job.ticketNo, copies: job.printer.copies, printNo };
    await uow.audit({ action: 'queue.ticket.print', entity: 'visit', entityId: job.visitId, after: { ...result, printer: job.printer.connection.kind } });
    return result;
  }

  /** The ticket as a small PDF; handing it out is audited like a print, since it usually ends on paper. */
  async ticketPdf(uow: UnitOfWork, visitId: string): Promise<TicketPdf> {
    const ticket = await this.ticket(uow, visitId, (await this.clinic.get(uow)).profile);
    const pdf = await renderPdf(queueTicketLayout(ticket), { widthMm: PDF_WIDTH_MM });
    await uow.audit({ action: 'queue.ticket.pdf', entity: 'visit', entityId: visitId, after: { ticketNo: ticket.ticketNo } });
    return { fileName: `ticket-${ticket.clinicDate}-${ticket.ticketNo}.pdf`, pdfBase64: pdf.toString('base64') };
  }

  /** The ticket as issued, with the room the patient waits for now (a transfer moves them on). */
  private async ticket(uow: UnitOfWork, visitId: string, profile: ClinicProfile): Promise<QueueTicket> {
    const rows = await uow.db.query<{ ticket_no: string; clinic_date: string; created_at: string; room_name: string }[]>(
      `SELECT v.ticket_no, v.clinic_date, v.created_at, r.name AS room_name
       FROM visits v JOIN queue_entries e ON e.visit_id = v.id JOIN rooms r ON r.id = e.room_id
       WHERE v.id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 1`,
      [visitId],
    );
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND', { entity: 'visit', id: visitId });
    return {
      visitId,
      clinicName: profile.name,
      ticketNo: row.ticket_no,
      roomName: row.room_name,
      clinicDate: row.clinic_date,
      time: clinicDateTime(new Date(row.created_at), profile.timeZone).time,
    };
  }
}

async function countAudited(db: EntityManager, action: string, entityId: string): Promise<number> {
  const rows = await db.query<{ count: number }[]>('SELECT COUNT(*) AS count FROM audit_log WHERE action = ? AND entity_id = ?', [action, entityId]);
  return rows[0]?.count ?? 0;
}
