import { charsPerLine } from '../../../shared/schemas/printer';
import { countAudited } from '../../audit/audit-count';
import { renderEscPos, renderPdf } from '../../documents';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService, ReceiptPrinter } from '../clinic';
import type { PatientDirectory } from '../patients';
import { DepositMovementEntity } from './deposit-entity';
import { depositReceiptLayout, type DepositReceiptFacts } from './deposit-receipt';
import type { Deposits } from './deposits';
import type { ReceiptPrintJob } from './receipt-prints';

const PDF_WIDTH_MM = 80;

/** A deposit's receipt on the receipt printer (the drawer opens for cash, once) or as a PDF, audited as receipts are; a reprint says COPY. */
export class DepositPrints {
  constructor(
    private readonly deposits: Deposits,
    private readonly patients: PatientDirectory,
    private readonly clinic: ClinicService,
    private readonly receiptPrinter: ReceiptPrinter,
  ) {}

  async prepare(uow: UnitOfWork, receiptNo: string): Promise<ReceiptPrintJob> {
    const printer = await this.receiptPrinter.configured(uow);
    const facts = await this.facts(uow, receiptNo);
    const bytes = renderEscPos(depositReceiptLayout(facts), { charsPerLine: charsPerLine(printer.paperWidthMm), copies: 1, openDrawer: facts.deposit.method === 'cash' && facts.printNo === 1 });
    return { printer, bytes, receiptNo, patientId: facts.deposit.patientId, printNo: facts.printNo };
  }

  async pdf(uow: UnitOfWork, receiptNo: string): Promise<{ fileName: string; pdfBase64: string }> {
    const facts = await this.facts(uow, receiptNo);
    const pdf = await renderPdf(depositReceiptLayout(facts), { widthMm: PDF_WIDTH_MM });
    await uow.audit({ action: 'receipt.print', entity: 'deposit', entityId: receiptNo, after: { receiptNo, patientId: facts.deposit.patientId, printNo: facts.printNo, printer: 'pdf' } });
    return { fileName: `deposit-${receiptNo}.pdf`, pdfBase64: pdf.toString('base64') };
  }

  private async facts(uow: UnitOfWork, receiptNo: string): Promise<DepositReceiptFacts> {
    const deposit = await uow.db.getRepository(DepositMovementEntity).findOneBy({ receiptNo, kind: 'taken' });
    if (!deposit) throw new AppError('RECEIPT_NOT_FOUND', { receiptNo });
    return {
      clinic: await this.clinic.profile(uow),
      deposit,
      patientName: (await this.patients.identityOf(uow, deposit.patientId)).fullName,
      balanceSen: await this.deposits.balanceOf(uow, deposit.patientId),
      at: { date: deposit.clinicDate, time: uow.clock.timeOf(deposit.at) },
      printNo: (await countAudited(uow.db, 'receipt.print', receiptNo)) + 1,
    };
  }
}
