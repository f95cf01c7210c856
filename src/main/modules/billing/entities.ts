import { EntitySchema } from 'typeorm';
import type { Invoice, InvoiceLine, Payment } from '../../../shared/schemas/billing';

/** An invoice row: the API's invoice without what is read from elsewhere (lines, payments, names, the balance). */
export interface InvoiceRecord extends Omit<Invoice, 'lines' | 'payments' | 'creditNotes' | 'balanceSen' | 'issuedByName'> {
  issuedBy: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
}

export const InvoiceEntity = new EntitySchema<InvoiceRecord>({
  name: 'Invoice',
  tableName: 'invoices',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text' },
    visitId: { type: 'text', name: 'visit_id', nullable: true },
    patientId: { type: 'text', name: 'patient_id', nullable: true },
    billTo: { type: 'text', name: 'bill_to' },
    portion: { type: 'text' },
    panelId: { type: 'text', name: 'panel_id', nullable: true },
    clinicDate: { type: 'text', name: 'clinic_date' },
    status: { type: 'text' },
    subtotalSen: { type: 'integer', name: 'subtotal_sen' },
    discountSen: { type: 'integer', name: 'discount_sen' },
    discountReason: { type: 'text', name: 'discount_reason', nullable: true },
    taxSen: { type: 'integer', name: 'tax_sen' },
    totalSen: { type: 'integer', name: 'total_sen' },
    paidSen: { type: 'integer', name: 'paid_sen' },
    roundingSen: { type: 'integer', name: 'rounding_sen' },
    creditedSen: { type: 'integer', name: 'credited_sen', default: 0 },
    refundedSen: { type: 'integer', name: 'refunded_sen', default: 0 },
    issuedBy: { type: 'text', name: 'issued_by', nullable: true },
    issuedAt: { type: 'text', name: 'issued_at' },
    voidReason: { type: 'text', name: 'void_reason', nullable: true },
    voidedBy: { type: 'text', name: 'voided_by', nullable: true },
    voidedAt: { type: 'text', name: 'voided_at', nullable: true },
  },
});

export interface InvoiceLineRecord extends InvoiceLine {
  invoiceId: string;
  position: number;
  sourceKind: 'fee' | 'charge-line';
  sourceId: string;
}

export const InvoiceLineEntity = new EntitySchema<InvoiceLineRecord>({
  name: 'InvoiceLine',
  tableName: 'invoice_lines',
  columns: {
    id: { type: 'text', primary: true },
    invoiceId: { type: 'text', name: 'invoice_id' },
    position: { type: 'integer' },
    kind: { type: 'text' },
    sourceKind: { type: 'text', name: 'source_kind' },
    sourceId: { type: 'text', name: 'source_id' },
    description: { type: 'text' },
    quantity: { type: 'integer' },
    unitPriceSen: { type: 'integer', name: 'unit_price_sen' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    discountSen: { type: 'integer', name: 'discount_sen' },
    taxRateBp: { type: 'integer', name: 'tax_rate_bp' },
    taxSen: { type: 'integer', name: 'tax_sen' },
  },
});

export interface PaymentRecord extends Omit<Payment, 'takenByName'> {
  invoiceId: string;
  clinicDate: string;
  takenBy: string | null;
  voidReason: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
  /** The cashier session it was taken in (null for payments from before sessions existed). */
  sessionId: string | null;
  /** The session whose drawer the money went back from, and the clinic day of the void. */
  voidedSessionId: string | null;
  voidedClinicDate: string | null;
}

export const PaymentEntity = new EntitySchema<PaymentRecord>({
  name: 'Payment',
  tableName: 'payments',
  columns: {
    id: { type: 'text', primary: true },
    receiptNo: { type: 'text', name: 'receipt_no' },
    invoiceId: { type: 'text', name: 'invoice_id' },
    method: { type: 'text' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    tenderedSen: { type: 'integer', name: 'tendered_sen' },
    changeSen: { type: 'integer', name: 'change_sen' },
    roundingSen: { type: 'integer', name: 'rounding_sen' },
    reference: { type: 'text' },
    clinicDate: { type: 'text', name: 'clinic_date' },
    takenBy: { type: 'text', name: 'taken_by', nullable: true },
    takenAt: { type: 'text', name: 'taken_at' },
    status: { type: 'text' },
    voidReason: { type: 'text', name: 'void_reason', nullable: true },
    voidedBy: { type: 'text', name: 'voided_by', nullable: true },
    voidedAt: { type: 'text', name: 'voided_at', nullable: true },
    sessionId: { type: 'text', name: 'session_id', nullable: true },
    voidedSessionId: { type: 'text', name: 'voided_session_id', nullable: true },
    voidedClinicDate: { type: 'text', name: 'voided_clinic_date', nullable: true },
  },
});
