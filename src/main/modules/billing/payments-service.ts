import { v7 as uuidv7 } from 'uuid';
import type { Invoice, PayInvoiceInput } from '../../../shared/schemas/billing';
import { payInvoiceInputSchema } from '../../../shared/schemas/billing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import { InvoiceEntity, PaymentEntity, type PaymentRecord } from './entities';
import type { InvoicesService } from './invoices-service';
import { settle } from './settlement';
import type { VisitLeaves } from './visit-leaves';

/** Payment at the counter: one receipt number for what was handed over together, however it was split. */
export class PaymentsService {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly visitLeaves: VisitLeaves,
  ) {}

  async pay(uow: UnitOfWork, raw: PayInvoiceInput): Promise<{ invoice: Invoice; receiptNo: string; changeSen: number }> {
    const input = payInvoiceInputSchema.parse(raw);
    const record = await uow.db.getRepository(InvoiceEntity).findOneBy({ id: input.invoiceId });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'invoice', id: input.invoiceId });
    if (record.status === 'void' || record.status === 'paid') throw new AppError('INVOICE_NOT_PAYABLE', { number: record.number, status: record.status });
    const settlement = settle(record.totalSen + record.roundingSen - record.paidSen, input.tenders);
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
    }));
    await uow.db.getRepository(PaymentEntity).insert(rows);
    const status = settlement.balanceAfterSen === 0 ? 'paid' : 'part-paid';
    await uow.db.getRepository(InvoiceEntity).update({ id: record.id }, { paidSen: record.paidSen + settlement.paidSen, roundingSen: record.roundingSen + settlement.roundingSen, status });
    if (status === 'paid' && record.visitId && record.patientId) await this.visitLeaves.afterPayment(uow, { visitId: record.visitId, patientId: record.patientId });
    const changeSen = settlement.payments.reduce((sum, payment) => sum + payment.changeSen, 0);
    await uow.audit({
      action: 'payment.take',
      entity: 'payment',
      entityId: rows[0]?.id ?? null,
      after: { receiptNo, invoice: record.number, patientId: record.patientId, paid: rows.map((row) => `${row.method} ${row.amountSen}`), roundingSen: settlement.roundingSen, changeSen, status },
    });
    return { invoice: await this.invoices.get(uow, record.id), receiptNo, changeSen };
  }
}
