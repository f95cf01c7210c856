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

/** Line breaks as a textarea may send them (Windows' CR LF, an old Mac's lone CR) written as LF. */
export function withLineFeeds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A box of several lines (a note's section): line breaks kept, CR LF written as LF, tabs kept (a
 * lab report or a table pasted in has them), every other control character and half surrogate pair
 * refused, as in a one-line field. A clinical note is written a finding or an instruction a line.
 */
export function linesTextSchema(max: number) {
  return z
    .string()
    .transform(withLineFeeds)
    .pipe(
      z
        .string()
        .max(max)
        .refine((text) => isTypedText(text.replace(/[\t\n]/g, ' ')), 'control characters'),
    );
}

/** A search query as pasted: control characters read as spaces, half surrogate pairs dropped, trimmed. */
export function searchableText(query: string): string {
  return query.replace(CONTROL, ' ').replace(HALF_PAIR, '').trim();
}
