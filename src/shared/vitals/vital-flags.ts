import { ageBandOf, type AgeBand } from './age-bands';
import { bmiCategoryOf, glucoseMeasure, referenceRangeOf, type BmiCategory, type RangedMeasure, type ReferenceRange } from './reference-ranges';
import { bmiOf, type TypedVitals } from './measures';

export const FLAG_LEVELS = ['low', 'high', 'critical-low', 'critical-high'] as const;
export type FlagLevel = (typeof FLAG_LEVELS)[number];

/** A value outside its reference range: which measure, how far out, and the range it was judged by. */
export interface VitalFlag {
  measure: RangedMeasure;
  level: FlagLevel;
  range: ReferenceRange;
}

/** The flag a value earns against a range, or null inside it. */
export function levelOf(value: number, range: ReferenceRange): FlagLevel | null {
  if (range.criticalLow !== undefined && value < range.criticalLow) return 'critical-low';
  if (value < range.low) return 'low';
  if (range.criticalHigh !== undefined && value > range.criticalHigh) return 'critical-high';
  if (value > range.high) return 'high';
  return null;
}

/** What a recording says about the patient, worked out the same way on the server and as the nurse types. */
export interface VitalsAssessment {
  /** Null when the birth date is unknown: the adult ranges were used. */
  band: AgeBand | null;
  bmi: number | null;
  bmiCategory: BmiCategory | null;
  flags: VitalFlag[];
}

/** Flags each value against the ranges for the patient's age on the day it was measured. */
export function assessVitals(vitals: Partial<TypedVitals>, dateOfBirth: string | null, on: string): VitalsAssessment {
  const band = ageBandOf(dateOfBirth, on);
  const bmi = bmiOf(vitals.weight, vitals.height);
  const values: [RangedMeasure, number | null | undefined][] = [
    ['systolic', vitals.systolic],
    ['diastolic', vitals.diastolic],
    ['pulse', vitals.pulse],
    ['temperature', vitals.temperature],
    ['respiratoryRate', vitals.respiratoryRate],
    ['spo2', vitals.spo2],
    ['bmi', bmi],
    ['pain', vitals.pain],
  ];
  if (vitals.glucoseKind) values.push([glucoseMeasure(vitals.glucoseKind), vitals.glucose]);
  const flags: VitalFlag[] = [];
  for (const [measure, value] of values) {
    if (value === null || value === undefined) continue;
    const range = referenceRangeOf(measure, band);
    if (!range) continue;
    const level = levelOf(value, range);
    if (level) flags.push({ measure, level, range });
  }
  return { band, bmi, bmiCategory: bmiCategoryOf(bmi, band), flags };
}
