import { EntitySchema } from 'typeorm';
import type { SickLeave } from '../../shared/schemas/documents';
import type { PageDocument } from './page/page-layout';

/**
 * An issued document as it was issued: its page model (letterhead, content, serial box and all)
 * as JSON, so a reprint draws the same page whatever the clinic's settings and the patient's
 * record say today. Rows are never changed but for their reprint count and, once, their
 * cancellation, nor deleted (the store's triggers refuse it).
 */
export interface IssuedDocumentRecord {
  id: string;
  /** The document kind's key: 'medical-certificate', 'referral-letter' … */
  kind: string;
  /** Unique across kinds: each kind has its own prefix. */
  serial: string;
  document: PageDocument;
  /** sha256 of the document's JSON, hex: a reprint refuses a document that no longer matches it. */
  contentHash: string;
  /** As printed in the serial box, without its hyphen. */
  verificationCode: string;
  patientId: string | null;
  /** The user who issued it; null for the hub itself. */
  issuedBy: string | null;
  issuedAt: string;
  reprintCount: number;
  visitId: string | null;
  /** An MC's leave, kept apart from the page so a check can tell it without reading the page. */
  leave: SickLeave | null;
  /** Cancelling is the one other change a row takes, once (the store's trigger refuses a second). */
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
}

export const IssuedDocumentEntity = new EntitySchema<IssuedDocumentRecord>({
  name: 'IssuedDocument',
  tableName: 'issued_documents',
  columns: {
    id: { type: 'text', primary: true },
    kind: { type: 'text' },
    serial: { type: 'text', unique: true },
    document: { type: 'simple-json', name: 'document_json' },
    contentHash: { type: 'text', name: 'content_hash' },
    verificationCode: { type: 'text', name: 'verification_code' },
    patientId: { type: 'text', name: 'patient_id', nullable: true },
    issuedBy: { type: 'text', name: 'issued_by', nullable: true },
    issuedAt: { type: 'text', name: 'issued_at' },
    reprintCount: { type: 'integer', name: 'reprint_count' },
    visitId: { type: 'text', name: 'visit_id', nullable: true },
    leave: { type: 'simple-json', name: 'leave_json', nullable: true },
    cancelledAt: { type: 'text', name: 'cancelled_at', nullable: true },
    cancelledBy: { type: 'text', name: 'cancelled_by', nullable: true },
    cancelReason: { type: 'text', name: 'cancel_reason', nullable: true },
  },
});
