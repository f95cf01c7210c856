import { EMPTY_NOTE, type SoapSection } from '../../../../shared/schemas/consultation';
import type { ScribeNoteDraft, ScribeNoteSentence, ScribeTranscriptLine } from '../../../../shared/schemas/scribe';
import { icd10Hints, type DiagnosisList } from '../notes/icd10-hints';
import { placedPhrases, withSentence } from '../notes/soap-split';
import { isSmallTalk, spokenSection } from './spoken-cues';

/** A line's sentences: a transcript ends questions with "?" too (the note structurer itself cuts at full stops). */
function sentencesOf(text: string): string[] {
  return text
    .replace(/[\r\n]+/g, ' ')
    .split(/(?<=[?!])\s+/u)
    .filter((sentence) => sentence.trim() !== '');
}

/**
 * Where a said phrase goes: where the note structurer puts it, else where a consultation's way of
 * saying things does. A complaint word alone does not keep the doctor's plan or verdict in the
 * history: "I'll give you something for the fever" is plan.
 */
function sectionOf(placed: SoapSection | null, phrase: string): SoapSection | null {
  const spoken = spokenSection(phrase);
  if (placed === 'subjective' && (spoken === 'plan' || spoken === 'assessment')) return spoken;
  return placed ?? spoken;
}

const CONDITION = /^(?:if|unless|kalau|jika|sekiranya)(?![\p{L}])/iu;

/** The note's sections, each its sentences joined in order, and the bundled list's hints for the assessment. */
export function scribeNoteOf(sentences: ScribeNoteSentence[], list: DiagnosisList): ScribeNoteDraft {
  const note = { ...EMPTY_NOTE };
  for (const sentence of sentences) note[sentence.section] = withSentence(note[sentence.section], sentence.text);
  return { note, sentences, hints: icd10Hints(note.assessment, list) };
}

/**
 * The local scribe draft: each transcript line cut into sentences and phrases, each placed in a
 * SOAP section by the note structurer's cues (then by how a consultation says things aloud, then
 * after the phrase before it), and the phrases of a line that stay in one section, joined by their
 * commas, made one sentence citing that line. Greetings and filler are left out; every other word
 * is kept as said, nothing added.
 */
export function draftFromTranscript(lines: readonly ScribeTranscriptLine[], list: DiagnosisList): ScribeNoteDraft {
  const parts = lines.flatMap((line) => sentencesOf(line.text).map((text) => ({ no: line.no, text })));
  const phrases = placedPhrases(parts.map((part) => part.text).join('\n')).filter((phrase) => !isSmallTalk(phrase.text));
  const placed = phrases.map((phrase) => sectionOf(phrase.section, phrase.text));
  // A condition goes where what it conditions goes: "If the fever does not settle, come back" is plan.
  for (let at = phrases.length - 2; at >= 0; at -= 1) {
    const next = phrases[at + 1];
    if (CONDITION.test(phrases[at].text) && next.line === phrases[at].line && next.sep === ',') placed[at] = placed[at + 1] ?? placed[at];
  }
  const sentences: ScribeNoteSentence[] = [];
  let previous: SoapSection = 'subjective';
  let lastPart = -1;
  for (const [at, phrase] of phrases.entries()) {
    const section: SoapSection = placed[at] ?? previous;
    const last = sentences.at(-1);
    if (last && lastPart === phrase.line && last.section === section && phrase.sep === ',') last.text = `${last.text}, ${phrase.text}`;
    else sentences.push({ section, text: phrase.text, lines: [parts[phrase.line].no] });
    previous = section;
    lastPart = phrase.line;
  }
  return scribeNoteOf(sentences, list);
}
