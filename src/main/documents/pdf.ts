import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import type { DocumentLayout, LayoutBlock, TextSize } from './layout';

/** Points per millimetre (72 pt to the inch). */
const PT_PER_MM = 72 / 25.4;
const MARGIN = 4 * PT_PER_MM;
const FONT_SIZE: Record<TextSize, number> = { normal: 10, large: 16, huge: 48 };
const LINE_GAP = 2;
const QR_SIDE = 32 * PT_PER_MM;
/** White border around the QR code, in modules: readers need it to find the code. */
const QR_QUIET_ZONE = 4;
const SPACE = 8;
const RULE = 8;

export interface PdfOptions {
  /** The paper roll's width: the PDF is a strip as long as the content, like a receipt. */
  widthMm: number;
}

/** Renders a layout to a PDF for the system printer (Helvetica; the layout's text must be in Latin script). */
export async function renderPdf(layout: DocumentLayout, options: PdfOptions): Promise<Buffer> {
  const width = options.widthMm * PT_PER_MM;
  const textWidth = width - 2 * MARGIN;
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: layout.title, Creator: 'ClinicDesk' } });
  const height = 2 * MARGIN + layout.blocks.reduce((sum, block) => sum + blockHeight(doc, block, textWidth), 0);
  doc.addPage({ size: [width, height], margin: MARGIN });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  let y = MARGIN;
  for (const block of layout.blocks) {
    drawBlock(doc, block, MARGIN, y, textWidth);
    y += blockHeight(doc, block, textWidth);
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

function useFont(doc: PDFKit.PDFDocument, block: Extract<LayoutBlock, { kind: 'text' }>): void {
  doc.font(block.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE[block.size ?? 'normal']);
}

function blockHeight(doc: PDFKit.PDFDocument, block: LayoutBlock, width: number): number {
  switch (block.kind) {
    case 'text':
      useFont(doc, block);
      return doc.heightOfString(block.text, { width, lineGap: LINE_GAP });
    case 'qr':
      return QR_SIDE + SPACE;
    case 'rule':
      return RULE;
    case 'space':
      return SPACE;
  }
}

function drawBlock(doc: PDFKit.PDFDocument, block: LayoutBlock, x: number, y: number, width: number): void {
  switch (block.kind) {
    case 'text':
      useFont(doc, block);
      doc.fillColor('black').text(block.text, x, y, { width, align: block.align ?? 'left', lineGap: LINE_GAP });
      return;
    case 'qr':
      drawQr(doc, block.data, x + (width - QR_SIDE) / 2, y);
      return;
    case 'rule':
      doc.moveTo(x, y + RULE / 2).lineTo(x + width, y + RULE / 2).lineWidth(0.5).stroke('black');
      return;
    case 'space':
      return;
  }
}

/** The QR code as filled squares (vectors), so it stays sharp at any printer resolution. */
function drawQr(doc: PDFKit.PDFDocument, data: string, x: number, y: number): void {
  const modules = createQr(data, { errorCorrectionLevel: 'M' }).modules;
  const cell = QR_SIDE / (modules.size + 2 * QR_QUIET_ZONE);
  const origin = { x: x + QR_QUIET_ZONE * cell, y: y + QR_QUIET_ZONE * cell };
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(origin.x + col * cell, origin.y + row * cell, cell, cell);
    }
  }
  doc.fill('black');
}
