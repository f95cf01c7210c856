import { z } from 'zod';
import { idSchema } from './common';
import { sexSchema } from './patients';

/** How soon the patient should be seen. */
export const TRIAGE_URGENCIES = ['low', 'medium', 'high'] as const;
export type TriageUrgency = (typeof TRIAGE_URGENCIES)[number];

/** Who the patient should see: a GP, a doctor at once with an emergency referral in mind, antenatal care… */
export const TRIAGE_SERVICES = ['gp', 'emergency', 'antenatal', 'paediatric', 'mental-health', 'wound-care', 'medical-exam'] as const;
export type TriageService = (typeof TRIAGE_SERVICES)[number];

/**
 * What the triage recognised in the complaint. The red flags come first; `other` is only for a
 * sign a model named that the rules do not know.
 */
export const TRIAGE_SIGNS = [
  'chest-pain',
  'breathlessness',
  'stroke',
  'severe-bleeding',
  'anaphylaxis',
  'seizure',
  'unconscious',
  'suicidal',
  'poisoning',
  'infant-fever',
  'pregnancy-bleeding',
  'pregnancy-danger',
  'high-fever',
  'stroke-sign',
  'fever',
  'vomiting',
  'diarrhoea',
  'abdominal-pain',
  'bleeding',
  'swelling',
  'head-injury',
  'injury',
  'headache',
  'dizziness',
  'wheeze',
  'low-mood',
  'pregnancy',
  'other',
] as const;
export type TriageSign = (typeof TRIAGE_SIGNS)[number];

/** A red flag makes the urgency high; a concern makes it medium. */
export const TRIAGE_LEVELS = ['red-flag', 'concern'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export interface TriageFinding {
  sign: TriageSign;
  level: TriageLevel;
  /** The complaint's own words that showed it, as typed. */
  words: string;
  /** The clinic's rules found it, or the model added it. */
  by: 'rules' | 'model';
}

/** The triage draft: urgency with its reasons, whom to see, and how long the consultation may take. */
export interface TriageAssessment {
  urgency: TriageUrgency;
  /** Red flags first, then concerns; empty for an everyday complaint. */
  findings: TriageFinding[];
  service: TriageService;
  durationMinutes: number;
  /** The model's own sentence on why, when it answered. */
  note: string | null;
}

export const TRIAGE_COMPLAINT_MAX = 1000;

export const triageInputSchema = z.object({
  complaint: z.string().trim().min(1).max(TRIAGE_COMPLAINT_MAX),
  /** Age and sex are read from the record when a patient is given. */
  patientId: idSchema.optional(),
  /** Said at the desk (the record does not hold it). */
  pregnant: z.boolean().optional(),
  /** For a patient not registered yet; the record's wins. */
  ageMonths: z.number().int().min(0).max(1800).optional(),
  sex: sexSchema.optional(),
  /** The local rules only (as the receptionist types), or ask the model too (once, when asked). */
  askModel: z.boolean().default(false),
});
export type TriageInput = z.input<typeof triageInputSchema>;

/** The order of urgency: a model may raise it, never lower it. */
export function higherUrgency(a: TriageUrgency, b: TriageUrgency): TriageUrgency {
  return TRIAGE_URGENCIES.indexOf(a) >= TRIAGE_URGENCIES.indexOf(b) ? a : b;
}
