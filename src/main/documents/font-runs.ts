/** What run splitting needs to know of a font (fontkit's Font has it). */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** A stretch of text drawn in one font: `font` indexes the fallback list. */
export interface FontRun {
  font: number;
  text: string;
}

/** Drawn for a character no font has, in the first font: visible on paper, and never a crash. */
export const REPLACEMENT = '?';

/**
 * Invisible format characters (zero-width joiners and spaces, variation selectors, soft hyphen,
 * BOM). A font without a glyph for one would draw its empty box, so they are dropped unless the
 * chosen font has them (Noto Sans Tamil has the joiners Tamil spelling uses); they never decide the font.
 */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const WHITESPACE = /^\s$/u;

/** User-perceived characters: a Tamil consonant with its vowel sign, an emoji with its modifiers. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits a paragraph into runs by font. Each character (grapheme cluster, so a base letter and
 * its marks share a font) goes to the first font in `fallback` that has all of its code points;
 * fonts are asked for lazily, so a later font is only opened when an earlier one lacks a character.
 * Whitespace stays in the current run's font when it can, so a line of Tamil words is one run
 * (one shaping pass, one ActualText span). A character no font has becomes "?" in font 0.
 */
export function fontRuns(text: string, fallback: readonly (() => GlyphCoverage)[]): FontRun[] {
  const runs: FontRun[] = [];
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    const current = runs.at(-1);
    const placed = place(segment, fallback, current?.font);
    if (!placed) continue;
    if (current && current.font === placed.font) current.text += placed.text;
    else runs.push(placed);
  }
  return runs;
}

function place(grapheme: string, fallback: readonly (() => GlyphCoverage)[], currentFont: number | undefined): FontRun | undefined {
  const chars = [...grapheme];
  const has = (font: number, char: string): boolean => fallback[font]().hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
  const visible = chars.filter((char) => !IGNORABLE.test(char));
  if (visible.length === 0) return undefined;
  const covers = (font: number): boolean => visible.every((char) => has(font, char));
  const keepsRun = currentFont !== undefined && WHITESPACE.test(grapheme) && covers(currentFont);
  const font = keepsRun ? currentFont : fallback.findIndex((_, index) => covers(index));
  if (font === -1) return { font: 0, text: REPLACEMENT };
  return { font, text: chars.filter((char) => !IGNORABLE.test(char) || has(font, char)).join('') };
}
