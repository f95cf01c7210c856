import { z } from 'zod';
import { idSchema } from './common';
import type { SoapNote } from './consultation';
import { isTypedText } from './typed-text';

/**
 * The doctor's shorthand or dictation, as typed or pasted into the note's dictation box: as long as
 * one note box may be, line breaks allowed (a dictation has them); control characters otherwise refused.
 */
export const NOTE_DICTATION_MAX = 10_000;
const dictationSchema = z
  .string()
  .max(NOTE_DICTATION_MAX)
  .refine((text) => isTypedText(text.replace(/[\t\r\n]/g, ' ')), 'control characters')
  .refine((text) => text.trim().length > 0, 'empty');

export const structureNoteInputSchema = z.object({ visitId: idSchema, text: dictationSchema });
export type StructureNoteInput = z.infer<typeof structureNoteInputSchema>;

/** One ICD-10-CM code of the bundled list suggested for the assessment, with the words of the note that led to it. */
export interface Icd10Hint {
  code: string;
  description: string;
  matched: string[];
}

/** A note-structuring draft: the four SOAP sections and at most five ICD-10 hints. */
export interface StructuredNote {
  note: SoapNote;
  hints: Icd10Hint[];
}

export const ICD10_HINTS_MAX = 5;
