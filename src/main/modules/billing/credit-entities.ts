import { EntitySchema } from 'typeorm';
import type { CreditNote, PaymentMethod } from '../../../shared/schemas/billing';

export interface CreditNoteRecord extends Omit<CreditNote, 'lines' | 'refunds' | 'issuedByName'> {
  invoiceId: string;
  issuedBy: string | null;
}

export const CreditNoteEntity = new EntitySchema<CreditNoteRecord>({
  name: 'CreditNote',
  tableName: 'credit_notes',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text' },
    invoiceId: { type: 'text', name: 'invoice_id' },
    clinicDate: { type: 'text', name: 'clinic_date' },
    reason: { type: 'text' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    taxSen: { type: 'integer', name: 'tax_sen' },
    totalSen: { type: 'integer', name: 'total_sen' },
    issuedBy: { type: 'text', name: 'issued_by', nullable: true },
    issuedAt: { type: 'text', name: 'issued_at' },
  },
});

export interface CreditNoteLineRecord {
  id: string;
  creditNoteId: string;
  invoiceLineId: string;
  quantity: number;
  amountSen: number;
  taxSen: number;
}

export const CreditNoteLineEntity = new EntitySchema<CreditNoteLineRecord>({
  name: 'CreditNoteLine',
  tableName: 'credit_note_lines',
  columns: {
    id: { type: 'text', primary: true },
    creditNoteId: { type: 'text', name: 'credit_note_id' },
    invoiceLineId: { type: 'text', name: 'invoice_line_id' },
    quantity: { type: 'integer' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    taxSen: { type: 'integer', name: 'tax_sen' },
  },
});

export interface RefundRecord {
  id: string;
  creditNoteId: string;
  invoiceId: string;
  method: PaymentMethod;
  amountSen: number;
  /** Cash given back rounded to 5 sen: given − due (+2 when RM 10.03 went back as RM 10.05). */
  roundingSen: number;
  reference: string;
  sessionId: string | null;
  clinicDate: string;
  refundedBy: string | null;
  refundedAt: string;
}

export const RefundEntity = new EntitySchema<RefundRecord>({
  name: 'Refund',
  tableName: 'refunds',
  columns: {
    id: { type: 'text', primary: true },
    creditNoteId: { type: 'text', name: 'credit_note_id' },
    invoiceId: { type: 'text', name: 'invoice_id' },
    method: { type: 'text' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    roundingSen: { type: 'integer', name: 'rounding_sen' },
    reference: { type: 'text' },
    sessionId: { type: 'text', name: 'session_id', nullable: true },
    clinicDate: { type: 'text', name: 'clinic_date' },
    refundedBy: { type: 'text', name: 'refunded_by', nullable: true },
    refundedAt: { type: 'text', name: 'refunded_at' },
  },
});
