import { charsPerLine } from '../../../shared/schemas/printer';
import { countAudited } from '../../audit/audit-count';
import { renderEscPos, renderPdf } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService, PrintJob, ReceiptPrinter } from '../clinic';
import type { DayClosing } from './day-closing';
import { zReportLayout, type ZReportFacts } from './z-report';

/** The same strip as the receipt printer's, for the office printer and the clinic's files. */
const PDF_WIDTH_MM = 80;

export interface ZReportPrintJob extends PrintJob {
  clinicDate: string;
  zNo: string | null;
  printNo: number;
}

/** The day's Z report (or, before closing, its X preview) on the receipt printer or as a PDF; every print audited, reprints marked as copies. */
export class ZReportPrints {
  constructor(
    private readonly closing: DayClosing,
    private readonly clinic: ClinicService,
    private readonly receiptPrinter: ReceiptPrinter,
  ) {}

  async prepare(uow: UnitOfWork, clinicDate: string): Promise<ZReportPrintJob> {
    const printer = await this.receiptPrinter.configured(uow);
    const facts = await this.facts(uow, clinicDate);
    const bytes = renderEscPos(zReportLayout(facts), { charsPerLine: charsPerLine(printer.paperWidthMm), copies: 1 });
    return { printer, bytes, clinicDate, zNo: facts.report.zNo, printNo: facts.printNo };
  }

  send(job: ZReportPrintJob): Promise<void> {
    return this.receiptPrinter.send(job);
  }

  async recordPrint(uow: UnitOfWork, job: ZReportPrintJob): Promise<{ zNo: string | null; printNo: number }> {
    await this.audit(uow, job.clinicDate, job.zNo, job.printNo, job.printer.connection.kind);
    return { zNo: job.zNo, printNo: job.printNo };
  }

  async pdf(uow: UnitOfWork, clinicDate: string): Promise<{ fileName: string; pdfBase64: string }> {
    const facts = await this.facts(uow, clinicDate);
    const pdf = await renderPdf(zReportLayout(facts), { widthMm: PDF_WIDTH_MM });
    await this.audit(uow, clinicDate, facts.report.zNo, facts.printNo, 'pdf');
    return { fileName: `${facts.report.zNo ?? `x-report-${clinicDate}`}.pdf`, pdfBase64: pdf.toString('base64') };
  }

  private async facts(uow: UnitOfWork, clinicDate: string): Promise<ZReportFacts> {
    const report = await this.closing.report(uow, clinicDate);
    const at = report.closedAt ?? uow.now.toISOString();
    // Only the numbered report counts copies: a preview is printed as often as anyone likes.
    const printNo = report.zNo ? (await countAudited(uow.db, 'day.printReport', report.zNo)) + 1 : 1;
    return { clinic: await this.clinic.profile(uow), report, at: { date: uow.clock.dateOf(at), time: uow.clock.timeOf(at) }, printNo };
  }

  private audit(uow: UnitOfWork, clinicDate: string, zNo: string | null, printNo: number, printer: string): Promise<void> {
    return uow.audit({ action: 'day.printReport', entity: 'clinicDay', entityId: zNo ?? clinicDate, after: { clinicDate, zNo, printNo, printer } });
  }
}
