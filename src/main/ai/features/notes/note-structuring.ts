import type { StructuredNote } from '../../../../shared/schemas/ai-notes';
import type { DraftFeature } from '../../../modules/ai/ai-drafts';
import { icd10Hints, type DiagnosisList } from './icd10-hints';
import { readNoteAnswer } from './note-answer';
import { NOTE_SYSTEM_PROMPT, notePrompt } from './note-prompt';
import { splitIntoSoap } from './soap-split';

/** What the note structurer works on: the doctor's text, whom it is about (for redaction), and the bundled ICD-10-CM list. */
export interface NoteStructuringInput {
  text: string;
  patientId: string;
  list: DiagnosisList;
}

/**
 * Note structuring: the doctor's shorthand or dictation as a SOAP draft with ICD-10 hints. The
 * local split keeps every word where its cues put it; a model may place them better, and its
 * answer is read against the doctor's text and the bundled list.
 */
export const noteStructuring: DraftFeature<NoteStructuringInput, StructuredNote> = {
  name: 'notes',
  task: 'notes',
  clinical: true,
  local: ({ text, list }) => {
    const note = splitIntoSoap(text);
    return { note, hints: icd10Hints(note.assessment, list) };
  },
  ask: ({ text, patientId }, local) => (text.trim() === '' ? null : { patientIds: [patientId], system: NOTE_SYSTEM_PROMPT, user: notePrompt(text, local.hints), maxTokens: 2000 }),
  read: (answer, { text, list }) => readNoteAnswer(answer, text, list),
};
