/**
 * A 1-bit image the way a receipt printer takes it (GS v 0): rows top to bottom, each row
 * `bytesPerRow` bytes, the leftmost dot in the most significant bit; a set bit is a black dot.
 */
export interface Bitmap {
  width: number;
  height: number;
  bytesPerRow: number;
  data: Uint8Array;
}

export function blankBitmap(width: number, height: number): Bitmap {
  const bytesPerRow = Math.ceil(width / 8);
  return { width, height, bytesPerRow, data: new Uint8Array(bytesPerRow * height) };
}

/** Blackens dots `from` to `to` (both included) of row `y`. */
export function inkSpan(bitmap: Bitmap, y: number, from: number, to: number): void {
  const row = y * bitmap.bytesPerRow;
  for (let x = from; x <= to; x++) bitmap.data[row + (x >> 3)] |= 0x80 >> (x & 7);
}

export function dotAt(bitmap: Bitmap, x: number, y: number): boolean {
  return (bitmap.data[y * bitmap.bytesPerRow + (x >> 3)] & (0x80 >> (x & 7))) !== 0;
}

export function hasInk(bitmap: Bitmap): boolean {
  return bitmap.data.some((byte) => byte !== 0);
}
