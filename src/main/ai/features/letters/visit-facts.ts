import { doseWords, type DoseLine } from '../../../../shared/prescribing/dose-words';
import type { EncounterDiagnosis, SoapNote } from '../../../../shared/schemas/consultation';
import type { Allergy } from '../../../../shared/schemas/patients';
import type { VitalsRecording } from '../../../../shared/schemas/vitals';
import { MEASURE_DECIMALS, MEASURE_UNITS, type Measure } from '../../../../shared/vitals/measures';

/**
 * What a letter may be drafted from: the visit's record as the consultation, vitals, prescriptions
 * and patients modules hold it. Nothing else goes into a draft; a model's answer that adds to it is
 * refused (record-check.ts).
 */
export interface LetterVisitFacts {
  complaint: string;
  note: SoapNote;
  diagnoses: readonly EncounterDiagnosis[];
  /** The visit's latest recording in force, or null when none was taken. */
  vitals: Pick<VitalsRecording, 'measures' | 'glucoseKind' | 'bmi' | 'flags'> | null;
  prescriptions: readonly (DoseLine & { medicineLabel: string; status: 'active' | 'cancelled' })[];
  allergies: readonly Pick<Allergy, 'allergen' | 'reaction'>[];
}

/** A letter draft request: the patient (for redaction), the record, and the medicine names a check knows (the clinic's list and the bundled one). */
export interface LetterRequest {
  patientId: string;
  facts: LetterVisitFacts;
  medicineNames: readonly string[];
}

const VITAL_NAMES: Partial<Record<Measure, string>> = {
  pulse: 'pulse',
  temperature: 'temperature',
  respiratoryRate: 'respiratory rate',
  spo2: 'SpO2',
  weight: 'weight',
  height: 'height',
  bmi: 'BMI',
  glucose: 'glucose',
  pain: 'pain',
  headCircumference: 'head circumference',
};

function measured(measure: Measure, value: number): string {
  return `${value.toFixed(MEASURE_DECIMALS[measure])} ${MEASURE_UNITS[measure]}`.replace(' %', '%').replace(' /', '/');
}

/** "BP 150/95 mmHg (high), pulse 88/min, temperature 38.4 °C (high)": the values as recorded, with their flags. */
export function vitalsText(vitals: LetterVisitFacts['vitals']): string {
  if (!vitals) return '';
  const flagOf = (measure: string): string => {
    const flag = vitals.flags.find((candidate) => candidate.measure === measure);
    return flag ? ` (${flag.level.replace('critical-', 'critically ')})` : '';
  };
  const { systolic, diastolic } = vitals.measures;
  const parts: string[] = [];
  if (systolic != null && diastolic != null) parts.push(`BP ${systolic}/${diastolic} mmHg${flagOf('systolic') || flagOf('diastolic')}`);
  const values: [Measure, number | null][] = [...(Object.entries(vitals.measures) as [Measure, number | null][]), ['bmi', vitals.bmi]];
  for (const [measure, value] of values) {
    const name = VITAL_NAMES[measure];
    if (!name || value == null) continue;
    const kind = measure === 'glucose' && vitals.glucoseKind ? ` (${vitals.glucoseKind})` : '';
    parts.push(`${name} ${measured(measure, value)}${kind}${flagOf(measure === 'glucose' ? 'glucose' : measure)}`);
  }
  return parts.join(', ');
}

/** "Dengue fever (A90); Essential hypertension (I10)", the primary diagnosis first. */
export function diagnosesText(diagnoses: LetterVisitFacts['diagnoses']): string {
  return [...diagnoses]
    .sort((a, b) => Number(b.primary) - Number(a.primary))
    .map((diagnosis) => `${diagnosis.description} (${diagnosis.code})`)
    .join('; ');
}

/** One line a medicine: "Amlodipine 5 mg tablet (Norvasc) — Take 1 tablet once a day for 30 days". Cancelled lines are not current. */
export function medicationLines(prescriptions: LetterVisitFacts['prescriptions']): string[] {
  return prescriptions.filter((line) => line.status === 'active').map((line) => `${line.medicineLabel} — ${doseWords(line, 'en')}`);
}

export function allergiesText(allergies: LetterVisitFacts['allergies']): string {
  return allergies.map((allergy) => [allergy.allergen, allergy.reaction].filter(Boolean).join(' – ')).join('; ');
}

/** The whole record as the model is shown it, and as a check compares an answer with. */
export function recordText(facts: LetterVisitFacts): string {
  const lines: [string, string][] = [
    ['Presenting complaint', facts.complaint],
    ['History (S)', facts.note.subjective],
    ['Examination (O)', facts.note.objective],
    ['Assessment (A)', facts.note.assessment],
    ['Plan (P)', facts.note.plan],
    ['Diagnoses (ICD-10)', diagnosesText(facts.diagnoses)],
    ['Vital signs', vitalsText(facts.vitals)],
    ['Current medications', medicationLines(facts.prescriptions).join('; ')],
    ['Allergies', allergiesText(facts.allergies)],
  ];
  return lines
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => `${label}: ${text.trim()}`)
    .join('\n');
}
