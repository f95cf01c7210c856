import type { Align } from '../layout';
import type { TextBox } from '../pdf-text';
import type { Weight } from '../pdf-fonts';
import type { PageBlock, TableBlock } from './page-layout';
import type { Piece } from './paginate';
import { drawBox, linesWithin, pageText, someLines } from './text-box';

/** Space inside a cell, in points. */
const PAD_X = 3;
const PAD_Y = 2.5;
const HEADER_SHADE = '#e6e6e6';
const RULE_COLOR = '#8c8c8c';
/** The label column of a list of fields: a third of the width, but never wider than it needs for "Nama / Name"-length labels. */
const LABEL_SHARE = 0.34;

interface Column {
  x: number;
  width: number;
  align: Align;
}

interface RowStyle {
  size: number;
  weights: readonly Weight[];
  shaded: boolean;
  ruled: boolean;
}

/**
 * A table as pieces: its header row (kept with the first row), then one piece per row, each
 * carrying the header to repeat at the top of every page the table continues on. A row is never
 * cut, unless it alone is taller than a page; then it is cut between lines.
 */
export function tablePieces(table: TableBlock, width: number, size: number, gapBefore: number): Piece[] {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  let x = 0;
  const columns = table.columns.map((column) => {
    const placed = { x, width: (column.width / total) * width, align: column.align ?? 'left' };
    x += placed.width;
    return placed;
  });
  const header = rowPiece(
    table.columns.map((column) => column.title),
    columns,
    { size, weights: columns.map(() => 'bold'), shaded: true, ruled: true },
    width,
  );
  const body = { size, weights: columns.map(() => 'regular' as const), shaded: false, ruled: true };
  return [
    { ...header, gapBefore, keepWithNext: true },
    ...table.rows.map((cells) => withRepeat(rowPiece(cells, columns, body, width), header)),
  ];
}

/** Label and value pairs as a two-column table without a header or lines; each pair stays on one page. */
export function fieldPieces(block: Extract<PageBlock, { kind: 'fields' }>, width: number, size: number, gapBefore: number): Piece[] {
  const label = width * LABEL_SHARE;
  const columns: Column[] = [
    { x: 0, width: label, align: 'left' },
    { x: label, width: width - label, align: 'left' },
  ];
  const style: RowStyle = { size, weights: ['regular', 'bold'], shaded: false, ruled: false };
  return block.fields.map((field, index) => ({ ...rowPiece([field.label, field.value], columns, style, width), gapBefore: index === 0 ? gapBefore : 0 }));
}

function rowPiece(cells: readonly string[], columns: readonly Column[], style: RowStyle, width: number): Piece {
  const boxes = cells.map((cell, index) => pageText(cell, style.size, columns[index].width - 2 * PAD_X, { weight: style.weights[index], align: columns[index].align }));
  return row(boxes, columns, style, width);
}

function row(boxes: readonly TextBox[], columns: readonly Column[], style: RowStyle, width: number): Piece {
  const height = Math.max(...boxes.map((box) => box.height)) + 2 * PAD_Y;
  return {
    height,
    gapBefore: 0,
    draw: (doc, x, y) => {
      if (style.shaded) doc.rect(x, y, width, height).fill(HEADER_SHADE);
      if (style.shaded && style.ruled) rule(doc, x, y, width);
      boxes.forEach((box, index) => drawBox(doc, box, x + columns[index].x + PAD_X, y + PAD_Y, columns[index].width - 2 * PAD_X));
      if (style.ruled) rule(doc, x, y + height, width);
    },
    split: (available) => {
      const counts = boxes.map((box) => linesWithin(box, available - 2 * PAD_Y));
      if (counts.every((count) => count === 0)) return null;
      return [row(boxes.map((box, index) => someLines(box, 0, counts[index])), columns, style, width), row(boxes.map((box, index) => someLines(box, counts[index])), columns, style, width)];
    },
  };
}

/** The row, and each part a page break cuts it into, repeats the header on the page it starts. */
function withRepeat(piece: Piece, header: Piece): Piece {
  const split = piece.split;
  return {
    ...piece,
    repeat: header,
    split:
      split &&
      ((height) => {
        const parts = split(height);
        return parts && [withRepeat(parts[0], header), withRepeat(parts[1], header)];
      }),
  };
}

function rule(doc: PDFKit.PDFDocument, x: number, y: number, width: number): void {
  doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).stroke(RULE_COLOR);
}
