import { v7 as uuidv7 } from 'uuid';
import type { Invoice, PayInvoiceInput, VoidPaymentInput } from '../../../shared/schemas/billing';
import { payInvoiceInputSchema, voidPaymentInputSchema } from '../../../shared/schemas/billing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { LedgerService } from '../ledger';
import { InvoiceEntity, PaymentEntity, type PaymentRecord } from './entities';
import type { CashierSessions } from './cashier-sessions';
import { assertDayOpen } from './day-lock';
import type { Deposits } from './deposits';
import type { InvoicesService } from './invoices-service';
import { balanceOf, settledStatus } from './invoice-balance';
import { settle } from './settlement';
import type { VisitLeaves } from './visit-leaves';

/** Payment at the counter: one receipt number for what was handed over together, however it was split. */
export class PaymentsService {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly visitLeaves: VisitLeaves,
    private readonly sessions: CashierSessions,
    private readonly ledger: LedgerService,
    private readonly deposits: Deposits,
  ) {}

  async pay(uow: UnitOfWork, raw: PayInvoiceInput): Promise<{ invoice: Invoice; receiptNo: string; changeSen: number }> {
    const input = payInvoiceInputSchema.parse(raw);
    const record = await uow.db.getRepository(InvoiceEntity).findOneBy({ id: input.invoiceId });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'invoice', id: input.invoiceId });
    if (record.status === 'void' || record.status === 'paid') throw new AppError('INVOICE_NOT_PAYABLE', { number: record.number, status: record.status });
    // The panel's share is on credit: the panel pays it against its claim, never the patient at the counter.
    if (record.portion === 'panel') throw new AppError('INVOICE_PANEL_PORTION', { number: record.number });
    await assertDayOpen(uow, uow.clock.today());
    const sessionId = await this.sessions.requireOpen(uow);
    const settlement = settle(balanceOf(record), input.tenders);
    const fromDeposit = settlement.payments.filter((payment) => payment.method === 'deposit').reduce((sum, payment) => sum + payment.amountSen, 0);
    if (fromDeposit > 0) await this.deposits.assertHolds(uow, record.patientId, fromDeposit);
    const year = uow.clock.today().slice(0, 4);
    const receiptNo = humanNumber(`RCP-${year}`, await nextInSequence(uow.db, `receipt:${year}`));
    const at = uow.now.toISOString();
    const rows: PaymentRecord[] = settlement.payments.map((payment) => ({
      id: uuidv7(),
      receiptNo,
      invoiceId: record.id,
      method: payment.method,
      amountSen: payment.amountSen,
      tenderedSen: payment.tenderedSen,
      changeSen: payment.changeSen,
      roundingSen: payment.roundingSen,
      reference: payment.reference,
      clinicDate: uow.clock.today(),
      takenBy: uow.actor?.userId ?? null,
      takenAt: at,
      status: 'taken',
      voidReason: null,
      voidedBy: null,
      voidedAt: null,
      sessionId,
      voidedSessionId: null,
      voidedClinicDate: null,
    }));
    await uow.db.getRepository(PaymentEntity).insert(rows);
    await this.ledger.receiptTaken(uow, { receiptNo, invoiceNumber: record.number, payments: rows });
    const status = settlement.balanceAfterSen === 0 ? 'paid' : 'part-paid';
    await uow.db.getRepository(InvoiceEntity).update({ id: record.id }, { paidSen: record.paidSen + settlement.paidSen, roundingSen: record.roundingSen + settlement.roundingSen, status });
    if (status === 'paid' && record.visitId && record.patientId) await this.visitLeaves.afterPayment(uow, { id: record.visitId, patientId: record.patientId });
    const changeSen = settlement.payments.reduce((sum, payment) => sum + payment.changeSen, 0);
    await uow.audit({
      action: 'payment.take',
      entity: 'payment',
      entityId: rows[0]?.id ?? null,
      after: { receiptNo, invoice: record.number, patientId: record.patientId, paid: rows.map((row) => `${row.method} ${row.amountSen}`), roundingSen: settlement.roundingSen, changeSen, status },
    });
    return { invoice: await this.invoices.get(uow, record.id), receiptNo, changeSen };
  }

  /** Voids what was taken under one receipt, with the reason: the rows stay, marked void; the invoice owes it again. */
  async voidReceipt(uow: UnitOfWork, raw: VoidPaymentInput): Promise<Invoice> {
    const input = voidPaymentInputSchema.parse(raw);
    const record = await uow.db.getRepository(InvoiceEntity).findOneBy({ id: input.invoiceId });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'invoice', id: input.invoiceId });
    const taken = await uow.db.getRepository(PaymentEntity).findBy({ invoiceId: record.id, receiptNo: input.receiptNo, status: 'taken' });
    if (taken.length === 0) throw new AppError('RECEIPT_NOT_FOUND', { receiptNo: input.receiptNo });
    // Voiding would give back in full what a credit note's refund already gave back in part.
    if (record.refundedSen > 0) throw new AppError('PAYMENT_HAS_REFUNDS', { number: record.number });
    // The money went into a day that is on a Z report now: it comes back as a refund of its own, not by rewriting that day.
    await assertDayOpen(uow, taken[0].clinicDate);
    await assertDayOpen(uow, uow.clock.today());
    const voidedSessionId = await this.sessions.refundDrawer(uow, taken);
    const at = uow.now.toISOString();
    await uow.db
      .getRepository(PaymentEntity)
      .update({ invoiceId: record.id, receiptNo: input.receiptNo, status: 'taken' }, { status: 'void', voidReason: input.reason, voidedBy: uow.actor?.userId ?? null, voidedAt: at, voidedSessionId, voidedClinicDate: uow.clock.today() });
    await this.ledger.receiptVoided(uow, { receiptNo: input.receiptNo, invoiceNumber: record.number });
    const paidSen = record.paidSen - taken.reduce((sum, payment) => sum + payment.amountSen, 0);
    const roundingSen = record.roundingSen - taken.reduce((sum, payment) => sum + payment.roundingSen, 0);
    const status = settledStatus({ ...record, paidSen, roundingSen });
    await uow.db.getRepository(InvoiceEntity).update({ id: record.id }, { paidSen, roundingSen, status });
    await uow.audit({
      action: 'payment.void',
      entity: 'payment',
      entityId: taken[0].id,
      before: { status: record.status, paidSen: record.paidSen },
      after: { receiptNo: input.receiptNo, invoice: record.number, patientId: record.patientId, voided: taken.map((payment) => `${payment.method} ${payment.amountSen}`), reason: input.reason, status },
    });
    return this.invoices.get(uow, record.id);
  }
}
