import { z } from 'zod';
import { idSchema } from './common';
import { typedTextSchema } from './typed-text';

const text = (max: number) => typedTextSchema.trim().max(max);
const requiredText = (max: number) => text(max).min(1);

/**
 * When something began or happened, as precisely as the patient remembers it: a year ("since
 * 2015"), a month, or a day. Compared as text, so a year sorts before the days within it.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/)
  .refine((value) => value.length < 10 || z.iso.date().safeParse(value).success, 'date');
export type PartialDate = z.infer<typeof partialDateSchema>;

const visitIdSchema = idSchema.nullable().default(null);

/** Who made a row and who last changed it, shown as "changed by Dr Aminah, 5 Dec 2026". */
export interface ChartStamps {
  version: number;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  updatedByName: string | null;
  /** The visit the last change was recorded in, if any. */
  visitId: string | null;
}

/** Rows carried over from a duplicate merged into this record say which record they came from. */
export interface FromRecord {
  patientId: string;
  /** Null on the record's own rows; the duplicate's MRN on a merged one's. */
  mergedFromMrn: string | null;
}

export const PROBLEM_STATUSES = ['active', 'resolved', 'entered_in_error'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const saveProblemInputSchema = z.object({
  /** Absent for a new problem; with `version` to change one. */
  id: idSchema.optional(),
  version: z.number().int().min(1).optional(),
  patientId: idSchema,
  condition: requiredText(200),
  /** From the ICD-10 list when the doctor picked one; the condition's words stay as typed. */
  icdCode: z.string().trim().toUpperCase().regex(/^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/).nullable().default(null),
  onset: partialDateSchema.nullable().default(null),
  chronic: z.boolean().default(false),
  notes: text(1000).default(''),
  visitId: visitIdSchema,
});
export type SaveProblemInput = z.infer<typeof saveProblemInputSchema>;

/** A problem closes as resolved (on a date) or as entered in error (with the reason); either keeps the row. */
export const resolveProblemInputSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('resolved'), id: idSchema, version: z.number().int().min(1), date: z.iso.date(), reason: text(300).default(''), visitId: visitIdSchema }),
  z.object({ status: z.literal('entered_in_error'), id: idSchema, version: z.number().int().min(1), reason: requiredText(300), visitId: visitIdSchema }),
]);
export type ResolveProblemInput = z.infer<typeof resolveProblemInputSchema>;

export interface Problem extends ChartStamps, FromRecord {
  id: string;
  condition: string;
  icdCode: string | null;
  onset: PartialDate | null;
  chronic: boolean;
  notes: string;
  status: ProblemStatus;
  /** The day it resolved, or was marked entered in error. */
  closedOn: string | null;
  closedReason: string;
}

export const MEDICATION_STATUSES = ['current', 'stopped', 'entered_in_error'] as const;
export type MedicationStatus = (typeof MEDICATION_STATUSES)[number];

export const saveMedicationInputSchema = z.object({
  id: idSchema.optional(),
  version: z.number().int().min(1).optional(),
  patientId: idSchema,
  /** As written ("Warfarin 5 mg"), also when it names a medicine from the clinic's master list. */
  medicineName: requiredText(200),
  medicineId: idSchema.nullable().default(null),
  dose: text(100).default(''),
  frequency: text(100).default(''),
  since: partialDateSchema.nullable().default(null),
  notes: text(1000).default(''),
  visitId: visitIdSchema,
});
export type SaveMedicationInput = z.infer<typeof saveMedicationInputSchema>;

export const stopMedicationInputSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stopped'), id: idSchema, version: z.number().int().min(1), date: z.iso.date(), reason: requiredText(300), visitId: visitIdSchema }),
  z.object({ status: z.literal('entered_in_error'), id: idSchema, version: z.number().int().min(1), reason: requiredText(300), visitId: visitIdSchema }),
]);
export type StopMedicationInput = z.infer<typeof stopMedicationInputSchema>;

export interface LongTermMedication extends ChartStamps, FromRecord {
  id: string;
  medicineName: string;
  medicineId: string | null;
  dose: string;
  frequency: string;
  since: PartialDate | null;
  notes: string;
  status: MedicationStatus;
  stoppedOn: string | null;
  stopReason: string;
}

export const SMOKING = ['unknown', 'never', 'former', 'current'] as const;
export const ALCOHOL = ['unknown', 'none', 'occasional', 'regular'] as const;

const pastIllnessSchema = z.object({ condition: requiredText(200), when: partialDateSchema.nullable().default(null), notes: text(500).default('') });
const surgerySchema = z.object({ procedure: requiredText(200), when: partialDateSchema.nullable().default(null), notes: text(500).default('') });
const familyConditionSchema = z.object({ condition: requiredText(200), relative: requiredText(60), notes: text(500).default('') });
export type PastIllness = z.infer<typeof pastIllnessSchema>;
export type Surgery = z.infer<typeof surgerySchema>;
export type FamilyCondition = z.infer<typeof familyConditionSchema>;

export const socialHistorySchema = z.object({
  smoking: z.enum(SMOKING).default('unknown'),
  /** For a former or current smoker: either or both, as the patient tells it. */
  packYears: z.number().min(0).max(300).nullable().default(null),
  sticksPerDay: z.number().int().min(0).max(200).nullable().default(null),
  alcohol: z.enum(ALCOHOL).default('unknown'),
  /** Standard drinks a week. */
  unitsPerWeek: z.number().min(0).max(500).nullable().default(null),
  occupation: text(120).default(''),
  notes: text(1000).default(''),
});
export type SocialHistory = z.infer<typeof socialHistorySchema>;

/** Past illnesses, operations, the family's conditions and the social history: one record per patient, saved whole. */
export const historyFieldsSchema = z.object({
  pastIllnesses: z.array(pastIllnessSchema).max(100).default([]),
  surgeries: z.array(surgerySchema).max(100).default([]),
  familyHistory: z.array(familyConditionSchema).max(100).default([]),
  social: socialHistorySchema.default(socialHistorySchema.parse({})),
});
export type HistoryFields = z.infer<typeof historyFieldsSchema>;
export type HistoryFieldsInput = z.input<typeof historyFieldsSchema>;

export const saveHistoryInputSchema = historyFieldsSchema.extend({
  patientId: idSchema,
  /** Absent the first time a patient's history is written; the version read, after that. */
  version: z.number().int().min(1).optional(),
  visitId: visitIdSchema,
});
export type SaveHistoryInput = z.infer<typeof saveHistoryInputSchema>;

export interface MedicalHistory extends HistoryFields, ChartStamps, FromRecord {}

export const chartInputSchema = z.object({ patientId: idSchema });

/** What is kept about a patient across visits; allergies stay on the patient record. */
export interface Chart {
  problems: Problem[];
  medications: LongTermMedication[];
  /** The record's own history, null until someone writes it. */
  history: MedicalHistory | null;
  /** Histories written on duplicates since merged into this record, to read alongside. */
  mergedHistories: MedicalHistory[];
}
