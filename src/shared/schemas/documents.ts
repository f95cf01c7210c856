import { z } from 'zod';
import { idSchema } from './common';

/** An issued document as lists show it: what, for whom, by whom and when, without its content. */
export interface ArchivedDocument {
  id: string;
  kind: string;
  serial: string;
  title: string;
  patientId: string | null;
  issuedBy: string | null;
  issuedAt: string;
  reprintCount: number;
  /** The visit it was issued in, for the visit's documents; null for registers, statements… */
  visitId: string | null;
  /** Set once when it was cancelled: it stays on record, and a check of it says cancelled. */
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
}

/** The sick leave an MC grants: what an employer checking it may be told, with its validity. */
export interface SickLeave {
  from: string;
  to: string;
  days: number;
}

/**
 * What a check of a serial and its printed code tells: valid or cancelled, the kind and when, and
 * for an MC the leave it grants; nothing else of the content (no name, no diagnosis). An unknown
 * serial and a wrong code answer alike, so guessing serials learns nothing.
 */
export type DocumentVerification =
  | { status: 'valid' | 'cancelled'; kind: string; serial: string; issuedAt: string; cancelledAt: string | null; leave: SickLeave | null }
  | { status: 'unknown' };

/** A document as a PDF for the browser to open or print. */
export interface DocumentPdf {
  fileName: string;
  pdfBase64: string;
}

export const documentIdInputSchema = z.object({ id: idSchema });

/** Why it is cancelled, kept with it: "wrong dates, reissued as MC-2026-00413". */
export const cancelDocumentInputSchema = z.object({ id: idSchema, reason: z.string().trim().min(3).max(500) });

export const visitDocumentsInputSchema = z.object({ visitId: idSchema });

/** As someone holding the paper reads them out: `MC-2026-00412` and `7KQ4-M2XD`, however typed. */
export const verifyDocumentInputSchema = z.object({
  serial: z.string().trim().min(3).max(40),
  code: z.string().trim().min(4).max(20),
});
