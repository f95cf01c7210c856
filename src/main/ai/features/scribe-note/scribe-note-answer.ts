import { z } from 'zod';
import { SOAP_SECTIONS } from '../../../../shared/schemas/consultation';
import type { ScribeNoteDraft, ScribeNoteSentence, ScribeTranscriptLine } from '../../../../shared/schemas/scribe';
import { isTypedText } from '../../../../shared/schemas/typed-text';
import type { DiagnosisList } from '../notes/icd10-hints';
import { numbersNotIn, oneLine, wordsIn } from '../notes/note-answer';
import { spokenNumbers } from './spoken-numbers';
import { scribeNoteOf } from './transcript-soap';

/** The model's answer: note sentences, each with its section and the transcript lines it cites. */
export const scribeNoteAnswerSchema = z.object({
  sentences: z
    .array(
      z.object({
        section: z.enum(SOAP_SECTIONS),
        text: z.string().trim().min(1).max(2_000),
        lines: z.array(z.number().int()).min(1).max(50),
      }),
    )
    .max(500),
});

/**
 * The share of a sentence's words its cited lines must have (a word counts when a word of the
 * lines starts as it does: "coughing" bears out "cough"). Below it, the sentence says something
 * its lines did not, or cites the wrong lines.
 */
export const GROUNDED_WORDS_MIN = 0.5;

/** The share of the sentence's words that the cited lines have (1 for a sentence of none). */
export function groundedShare(cited: string, sentence: string): number {
  const words = wordsIn(sentence);
  if (words.length === 0) return 1;
  const had = wordsIn(cited);
  const borne = (word: string) => had.some((have) => (word.length >= 4 ? have.startsWith(word.slice(0, 4)) : have === word));
  return words.filter(borne).length / words.length;
}

/**
 * The model's note read against the transcript: refused (null) when it does not fit the schema,
 * a sentence cites a line the transcript does not have, brings a number (in digits or said in
 * words) or words its cited lines do not have, or the answer has no sentence where the local draft found some. Hints come from
 * the bundled list for the assessment, as for a local draft.
 */
export function readScribeNoteAnswer(answer: unknown, lines: readonly ScribeTranscriptLine[], local: ScribeNoteDraft, list: DiagnosisList): ScribeNoteDraft | null {
  const parsed = scribeNoteAnswerSchema.safeParse(answer);
  if (!parsed.success) return null;
  if (parsed.data.sentences.length === 0 && local.sentences.length > 0) return null;
  const said = new Map(lines.map((line) => [line.no, line.text]));
  const sentences: ScribeNoteSentence[] = [];
  for (const sentence of parsed.data.sentences) {
    const cited = [...new Set(sentence.lines)].sort((a, b) => a - b);
    if (cited.some((no) => !said.has(no))) return null;
    const text = oneLine(sentence.text);
    // A number said in words bears out its digits: "thirty eight point five" → "T 38.5".
    const spoken = cited.map((no) => said.get(no) ?? '').join('\n');
    const source = `${spoken}\n${spokenNumbers(spoken).join(' ')}`;
    if (!isTypedText(text) || numbersNotIn(source, text).length > 0 || groundedShare(source, text) < GROUNDED_WORDS_MIN) return null;
    sentences.push({ section: sentence.section, text, lines: cited });
  }
  return scribeNoteOf(sentences, list);
}
