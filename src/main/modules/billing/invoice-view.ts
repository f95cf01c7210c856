import type { Invoice } from '../../../shared/schemas/billing';
import type { InvoiceLineRecord, InvoiceRecord, PaymentRecord } from './entities';

/** An invoice as the API answers it: its lines, its payments with who took them, and what is still owed. */
export function toInvoice(record: InvoiceRecord, lines: readonly InvoiceLineRecord[], payments: readonly PaymentRecord[], names: ReadonlyMap<string, string>): Invoice {
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: record.id,
    number: record.number,
    visitId: record.visitId,
    patientId: record.patientId,
    billTo: record.billTo,
    clinicDate: record.clinicDate,
    status: record.status,
    lines: lines.map(({ id, kind, description, quantity, unitPriceSen, amountSen, discountSen, taxRateBp, taxSen }) => ({ id, kind, description, quantity, unitPriceSen, amountSen, discountSen, taxRateBp, taxSen })),
    subtotalSen: record.subtotalSen,
    discountSen: record.discountSen,
    discountReason: record.discountReason,
    taxSen: record.taxSen,
    totalSen: record.totalSen,
    paidSen: record.paidSen,
    roundingSen: record.roundingSen,
    balanceSen: record.status === 'void' ? 0 : record.totalSen + record.roundingSen - record.paidSen,
    issuedAt: record.issuedAt,
    issuedByName: nameOf(record.issuedBy),
    voidReason: record.voidReason,
    payments: payments.map((payment) => ({
      id: payment.id,
      receiptNo: payment.receiptNo,
      method: payment.method,
      amountSen: payment.amountSen,
      tenderedSen: payment.tenderedSen,
      changeSen: payment.changeSen,
      roundingSen: payment.roundingSen,
      reference: payment.reference,
      takenAt: payment.takenAt,
      takenByName: nameOf(payment.takenBy),
      status: payment.status,
    })),
  };
}
