import { Between, Not } from 'typeorm';
import { clinicDaysSpan } from '../../../shared/clinic-time';
import type { CounterVisit } from '../../../shared/schemas/billing';
import type { DayReport, DayVoid, OpenVisit } from '../../../shared/schemas/till';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory } from '../queue';
import type { UsersService } from '../users';
import type { CashierSessions } from './cashier-sessions';
import { totalsByMethod } from './cashier-sessions';
import type { CounterWorklist } from './counter-worklist';
import { CreditNoteEntity, RefundEntity } from './credit-entities';
import { DepositMovementEntity } from './deposit-entity';
import { InvoiceEntity, PaymentEntity, type PaymentRecord } from './entities';
import { balanceOf } from './invoice-balance';

/**
 * The day's money as the Z report prints it, read from what was written: invoices issued, payments
 * taken and given back, voids and discounts with their reasons, each till session's count, and the
 * visits still open. Before the day closes it is a preview; closing keeps it as it was.
 */
export class DayReports {
  constructor(
    private readonly sessions: CashierSessions,
    private readonly counter: CounterWorklist,
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
    private readonly users: UsersService,
  ) {}

  async build(uow: UnitOfWork, clinicDate: string): Promise<DayReport> {
    const invoices = await uow.db.getRepository(InvoiceEntity).findBy({ clinicDate, status: Not('void') });
    const payments = uow.db.getRepository(PaymentEntity);
    const taken = await payments.findBy({ clinicDate });
    const voidedPayments = await payments.findBy({ voidedClinicDate: clinicDate, status: 'void' });
    const creditRefunds = await uow.db.getRepository(RefundEntity).findBy({ clinicDate });
    const creditNotes = await uow.db.getRepository(CreditNoteEntity).findBy({ clinicDate });
    // Money given back: payments voided, and refunds made with credit notes. Paid from a deposit moved no money: it shows with the deposits.
    const fromDeposit = (payment: { method: string }) => payment.method === 'deposit';
    const refunded = [...voidedPayments.filter((payment) => !fromDeposit(payment)), ...creditRefunds];
    const money = taken.filter((payment) => !fromDeposit(payment));
    const depositMovements = await uow.db.getRepository(DepositMovementEntity).findBy({ clinicDate });
    const depositsTaken = depositMovements.filter((movement) => movement.kind === 'taken');
    const depositsRefunded = depositMovements.filter((movement) => movement.kind === 'refunded');
    const day = clinicDaysSpan(clinicDate, clinicDate, uow.clock.zone);
    const voidedInvoices = (await uow.db.getRepository(InvoiceEntity).findBy({ status: 'void', voidedAt: Between(day.start, day.end) })).filter((invoice) => invoice.voidedAt !== day.end);
    const names = await this.users.namesOf(uow, [...voidedInvoices.map((invoice) => invoice.voidedBy), ...voidedPayments.map((payment) => payment.voidedBy), ...creditNotes.map((note) => note.issuedBy)]);
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const voids: DayVoid[] = [
      ...voidedInvoices.map((invoice): DayVoid => ({ kind: 'invoice', number: invoice.number, amountSen: invoice.totalSen, reason: invoice.voidReason ?? '', byName: nameOf(invoice.voidedBy) })),
      ...byReceipt(voidedPayments).map((receipt): DayVoid => ({ kind: 'payment', number: receipt.receiptNo, amountSen: receipt.amountSen, reason: receipt.voidReason ?? '', byName: nameOf(receipt.voidedBy) })),
      ...creditNotes.map((note): DayVoid => ({ kind: 'credit-note', number: note.number, amountSen: note.totalSen, reason: note.reason, byName: nameOf(note.issuedBy) })),
    ];
    const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
    const takenSen = sum(money.map((payment) => payment.amountSen));
    const refundedSen = sum(refunded.map((payment) => payment.amountSen));
    return {
      clinicDate,
      zNo: null,
      closedAt: null,
      closedByName: null,
      visits: await this.visits.countOn(uow, clinicDate),
      invoices: {
        count: invoices.length,
        totalSen: sum(invoices.map((invoice) => invoice.totalSen)),
        taxSen: sum(invoices.map((invoice) => invoice.taxSen)),
        discountSen: sum(invoices.map((invoice) => invoice.discountSen)),
        panelSen: sum(invoices.filter((invoice) => invoice.portion === 'panel').map((invoice) => invoice.totalSen)),
      },
      payments: totalsByMethod(money),
      takenSen,
      roundingSen: sum(money.map((payment) => payment.roundingSen)) - sum(refunded.map((payment) => payment.roundingSen)) - sum(depositsRefunded.map((movement) => movement.roundingSen)),
      refunds: totalsByMethod(refunded),
      refundedSen,
      deposits: {
        taken: totalsByMethod(depositsTaken),
        takenSen: sum(depositsTaken.map((movement) => movement.amountSen)),
        refunds: totalsByMethod(depositsRefunded),
        refundedSen: sum(depositsRefunded.map((movement) => movement.amountSen)),
        appliedSen: sum(taken.filter(fromDeposit).map((payment) => payment.amountSen)) - sum(voidedPayments.filter(fromDeposit).map((payment) => payment.amountSen)),
      },
      owedSen: sum(invoices.filter((invoice) => invoice.portion === 'patient').map(balanceOf)),
      voids,
      discounts: invoices.filter((invoice) => invoice.discountSen > 0).map((invoice) => ({ invoiceNo: invoice.number, amountSen: invoice.discountSen, reason: invoice.discountReason ?? '' })),
      sessions: (await this.sessions.ofDay(uow, clinicDate)).map(({ id, cashierName, status, floatSen, expectedCashSen, countedCashSen, varianceSen, varianceReason }) => ({ id, cashierName, status, floatSen, expectedCashSen, countedCashSen, varianceSen, varianceReason })),
      openVisits: (await this.openVisits(uow, clinicDate)).map((visit) => ({ ...visit, action: null })),
    };
  }

