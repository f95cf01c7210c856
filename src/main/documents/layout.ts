/**
 * A printed document as data: a column of blocks, top to bottom. The same layout is rendered
 * to receipt-printer bytes (escpos.ts) and to a PDF (pdf.ts), so a ticket, a receipt or a
 * label looks the same on the thermal printer and on the system printer.
 */
export type TextSize = 'normal' | 'large' | 'huge';
export type Align = 'left' | 'center' | 'right';

export type LayoutBlock =
  | { kind: 'text'; text: string; size?: TextSize; bold?: boolean; align?: Align }
  /** A label and an amount on one line, the amount flush right (a receipt's lines and totals). */
  | { kind: 'columns'; left: string; right: string; bold?: boolean }
  /** A QR code of `data`, centred. */
  | { kind: 'qr'; data: string }
  /** A thin line across the paper. */
  | { kind: 'rule' }
  /** One empty line. */
  | { kind: 'space' };

export interface DocumentLayout {
  /** Names the PDF and its window title. */
  title: string;
  blocks: LayoutBlock[];
}
