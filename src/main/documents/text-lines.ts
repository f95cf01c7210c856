import type { FontRun } from './font-runs';

/** The width of `text` drawn in fallback font `font`, in points. */
export type Measure = (font: number, text: string) => number;

/** One printed line: its runs (no whitespace at either end once wrapped) and their total width. */
export interface Line {
  runs: FontRun[];
  width: number;
}

interface Grapheme {
  font: number;
  text: string;
}

/** A stretch that is never broken unless it alone is wider than the line: a word and the spaces after it, or one ideograph. */
interface Piece {
  graphemes: Grapheme[];
  /** How many graphemes are the word itself, before its trailing spaces. */
  wordLength: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WHITESPACE = /^\s+$/u;
/** Chinese and Japanese are written without spaces: a line may break before or after any ideograph or kana. */
const IDEOGRAPHIC = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[\u3000-\u303F\uFF00-\uFF60]/u;
/** Punctuation that never starts a line (,.;:!?) and closing brackets; and opening brackets, which never end one. */
const CLOSING = /^[,.;:!?)\]}%、。，．：；！？）］｝」』】〕〉》〗〙〛ー々ゝゞヽヾ]$/u;
const OPENING = /^[([{（［｛「『【〔〈《〖〘〚]$/u;

/**
 * Word-wraps runs to `maxWidth`: at spaces, and between ideographs (not before closing or after
 * opening punctuation). A word wider than the line is cut between graphemes, so a Tamil letter
 * keeps its vowel sign. Whitespace at the end of a wrapped line is not drawn or counted.
 */
export function breakLines(runs: readonly FontRun[], maxWidth: number, measure: Measure): Line[] {
  const lines: Grapheme[][] = [];
  let line: Grapheme[] = [];
  for (const piece of pieces(runs)) {
    if (line.length > 0 && widthOf([...line, ...piece.graphemes.slice(0, piece.wordLength)], measure) > maxWidth) {
      lines.push(line);
      line = [];
    }
    if (line.length > 0) {
      line.push(...piece.graphemes);
      continue;
    }
    let rest = piece.graphemes;
    // A word wider than a whole line is cut where the line is full.
    while (widthOf(trimEnd(rest), measure) > maxWidth) {
      let fit = 1;
      while (fit < rest.length && widthOf(rest.slice(0, fit + 1), measure) <= maxWidth) fit++;
      lines.push(rest.slice(0, fit));
      rest = rest.slice(fit);
    }
    line = [...rest];
  }
  lines.push(line);
  return lines.map((graphemesOfLine) => {
    const lineRuns = joinRuns(trimEnd(graphemesOfLine));
    return { runs: lineRuns, width: lineRuns.reduce((sum, run) => sum + measure(run.font, run.text), 0) };
  });
}

function pieces(runs: readonly FontRun[]): Piece[] {
  const result: Piece[] = [];
  let piece: Piece | undefined;
  let previous = '';
  for (const run of runs) {
    for (const { segment } of graphemes.segment(run.text)) {
      if (!piece || breaksBefore(previous, segment)) {
        piece = { graphemes: [], wordLength: 0 };
        result.push(piece);
      }
      piece.graphemes.push({ font: run.font, text: segment });
      if (!WHITESPACE.test(segment)) piece.wordLength = piece.graphemes.length;
      previous = segment;
    }
  }
  return result;
}

function breaksBefore(previous: string, current: string): boolean {
  if (WHITESPACE.test(current)) return false;
  if (WHITESPACE.test(previous)) return true;
  if (CLOSING.test(current) || OPENING.test(previous)) return false;
  return IDEOGRAPHIC.test(current) || IDEOGRAPHIC.test(previous);
}

function widthOf(line: readonly Grapheme[], measure: Measure): number {
  return joinRuns(line).reduce((sum, run) => sum + measure(run.font, run.text), 0);
}

function joinRuns(line: readonly Grapheme[]): FontRun[] {
  const runs: FontRun[] = [];
  for (const grapheme of line) {
    const last = runs.at(-1);
    if (last && last.font === grapheme.font) last.text += grapheme.text;
    else runs.push({ font: grapheme.font, text: grapheme.text });
  }
  return runs;
}

function trimEnd(line: readonly Grapheme[]): Grapheme[] {
  let end = line.length;
  while (end > 0 && WHITESPACE.test(line[end - 1].text)) end--;
  return line.slice(0, end);
}
