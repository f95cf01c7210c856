import { charsPerLine, type PrinterSettings } from '../../../shared/schemas/printer';
import type { PrinterFactory } from '../../devices/printer';
import { renderEscPos } from '../../documents/escpos';
import { printerTestPage } from '../../documents/printer-test-page';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from './clinic-service';

/** Bytes ready for the receipt printer, read and rendered inside a unit of work, sent after it. */
export interface PrintJob {
  printer: PrinterSettings;
  bytes: Uint8Array;
}

/**
 * The clinic's receipt printer: what any module prints on it is prepared in a unit of work and
 * sent outside it, so a printer that takes seconds to time out never holds the store.
 */
export class ReceiptPrinter {
  constructor(
    private readonly clinic: ClinicService,
    private readonly openPrinter: PrinterFactory,
  ) {}

  /** The saved printer, or PRINTER_NOT_CONFIGURED. */
  async configured(uow: UnitOfWork): Promise<PrinterSettings> {
    const printer = await this.clinic.printer(uow);
    if (printer.connection.kind === 'none') throw new AppError('PRINTER_NOT_CONFIGURED');
    return printer;
  }

  /** A test page for the settings being edited (or the saved ones), to check paper width, cutter and QR. */
  async prepareTestPage(uow: UnitOfWork, settings: PrinterSettings | undefined): Promise<PrintJob> {
    const printer = settings ?? (await this.clinic.printer(uow));
    if (printer.connection.kind === 'none') throw new AppError('PRINTER_NOT_CONFIGURED');
    const cpl = charsPerLine(printer.paperWidthMm);
    const page = printerTestPage((await this.clinic.profile(uow)).name, cpl, uow.clock.today(), uow.clock.timeOf(uow.now));
    return { printer, bytes: renderEscPos(page, { charsPerLine: cpl, copies: 1 }) };
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
}
