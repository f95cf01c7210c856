import { In, Not } from 'typeorm';
import type { PatientStatement, PatientStatementInput, PatientStatementPdfInput, StatementRow } from '../../../shared/schemas/billing-statements';
import { patientStatementInputSchema, patientStatementPdfInputSchema } from '../../../shared/schemas/billing-statements';
import { composeDocument, renderPagePdf } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import { ringgit } from '../../../shared/ringgit';
import type { ClinicService } from '../clinic';
import type { PatientDirectory } from '../patients';
import { CreditNoteEntity, RefundEntity } from './credit-entities';
import type { Deposits } from './deposits';
import { InvoiceEntity, PaymentEntity, type PaymentRecord } from './entities';
import { METHOD_WORDS } from './receipt';
import { statementPage } from './statement-page';

/** A row before its running balance, with what it was written as: ids are time-ordered (UUIDv7), so rows of one instant keep the order they were written in. */
type Movement = Omit<StatementRow, 'balanceSen'> & { key: string };

/**
 * A patient's statement of account: what they owe on their own invoices (voided ones never were
 * owed), moved by every invoice, payment (and its void), cash rounding, credit note and refund, in
 * the order they happened. Whatever happened before the period is its opening balance; the closing
 * balance is the opening plus the rows, and for a period to today it is what the invoices still owe.
 */
export class PatientStatements {
  constructor(
    private readonly patients: PatientDirectory,
    private readonly clinic: ClinicService,
    private readonly deposits: Deposits,
  ) {}

  /** The statement on A4 or A5 paper with the clinic's letterhead, audited as a print for the patient. */
  async pdf(uow: UnitOfWork, raw: PatientStatementPdfInput): Promise<{ fileName: string; pdfBase64: string }> {
    const { paper, ...input } = patientStatementPdfInputSchema.parse(raw);
    const statement = await this.build(uow, input);
    // The deposit is the patient's money, not a payment: printed beside the balance, as of printing.
    const depositSen = await this.deposits.balanceOf(uow, input.patientId);
    const held = depositSen > 0 ? [{ label: 'Deposit dipegang / Deposit held', value: ringgit(depositSen) }] : [];
    const content = statementPage(statement, await this.patients.identityOf(uow, input.patientId), paper, held);
    const pdf = await renderPagePdf(composeDocument(content, await this.clinic.profile(uow), null));
    await uow.audit({ action: 'invoice.printStatement', entity: 'patient', entityId: input.patientId, after: { patientId: input.patientId, from: input.from, to: input.to, closingSen: statement.closingSen, paper } });
    return { fileName: `statement-${statement.mrn}-${input.from}-${input.to}.pdf`, pdfBase64: pdf.toString('base64') };
  }

  async build(uow: UnitOfWork, raw: PatientStatementInput): Promise<PatientStatement> {
    const input = patientStatementInputSchema.parse(raw);
    const label = (await this.patients.labelsOf(uow, [input.patientId])).get(input.patientId);
    const movements = (await this.movements(uow, input.patientId)).sort((a, b) => (a.at === b.at ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.at < b.at ? -1 : 1));
    const openingSen = movements.filter((movement) => movement.clinicDate < input.from).reduce((sum, movement) => sum + movement.amountSen, 0);
    let balanceSen = openingSen;
    const rows = movements
      .filter((movement) => movement.clinicDate >= input.from && movement.clinicDate <= input.to)
      .map((movement) => {
        balanceSen += movement.amountSen;
        const { key: _key, ...row } = movement;
        return { ...row, balanceSen };
      });
    return { patientId: input.patientId, patientName: label?.fullName ?? '', mrn: label?.mrn ?? '', from: input.from, to: input.to, openingSen, rows, closingSen: balanceSen };
  }

