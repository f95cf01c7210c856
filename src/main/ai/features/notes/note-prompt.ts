import type { Icd10Hint } from '../../../../shared/schemas/ai-notes';

/** What the model is told: place, don't write. The reader refuses an answer that drops the doctor's words or brings new numbers. */
export const NOTE_SYSTEM_PROMPT = [
  "You sort a Malaysian general practitioner's consultation shorthand or dictation into a SOAP note.",
  'Put every part of the text into exactly one of: subjective (complaints, durations, history), objective (vital signs, examination findings, test results), assessment (diagnoses), plan (medicines, doses, advice, follow-up, referral, MC).',
  "Keep the doctor's own words, abbreviations and numbers (English or Malay); leave out only headings such as \"S:\" or \"Plan:\". Do not expand an abbreviation you are not sure of, and add no finding, dose, number or diagnosis that is not in the text.",
  'Give ICD-10-CM codes only for diagnoses written in the assessment, each with the words of the assessment it stands for; prefer the candidate codes given.',
  'Answer with JSON only: {"subjective": "", "objective": "", "assessment": "", "plan": "", "icd10": [{"code": "J06.9", "words": ["URTI"]}]}',
].join('\n');

/** The doctor's text, and the clinic list's candidate codes for the local split's assessment. */
export function notePrompt(text: string, candidates: readonly Icd10Hint[]): string {
  const codes = candidates.length > 0 ? candidates.map((hint) => `${hint.code} ${hint.description}`).join('\n') : '(none found)';
  return `Consultation text:\n${text.trim()}\n\nCandidate ICD-10-CM codes from the clinic's list:\n${codes}`;
}
