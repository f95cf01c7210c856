import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';

/** Points per millimetre (72 pt to the inch). */
export const PT_PER_MM = 72 / 25.4;

/** White border around a QR code, in modules: readers need it to find the code. */
const QR_QUIET_ZONE = 4;

/** A PDF being drawn, and how to end it: `finish` resolves with its bytes once pdfkit has written them all. */
export interface PdfDrawing {
  doc: PDFKit.PDFDocument;
  finish: () => Promise<Buffer>;
}

/** A new pdfkit document without pages (each renderer adds its own, sized its own way), collected into memory. */
export function startPdf(title: string): PdfDrawing {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: title, Creator: 'ClinicDesk' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return {
    doc,
    finish: async () => {
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}

/** A QR code of `data`, `side` points square with its quiet zone, as filled squares (vectors): sharp at any printer resolution. */
export function drawQr(doc: PDFKit.PDFDocument, data: string, x: number, y: number, side: number): void {
  const modules = createQr(data, { errorCorrectionLevel: 'M' }).modules;
  const cell = side / (modules.size + 2 * QR_QUIET_ZONE);
  const origin = { x: x + QR_QUIET_ZONE * cell, y: y + QR_QUIET_ZONE * cell };
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(origin.x + col * cell, origin.y + row * cell, cell, cell);
    }
  }
  doc.fill('black');
}
