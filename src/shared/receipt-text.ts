/**
 * What the receipt printer makes of text (escpos.ts sends it so; settings warn with it): code
 * page 437, printable ASCII only; letters lose their accents (é → e), and anything else (Chinese,
 * Tamil, emoji) prints as "?", one per UTF-16 unit.
 */
export function asPrintedOnReceipt(text: string): string {
  return withoutAccents(text).replace(/[^\x20-\x7e]/g, '?');
}

/** Whether the receipt printer prints some of `text` as "?" (losing only accents does not count). */
export function receiptLosesCharacters(text: string): boolean {
  return /[^\x20-\x7e]/.test(withoutAccents(text));
}

/** Accents dropped, and the no-break spaces money formatting puts in ("RM 35.00") made plain spaces. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u00a0\u202f]/g, ' ');
}
