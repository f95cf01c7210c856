import { z } from 'zod';
import type { AgeBand } from '../vitals/age-bands';
import { GLUCOSE_KINDS, TYPED_MEASURES, type GlucoseKind, type TypedMeasure } from '../vitals/measures';
import type { BmiCategory } from '../vitals/reference-ranges';
import type { VitalFlag } from '../vitals/vital-flags';
import { idSchema } from './common';

// Impossible values are the service's to refuse (VITALS_IMPOSSIBLE names the measure and its
// limits); the schema only asks for numbers.
const valueSchema = z.number().finite().nullable().optional();

const measuresShape = Object.fromEntries(TYPED_MEASURES.map((measure) => [measure, valueSchema])) as Record<TypedMeasure, typeof valueSchema>;

const measuresSchema = z.object({ ...measuresShape, glucoseKind: z.enum(GLUCOSE_KINDS).nullable().optional() });

function hasAMeasure(input: Partial<Record<TypedMeasure, number | null>>): boolean {
  return TYPED_MEASURES.some((measure) => input[measure] != null);
}

/** The same rules for a first recording and a correction: something measured, BP in pairs, glucose with its kind. */
function withRecordingRules<T extends z.ZodType<z.infer<typeof measuresSchema>>>(schema: T) {
  return schema
    .refine(hasAMeasure, { path: ['systolic'], message: 'record at least one measure' })
    .refine((input) => (input.systolic == null) === (input.diastolic == null), { path: ['diastolic'], message: 'blood pressure is two numbers' })
    .refine((input) => input.glucose == null || input.glucoseKind != null, { path: ['glucoseKind'], message: 'fasting or random' });
}

/** When it was measured, if not now (a reading taken at triage and typed in later); never in the future. */
const recordedAtSchema = z.iso.datetime({ offset: true }).optional();

export const recordVitalsInputSchema = withRecordingRules(measuresSchema.extend({ visitId: idSchema, recordedAt: recordedAtSchema }));
export type RecordVitalsInput = z.infer<typeof recordVitalsInputSchema>;

/** A correction replaces a recording with the values it should have had, and says why. */
export const correctVitalsInputSchema = withRecordingRules(measuresSchema.extend({ id: idSchema, reason: z.string().trim().min(3).max(300) }));
export type CorrectVitalsInput = z.infer<typeof correctVitalsInputSchema>;

export const visitVitalsInputSchema = z.object({ visitId: idSchema });

export const VITALS_TREND_MAX = 500;
const vitalsCursorSchema = z.object({ recordedAt: z.string().min(1).max(40), id: idSchema });
export type VitalsCursor = z.infer<typeof vitalsCursorSchema>;

export const vitalsTrendInputSchema = z.object({
  patientId: idSchema,
  limit: z.number().int().min(1).max(VITALS_TREND_MAX).default(100),
  /** The next page: recordings measured before this one (the last of the previous page). */
  before: vitalsCursorSchema.optional(),
});
export type VitalsTrendInput = z.input<typeof vitalsTrendInputSchema>;

/** One recording as the chart shows it, with what it says about the patient at the age they were then. */
export interface VitalsRecording {
  id: string;
  visitId: string;
  patientId: string;
  /** When it was measured. */
  recordedAt: string;
  recordedBy: { id: string; name: string };
  measures: Record<TypedMeasure, number | null>;
  glucoseKind: GlucoseKind | null;
  bmi: number | null;
  bmiCategory: BmiCategory | null;
  band: AgeBand | null;
  flags: VitalFlag[];
  /** The recording this one corrects, and why. */
  replacesId: string | null;
  correctionReason: string | null;
}

export interface VitalsTrend {
  recordings: VitalsRecording[];
  /** Pass as `before` for older recordings; null when there are none. */
  nextBefore: VitalsCursor | null;
}
