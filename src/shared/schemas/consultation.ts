import { z } from 'zod';
import { idSchema } from './common';
import { icd10CodeSchema } from './diagnoses';
import type { VisitCursor, VisitHistoryItem, VisitSummary } from './queue';
import { linesTextSchema, typedTextSchema } from './typed-text';

/** The four parts of a SOAP note, in the order a doctor writes them. */
export const SOAP_SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SoapSection = (typeof SOAP_SECTIONS)[number];

/** A section of the note: as many lines as the doctor writes. */
const noteText = linesTextSchema(10_000);

export const soapNoteSchema = z.object({
  subjective: noteText.default(''),
  objective: noteText.default(''),
  assessment: noteText.default(''),
  plan: noteText.default(''),
});
export type SoapNote = z.infer<typeof soapNoteSchema>;

export const EMPTY_NOTE: SoapNote = { subjective: '', objective: '', assessment: '', plan: '' };

export interface EncounterDiagnosis {
  code: string;
  description: string;
  primary: boolean;
}

/** A correction to a signed note: the text before and after, who, when and why. */
export interface NoteAmendment {
  id: string;
  section: SoapSection;
  before: string;
  after: string;
  reason: string;
  amendedBy: string;
  amendedAt: string;
}

export const ENCOUNTER_STATUSES = ['draft', 'signed'] as const;
export type EncounterStatus = (typeof ENCOUNTER_STATUSES)[number];

/**
 * The doctor's record of one visit. `note` is the note as it reads now (amendments applied);
 * `signedNote` the note exactly as signed, kept whatever is amended after.
 */
export interface Encounter {
  id: string;
  visitId: string;
  patientId: string;
  doctorId: string | null;
  doctorName: string | null;
  status: EncounterStatus;
  note: SoapNote;
  signedNote: SoapNote | null;
  diagnoses: EncounterDiagnosis[];
  amendments: NoteAmendment[];
  /** Each save bumps it; a save quoting an older one is refused, so two people editing are told. */
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  signedAt: string | null;
  signedByName: string | null;
}

/** What the doctor's workspace opens: the visit and the doctor's record of it (null before anyone wrote). */
export interface VisitRecord {
  visit: VisitSummary;
  encounter: Encounter | null;
}

export const visitIdInputSchema = z.object({ visitId: idSchema });

export const saveNoteInputSchema = z.object({
  visitId: idSchema,
  version: z.number().int().min(0),
  note: soapNoteSchema,
});
export type SaveNoteInput = z.infer<typeof saveNoteInputSchema>;

export const saveDiagnosesInputSchema = z
  .object({
    visitId: idSchema,
    version: z.number().int().min(0),
    diagnoses: z
      .array(z.object({ code: icd10CodeSchema, primary: z.boolean() }))
      .max(12)
      .refine((list) => new Set(list.map((d) => d.code)).size === list.length, 'duplicate code'),
  })
  .refine((input) => input.diagnoses.length === 0 || input.diagnoses.filter((d) => d.primary).length === 1, {
    message: 'one primary diagnosis',
    path: ['diagnoses'],
  });
export type SaveDiagnosesInput = z.infer<typeof saveDiagnosesInputSchema>;

export const finishVisitInputSchema = z.object({ visitId: idSchema, version: z.number().int().min(0) });

export const amendNoteInputSchema = z.object({
  visitId: idSchema,
  section: z.enum(SOAP_SECTIONS),
  text: noteText,
  reason: typedTextSchema.trim().min(3).max(500),
});
export type AmendNoteInput = z.infer<typeof amendNoteInputSchema>;

/** Where the visit went when the doctor finished it. */
export interface FinishedVisit {
  encounter: Encounter;
  ticketNo: string;
  /** The room or station the ticket now waits at; null when nothing is left and the visit ended. */
  handedTo: { roomId: string; roomName: string; kind: 'pharmacy' | 'payment' } | null;
}

/** A note template: the clinic's own (ownerId null) or one doctor's favourite. */
export interface NoteTemplate {
  id: string;
  name: string;
  ownerId: string | null;
  note: SoapNote;
  active: boolean;
}

export const saveTemplateInputSchema = z.object({
  id: idSchema.optional(),
  name: typedTextSchema.trim().min(1).max(80),
  note: soapNoteSchema,
  active: z.boolean().default(true),
});
export type SaveTemplateInput = z.infer<typeof saveTemplateInputSchema>;

/** One visit on the chart's timeline: the visit as the queue kept it, with what the doctor recorded. */
export interface TimelineVisit extends VisitHistoryItem {
  doctorName: string | null;
  /** Null when no doctor opened the visit (a no-show, a visit for the pharmacy only). */
  encounterStatus: EncounterStatus | null;
  diagnoses: EncounterDiagnosis[];
}

export interface TimelinePage {
  visits: TimelineVisit[];
  nextCursor: VisitCursor | null;
}