  /** Visits with a ticket still in a queue on the day (or carried over to it), and those finished on it but not invoiced or still owing. */
  async openVisits(uow: UnitOfWork, clinicDate: string): Promise<OpenVisit[]> {
    const inQueue = await this.visits.openOn(uow, clinicDate);
    const labels = await this.patients.labelsOf(uow, inQueue.map((visit) => visit.patientId));
    const atCounter = new Map((await this.counter.on(uow, clinicDate)).map((visit) => [visit.visitId, visit]));
    const queued = new Set(inQueue.map((visit) => visit.id));
    const counterVisit = (visit: CounterVisit, ticketOpen: boolean): OpenVisit => ({
      visitId: visit.visitId,
      clinicDate,
      ticketNo: visit.ticketNo,
      patientName: visit.patientName,
      stage: visit.invoice ? 'owes' : 'not-invoiced',
      balanceSen: visit.invoice?.balanceSen ?? null,
      ticketOpen,
    });
    return [
      ...inQueue.map((visit): OpenVisit => {
        const atDesk = atCounter.get(visit.id);
        return atDesk ? counterVisit(atDesk, true) : { visitId: visit.id, clinicDate: visit.clinicDate, ticketNo: visit.ticketNo, patientName: labels.get(visit.patientId)?.fullName ?? '', stage: 'in-queue', balanceSen: null, ticketOpen: true };
      }),
      ...[...atCounter.values()].filter((visit) => !queued.has(visit.visitId)).map((visit) => counterVisit(visit, false)),
    ];
  }

}

/** Voided payments grouped as they were taken: one void per receipt. */
function byReceipt(payments: readonly PaymentRecord[]): { receiptNo: string; amountSen: number; voidReason: string | null; voidedBy: string | null }[] {
  const receipts = new Map<string, { receiptNo: string; amountSen: number; voidReason: string | null; voidedBy: string | null }>();
  for (const payment of payments) {
    const receipt = receipts.get(payment.receiptNo) ?? { receiptNo: payment.receiptNo, amountSen: 0, voidReason: payment.voidReason, voidedBy: payment.voidedBy };
    receipts.set(payment.receiptNo, { ...receipt, amountSen: receipt.amountSen + payment.amountSen });
  }
  return [...receipts.values()];
}
