import { z } from 'zod';

/**
 * Control characters (C0, DEL, C1: NUL, tab, escape…) and half of a surrogate pair without its
 * other half. No keyboard types them into a one-line field; they arrive by paste or by a
 * crafted call. SQLite would store a half pair as U+FFFD (a silent change), and FTS5's query
 * parser ends a string at NUL.
 */
const UNTYPEABLE = /[\p{Cc}\p{Cs}]/u;
const CONTROL = /\p{Cc}/gu;
const HALF_PAIR = /\p{Cs}/gu;

/** Whether `text` holds only characters a keyboard types into a one-line field. */
export function isTypedText(text: string): boolean {
  return !UNTYPEABLE.test(text);
}

/** A one-line field that refuses control characters and half surrogate pairs (VALIDATION_FAILED). */
export const typedTextSchema = z.string().refine(isTypedText, 'control characters');

/** Whether `text` holds only what a keyboard or a paste puts into a box of several lines: line breaks and tabs too. */
export function isTypedLines(text: string): boolean {
  return isTypedText(text.replace(/[\t\r\n]/g, ' '));
}

/** A box of several lines (a SOAP section): line breaks and tabs kept, other control characters refused. */
export const typedLinesSchema = z.string().refine(isTypedLines, 'control characters');

/** A search query as pasted: control characters read as spaces, half surrogate pairs dropped, trimmed. */
export function searchableText(query: string): string {
  return query.replace(CONTROL, ' ').replace(HALF_PAIR, '').trim();
}
