import type { ClinicProfile } from '../../../shared/schemas/clinic';
import { charsPerLine, type TicketPdf, type TicketPrintResult } from '../../../shared/schemas/printer';
import { renderEscPos } from '../../documents/escpos';
import { renderPdf } from '../../documents/pdf';
import { queueTicketLayout, type QueueTicket } from '../../documents/queue-ticket';
import { AppError } from '../../errors/app-error';
import { countAudited } from '../../audit/audit-count';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService, PrintJob, ReceiptPrinter } from '../clinic';

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
    private readonly receiptPrinter: ReceiptPrinter,
  ) {}

  async prepareTicket(uow: UnitOfWork, visitId: string): Promise<TicketPrintJob> {
    const printer = await this.receiptPrinter.configured(uow);
    const profile = await this.clinic.profile(uow);
    const ticket = await this.ticket(uow, visitId, profile);
    const bytes = renderEscPos(queueTicketLayout(ticket), { charsPerLine: charsPerLine(printer.paperWidthMm), copies: printer.copies });
    return { printer, bytes, visitId, ticketNo: ticket.ticketNo };
  }

  send(job: PrintJob): Promise<void> {
    return this.receiptPrinter.send(job);
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
    const ticket = await this.ticket(uow, visitId, await this.clinic.profile(uow));
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
      time: uow.clock.timeOf(row.created_at),
    };
  }
}
