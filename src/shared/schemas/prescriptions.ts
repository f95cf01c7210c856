import { z } from 'zod';
import { idSchema } from './common';
import { DOSE_UNITS, FREQUENCY_KEYS, MEDICINE_ROUTES, TIMING_KEYS, type DoseUnit, type FrequencyKey, type MedicineRoute, type TimingKey } from './medicines';
import { typedTextSchema } from './typed-text';

export const DISPENSING_KINDS = ['in-house', 'external'] as const;
export type DispensingKind = (typeof DISPENSING_KINDS)[number];

/** One line as the prescriber writes it: a dose always with its unit, a preset frequency, days. */
export const prescriptionLineSchema = z.object({
  medicineId: idSchema,
  doseValue: z.number().positive().max(100_000),
  doseUnit: z.enum(DOSE_UNITS),
  frequency: z.enum(FREQUENCY_KEYS),
  durationDays: z.number().int().min(1).max(365).nullable(),
  route: z.enum(MEDICINE_ROUTES),
  timing: z.enum(TIMING_KEYS),
  /** Only where it cannot be worked out (PRN, a cream, no duration); otherwise computed. */
  quantity: z.number().positive().max(100_000).nullable().default(null),
  instructions: typedTextSchema.trim().max(300).default(''),
  dispensing: z.enum(DISPENSING_KINDS),
});
export type PrescriptionLineInput = z.input<typeof prescriptionLineSchema>;

export const checkLineInputSchema = z.object({ visitId: idSchema, line: prescriptionLineSchema });

export const addLineInputSchema = z.object({
  visitId: idSchema,
  line: prescriptionLineSchema,
  /** Required when the checks flagged the line: why the prescriber goes ahead. */
  overrideReason: typedTextSchema.trim().min(3).max(300).nullable().default(null),
});

export const cancelLineInputSchema = z.object({ id: idSchema, reason: typedTextSchema.trim().min(3).max(300) });

/** A safety finding as the screen shows it; see src/main/prescribing for how each is found. */
export type PrescriptionFinding =
  | { kind: 'allergy'; allergen: string; matchedBy: 'generic' | 'brand' | 'class' | 'cross-reactivity'; drugClass: string | null; reaction: string; severity: string }
  | { kind: 'duplicate'; other: string; matchedBy: 'generic' | 'class'; drugClass: string | null; origin: 'long-term' | 'this-prescription' }
  | { kind: 'interaction'; other: string; pairId: string; severity: string; effect: string; management: string; source: string }
  | { kind: 'dose'; dailyMg: number; weightKg: number; dailyMgPerKg: number; range: { min: number; max: number }; direction: 'over' | 'under' };

export interface PrescriptionCheck {
  findings: PrescriptionFinding[];
  /** Null when it cannot be worked out and the prescriber must give it. */
  quantity: number | null;
}

export interface PrescriptionLine {
  id: string;
  visitId: string;
  medicineId: string;
  /** As prescribed: "Amoxicillin 500 mg capsule (Amoxil)". */
  medicineLabel: string;
  generic: string;
  doseValue: number;
  doseUnit: DoseUnit;
  frequency: FrequencyKey;
  durationDays: number | null;
  route: MedicineRoute;
  timing: TimingKey;
  quantity: number;
  quantityUnit: string;
  instructions: string;
  dispensing: DispensingKind;
  findings: PrescriptionFinding[];
  overrideReason: string | null;
  status: 'active' | 'cancelled';
  cancelReason: string | null;
  prescribedByName: string | null;
  createdAt: string;
}

/** Medicine labels as printed: a PDF of one 70 × 40 mm label a page. */
export interface PrintedLabels {
  fileName: string;
  pdfBase64: string;
}
