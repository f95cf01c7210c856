import { EMPTY_NOTE, SOAP_SECTIONS, type SoapNote, type SoapSection } from '../../../../shared/schemas/consultation';
import { ADVICE, COMPLAINTS, DIAGNOSES, FINDINGS, HEADING, headingSection, HISTORY_SENTENCE, MEDICINES, READINGS, START_CUES } from './shorthand';

/** One phrase of the note placed in a section; `sep` is the punctuation before it on the same line. */
interface Piece {
  section: SoapSection | null;
  text: string;
  sep: string | null;
}

/** A phrase of the text as placed (section null: nothing in it says, it follows the phrase before), with the text's line it is on, from 0. */
export interface PlacedPhrase extends Piece {
  line: number;
}

/**
 * Where a phrase belongs, by what it says, or null when nothing in it says (it then follows the
 * phrase before it). A cue at its start decides first; then readings, medicines, findings, advice,
 * diagnoses and complaints, in that order (a dose beats the complaint it treats: "PCM 1g for fever").
 */
export function placePhrase(phrase: string): SoapSection | null {
  const text = phrase.trim();
  for (const [cue, section] of START_CUES) if (cue.test(text)) return section;
  const any = (patterns: readonly RegExp[]) => patterns.some((pattern) => pattern.test(text));
  if (any(READINGS)) return 'objective';
  if (any(MEDICINES)) return 'plan';
  if (FINDINGS.test(text)) return 'objective';
  if (ADVICE.test(text)) return 'plan';
  if (any(DIAGNOSES)) return 'assessment';
  if (any(COMPLAINTS)) return 'subjective';
  return null;
}

/** `text` cut at `separator`s, each part with the separator before it (trimmed); empty parts dropped. */
function cut(text: string, separator: RegExp, firstSep: string | null): { text: string; sep: string | null }[] {
  const parts: { text: string; sep: string | null }[] = [];
  let sep = firstSep;
  let from = 0;
  for (const match of text.matchAll(separator)) {
    parts.push({ text: text.slice(from, match.index), sep });
    sep = match[0].trim();
    from = match.index + match[0].length;
  }
  parts.push({ text: text.slice(from), sep });
  return parts.map((part) => ({ text: part.text.trim().replace(/[\s.,;:]+$/u, ''), sep: part.sep })).filter((part) => part.text.length > 0);
}

const SENTENCE_END = /\.\s+|;\s*/g;

/** Text with no heading over it: each sentence placed whole after a history cue, otherwise phrase by phrase. */
function unheaded(text: string, firstSep: string | null): Piece[] {
  return cut(text, SENTENCE_END, firstSep).flatMap((sentence) =>
    HISTORY_SENTENCE.test(sentence.text)
      ? [{ section: 'subjective' as const, ...sentence }]
      : cut(sentence.text, /,\s+/g, sentence.sep).map((clause) => ({ section: placePhrase(clause.text), ...clause })),
  );
}

/** One line of the note: its headings, what each governs, and the phrases between. */
function lineOf(line: string, block: { section: SoapSection | null }): Piece[] {
  const headings = [...line.matchAll(HEADING)];
  const pieces: Piece[] = [];
  const before = line.slice(0, headings[0]?.index ?? line.length);
  if (block.section) pieces.push(...cut(before, /(?!)/g, null).map((part) => ({ section: block.section, ...part })));
  else pieces.push(...unheaded(before, null));
  headings.forEach((heading, i) => {
    const section = headingSection(heading[1]);
    const body = line.slice(heading.index + heading[0].length, headings[i + 1]?.index ?? line.length);
    if (body.trim().replace(/[.,;:\s]/gu, '') === '' && i === headings.length - 1) {
      // A heading alone at the end of its line heads the lines below it, until the next heading.
      block.section = section;
      return;
    }
    block.section = null;
    // A heading with text after it on its line governs that sentence; what follows is placed by what it says.
    const [first, ...rest] = cut(body, SENTENCE_END, null);
    if (first) pieces.push({ section, text: first.text, sep: null });
    for (const sentence of rest) pieces.push(...unheaded(sentence.text, sentence.sep));
  });
  return pieces;
}

/**
 * The text's phrases in order, each placed by the heading over it or by what it says, as the
 * note structurer places them (also for the scribe's transcript, line by line).
 */
export function placedPhrases(text: string): PlacedPhrase[] {
  const block: { section: SoapSection | null } = { section: null };
  const pieces: PlacedPhrase[] = [];
  text.split(/\r?\n/).forEach((line, at) => {
    const linePieces = lineOf(line, block);
    // A new line is a new sentence in the note's one-line sections.
    if (linePieces[0]) linePieces[0] = { ...linePieces[0], sep: null };
    pieces.push(...linePieces.map((piece) => ({ ...piece, line: at })));
  });
  return pieces;
}

/** A section's text with one more sentence: a full stop between them unless the first ends with one. */
export function withSentence(sofar: string, sentence: string): string {
  if (sofar === '') return sentence;
  return `${sofar}${/[.!?]$/.test(sofar) ? '' : '.'} ${sentence}`;
}

/**
 * The local note structurer: the doctor's shorthand or dictation split into the four SOAP
 * sections by headings ("S:", "O/E:", "Imp:", "Plan:"…) and by what each phrase says (readings to
 * objective, doses and advice to plan, complaints and durations to subjective, diagnoses to
 * assessment). Every word of the text lands in one section, in its order and as written: nothing
 * is expanded, reworded or added. A heading with a colon is a label and is taken off.
 */
export function splitIntoSoap(text: string): SoapNote {
  const pieces = placedPhrases(text);
  const note: SoapNote = { ...EMPTY_NOTE };
  const lastAt = new Map<SoapSection, number>();
  let previous: SoapSection = 'subjective';
  pieces.forEach((piece, i) => {
    const section = piece.section ?? previous;
    const sofar = note[section];
    if (sofar === '') note[section] = piece.text;
    else if (lastAt.get(section) === i - 1 && piece.sep) note[section] = `${sofar}${piece.sep} ${piece.text}`;
    else note[section] = withSentence(sofar, piece.text);
    lastAt.set(section, i);
    previous = section;
  });
  return note;
}

/** Whether the split found anything at all to place. */
export function isEmptyNote(note: SoapNote): boolean {
  return SOAP_SECTIONS.every((section) => note[section].trim() === '');
}
