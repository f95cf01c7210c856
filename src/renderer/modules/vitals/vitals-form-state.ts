import { TYPED_MEASURES, type GlucoseKind, type TypedMeasure, type TypedVitals } from '../../../shared/vitals/measures';

/** What the nurse has typed in each box, as typed. */
export type VitalsDraft = Record<TypedMeasure, string> & { glucoseKind: GlucoseKind | null };

export const EMPTY_DRAFT: VitalsDraft = { ...(Object.fromEntries(TYPED_MEASURES.map((measure) => [measure, ''])) as Record<TypedMeasure, string>), glucoseKind: null };

/** The typed boxes as numbers: an empty box is a measure not taken; a comma is read as a decimal point. */
export function vitalsOfDraft(draft: VitalsDraft): TypedVitals {
  const values = Object.fromEntries(
    TYPED_MEASURES.map((measure) => {
      const text = draft[measure].trim().replace(',', '.');
      return [measure, text === '' ? null : Number(text)];
    }),
  ) as Record<TypedMeasure, number | null>;
  return { ...values, glucoseKind: values.glucose === null ? null : draft.glucoseKind };
}

export function hasAnyMeasure(vitals: TypedVitals): boolean {
  return TYPED_MEASURES.some((measure) => vitals[measure] !== null);
}
