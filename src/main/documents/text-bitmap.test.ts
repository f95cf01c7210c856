import { describe, expect, it } from 'vitest';
import { blankBitmap, dotAt, type Bitmap } from './bitmap';
import { fillContours, flattenOutline, type Point } from './outline-fill';
import { columnsBitmap, RASTER_LINE_DOTS, textBitmaps } from './text-bitmap';

const NORMAL = { magnify: 1, bold: false };

/** Rows and columns that hold at least one black dot. */
function ink(bitmap: Bitmap): { rows: number[]; columns: number[]; dots: number } {
  const rows = new Set<number>();
  const columns = new Set<number>();
  let dots = 0;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (!dotAt(bitmap, x, y)) continue;
      rows.add(y);
      columns.add(x);
      dots++;
    }
  }
  return { rows: [...rows].sort((a, b) => a - b), columns: [...columns].sort((a, b) => a - b), dots };
}

const span = (values: number[]): number => (values.length ? values[values.length - 1] - values[0] + 1 : 0);

function art(bitmap: Bitmap): string {
  return Array.from({ length: bitmap.height }, (_, y) => Array.from({ length: bitmap.width }, (_, x) => (dotAt(bitmap, x, y) ? '#' : '.')).join('')).join('\n');
}

function only(bitmaps: (Bitmap | null)[]): Bitmap {
  expect(bitmaps).toHaveLength(1);
  const [bitmap] = bitmaps;
  if (!bitmap) throw new Error('no image');
  return bitmap;
}

const square = (left: number, top: number, size: number, clockwise = true): Point[] => {
  const corners = [
    { x: left, y: top },
    { x: left + size, y: top },
    { x: left + size, y: top + size },
    { x: left, y: top + size },
  ];
  return clockwise ? corners : corners.reverse();
};

