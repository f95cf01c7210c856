import type { ScribeTranscriptLine } from '../../../../shared/schemas/scribe';

/** What the model is told: note sentences from what was said, each citing its lines; the reader refuses a sentence its lines do not bear out. */
export const SCRIBE_NOTE_SYSTEM_PROMPT = [
  "You draft a SOAP note from the transcript of a Malaysian general practitioner's consultation (English, Malay or both). Each transcript line starts with its number, as \"L3:\".",
  'Write short note sentences from what was said, each in exactly one section: subjective (complaints, durations, history, what the patient reports), objective (vital signs, examination findings, test results), assessment (diagnoses), plan (medicines, doses, advice, follow-up, referral, MC).',
  'Give every sentence the numbers of the lines it comes from. Leave out greetings and small talk. Use the words said; add no finding, dose, number or diagnosis that is not in the lines you cite.',
  'Answer with JSON only: {"sentences": [{"section": "subjective", "text": "Fever for 3 days", "lines": [2]}]}',
].join('\n');

/** The transcript as numbered lines; the redaction chain takes the patient's identifiers out before it is sent. */
export function scribeNotePrompt(lines: readonly ScribeTranscriptLine[]): string {
  return `Transcript:\n${lines.map((line) => `L${line.no}: ${line.text.replace(/[\r\n]+/g, ' ').trim()}`).join('\n')}`;
}
