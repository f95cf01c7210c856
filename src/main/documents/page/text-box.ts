import type { Align } from '../layout';
import { drawText, layoutText, type TextBox } from '../pdf-text';
import type { Weight } from '../pdf-fonts';

/** Extra space below each line of page text, in points. */
const LINE_GAP = 1.5;

/** Text in the bundled fonts (every script, mixed on a line), wrapped to `width`. */
export function pageText(text: string, size: number, width: number, options: { weight?: Weight; align?: Align } = {}): TextBox {
  return layoutText(text, { size, weight: options.weight ?? 'regular', align: options.align ?? 'left', lineGap: LINE_GAP }, width);
}

/** The lines of a box from `from` up to (not including) `to`, as a box of their own. */
export function someLines(box: TextBox, from: number, to = box.lines.length): TextBox {
  const lines = box.lines.slice(from, to);
  return { ...box, lines, height: lines.reduce((sum, line) => sum + line.height, 0) };
}

/** How many of the box's first lines fit in `height`. */
export function linesWithin(box: TextBox, height: number): number {
  let total = 0;
  let count = 0;
  for (const line of box.lines) {
    if (total + line.height > height) break;
    total += line.height;
    count++;
  }
  return count;
}

export function drawBox(doc: PDFKit.PDFDocument, box: TextBox, x: number, y: number, width: number, color = 'black'): void {
  doc.fillColor(color);
  drawText(doc, box, x, y, width);
}
