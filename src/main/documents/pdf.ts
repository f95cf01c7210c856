import type { DocumentLayout, LayoutBlock, TextSize } from './layout';
import { drawQr, PT_PER_MM, startPdf } from './pdf-drawing';
import { drawText, layoutText, type TextBox } from './pdf-text';

const MARGIN = 4 * PT_PER_MM;
const FONT_SIZE: Record<TextSize, number> = { normal: 10, large: 16, huge: 48 };
const LINE_GAP = 2;
const QR_SIDE = 32 * PT_PER_MM;
const SPACE = 8;
const RULE = 8;

export interface PdfOptions {
  /** The paper roll's width: the PDF is a strip as long as the content, like a receipt. */
  widthMm: number;
}

/** A block with its text already broken into lines, so it is measured once and drawn as measured. */
type MeasuredBlock =
  | { block: Exclude<LayoutBlock, { kind: 'text' | 'columns' }>; height: number }
  | { block: Extract<LayoutBlock, { kind: 'text' }>; height: number; text: TextBox }
  | { block: Extract<LayoutBlock, { kind: 'columns' }>; height: number; left: TextBox; right: TextBox; rightWidth: number };

/** The share of the width a columns block gives its amount. */
const RIGHT_COLUMN = 0.35;

/**
 * Renders a layout to a PDF for the system printer. Text is set in the fonts shipped in
 * assets/fonts (pdf-fonts.ts): Latin with Malay's letters, Tamil and Chinese, mixed on one line
 * if need be, each font embedded as a subset of the glyphs used.
 */
export async function renderPdf(layout: DocumentLayout, options: PdfOptions): Promise<Buffer> {
  const width = options.widthMm * PT_PER_MM;
  const textWidth = width - 2 * MARGIN;
  const measured = layout.blocks.map((block) => measure(block, textWidth));
  const height = 2 * MARGIN + measured.reduce((sum, item) => sum + item.height, 0);
  const { doc, finish } = startPdf(layout.title);
  doc.addPage({ size: [width, height], margin: MARGIN });
  let y = MARGIN;
  for (const item of measured) {
    draw(doc, item, MARGIN, y, textWidth);
    y += item.height;
  }
  return finish();
}

function measure(block: LayoutBlock, width: number): MeasuredBlock {
  switch (block.kind) {
    case 'text': {
      const style = { size: FONT_SIZE[block.size ?? 'normal'], weight: block.bold ? 'bold' : 'regular', align: block.align ?? 'left', lineGap: LINE_GAP } as const;
      const text = layoutText(block.text, style, width);
      return { block, height: text.height, text };
    }
    case 'columns': {
      const style = (align: 'left' | 'right') => ({ size: FONT_SIZE.normal, weight: block.bold ? 'bold' : 'regular', align, lineGap: LINE_GAP }) as const;
      const rightWidth = width * RIGHT_COLUMN;
      const left = layoutText(block.left, style('left'), width - rightWidth);
      const right = layoutText(block.right, style('right'), rightWidth);
      return { block, height: Math.max(left.height, right.height), left, right, rightWidth };
    }
    case 'qr':
      return { block, height: QR_SIDE + SPACE };
    case 'rule':
      return { block, height: RULE };
    case 'space':
      return { block, height: SPACE };
  }
}

function draw(doc: PDFKit.PDFDocument, item: MeasuredBlock, x: number, y: number, width: number): void {
  if ('text' in item) {
    doc.fillColor('black');
    drawText(doc, item.text, x, y, width);
    return;
  }
  if ('left' in item) {
    doc.fillColor('black');
    drawText(doc, item.left, x, y, width - item.rightWidth);
    drawText(doc, item.right, x + width - item.rightWidth, y, item.rightWidth);
    return;
  }
  const { block } = item;
  switch (block.kind) {
    case 'qr':
      drawQr(doc, block.data, x + (width - QR_SIDE) / 2, y, QR_SIDE);
      return;
    case 'rule':
      doc.moveTo(x, y + RULE / 2).lineTo(x + width, y + RULE / 2).lineWidth(0.5).stroke('black');
      return;
    case 'space':
      return;
  }
}
