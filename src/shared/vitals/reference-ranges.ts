import type { AgeBand } from './age-bands';
import type { GlucoseKind, Measure } from './measures';

/** What the flags and the screen speak of: glucose is judged by whether the patient had eaten. */
export type RangedMeasure = Exclude<Measure, 'glucose' | 'weight' | 'height' | 'headCircumference'> | 'glucoseFasting' | 'glucoseRandom';

/**
 * A reference range, both ends included, at the precision the measure is recorded to. Outside
 * it a value is flagged low or high; beyond a critical limit (when one is given) critical-low or
 * critical-high: the patient should be seen now, not in turn.
 */
export interface ReferenceRange {
  low: number;
  high: number;
  criticalLow?: number;
  criticalHigh?: number;
}

type BandTable = Partial<Record<RangedMeasure, ReferenceRange>>;

/**
 * Adults (18 and over):
 * - BP: Malaysian CPG Management of Hypertension (5th ed., 2018): high from 140/90, severe
 *   from 180/110. Systolic 90 or below is critical as in NEWS2 (Royal College of Physicians,
 *   2017), which scores it 3; 91–99 is flagged low.
 * - Pulse, respiratory rate, temperature, SpO2: the NEWS2 bands scoring 0 are the range
 *   (pulse 51–90 is widened to the usual 60–100); the bands scoring 3 are critical (pulse ≤40 or
 *   ≥131, respiration ≤8 or ≥25, temperature ≤35.0, SpO2 ≤91 on scale 1). Fever from 38.0 °C;
 *   40.0 °C and above is hyperpyrexia.
 * - Glucose: Malaysian CPG Management of Type 2 Diabetes Mellitus (6th ed., 2020): fasting
 *   normal below 6.1 mmol/L, random below 7.8; hypoglycaemia below 3.9 (level 1) and below 3.0
 *   (level 2, critical, as in the ADA Standards of Care). Above 20 mmol/L is flagged critical so
 *   the clinic checks for a hyperglycaemic emergency: a clinic's choice, not a guideline's.
 * - BMI: WHO expert consultation for Asian populations (Lancet 2004), used by the Malaysian CPG
 *   Management of Obesity (2004, 2023): normal 18.5–22.9, overweight 23.0–27.4, obese from 27.5
 *   (flagged high; see bmiCategoryOf). Not the WHO international cut-offs (25/30).
 * - Pain (0–10): 4–6 moderate (high), 7–10 severe (critical-high): severe pain is treated first.
 */
const ADULT: BandTable = {
  systolic: { low: 100, high: 139, criticalLow: 91, criticalHigh: 179 },
  diastolic: { low: 60, high: 89, criticalHigh: 109 },
  pulse: { low: 60, high: 100, criticalLow: 41, criticalHigh: 130 },
  respiratoryRate: { low: 12, high: 20, criticalLow: 9, criticalHigh: 24 },
  temperature: { low: 36.0, high: 37.9, criticalLow: 35.1, criticalHigh: 39.9 },
  spo2: { low: 95, high: 100, criticalLow: 92 },
  glucoseFasting: { low: 3.9, high: 6.0, criticalLow: 3.0, criticalHigh: 20.0 },
  glucoseRandom: { low: 3.9, high: 7.7, criticalLow: 3.0, criticalHigh: 20.0 },
  bmi: { low: 18.5, high: 22.9 },
  pain: { low: 0, high: 3, criticalHigh: 6 },
};

/** What is the same for children as for adults: temperature, SpO2, glucose (ISPAD uses the same hypoglycaemia levels) and pain. BMI in children needs WHO z-score charts, so it is not flagged. */
const CHILD_COMMON: BandTable = {
  temperature: ADULT.temperature,
  spo2: ADULT.spo2,
  glucoseFasting: ADULT.glucoseFasting,
  glucoseRandom: ADULT.glucoseRandom,
  pain: ADULT.pain,
};

/**
 * Children: awake heart rate, respiratory rate and blood pressure from the American Heart
 * Association's Pediatric Advanced Life Support provider manual (2020), "normal vital signs" by
 * age (school age 6–9 and preadolescent 10–12 are joined; the adolescent row is 12–15). A heart
 * rate below 60 in a child is critical (PALS: with poor perfusion, start CPR). A newborn's fever
 * is critical from 38.0 °C (NICE NG143, 2019: red under 3 months).
 */
const CHILDREN: Record<Exclude<AgeBand, 'adult'>, BandTable> = {
  newborn: {
    ...CHILD_COMMON,
    pulse: { low: 100, high: 205, criticalLow: 60 },
    respiratoryRate: { low: 30, high: 60 },
    systolic: { low: 67, high: 84 },
    diastolic: { low: 35, high: 53 },
    temperature: { low: 36.0, high: 37.9, criticalLow: 35.1, criticalHigh: 37.9 },
  },
  infant: {
    ...CHILD_COMMON,
    pulse: { low: 100, high: 180, criticalLow: 60 },
    respiratoryRate: { low: 30, high: 53 },
    systolic: { low: 72, high: 104 },
    diastolic: { low: 37, high: 56 },
  },
  toddler: {
    ...CHILD_COMMON,
    pulse: { low: 98, high: 140, criticalLow: 60 },
    respiratoryRate: { low: 22, high: 37 },
    systolic: { low: 86, high: 106 },
    diastolic: { low: 42, high: 63 },
  },
  preschool: {
    ...CHILD_COMMON,
    pulse: { low: 80, high: 120, criticalLow: 60 },
    respiratoryRate: { low: 20, high: 28 },
    systolic: { low: 89, high: 112 },
    diastolic: { low: 46, high: 72 },
  },
  schoolAge: {
    ...CHILD_COMMON,
    pulse: { low: 75, high: 118, criticalLow: 60 },
    respiratoryRate: { low: 18, high: 25 },
    systolic: { low: 97, high: 120 },
    diastolic: { low: 57, high: 80 },
  },
  adolescent: {
    ...CHILD_COMMON,
    pulse: { low: 60, high: 100, criticalLow: 41, criticalHigh: 130 },
    respiratoryRate: { low: 12, high: 20 },
    systolic: { low: 110, high: 131 },
    diastolic: { low: 64, high: 83 },
  },
};

/** The range for a measure in an age band; a patient of unknown age is judged by the adult ranges. */
export function referenceRangeOf(measure: RangedMeasure, band: AgeBand | null): ReferenceRange | null {
  const table = band === null || band === 'adult' ? ADULT : CHILDREN[band];
  return table[measure] ?? null;
}

export function glucoseMeasure(kind: GlucoseKind): RangedMeasure {
  return kind === 'fasting' ? 'glucoseFasting' : 'glucoseRandom';
}

/** WHO Asian BMI categories (see ADULT.bmi): what the screen says beside an adult's BMI. */
export const BMI_CATEGORIES = ['underweight', 'normal', 'overweight', 'obese'] as const;
export type BmiCategory = (typeof BMI_CATEGORIES)[number];

export function bmiCategoryOf(bmi: number | null, band: AgeBand | null): BmiCategory | null {
  if (bmi === null || (band !== null && band !== 'adult')) return null;
  if (bmi < 18.5) return 'underweight';
  if (bmi < 23) return 'normal';
  if (bmi < 27.5) return 'overweight';
  return 'obese';
}
