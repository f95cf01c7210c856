import { z } from 'zod';
import type { LabRow } from '../lab-results';
import { AI_TEXT_MAX } from './ai';
import { idSchema } from './common';

/** The largest lab report PDF the hub reads: a text report of a few pages is far smaller. */
export const LAB_PDF_MAX_BYTES = 5 * 1024 * 1024;
const LAB_PDF_MAX_BASE64 = Math.ceil(LAB_PDF_MAX_BYTES / 3) * 4;

/** An outside lab's report, pasted as text or uploaded as a text PDF (base64), for a visit. */
export const extractLabsInputSchema = z.object({
  visitId: idSchema,
  report: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string().trim().min(1).max(AI_TEXT_MAX) }),
    z.object({
      kind: z.literal('pdf'),
      base64: z
        .string()
        .min(8)
        .max(LAB_PDF_MAX_BASE64)
        .regex(/^[A-Za-z0-9+/]+={0,2}$/),
    }),
  ]),
});
export type ExtractLabsInput = z.infer<typeof extractLabsInputSchema>;

/** The rows read off the report; the screen lets the doctor edit them before they go into the note. */
export interface LabReportDraft {
  rows: LabRow[];
}
