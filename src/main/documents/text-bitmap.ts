import { blankBitmap, hasInk, type Bitmap } from './bitmap';
import type { Line } from './text-lines';
import { flattenOutline, fillContours, type Point } from './outline-fill';
import { pdfTypefaces, type Typeface, type Weight } from './pdf-fonts';
import { layoutText } from './pdf-text';

/** How a receipt line is printed: the character magnification of its block (1, 2 or 4) and its weight. */
export interface RasterStyle {
  magnify: number;
  bold: boolean;
}

/**
 * A line printed as an image takes the room a printed text line takes: font A's 24-dot cell and
 * the printer's 6 dots of line spacing, times the magnification. The em is 20 dots, so a Latin
 * letter is about as wide as font A's 12 dots and a Chinese character 20; the baseline sits low
 * enough for Tamil's tall vowel signs and high enough for the signs below its letters.
 */
export const RASTER_LINE_DOTS = 30;
const EM_DOTS = 20;
const BASELINE_DOTS = 22;
/** Between a columns line's label and its amount. */
const COLUMN_GAP_DOTS = 12;

/**
 * Text the printer's code page cannot print, drawn in the app's own fonts (the PDF's fallback
 * list: Noto Sans, Noto Sans Tamil, WenQuanYi Micro Hei) and shaped by fontkit, wrapped to
 * `widthDots`: one image per printed line, as wide as its ink reaches (whole bytes, never wider
 * than the paper). A line with nothing to print (no glyph has ink) is null.
 */
export function textBitmaps(text: string, style: RasterStyle, widthDots: number, typefaces: readonly Typeface[] = pdfTypefaces()): (Bitmap | null)[] {
  const weight = weightOf(style);
  const box = layoutText(text, { size: EM_DOTS * style.magnify, weight, align: 'left', lineGap: 0 }, widthDots, typefaces);
  return box.lines.map((line) => {
    const bitmap = blankBitmap(byteWidth(Math.min(Math.ceil(line.width), widthDots)), RASTER_LINE_DOTS * style.magnify);
    drawLine(bitmap, line, 0, bitmap.width, { typefaces, weight, magnify: style.magnify });
    return hasInk(bitmap) ? bitmap : null;
  });
}

/**
 * A label and an amount on one line the paper's width: the amount flush right and whole, the
 * label from the left, its glyphs that would run into the amount left off.
 */
export function columnsBitmap(left: string, right: string, style: RasterStyle, widthDots: number, typefaces: readonly Typeface[] = pdfTypefaces()): Bitmap {
  const weight = weightOf(style);
  const textStyle = { size: EM_DOTS * style.magnify, weight, align: 'left', lineGap: 0 } as const;
  // One line each, however long: a line of its own would be no wider than the paper anyway.
  const [label] = layoutText(left, textStyle, Number.POSITIVE_INFINITY, typefaces).lines;
  const [amount] = layoutText(right, textStyle, Number.POSITIVE_INFINITY, typefaces).lines;
  const bitmap = blankBitmap(widthDots, RASTER_LINE_DOTS * style.magnify);
  const draw = { typefaces, weight, magnify: style.magnify };
  const amountLeft = Math.max(widthDots - amount.width, 0);
  drawLine(bitmap, amount, amountLeft, widthDots, draw);
  drawLine(bitmap, label, 0, Math.max(amountLeft - COLUMN_GAP_DOTS, 0), draw);
  return bitmap;
}

interface DrawContext {
  typefaces: readonly Typeface[];
  weight: Weight;
  magnify: number;
}

/** Draws a laid-out line from `left`; a glyph whose advance would reach past `stopAt` is not drawn, nor any after it. */
function drawLine(bitmap: Bitmap, line: Line, left: number, stopAt: number, { typefaces, weight, magnify }: DrawContext): void {
  const em = EM_DOTS * magnify;
  const baseline = BASELINE_DOTS * magnify;
  let pen = left;
  for (const run of line.runs) {
    const typeface = typefaces[run.font];
    const font = typeface.font(weight);
    const scale = em / font.unitsPerEm;
    // A typeface with no bold cut (the Chinese one) is thickened by drawing it again a dot or two to the right.
    const thicken = weight === 'bold' && font === typeface.font('regular') ? magnify : 0;
    const shaped = font.layout(run.text);
    for (let i = 0; i < shaped.glyphs.length; i++) {
      const position = shaped.positions[i];
      const advance = position.xAdvance * scale;
      if (pen + advance > stopAt + 0.5) return;
      const originX = pen + position.xOffset * scale;
      const originY = baseline - position.yOffset * scale;
      for (let shift = 0; shift <= thicken; shift++) {
        const toDots = (x: number, y: number): Point => ({ x: originX + shift + x * scale, y: originY - y * scale });
        fillContours(bitmap, flattenOutline(shaped.glyphs[i].path.commands, toDots), stopAt);
      }
      pen += advance;
    }
  }
}

function weightOf(style: RasterStyle): Weight {
  return style.bold ? 'bold' : 'regular';
}

/** GS v 0 takes whole bytes across. */
function byteWidth(dots: number): number {
  return Math.ceil(dots / 8) * 8;
}
