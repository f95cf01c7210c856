import type { FhirCodeableConcept, FhirQuantity, FhirResource } from '../../../shared/schemas/fhir';
import type { VitalsRecording } from '../../../shared/schemas/vitals';
import type { Measure } from '../../../shared/vitals/measures';
import { LOINC, UCUM, derivedId, named, present, referenceTo } from './fhir-references';

const VITAL_SIGNS_CATEGORY: FhirCodeableConcept[] = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs', display: 'Vital Signs' }] },
];

interface LoincCode {
  code: string;
  display: string;
}

const loinc = (...codes: LoincCode[]): FhirCodeableConcept => ({ coding: codes.map((c) => ({ system: LOINC, ...c })), text: codes[0]?.display });

/** Each measure's UCUM unit: the same fixed unit the clinic records it in (MEASURE_UNITS). */
const UCUM_UNITS: Record<Exclude<Measure, 'systolic' | 'diastolic'> | 'bloodPressure', { unit: string; code: string }> = {
  bloodPressure: { unit: 'mmHg', code: 'mm[Hg]' },
  pulse: { unit: '/min', code: '/min' },
  temperature: { unit: '°C', code: 'Cel' },
  respiratoryRate: { unit: '/min', code: '/min' },
  spo2: { unit: '%', code: '%' },
  weight: { unit: 'kg', code: 'kg' },
  height: { unit: 'cm', code: 'cm' },
  bmi: { unit: 'kg/m2', code: 'kg/m2' },
  glucose: { unit: 'mmol/L', code: 'mmol/L' },
  pain: { unit: 'score', code: '{score}' },
  headCircumference: { unit: 'cm', code: 'cm' },
};

/**
 * LOINC codes of the FHIR vital-signs profile where it has one. SpO2 carries both the profile's
 * 2708-6 and the pulse-oximetry 59408-5. Glucose is recorded in mmol/L, so it takes the
 * moles-per-volume codes (15074-8 glucose in blood, 14771-0 fasting glucose), not the mg/dL
 * mass codes 2339-0 and 1558-6, which would misstate the unit.
 */
const SINGLE_MEASURES = {
  pulse: loinc({ code: '8867-4', display: 'Heart rate' }),
  temperature: loinc({ code: '8310-5', display: 'Body temperature' }),
  respiratoryRate: loinc({ code: '9279-1', display: 'Respiratory rate' }),
  spo2: loinc({ code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry' }, { code: '2708-6', display: 'Oxygen saturation in Arterial blood' }),
  weight: loinc({ code: '29463-7', display: 'Body weight' }),
  height: loinc({ code: '8302-2', display: 'Body height' }),
  bmi: loinc({ code: '39156-5', display: 'Body mass index (BMI) [Ratio]' }),
  pain: loinc({ code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }),
  headCircumference: loinc({ code: '9843-4', display: 'Head Occipital-frontal circumference' }),
} as const;

const GLUCOSE = {
  random: loinc({ code: '15074-8', display: 'Glucose [Moles/volume] in Blood' }),
  fasting: loinc({ code: '14771-0', display: 'Fasting glucose [Moles/volume] in Serum or Plasma' }),
} as const;

const BLOOD_PRESSURE = loinc({ code: '85354-9', display: 'Blood pressure panel with all children optional' });
const SYSTOLIC = loinc({ code: '8480-6', display: 'Systolic blood pressure' });
const DIASTOLIC = loinc({ code: '8462-4', display: 'Diastolic blood pressure' });

function quantity(value: number, unit: { unit: string; code: string }): FhirQuantity {
  return { value, unit: unit.unit, system: UCUM, code: unit.code };
}

/**
 * One Observation per measure taken in a recording (blood pressure as one panel with its two
 * components), in the vital-signs category. A corrected recording is exported as it stands now,
 * `amended`; what it replaced stays in the clinic's own history.
 */
export function vitalsObservations(recording: VitalsRecording, patientId: string): FhirResource[] {
  const common = (key: string, code: FhirCodeableConcept) =>
    present({
      resourceType: 'Observation',
      id: derivedId('vitals', recording.id, key),
      status: recording.replacesId ? 'amended' : 'final',
      category: VITAL_SIGNS_CATEGORY,
      code,
      subject: referenceTo(patientId),
      encounter: referenceTo(recording.visitId),
      effectiveDateTime: recording.recordedAt,
      performer: [named(recording.recordedBy.name) ?? { display: 'unknown' }],
    });
  const observations: FhirResource[] = [];
  const { systolic, diastolic, glucose } = recording.measures;
  if (systolic != null && diastolic != null) {
    observations.push({
      ...common('bloodPressure', BLOOD_PRESSURE),
      component: [
        { code: SYSTOLIC, valueQuantity: quantity(systolic, UCUM_UNITS.bloodPressure) },
        { code: DIASTOLIC, valueQuantity: quantity(diastolic, UCUM_UNITS.bloodPressure) },
      ],
    });
  }
  const values: Record<keyof typeof SINGLE_MEASURES, number | null> = { ...recording.measures, bmi: recording.bmi };
  for (const measure of Object.keys(SINGLE_MEASURES) as (keyof typeof SINGLE_MEASURES)[]) {
    const value = values[measure];
    if (value != null) observations.push({ ...common(measure, SINGLE_MEASURES[measure]), valueQuantity: quantity(value, UCUM_UNITS[measure]) });
  }
  if (glucose != null) {
    observations.push({ ...common('glucose', GLUCOSE[recording.glucoseKind ?? 'random']), valueQuantity: quantity(glucose, UCUM_UNITS.glucose) });
  }
  return observations;
}
