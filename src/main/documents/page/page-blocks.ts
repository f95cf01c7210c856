import { drawQr, PT_PER_MM } from '../pdf-drawing';
import type { PageType } from './page-geometry';
import type { IssueStamp, PageBlock } from './page-layout';
import { fieldPieces, tablePieces } from './page-table';
import type { PageWords } from './page-words';
import type { Piece } from './paginate';
import { drawBox, pageText, someLines } from './text-box';

/** What measuring a block needs besides the block: the body's width and type sizes, and what issuing stamped. */
export interface BlockContext {
  width: number;
  type: PageType;
  words: PageWords;
  stamp: IssueStamp | null;
}

/** Room above a signature line for the signature and the clinic's stamp. */
const SIGNING_SPACE = 16 * PT_PER_MM;
const SERIAL_BOX_PADDING = 6;
const SERIAL_QR_MM = 22;
const DEFAULT_QR_MM = 25;
const DEFAULT_SPACE_MM = 5;
const FRAME_COLOR = '#404040';

/** A block as the pieces pages are filled with; a paragraph gives one piece a line, so it may go on over a page break. */
export function blockPieces(block: PageBlock, context: BlockContext): Piece[] {
  const { width, type } = context;
  const gap = type.body * 0.8;
  switch (block.kind) {
    case 'heading': {
      const level = block.level ?? 1;
      const box = pageText(block.text, level === 1 ? type.heading1 : type.heading2, width, { weight: 'bold', align: block.align });
      return [{ height: box.height, gapBefore: level === 1 ? gap : gap * 1.5, keepWithNext: true, draw: (doc, x, y) => drawBox(doc, box, x, y, width) }];
    }
    case 'paragraph': {
      const box = pageText(block.text, type.body, width, { weight: block.bold ? 'bold' : 'regular', align: block.align });
      return box.lines.map((_, index) => {
        const line = someLines(box, index, index + 1);
        return { height: line.height, gapBefore: index === 0 ? gap : 0, draw: (doc, x, y) => drawBox(doc, line, x, y, width) };
      });
    }
    case 'fields':
      return fieldPieces(block, width, type.body, gap);
    case 'table':
      return tablePieces(block, width, type.body - 0.5, gap);
    case 'signatures':
      return [signatures(block.signatures, context, gap)];
    case 'serial-box':
      return [serialBox(context, gap)];
    case 'qr': {
      const side = (block.sizeMm ?? DEFAULT_QR_MM) * PT_PER_MM;
      const caption = pageText(block.caption ?? '', type.furniture, width, { align: 'center' });
      const height = side + (block.caption ? caption.height : 0);
      const draw: Piece['draw'] = (doc, x, y) => {
        drawQr(doc, block.data, x + (width - side) / 2, y, side);
        if (block.caption) drawBox(doc, caption, x, y + side, width);
      };
      return [{ height, gapBefore: gap, draw }];
    }
    case 'space':
      return [{ height: (block.mm ?? DEFAULT_SPACE_MM) * PT_PER_MM, gapBefore: 0, draw: () => undefined }];
    case 'rule':
      return [{ height: gap, gapBefore: 0, draw: (doc, x, y) => void doc.moveTo(x, y + gap / 2).lineTo(x + width, y + gap / 2).lineWidth(0.75).stroke(FRAME_COLOR) }];
  }
}

/** Signature lines side by side, each with room above it to sign and stamp; one alone takes the left half. */
function signatures(list: Extract<PageBlock, { kind: 'signatures' }>['signatures'], { width, type }: BlockContext, gapBefore: number): Piece {
  const column = width / Math.max(2, list.length);
  const lineWidth = column * 0.85;
  const stacks = list.map((signature) => [
    pageText(signature.label, type.body - 1, lineWidth),
    ...(signature.name ? [pageText(signature.name, type.body, lineWidth, { weight: 'bold' })] : []),
    ...(signature.detail ? [pageText(signature.detail, type.body - 1, lineWidth)] : []),
  ]);
  const height = SIGNING_SPACE + 3 + Math.max(...stacks.map((stack) => stack.reduce((sum, box) => sum + box.height, 0)));
  return {
    height,
    gapBefore,
    draw: (doc, x, y) => {
      stacks.forEach((stack, index) => {
        const left = x + index * column;
        doc.moveTo(left, y + SIGNING_SPACE).lineTo(left + lineWidth, y + SIGNING_SPACE).lineWidth(0.75).dash(1.5, { space: 1.5 }).stroke('black').undash();
        let top = y + SIGNING_SPACE + 3;
        for (const box of stack) {
          drawBox(doc, box, left, top, lineWidth);
          top += box.height;
        }
      });
    },
  };
}

/**
 * The serial number, verification code and issue time in a frame, with a QR code of the serial
 * and code on its right. Before issue (a preview) the values print as dashes and there is no QR code.
 */
function serialBox({ width, type, words, stamp }: BlockContext, gapBefore: number): Piece {
  const qrSide = Math.min(SERIAL_QR_MM * PT_PER_MM, width / 4);
  const textWidth = width - 2 * SERIAL_BOX_PADDING - (stamp ? qrSide + SERIAL_BOX_PADDING : 0);
  const blank = '—';
  const fields = [
    { label: words.serialNo, value: stamp?.serial ?? blank },
    { label: words.verificationCode, value: stamp?.verificationCode ?? blank },
    { label: words.issuedAt, value: stamp?.issuedAt ?? blank },
  ];
  // Each label over its value: bilingual labels are long, and the values are what is read out over the phone.
  const stacked = fields.flatMap(({ label, value }) => [
    { box: pageText(label, type.furniture, textWidth), color: '#505050' },
    { box: pageText(value, type.body + 1, textWidth, { weight: 'bold' }), color: 'black' },
  ]);
  const textHeight = stacked.reduce((sum, { box }) => sum + box.height, 0);
  const height = Math.max(textHeight, stamp ? qrSide : 0) + 2 * SERIAL_BOX_PADDING;
  return {
    height,
    gapBefore,
    draw: (doc, x, y) => {
      doc.rect(x, y, width, height).lineWidth(0.75).stroke(FRAME_COLOR);
      let top = y + (height - textHeight) / 2;
      for (const { box, color } of stacked) {
        drawBox(doc, box, x + SERIAL_BOX_PADDING, top, textWidth, color);
        top += box.height;
      }
      if (stamp) drawQr(doc, stamp.qrData, x + width - SERIAL_BOX_PADDING - qrSide, y + (height - qrSide) / 2, qrSide);
    },
  };
}
