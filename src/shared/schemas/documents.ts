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
}

/** What a check of a serial and its printed code tells: the kind and when, nothing of the content. */
export type DocumentVerification = Pick<ArchivedDocument, 'kind' | 'serial' | 'issuedAt'>;

/** A document as a PDF for the browser to open or print. */
export interface DocumentPdf {
  fileName: string;
  pdfBase64: string;
}

export const documentIdInputSchema = z.object({ id: idSchema });

/** As someone holding the paper reads them out: `MC-2026-00412` and `7KQ4-M2XD`, however typed. */
export const verifyDocumentInputSchema = z.object({
  serial: z.string().trim().min(3).max(40),
  code: z.string().trim().min(4).max(20),
});
