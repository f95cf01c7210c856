import { asPrintedOnReceipt, receiptLosesCharacters } from '../../shared/receipt-text';
import type { Bitmap } from './bitmap';
import type { Align, DocumentLayout, LayoutBlock, TextSize } from './layout';
import { columnsBitmap, textBitmaps } from './text-bitmap';

/** Character magnification per size: GS ! multiplies width and height alike. */
const MAGNIFY: Record<TextSize, number> = { normal: 1, large: 2, huge: 4 };
const ALIGN: Record<Align, number> = { left: 0, center: 1, right: 2 };

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

/** Font A is 12 dots wide, so a line of characters spans the paper's printable dots: 32 → 384 (58 mm), 48 → 576 (80 mm). */
const FONT_A_DOTS = 12;

/** QR error correction M (15 %): survives a smudge on thermal paper and still fits a small module size. */
const QR_ERROR_CORRECTION_M = 0x31;

export interface EscPosOptions {
  charsPerLine: number;
  copies: number;
  /** Pulse the cash drawer (on the printer's drawer port) before the first copy: a cash payment. */
  openDrawer?: boolean;
}

/**
 * Renders a layout to ESC/POS bytes: one job per copy, each started with ESC @ and ended with
 * a cut. The QR code uses the printer's own QR command (GS ( k), so the printer draws it sharply.
 * Text goes out in code page 437, letters with accents losing them. A line with anything else
 * (a Chinese or Tamil name) goes out as a raster image drawn in the app's own fonts
 * (text-bitmap.ts), since few receipt printers have those scripts and each names its code pages
 * differently: the whole line, so it keeps one look, aligned as its block asks.
 */
export function renderEscPos(layout: DocumentLayout, options: EscPosOptions): Uint8Array {
  const job = new ByteWriter();
  for (let copy = 0; copy < options.copies; copy++) {
    job.bytes(ESC, 0x40); // ESC @: initialise
    job.bytes(ESC, 0x74, 0); // ESC t 0: code page 437
    if (options.openDrawer && copy === 0) job.bytes(ESC, 0x70, 0, 25, 250); // ESC p 0 25 250: drawer pin 2, on 50 ms, off 500 ms
    for (const block of layout.blocks) writeBlock(job, block, options.charsPerLine);
    job.bytes(ESC, 0x64, 3); // ESC d 3: feed past the cutter
    job.bytes(GS, 0x56, 0x42, 0); // GS V 66 0: feed to the cutter and cut
  }
  return job.done();
}

function writeBlock(job: ByteWriter, block: LayoutBlock, charsPerLine: number): void {
  switch (block.kind) {
    case 'text': {
      const magnify = MAGNIFY[block.size ?? 'normal'];
      job.bytes(ESC, 0x61, ALIGN[block.align ?? 'left']);
      job.bytes(ESC, 0x45, block.bold ? 1 : 0);
      job.bytes(GS, 0x21, ((magnify - 1) << 4) | (magnify - 1));
      if (receiptLosesCharacters(block.text)) {
        for (const image of textBitmaps(block.text, { magnify, bold: block.bold ?? false }, charsPerLine * FONT_A_DOTS)) writeImage(job, image);
      } else {
        for (const line of wrap(asPrintedOnReceipt(block.text), Math.floor(charsPerLine / magnify))) {
          job.text(line);
          job.bytes(LF);
        }
      }
      job.bytes(GS, 0x21, 0);
      job.bytes(ESC, 0x45, 0);
      return;
    }
    case 'columns': {
      job.bytes(ESC, 0x61, ALIGN.left);
      job.bytes(ESC, 0x45, block.bold ? 1 : 0);
      if (receiptLosesCharacters(block.left + block.right)) {
        writeImage(job, columnsBitmap(block.left, block.right, { magnify: 1, bold: block.bold ?? false }, charsPerLine * FONT_A_DOTS));
      } else {
        job.text(columnsLine(asPrintedOnReceipt(block.left), asPrintedOnReceipt(block.right), charsPerLine));
        job.bytes(LF);
      }
      job.bytes(ESC, 0x45, 0);
      return;
    }
    case 'qr':
      job.bytes(ESC, 0x61, ALIGN.center);
      writeQr(job, block.data, charsPerLine >= 48 ? 6 : 5);
      job.bytes(LF);
      return;
    case 'rule':
      job.bytes(ESC, 0x61, ALIGN.left);
      job.text('-'.repeat(charsPerLine));
      job.bytes(LF);
      return;
    case 'space':
      job.bytes(LF);
      return;
  }
}

/**
 * GS v 0 0 xL xH yL yH d…: a raster image at normal density, printed where the next line would
 * be and the paper fed past it (no line feed after it). A line with no ink is an empty line.
 */
function writeImage(job: ByteWriter, image: Bitmap | null): void {
  if (!image) {
    job.bytes(LF);
    return;
  }
  job.bytes(GS, 0x76, 0x30, 0, image.bytesPerRow & 0xff, image.bytesPerRow >> 8, image.height & 0xff, image.height >> 8);
  job.raw(image.data);
}

/** GS ( k, function 165/167/169/180/181: model 2, module size in dots, error correction, store, print. */
function writeQr(job: ByteWriter, data: string, moduleDots: number): void {
  const payload = new TextEncoder().encode(data);
  const storeLength = payload.length + 3;
  job.bytes(GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0);
  job.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, moduleDots);
  job.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, QR_ERROR_CORRECTION_M);
  job.bytes(GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30);
  job.raw(payload);
  job.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30);
}

/** "Consultation ....... RM 35.00": the right side whole and flush right, the left cut short with "~" when it does not fit. */
export function columnsLine(left: string, right: string, width: number): string {
  const room = Math.max(width - right.length - 1, 0);
  const shown = left.length > room ? `${left.slice(0, Math.max(room - 1, 0))}~` : left;
  return `${shown}${' '.repeat(Math.max(width - shown.length - right.length, 1))}${right}`;
}

/** Word-wraps to the printable width; a word longer than a line is split. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0; ) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

class ByteWriter {
  private readonly chunks: number[] = [];

  bytes(...values: number[]): void {
    this.chunks.push(...values);
  }

  raw(values: Uint8Array): void {
    // One at a time: an image is thousands of bytes, too many to spread into one call's arguments.
    for (const value of values) this.chunks.push(value);
  }

  text(value: string): void {
    for (let i = 0; i < value.length; i++) this.chunks.push(value.charCodeAt(i));
  }

  done(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}