  /** Everything that moved the patient's own invoices, unordered: four reads, however long their history. */
  private async movements(uow: UnitOfWork, patientId: string): Promise<Movement[]> {
    const invoices = await uow.db.getRepository(InvoiceEntity).findBy({ patientId, portion: 'patient', status: Not('void') });
    if (invoices.length === 0) return [];
    const ids = invoices.map((invoice) => invoice.id);
    const numberOf = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
    const payments = await uow.db.getRepository(PaymentEntity).find({ where: { invoiceId: In(ids) }, order: { takenAt: 'ASC', id: 'ASC' } });
    const notes = await uow.db.getRepository(CreditNoteEntity).findBy({ invoiceId: In(ids) });
    const refunds = await uow.db.getRepository(RefundEntity).findBy({ invoiceId: In(ids) });
    const noteNumber = new Map(notes.map((note) => [note.id, note.number]));
    const rounding = (movement: Movement, sen: number): Movement[] => (sen === 0 ? [] : [{ ...movement, key: `${movement.key}r`, kind: 'rounding', detail: '', amountSen: sen }]);
    return [
      ...invoices.map((invoice): Movement => ({ key: invoice.id, clinicDate: invoice.clinicDate, at: invoice.issuedAt, kind: 'invoice', number: invoice.number, invoiceNumber: invoice.number, detail: '', amountSen: invoice.totalSen })),
      ...byReceipt(payments).flatMap((receipt) => {
        const invoiceNumber = numberOf.get(receipt.invoiceId) ?? '';
        const detail = [...new Set(receipt.payments.map((payment) => METHOD_WORDS[payment.method]))].join(' + ');
        const amountSen = receipt.payments.reduce((sum, payment) => sum + payment.amountSen, 0);
        const roundingSen = receipt.payments.reduce((sum, payment) => sum + payment.roundingSen, 0);
        const taken: Movement = { key: receipt.first.id, clinicDate: receipt.first.clinicDate, at: receipt.first.takenAt, kind: 'payment', number: receipt.receiptNo, invoiceNumber, detail, amountSen: -amountSen };
        const { voidedAt } = receipt.first;
        if (receipt.first.status !== 'void' || !voidedAt) return [taken, ...rounding(taken, roundingSen)];
        const voided: Movement = { ...taken, key: `${receipt.first.id}v`, clinicDate: receipt.first.voidedClinicDate ?? uow.clock.dateOf(voidedAt), at: voidedAt, kind: 'payment-void', detail: receipt.first.voidReason ?? '', amountSen };
        return [taken, ...rounding(taken, roundingSen), voided, ...rounding(voided, -roundingSen)];
      }),
      ...notes.map((note): Movement => ({ key: note.id, clinicDate: note.clinicDate, at: note.issuedAt, kind: 'credit-note', number: note.number, invoiceNumber: numberOf.get(note.invoiceId) ?? '', detail: note.reason, amountSen: -note.totalSen })),
      ...refunds.flatMap((refund) => {
        const given: Movement = { key: refund.id, clinicDate: refund.clinicDate, at: refund.refundedAt, kind: 'refund', number: noteNumber.get(refund.creditNoteId) ?? '', invoiceNumber: numberOf.get(refund.invoiceId) ?? '', detail: METHOD_WORDS[refund.method], amountSen: refund.amountSen };
        return [given, ...rounding(given, -refund.roundingSen)];
      }),
    ];
  }
}

/** An invoice's payments as they were handed over: one receipt, however split. */
function byReceipt(payments: readonly PaymentRecord[]): { receiptNo: string; invoiceId: string; first: PaymentRecord; payments: PaymentRecord[] }[] {
  const receipts = new Map<string, { receiptNo: string; invoiceId: string; first: PaymentRecord; payments: PaymentRecord[] }>();
  for (const payment of payments) {
    const key = `${payment.invoiceId} ${payment.receiptNo}`;
    const receipt = receipts.get(key);
    if (receipt) receipt.payments.push(payment);
    else receipts.set(key, { receiptNo: payment.receiptNo, invoiceId: payment.invoiceId, first: payment, payments: [payment] });
  }
  return [...receipts.values()];
}
