import { z } from 'zod';
import { higherUrgency, TRIAGE_SERVICES, TRIAGE_SIGNS, TRIAGE_URGENCIES, type TriageAssessment, type TriageFinding } from '../../../../shared/schemas/ai-triage';
import type { TriageFacts } from './triage-engine';

/** What the model is asked to answer with. */
export const triageAnswerSchema = z.object({
  urgency: z.enum(TRIAGE_URGENCIES),
  reason: z.string().trim().max(400).optional(),
  service: z.enum(TRIAGE_SERVICES).optional(),
  durationMinutes: z.number().int().min(5).max(120).optional(),
  redFlags: z
    .array(z.object({ sign: z.enum(TRIAGE_SIGNS).catch('other'), words: z.string().trim().min(1).max(200) }))
    .max(10)
    .optional(),
});

const SYSTEM = [
  'You triage the chief complaint of a patient checking in at an outpatient GP clinic in Malaysia.',
  'Complaints are written by the receptionist in English, Malay or a mix of both, often with typos and short forms.',
  'Answer with one JSON object only:',
  '{"urgency": "low" | "medium" | "high", "reason": "one short sentence", "service": one of ' + TRIAGE_SERVICES.map((s) => `"${s}"`).join(', ') + ', "durationMinutes": number,',
  ' "redFlags": [{"sign": one of ' + TRIAGE_SIGNS.map((s) => `"${s}"`).join(', ') + ', "words": "the complaint\'s own words, copied exactly"}]}',
  'high: a red flag (chest pain, breathlessness, stroke signs, severe bleeding, anaphylaxis, seizure, unconsciousness, suicidal thoughts, poisoning, fever in an infant, bleeding or danger signs in pregnancy).',
  'medium: should be seen soon (fever, vomiting, injury, pain). low: routine.',
  'Do not diagnose. A negated symptom ("no chest pain", "tiada sakit dada") is not a red flag.',
].join('\n');

function ageText(months: number | null): string {
  if (months === null) return 'unknown';
  return months < 24 ? `${months} months` : `${Math.floor(months / 12)} years`;
}

/** The question for the model: the complaint, age and sex (never the date of birth), and what the clinic's rules already found. */
export function triagePrompt(facts: TriageFacts, local: TriageAssessment): { system: string; user: string } {
  const found = local.findings.map((finding) => `${finding.level} ${finding.sign}: "${finding.words}"`).join('; ') || 'nothing';
  const user = [
    `Complaint: ${facts.complaint}`,
    `Age: ${ageText(facts.ageMonths)}; sex: ${facts.sex ?? 'unknown'}; pregnant: ${facts.pregnant === true ? 'yes' : 'not said'}`,
    `The clinic's rules found ${found} (urgency ${local.urgency}); they cannot be lowered.`,
  ].join('\n');
  return { system: SYSTEM, user };
}

/**
 * The model's answer joined to the local verdict. The model may raise the urgency and add red
 * flags it can quote from the complaint, but never lower the urgency: a red flag the rules found
 * stays high, and its emergency service with it. Null when the answer does not fit.
 */
export function readTriageAnswer(answer: unknown, facts: TriageFacts, local: TriageAssessment): TriageAssessment | null {
  const parsed = triageAnswerSchema.safeParse(answer);
  if (!parsed.success) return null;
  const model = parsed.data;
  const urgency = higherUrgency(local.urgency, model.urgency);
  const complaint = facts.complaint.toLowerCase();
  const quoted = (model.urgency === 'high' ? (model.redFlags ?? []) : []).filter((flag) => complaint.includes(flag.words.toLowerCase()));
  const added: TriageFinding[] = quoted
    .filter((flag) => !local.findings.some((finding) => finding.level === 'red-flag' && finding.sign === flag.sign))
    .map((flag) => ({ sign: flag.sign, level: 'red-flag', words: flag.words, by: 'model' }));
  const localRed = local.findings.filter((finding) => finding.level === 'red-flag');
  const concerns = local.findings.filter((finding) => finding.level === 'concern');
  const service = localRed.length > 0 ? local.service : (model.service ?? local.service);
  return {
    urgency,
    findings: [...localRed, ...added, ...concerns],
    service,
    durationMinutes: model.durationMinutes ?? local.durationMinutes,
    note: model.reason || null,
  };
}
