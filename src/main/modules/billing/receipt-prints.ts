import { charsPerLine } from '../../../shared/schemas/printer';
import { countAudited } from '../../audit/audit-count';
import { renderEscPos, renderPdf } from '../../documents';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService, PrintJob, ReceiptPrinter } from '../clinic';
import type { InvoicesService } from './invoices-service';
import { receiptLayout, type ReceiptFacts } from './receipt';

/** A receipt paper is 80 mm wide; the PDF for the office printer keeps that shape. */
const PDF_WIDTH_MM = 80;

export interface ReceiptPrintJob extends PrintJob {
  receiptNo: string;
  patientId: string | null;
  printNo: number;
}

/**
 * Receipts: on the receipt printer (the cash drawer opens for a cash payment's first print) or as
 * a PDF. Every print is audited and numbered per receipt, and a reprint says "COPY" on the paper.
 */
export class ReceiptPrints {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly clinic: ClinicService,
    private readonly receiptPrinter: ReceiptPrinter,
  ) {}

  /** The bytes for the receipt printer; sent outside the unit of work, audited by recordPrint once printed. */
  async prepare(uow: UnitOfWork, input: { invoiceId: string; receiptNo: string }): Promise<ReceiptPrintJob> {
    const printer = await this.receiptPrinter.configured(uow);
    const facts = await this.facts(uow, input);
    const cash = facts.invoice.payments.some((payment) => payment.receiptNo === input.receiptNo && payment.method === 'cash');
    const bytes = renderEscPos(receiptLayout(facts), { charsPerLine: charsPerLine(printer.paperWidthMm), copies: 1, openDrawer: cash && facts.printNo === 1 });
    return { printer, bytes, receiptNo: input.receiptNo, patientId: facts.invoice.patientId, printNo: facts.printNo };
  }

  send(job: ReceiptPrintJob): Promise<void> {
    return this.receiptPrinter.send(job);
  }

  async recordPrint(uow: UnitOfWork, job: ReceiptPrintJob): Promise<{ receiptNo: string; printNo: number }> {
    await uow.audit({ action: 'receipt.print', entity: 'payment', entityId: job.receiptNo, after: { receiptNo: job.receiptNo, patientId: job.patientId, printNo: job.printNo, printer: job.printer.connection.kind } });
    return { receiptNo: job.receiptNo, printNo: job.printNo };
  }

  /** The receipt as a PDF for the office printer, audited as a print. */
  async pdf(uow: UnitOfWork, input: { invoiceId: string; receiptNo: string }): Promise<{ fileName: string; pdfBase64: string }> {
    const facts = await this.facts(uow, input);
    const pdf = await renderPdf(receiptLayout(facts), { widthMm: PDF_WIDTH_MM });
    await uow.audit({ action: 'receipt.print', entity: 'payment', entityId: input.receiptNo, after: { receiptNo: input.receiptNo, patientId: facts.invoice.patientId, printNo: facts.printNo, printer: 'pdf' } });
    return { fileName: `receipt-${input.receiptNo}.pdf`, pdfBase64: pdf.toString('base64') };
  }

  private async facts(uow: UnitOfWork, input: { invoiceId: string; receiptNo: string }): Promise<ReceiptFacts> {
    const invoice = await this.invoices.get(uow, input.invoiceId);
    const first = invoice.payments.find((payment) => payment.receiptNo === input.receiptNo && payment.status === 'taken');
    if (!first) throw new AppError('RECEIPT_NOT_FOUND', { receiptNo: input.receiptNo });
    const printNo = (await countAudited(uow.db, 'receipt.print', input.receiptNo)) + 1;
    return { clinic: await this.clinic.profile(uow), invoice, receiptNo: input.receiptNo, paidOn: { date: uow.clock.dateOf(first.takenAt), time: uow.clock.timeOf(first.takenAt) }, printNo };
  }
}
