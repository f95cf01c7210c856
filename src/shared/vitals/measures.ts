/**
 * The measures a nurse or doctor records, each in one fixed unit: nobody converts °F or mg/dL at
 * the desk, so a number on the chart always means the same thing.
 */
export const TYPED_MEASURES = [
  'systolic',
  'diastolic',
  'pulse',
  'temperature',
  'respiratoryRate',
  'spo2',
  'weight',
  'height',
  'glucose',
  'pain',
  'headCircumference',
] as const;
export type TypedMeasure = (typeof TYPED_MEASURES)[number];

/** BMI is worked out from weight and height, never typed. */
export type Measure = TypedMeasure | 'bmi';

export const MEASURE_UNITS: Record<Measure, string> = {
  systolic: 'mmHg',
  diastolic: 'mmHg',
  pulse: '/min',
  temperature: '°C',
  respiratoryRate: '/min',
  spo2: '%',
  weight: 'kg',
  height: 'cm',
  bmi: 'kg/m²',
  glucose: 'mmol/L',
  pain: '/10',
  headCircumference: 'cm',
};

/** Decimal places each measure is recorded to: a whole number of beats, a tenth of a degree. */
export const MEASURE_DECIMALS: Record<Measure, number> = {
  systolic: 0,
  diastolic: 0,
  pulse: 0,
  temperature: 1,
  respiratoryRate: 0,
  spo2: 0,
  weight: 2,
  height: 1,
  bmi: 1,
  glucose: 1,
  pain: 0,
  headCircumference: 1,
};

/** A glucose reading means little without knowing whether the patient had eaten. */
export const GLUCOSE_KINDS = ['fasting', 'random'] as const;
export type GlucoseKind = (typeof GLUCOSE_KINDS)[number];

/** One recording's values as typed; a measure not taken is null. */
export type TypedVitals = Record<TypedMeasure, number | null> & { glucoseKind: GlucoseKind | null };

/**
 * Limits beyond which a value cannot be a living patient's reading in a clinic: a typo (BP 900,
 * 60 °C) or the wrong box, never a measurement. They are wide on purpose (a reading outside the
 * reference range is flagged, not refused), and come from what has been recorded in people who
 * survived and from what clinic instruments can display:
 * - BP: oscillometric monitors display roughly 40–280 mmHg (e.g. Omron's specified range
 *   0–299); systolic above 300 has been recorded only under extreme strain. Diastolic 10–200.
 * - Pulse: 20 (complete heart block) to 300 (infant supraventricular tachycardia) per minute.
 * - Temperature: 25 °C (severe hypothermia, still resuscitated) to 45 °C (the highest survived
 *   heat stroke is about 46.5 °C); clinical thermometers read about 32–43 °C.
 * - Respiratory rate: 2–120 per minute (a preterm newborn in distress breathes up to ~100).
 * - SpO2: 40–100 %; pulse oximeters are specified down to 70 %, below 40 no reading is credible,
 *   and above 100 is a typo.
 * - Weight: 0.2 kg (the smallest surviving preterm babies, about 0.25 kg) to 650 kg.
 * - Height: 20 cm (preterm newborn length) to 275 cm (the tallest recorded, 272 cm).
 * - Glucose: 0.5 mmol/L to 150 mmol/L (hyperosmolar states have been recorded near 150; meters
 *   show "HI" above 33.3, a laboratory value can be higher).
 * - Pain: the 0–10 numeric rating scale.
 * - Head circumference: 20 cm (extreme preterm) to 65 cm (gross macrocephaly in a 2-year-old).
 */
export const POSSIBLE_LIMITS: Record<TypedMeasure, { min: number; max: number }> = {
  systolic: { min: 40, max: 300 },
  diastolic: { min: 10, max: 200 },
  pulse: { min: 20, max: 300 },
  temperature: { min: 25, max: 45 },
  respiratoryRate: { min: 2, max: 120 },
  spo2: { min: 40, max: 100 },
  weight: { min: 0.2, max: 650 },
  height: { min: 20, max: 275 },
  glucose: { min: 0.5, max: 150 },
  pain: { min: 0, max: 10 },
  headCircumference: { min: 20, max: 65 },
};

/** A value refused as impossible, and the limits it must fall within (for diastolic, below the systolic). */
export interface ImpossibleValue {
  measure: TypedMeasure;
  min: number;
  max: number;
}

/** Every typed value that cannot be a real reading; empty when the recording is possible. */
export function impossibleValues(vitals: Partial<TypedVitals>): ImpossibleValue[] {
  const refused: ImpossibleValue[] = [];
  for (const measure of TYPED_MEASURES) {
    const value = vitals[measure];
    if (value === null || value === undefined) continue;
    const { min, max } = POSSIBLE_LIMITS[measure];
    if (!Number.isFinite(value) || value < min || value > max || (measure === 'pain' && !Number.isInteger(value))) refused.push({ measure, min, max });
  }
  const { systolic, diastolic } = vitals;
  const bothPossible = !refused.some((value) => value.measure === 'systolic' || value.measure === 'diastolic');
  // The pressure between beats is below the pressure of a beat: 80/120 is the two boxes swapped.
  if (bothPossible && systolic != null && diastolic != null && diastolic >= systolic) {
    refused.push({ measure: 'diastolic', min: POSSIBLE_LIMITS.diastolic.min, max: systolic - 1 });
  }
  return refused;
}

/** BMI = weight (kg) / height (m)², to one decimal; null unless both were measured. */
export function bmiOf(weightKg: number | null | undefined, heightCm: number | null | undefined): number | null {
  if (weightKg == null || heightCm == null || heightCm <= 0) return null;
  const metres = heightCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}
