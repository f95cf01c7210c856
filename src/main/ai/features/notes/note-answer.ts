import { z } from 'zod';
import { ICD10_HINTS_MAX, type Icd10Hint, type StructuredNote } from '../../../../shared/schemas/ai-notes';
import { SOAP_SECTIONS, type SoapNote } from '../../../../shared/schemas/consultation';
import { isTypedText } from '../../../../shared/schemas/typed-text';
import { withoutIdentifiers } from '../../privacy/identifiers-aside';
import { icd10Hints, type DiagnosisList } from './icd10-hints';
import { HEADING } from './shorthand';

const sectionText = z.string().max(10_000).default('');

/** The model's answer: the four sections as JSON strings, and ICD-10-CM codes with the words of the assessment they stand for. */
export const noteAnswerSchema = z.object({
  subjective: sectionText,
  objective: sectionText,
  assessment: sectionText,
  plan: sectionText,
  icd10: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^[A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?$/),
        words: z.array(z.string().max(200)).max(10).default([]),
      }),
    )
    .max(10)
    .default([]),
});

/**
 * The share of the doctor's words an answer must keep. A model that leaves most of the note out
 * is worse than the local split, which keeps every word: below this, the answer is refused.
 */
export const KEPT_WORDS_MIN = 0.6;

/** A text's words and numbers in lower case, a reading such as 38.5 or 130/80 as one: what a model's answer is checked against its source by. */
export function wordsIn(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[./][\p{N}]+)*/gu) ?? [];
}

/** A text's words and numbers, headings' labels ("Imp:", "Plan:") and identifiers aside: the model is asked to drop labels. */
function wordsOf(text: string): Set<string> {
  return new Set(wordsIn(withoutIdentifiers(text).replace(HEADING, ' ')));
}

/** The share of the source's words that the note still has (1 for a source with none). */
export function keptShare(source: string, note: SoapNote): number {
  const wanted = wordsOf(source);
  if (wanted.size === 0) return 1;
  const written = wordsOf(SOAP_SECTIONS.map((section) => note[section]).join(' '));
  let kept = 0;
  for (const word of wanted) if (written.has(word)) kept += 1;
  return kept / wanted.size;
}

/** Numbers in the note that the source never had: a reading, a dose or a duration the model made up (identifiers aside). */
export function madeUpNumbers(source: string, note: SoapNote): string[] {
  return numbersNotIn(source, SOAP_SECTIONS.map((section) => note[section]).join(' '));
}

/** The numbers of `text` that `source` does not have, each once, identifiers set aside on both sides. */
export function numbersNotIn(source: string, text: string): string[] {
  const numbers = (of: string) => withoutIdentifiers(of).match(/\d+(?:\.\d+)?/g) ?? [];
  const had = new Set(numbers(source));
  return [...new Set(numbers(text))].filter((number) => !had.has(number));
}

/** A note's sections are one-line text: a model's line breaks become sentence breaks. */
export function oneLine(text: string): string {
  return text
    .trim()
    .replace(/\t/g, ' ')
    .replace(/([.!?;:,])?\s*\r?\n+\s*/g, (_all, mark?: string) => (mark ? `${mark} ` : '. '));
}

/**
 * The model's answer read against the doctor's text: refused (null) when it does not fit the
 * schema, keeps less than KEPT_WORDS_MIN of the doctor's words, or brings a number the text did
 * not have. Codes not in the bundled list are dropped; the rest keep only the words that are
 * really in the assessment, and the list's own hints for the assessment fill up to five.
 */
export function readNoteAnswer(answer: unknown, source: string, list: DiagnosisList): StructuredNote | null {
  const parsed = noteAnswerSchema.safeParse(answer);
  if (!parsed.success) return null;
  const note: SoapNote = { subjective: '', objective: '', assessment: '', plan: '' };
  for (const section of SOAP_SECTIONS) note[section] = oneLine(parsed.data[section]);
  if (SOAP_SECTIONS.some((section) => !isTypedText(note[section]))) return null;
  if (keptShare(source, note) < KEPT_WORDS_MIN || madeUpNumbers(source, note).length > 0) return null;
  const assessment = note.assessment.toLowerCase();
  const hints: Icd10Hint[] = [];
  for (const { code, words } of parsed.data.icd10) {
    const entry = list.find(code);
    if (!entry || hints.some((hint) => hint.code === entry.code)) continue;
    hints.push({ code: entry.code, description: entry.description, matched: words.filter((word) => word.trim() !== '' && assessment.includes(word.trim().toLowerCase())) });
  }
  for (const hint of icd10Hints(note.assessment, list)) if (!hints.some((kept) => kept.code === hint.code)) hints.push(hint);
  return { note, hints: hints.slice(0, ICD10_HINTS_MAX) };
}
