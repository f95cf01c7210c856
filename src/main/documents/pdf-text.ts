import type { Font } from 'fontkit';
import { fontRuns } from './font-runs';
import type { Align } from './layout';
import { pdfTypefaces, type Typeface, type Weight } from './pdf-fonts';
import { breakLines, type Line } from './text-lines';

export interface TextStyle {
  size: number;
  weight: Weight;
  align: Align;
  /** Extra space below each line, in points. */
  lineGap: number;
}

/** A line ready to draw: its runs, and how far it reaches above and below its baseline, in points. */
interface PlacedLine extends Line {
  ascent: number;
  descent: number;
  height: number;
}

/** A text block broken into lines for one width: measured once, then drawn. */
export interface TextBox {
  style: TextStyle;
  /** The fallback fonts the runs' font numbers index. */
  typefaces: readonly Typeface[];
  lines: PlacedLine[];
  height: number;
}

/**
 * Lays text out in the fallback fonts (pdf-fonts.ts), wrapped to `width`. Each line is as tall
 * as the tallest font on it needs, and never shorter than Noto Sans's line, so Latin text keeps
 * one even line height and a Tamil line gets room for the marks below its letters.
 */
export function layoutText(text: string, style: TextStyle, width: number, typefaces: readonly Typeface[] = pdfTypefaces()): TextBox {
  const fonts = typefaces.map((typeface) => () => typeface.font(style.weight));
  const measure = (font: number, part: string): number => widthOf(fonts[font](), part, style.size);
  const lines = text
    .replace(/\t/g, ' ')
    .split(/\r\n|\r|\n/)
    .flatMap((paragraph) => breakLines(fontRuns(paragraph, fonts), width, measure))
    .map((line) => place(line, [0, ...line.runs.map((run) => run.font)].map((font) => fonts[font]()), style));
  return { style, typefaces, lines, height: lines.reduce((sum, line) => sum + line.height, 0) };
}

/** Draws a laid-out block with its top-left corner at (x, y), aligned within `width`. */
export function drawText(doc: PDFKit.PDFDocument, box: TextBox, x: number, y: number, width: number): void {
  let top = y;
  for (const line of box.lines) {
    let left = x + (box.style.align === 'center' ? (width - line.width) / 2 : box.style.align === 'right' ? width - line.width : 0);
    const baseline = top + line.ascent;
    for (const run of line.runs) {
      const typeface = box.typefaces[run.font];
      const font = typeface.font(box.style.weight);
      const name = `${typeface.name}-${box.style.weight}`;
      doc.registerFont(name, font).font(name).fontSize(box.style.size);
      const draw = (): void => void doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
      if (drawsInOrder(font, run.text)) draw();
      else withActualText(doc, run.text, box.style.size, draw);
      left += widthOf(font, run.text, box.style.size);
    }
    top += line.height;
  }
}

function place(line: Line, fonts: readonly Font[], style: TextStyle): PlacedLine {
  const scaled = (value: (font: Font) => number): number => Math.max(...fonts.map((font) => (value(font) / font.unitsPerEm) * style.size));
  const ascent = scaled((font) => font.ascent);
  const descent = scaled((font) => -font.descent);
  return { ...line, ascent, descent, height: ascent + descent + scaled((font) => font.lineGap) + style.lineGap };
}

function widthOf(font: Font, text: string, size: number): number {
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/**
 * Shaping reorders Tamil: a vowel sign typed after its consonant is drawn before it, and some are
 * split in two around it. PDF readers (pdftotext, copy and paste, search, screen readers) read
 * glyphs in drawing order, so such a run carries its text as typed in a marked-content span
 * (ActualText).
 *
 * Poppler (pdftotext, Evince) places a span's text with the graphics state in force at its end
 * (EMC), and takes the font size from the last text it was shown. pdfkit draws each text inside
 * q … Q under a flip of its own, so right after it the page's flip is back and no font is set:
 * the span's text landed mirrored near the page's bottom, zero points high, out of reading order.
 * So the span opens and closes under that same flip (the page's own is put back around the
 * drawing inside it; the flip is its own inverse), and an empty string is shown in the run's
 * font and size just before the span ends.
 */
function withActualText(doc: PDFKit.PDFDocument, text: string, size: number, draw: () => void): void {
  const flip = [1, 0, 0, -1, 0, doc.page.height] as const;
  doc.save().transform(...flip).markContent('Span', { actual: text }).transform(...flip);
  draw();
  // pdfkit keeps the current font's resource name (F1, F2 …) on a field its types do not list.
  const fontId = (doc as unknown as { _font: { id: string } })._font.id;
  doc.transform(...flip).addContent(`BT /${fontId} ${size} Tf <> Tj ET`).endMarkedContent().restore();
}

/** Whether the shaped glyphs stand for the text's characters in the text's own order. */
function drawsInOrder(font: Font, text: string): boolean {
  const drawn = font.layout(text).glyphs.flatMap((glyph) => glyph.codePoints);
  const typed = [...text].map((char) => char.codePointAt(0));
  return drawn.length === typed.length && drawn.every((codePoint, index) => codePoint === typed[index]);
}