describe('outline fill', () => {
  it('blackens exactly the dots whose centres are inside a polygon', () => {
    const bitmap = blankBitmap(16, 8);
    fillContours(bitmap, [square(2.4, 1.6, 4)]);
    // Centres x + 0.5 in [2.4, 6.4) → 2..5; y + 0.5 in [1.6, 5.6) → 2..5.
    expect(ink(bitmap)).toEqual({ rows: [2, 3, 4, 5], columns: [2, 3, 4, 5], dots: 16 });
  });

  it('follows the non-zero rule: a hole wound the other way stays white, one wound the same way is filled', () => {
    const ring = blankBitmap(16, 16);
    fillContours(ring, [square(0, 0, 12), square(4, 4, 4, false)]);
    expect(dotAt(ring, 6, 6)).toBe(false);
    expect(ink(ring).dots).toBe(144 - 16);
    const nested = blankBitmap(16, 16);
    fillContours(nested, [square(0, 0, 12), square(4, 4, 4)]);
    expect(dotAt(nested, 6, 6)).toBe(true);
    expect(ink(nested).dots).toBe(144);
  });

  it('flattens curves closely enough that a circle covers about πr² dots', () => {
    // A circle of radius 20 as four cubic arcs (the usual 0.5523 control distance), font units scaled 1:1, y flipped.
    const k = 0.5523 * 20;
    const commands = [
      { command: 'moveTo', args: [20, 0] },
      { command: 'bezierCurveTo', args: [20, k, k, 20, 0, 20] },
      { command: 'bezierCurveTo', args: [-k, 20, -20, k, -20, 0] },
      { command: 'bezierCurveTo', args: [-20, -k, -k, -20, 0, -20] },
      { command: 'bezierCurveTo', args: [k, -20, 20, -k, 20, 0] },
      { command: 'closePath', args: [] },
    ] as const;
    const bitmap = blankBitmap(48, 48);
    fillContours(bitmap, flattenOutline(commands.map((c) => ({ command: c.command, args: [...c.args] })), (x, y) => ({ x: 24 + x, y: 24 - y })));
    expect(Math.abs(ink(bitmap).dots - Math.PI * 400)).toBeLessThan(20);
    expect(dotAt(bitmap, 24, 24)).toBe(true);
    expect(dotAt(bitmap, 24 + 15, 24 + 15)).toBe(false);
  });

  it('leaves dots at and beyond the clip column white', () => {
    const bitmap = blankBitmap(16, 4);
    fillContours(bitmap, [[{ x: -5, y: 0 }, { x: 30, y: 0 }, { x: 30, y: 4 }, { x: -5, y: 4 }]], 10);
    expect(ink(bitmap).columns).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('text drawn as a receipt line image', () => {
  it('draws 一 (one) as a horizontal bar: wide, and only a few rows high', () => {
    const bitmap = only(textBitmaps('一', NORMAL, 384));
    const { rows, columns } = ink(bitmap);
    expect(bitmap.height, art(bitmap)).toBe(RASTER_LINE_DOTS);
    expect(span(rows), art(bitmap)).toBeLessThanOrEqual(3);
    expect(span(columns), art(bitmap)).toBeGreaterThanOrEqual(14);
  });

  it('draws "|" as a vertical bar: tall, and only a dot or two wide', () => {
    const bitmap = only(textBitmaps('|', NORMAL, 384));
    const { rows, columns } = ink(bitmap);
    expect(span(columns), art(bitmap)).toBeLessThanOrEqual(2);
    expect(span(rows), art(bitmap)).toBeGreaterThanOrEqual(18);
  });

  it('gives no image for an empty string or one with nothing to draw', () => {
    expect(textBitmaps('', NORMAL, 384)).toEqual([null]);
    expect(textBitmaps('\u3000\u200b', NORMAL, 384)).toEqual([null]);
  });

  it('keeps every image within the paper: a long Chinese line wraps, a run with no break is cut', () => {
    const long = '陈伟明'.repeat(12);
    for (const widthDots of [384, 576]) {
      const images = textBitmaps(long, NORMAL, widthDots);
      expect(images.length).toBeGreaterThan(1);
      for (const image of images) {
        expect(image).not.toBeNull();
        expect(image?.width).toBeLessThanOrEqual(widthDots);
        expect((image?.width ?? 0) % 8).toBe(0);
      }
    }
    const wide = textBitmaps('陈伟明诊所', { magnify: 4, bold: true }, 384);
    expect(wide.every((image) => image !== null && image.width <= 384 && image.height === 4 * RASTER_LINE_DOTS)).toBe(true);
  });

  it('draws bold Chinese (a typeface with no bold cut) thicker than regular', () => {
    const regular = ink(only(textBitmaps('陈伟明', NORMAL, 384))).dots;
    const bold = ink(only(textBitmaps('陈伟明', { magnify: 1, bold: true }, 384))).dots;
    expect(bold).toBeGreaterThan(regular * 1.3);
  });

  it('shapes Tamil: a vowel sign written after its consonant is drawn before it', () => {
    // கொ = க + ொ (U+0BCA); a shaper draws ெ before க and ா after it, as கெ starts with ெ too. Unshaped, both would start with க.
    const leftColumns = (text: string): string => {
      const bitmap = only(textBitmaps(text, NORMAL, 384));
      return Array.from({ length: bitmap.height }, (_, y) => Array.from({ length: 8 }, (_, x) => (dotAt(bitmap, x, y) ? '#' : '.')).join('')).join('\n');
    };
    expect(leftColumns('கொ')).toBe(leftColumns('கெ'));
    expect(leftColumns('கொ')).not.toBe(leftColumns('க'));
    for (const name of ['சுப்பிரமணியம்', 'க்ஷ்ரீ', 'ஸ்ரீ லக்ஷ்மி', 'ொ']) expect(only(textBitmaps(name, NORMAL, 384))).not.toBeNull();
  });

  it('puts an amount flush right and cuts a long label short of it', () => {
    const amountOnly = ink(columnsBitmap('', 'RM 35.00', NORMAL, 384)).columns;
    const bitmap = columnsBitmap('陈伟明 '.repeat(10), 'RM 35.00', NORMAL, 384);
    const { columns } = ink(bitmap);
    expect(bitmap.width).toBe(384);
    expect(amountOnly.at(-1)).toBeGreaterThan(384 - 4);
    expect(columns[0], art(bitmap)).toBeLessThan(4);
    // Nothing of the label in the 8 dots before the amount; the label runs up to 40 dots short of it.
    const amountStart = amountOnly[0];
    expect(columns.filter((x) => x >= amountStart - 8 && x < amountStart), art(bitmap)).toEqual([]);
    expect(columns.some((x) => x > amountStart - 40 && x < amountStart - 8), art(bitmap)).toBe(true);
  });
});
