import { EntitySchema } from 'typeorm';
import type { EinvoiceKind, EinvoiceStatus } from '../../../shared/schemas/einvoice';

/** One e-invoice as built and sent: the JSON exactly as hashed, and what MyInvois answered. */
export interface EinvoiceDocumentRecord {
  id: string;
  kind: EinvoiceKind;
  codeNumber: string;
  period: string | null;
  buyerName: string;
  buyerTin: string;
  /** The buyer as given (an individual e-invoice), or General Public. */
  buyerJson: string;
  lineCount: number;
  totalExcludingTaxSen: number;
  taxSen: number;
  totalSen: number;
  status: EinvoiceStatus;
  documentJson: string;
  documentHash: string;
  submissionUid: string | null;
  documentUuid: string | null;
  longId: string | null;
  /** MyInvois's messages (EinvoiceValidationMessage[]) for a rejected or invalid document. */
  validationJson: string | null;
  createdBy: string | null;
  createdAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  checkedAt: string | null;
}

export const EinvoiceDocumentEntity = new EntitySchema<EinvoiceDocumentRecord>({
  name: 'EinvoiceDocument',
  tableName: 'einvoice_documents',
  columns: {
    id: { type: 'text', primary: true },
    kind: { type: 'text' },
    codeNumber: { type: 'text', name: 'code_number' },
    period: { type: 'text', nullable: true },
    buyerName: { type: 'text', name: 'buyer_name' },
    buyerTin: { type: 'text', name: 'buyer_tin' },
    buyerJson: { type: 'text', name: 'buyer_json' },
    lineCount: { type: 'integer', name: 'line_count' },
    totalExcludingTaxSen: { type: 'integer', name: 'total_excluding_tax_sen' },
    taxSen: { type: 'integer', name: 'tax_sen' },
    totalSen: { type: 'integer', name: 'total_sen' },
    status: { type: 'text' },
    documentJson: { type: 'text', name: 'document_json' },
    documentHash: { type: 'text', name: 'document_hash' },
    submissionUid: { type: 'text', name: 'submission_uid', nullable: true },
    documentUuid: { type: 'text', name: 'document_uuid', nullable: true },
    longId: { type: 'text', name: 'long_id', nullable: true },
    validationJson: { type: 'text', name: 'validation_json', nullable: true },
    createdBy: { type: 'text', name: 'created_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    submittedBy: { type: 'text', name: 'submitted_by', nullable: true },
    submittedAt: { type: 'text', name: 'submitted_at', nullable: true },
    checkedAt: { type: 'text', name: 'checked_at', nullable: true },
  },
});

export interface EinvoiceDocumentInvoiceRecord {
  documentId: string;
  invoiceId: string;
}

export const EinvoiceDocumentInvoiceEntity = new EntitySchema<EinvoiceDocumentInvoiceRecord>({
  name: 'EinvoiceDocumentInvoice',
  tableName: 'einvoice_document_invoices',
  columns: {
    documentId: { type: 'text', primary: true, name: 'document_id' },
    invoiceId: { type: 'text', primary: true, name: 'invoice_id' },
  },
});
