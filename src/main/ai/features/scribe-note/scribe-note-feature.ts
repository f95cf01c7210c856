import type { ScribeNoteDraft, ScribeTranscriptLine } from '../../../../shared/schemas/scribe';
import type { DraftFeature } from '../../../modules/ai/ai-drafts';
import type { DiagnosisList } from '../notes/icd10-hints';
import { readScribeNoteAnswer } from './scribe-note-answer';
import { SCRIBE_NOTE_SYSTEM_PROMPT, scribeNotePrompt } from './scribe-note-prompt';
import { draftFromTranscript } from './transcript-soap';

/** What the scribe's note draft works on: the recording's transcript, whose it is (for redaction), and the bundled ICD-10-CM list. */
export interface ScribeNoteInput {
  lines: readonly ScribeTranscriptLine[];
  patientId: string;
  list: DiagnosisList;
}

/**
 * The scribe's SOAP draft from a transcript, every sentence citing its lines. The local engine
 * places what was said with the note structurer's cues; a model may write it as a note, and each
 * of its sentences is read against the lines it cites. It runs on the notes task's model: the
 * scribe task's is the transcription model.
 */
export const scribeNoteDrafting: DraftFeature<ScribeNoteInput, ScribeNoteDraft> = {
  name: 'scribe-note',
  task: 'notes',
  clinical: true,
  local: ({ lines, list }) => draftFromTranscript(lines, list),
  ask: ({ lines, patientId }) => (lines.every((line) => line.text.trim() === '') ? null : { patientIds: [patientId], system: SCRIBE_NOTE_SYSTEM_PROMPT, user: scribeNotePrompt(lines), maxTokens: 4000 }),
  read: (answer, { lines, list }, local) => readScribeNoteAnswer(answer, lines, local, list),
};
