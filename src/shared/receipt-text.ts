/**
 * What the receipt printer's code page makes of text (escpos.ts sends text lines so): code page
 * 437, printable ASCII only; letters lose their accents (é → e), and anything else would print
 * as "?", one per UTF-16 unit — escpos.ts prints such a line as an image instead.
 */
export function asPrintedOnReceipt(text: string): string {
  return withoutAccents(text).replace(/[^\x20-\x7e]/g, '?');
}

/** Whether the code page would print some of `text` as "?" (losing only accents does not count): then the line goes as an image. */
export function receiptLosesCharacters(text: string): boolean {
  return /[^\x20-\x7e]/.test(withoutAccents(text));
}

/** Accents dropped, and the no-break spaces money formatting puts in ("RM 35.00") made plain spaces. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u00a0\u202f]/g, ' ');
}
