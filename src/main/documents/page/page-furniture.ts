import { fontRuns } from '../font-runs';
import { pdfTypefaces } from '../pdf-fonts';
import type { TextBox } from '../pdf-text';
import type { PageGeometry, PageType } from './page-geometry';
import type { Letterhead } from './page-layout';
import { pageNumber, type PageWords } from './page-words';
import { drawBox, pageText } from './text-box';

/** Something drawn at a fixed place on a page, measured before pagination. */
export interface Furniture {
  height: number;
  draw: (doc: PDFKit.PDFDocument, x: number, y: number) => void;
}

const RULE_COLOR = '#404040';
const FURNITURE_COLOR = '#303030';
/** Between the letterhead or running header and the body, and between the body and the footer. */
const BODY_GAP = 10;
const WATERMARK_COLOR = '#dcdcdc';
/** The copy mark across the page is at most this tall, in points, however short the word. */
const WATERMARK_MAX_SIZE = 110;

/** The clinic's name, centred and large, the lines under it, and a rule: the top of page 1. */
export function letterheadFurniture(letterhead: Letterhead, type: PageType, width: number): Furniture {
  const name = pageText(letterhead.name, type.clinicName, width, { weight: 'bold', align: 'center' });
  const lines = pageText(letterhead.lines.join('\n'), type.furniture + 1, width, { align: 'center' });
  const ruleAt = name.height + (letterhead.lines.length > 0 ? lines.height : 0) + 4;
  return {
    height: ruleAt + BODY_GAP,
    draw: (doc, x, y) => {
      drawBox(doc, name, x, y, width);
      if (letterhead.lines.length > 0) drawBox(doc, lines, x, y + name.height, width, FURNITURE_COLOR);
      doc.moveTo(x, y + ruleAt).lineTo(x + width, y + ruleAt).lineWidth(1).stroke(RULE_COLOR);
    },
  };
}

/** The clinic's name on the left and the document's on the right, over a rule: the top of every page without the letterhead. */
export function runningHeader(clinicName: string, text: string, type: PageType, width: number): Furniture {
  const half = width / 2 - 4;
  const left = pageText(clinicName, type.furniture, half, { weight: 'bold' });
  const right = pageText(text, type.furniture, half, { align: 'right' });
  const ruleAt = Math.max(left.height, right.height) + 3;
  return {
    height: ruleAt + BODY_GAP,
    draw: (doc, x, y) => {
      drawBox(doc, left, x, y, half, FURNITURE_COLOR);
      drawBox(doc, right, x + width / 2 + 4, y, half, FURNITURE_COLOR);
      doc.moveTo(x, y + ruleAt).lineTo(x + width, y + ruleAt).lineWidth(0.5).stroke(RULE_COLOR);
    },
  };
}

/** The footer: a rule, then the serial (or the title) on the left and "Page N of M" on the right. */
export interface Footer {
  height: number;
  draw: (doc: PDFKit.PDFDocument, x: number, y: number, page: number, pages: number) => void;
}

export function footer(text: string, words: PageWords, type: PageType, width: number): Footer {
  const half = width / 2 - 4;
  const left = pageText(text, type.furniture, half);
  const numbered = (page: number, pages: number): TextBox => pageText(pageNumber(words, page, pages), type.furniture, half, { align: 'right' });
  // Every page's number is one line; measured with the widest numbers a document will have.
  const height = BODY_GAP + 3 + Math.max(left.height, numbered(999, 999).height);
  return {
    height,
    draw: (doc, x, y, page, pages) => {
      const ruleAt = y + BODY_GAP;
      doc.moveTo(x, ruleAt).lineTo(x + width, ruleAt).lineWidth(0.5).stroke(RULE_COLOR);
      drawBox(doc, left, x, ruleAt + 3, half, FURNITURE_COLOR);
      drawBox(doc, numbered(page, pages), x + width / 2 + 4, ruleAt + 3, half, FURNITURE_COLOR);
    },
  };
}

/**
 * Marks a reprint on every page: "COPY" with the copy's number in a frame in the top margin (as
 * text, so it reads back and is found by search), and the word large and light across the page,
 * drawn first so the content prints over it. The big one is drawn as glyph outlines, not text:
 * text at an angle would break into the page's words when a reader extracts or copies them.
 */
export function drawCopyMark(doc: PDFKit.PDFDocument, geometry: PageGeometry, type: PageType, words: PageWords, copyNumber: number): void {
  drawWatermark(doc, words.copy, geometry);
  const label = pageText(`${words.copy} #${copyNumber}`, type.furniture + 1.5, geometry.bodyWidth, { weight: 'bold' });
  const lineWidth = Math.max(...label.lines.map((line) => line.width));
  const padding = 3;
  const boxWidth = lineWidth + 2 * padding;
  const x = geometry.width - geometry.right - boxWidth;
  const y = Math.max(2, (geometry.top - label.height - 2 * padding) / 2);
  doc.rect(x, y, boxWidth, label.height + 2 * padding).lineWidth(1).stroke('black');
  drawBox(doc, label, x + padding, y + padding, lineWidth);
}

/** The text's outlines in the bundled fonts, centred on the body and along its diagonal, bottom left to top right. */
function drawWatermark(doc: PDFKit.PDFDocument, text: string, geometry: PageGeometry): void {
  const typefaces = pdfTypefaces();
  const fonts = typefaces.map((typeface) => () => typeface.font('bold'));
  const runs = fontRuns(text, fonts).map((run) => ({ font: fonts[run.font](), text: run.text }));
  const widthAtOne = runs.reduce((sum, run) => sum + run.font.layout(run.text).advanceWidth / run.font.unitsPerEm, 0);
  const bodyHeight = geometry.height - geometry.top - geometry.bottom;
  const diagonal = Math.hypot(geometry.bodyWidth, bodyHeight);
  const size = Math.min(WATERMARK_MAX_SIZE, (diagonal * 0.75) / Math.max(widthAtOne, 0.01));
  const angle = (Math.atan2(bodyHeight, geometry.bodyWidth) * 180) / Math.PI;
  doc.save();
  doc.translate(geometry.left + geometry.bodyWidth / 2, geometry.top + bodyHeight / 2).rotate(-angle);
  let x = (-widthAtOne * size) / 2;
  const baseline = size * 0.35;
  for (const run of runs) {
    const scale = size / run.font.unitsPerEm;
    const shaped = run.font.layout(run.text);
    shaped.glyphs.forEach((glyph, index) => {
      const position = shaped.positions[index];
      doc.save();
      doc.translate(x + position.xOffset * scale, baseline - position.yOffset * scale).scale(scale, -scale);
      doc.path(glyph.path.toSVG()).fill(WATERMARK_COLOR);
      doc.restore();
      x += position.xAdvance * scale;
    });
  }
  doc.restore();
}
