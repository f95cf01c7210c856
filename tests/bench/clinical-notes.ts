import { SAMPLE_PATIENTS } from '../../src/main/ai/privacy/sample-patients';
import type { Prng } from '../support/http-fuzz-inputs';
import { PatientGenerator } from './patient-generator';

const RELATIONS = ['Neighbour', 'Daughter', 'Son', 'Her sister', 'Husband’s friend', 'Employer', 'Mother-in-law'];
const UNWELL = ['also unwell', 'has the same fever', 'was seen last week', 'is on dialysis', 'will fetch her'];
const DRUGS = ['paracetamol 1 g tds', 'amoxicillin 500 mg tds x 5/7', 'metformin 500 mg bd', 'amlodipine 5 mg od', 'salbutamol MDI 2 puffs prn', 'omeprazole 20 mg od', 'cetirizine 10 mg on'];
const CLINICS = ['Klinik Kesihatan Ampang', 'Hospital Kuala Lumpur', 'KPJ Damansara', 'Poliklinik Setia', 'Pantai Hospital Cheras'];

/**
 * How often each kind of line comes. `notes`: consultation notes as doctors write them, where one
 * line in five names the patient or someone else. `identifier-dense`: every kind of line as often
 * as any other, so half of them name someone, with ICs, phones and addresses: the chain's worst
 * case, and the privacy tests' text.
 */
export type NotesMix = 'notes' | 'identifier-dense';

/** Weights of the line kinds below, in their order: the patient's identity lines, the patient by name, other people, clinical lines. */
const WEIGHTS: Record<NotesMix, readonly number[]> = {
  notes: [0.5, 0.5, 2, 1, 1, 4, 4, 4, 4, 4],
  'identifier-dense': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
};

/**
 * Consultation notes as the redaction chain meets them: the patient's own identifiers written
 * in several forms, other people's names, ICs, phones and addresses (Malay, Chinese, Indian,
 * from the patient generator, so no two are alike), and clinical lines with varying figures.
 */
export function clinicalNotes(bytes: number, rng: Prng, mix: NotesMix = 'identifier-dense'): { text: string; patient: (typeof SAMPLE_PATIENTS)[number] } {
  const patient = SAMPLE_PATIENTS[0];
  const others = new PatientGenerator(Math.floor(rng.next() * 2 ** 31));
  const figure = (from: number, to: number, places = 0) => (from + rng.next() * (to - from)).toFixed(places);
  const lines: (() => string)[] = [
    () => `${patient.fullName} (IC ${patient.identityNo}, ${patient.mrn}) came with her husband ${patient.emergencyContact?.name ?? ''}, tel ${patient.emergencyContact?.phone ?? ''}.`,
    () => `Phone ${patient.phones[0]}, email ${patient.email ?? ''}. Address ${patient.address ?? ''}. Works at ${patient.employer ?? ''}.`,
    () => `Siti reports cough for ${figure(1, 14)} days. Puan Nurhaliza bt Abdullah, DOB 12/03/1985, card no. 850312145678.`,
    () => {
      const other = others.next();
      return `${rng.pick(RELATIONS)} ${other.fullName} (IC ${other.identityNo}), ${other.phone}, ${rng.pick(UNWELL)}.`;
    },
    () => {
      const other = others.next();
      return `Referred by Dr ${other.fullName.split(' ')[0]} of ${rng.pick(CLINICS)}. Contact ${other.fullName}, ${other.address}${other.email ? `, ${other.email}` : ''}.`;
    },
    () => `Fever ${figure(37.5, 40, 1)} C for ${figure(1, 7)} days with cough and sore throat. BP ${figure(95, 170)}/${figure(55, 105)}, HR ${figure(60, 130)}, SpO2 ${figure(90, 100)} %. Throat injected, no exudate. Chest clear.`,
    () => `Plan: ${rng.pick(DRUGS)}, fluids, review if worse. MC ${figure(1, 3)} days.`,
    () => `Dengue NS1 negative. FBC: WBC ${figure(2, 15, 1)}, Hb ${figure(8, 16, 1)}, Plt ${figure(40, 400)}. Advised to return if bleeding gums, abdominal pain or vomiting.`,
    () => `Known DM and HPT on ${rng.pick(DRUGS)} and ${rng.pick(DRUGS)}. HbA1c ${figure(5.5, 12, 1)} %, FBS ${figure(4, 15, 1)} mmol/L. Feet: no ulcer, pulses palpable.`,
    () => `Pesakit datang dengan demam ${figure(1, 5)} hari, batuk dan selsema. Tiada sesak nafas. Makan dan minum baik.`,
  ];
  const weights = WEIGHTS[mix];
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const pickLine = () => {
    let at = rng.next() * total;
    const index = weights.findIndex((weight) => (at -= weight) < 0);
    return lines[index === -1 ? lines.length - 1 : index];
  };
  let text = '';
  while (text.length < bytes) text += `${pickLine()()}\n`;
  return { text, patient };
}
