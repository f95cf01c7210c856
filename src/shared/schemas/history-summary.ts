import { z } from 'zod';
import { idSchema } from './common';
import { typedTextSchema } from './typed-text';

/** The parts of a medical history summary, in the order the chart shows them. */
export const SUMMARY_SECTIONS = ['chronic', 'recent', 'allergies', 'medications', 'vitals'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** What a statement can point back to: a visit (its diagnoses), the allergy list, a prescription line, a vitals recording. */
export const SUMMARY_SOURCE_KINDS = ['visit', 'allergy', 'prescription', 'vitals'] as const;
export type SummarySourceKind = (typeof SUMMARY_SOURCE_KINDS)[number];

export const summarySourceSchema = z.object({
  kind: z.enum(SUMMARY_SOURCE_KINDS),
  /** The visit, prescription line or vitals recording's id; for an allergy, the allergen as listed. */
  id: z.string().trim().min(1).max(120),
  /** The clinic date it was recorded; null for an allergy (the list keeps no dates). */
  date: z.iso.date().nullable(),
  /** The visit a prescription or recording belongs to, so a link can open it. */
  visitId: idSchema.nullable(),
});
export type SummarySource = z.infer<typeof summarySourceSchema>;

/** One statement of the summary; it always names where it came from. */
export const summaryStatementSchema = z.object({
  section: z.enum(SUMMARY_SECTIONS),
  text: typedTextSchema.trim().min(1).max(500),
  sources: z.array(summarySourceSchema).min(1).max(60),
});
export type SummaryStatement = z.infer<typeof summaryStatementSchema>;

export const SUMMARY_STATEMENTS_MAX = 80;

export interface HistorySummaryContent {
  statements: SummaryStatement[];
}

export const historySummaryDraftInputSchema = z.object({ patientId: idSchema });

export const saveHistorySummaryInputSchema = z.object({
  patientId: idSchema,
  statements: z.array(summaryStatementSchema).min(1).max(SUMMARY_STATEMENTS_MAX),
  /** Whether the draft accepted was the model's (else the local engine's). */
  fromModel: z.boolean(),
  /** Whether the person changed the draft before accepting it. */
  edited: z.boolean(),
});
export type SaveHistorySummaryInput = z.infer<typeof saveHistorySummaryInputSchema>;

export const historySummaryInputSchema = z.object({ patientId: idSchema });

/** A saved, view-only summary: who accepted it and when; a newer one supersedes it and it stays readable. */
export interface SavedHistorySummary {
  id: string;
  patientId: string;
  statements: SummaryStatement[];
  fromModel: boolean;
  edited: boolean;
  acceptedAt: string;
  acceptedByName: string | null;
  supersededAt: string | null;
}

export interface HistorySummaryView {
  current: SavedHistorySummary | null;
  /** A visit was checked in after the current summary was saved. */
  outOfDate: boolean;
  /** Superseded summaries, newest first. */
  earlier: SavedHistorySummary[];
}
