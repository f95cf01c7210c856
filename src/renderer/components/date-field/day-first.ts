/**
 * Dates as the clinic types them: day first, always (`05122026`, `5/12/2026`, `5-12-26`,
 * `5.12.2026`), whatever order this PC's locale would use. Values in and out are `yyyy-mm-dd`.
 */
export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: string }
  /** Not written as day/month/year. */
  | { kind: 'unreadable' }
  /** Written right, but not on the calendar: 31/02/2026, 00/01/2026. */
  | { kind: 'impossible' };

/** What a two-digit year is read against: the clinic's today, and the field's bounds if it has any. */
export interface YearContext {
  today: string;
  min?: string;
  max?: string;
}

const SEPARATED = /^(\d{1,2})[/.\- ]+(\d{1,2})[/.\- ]+(\d{2}|\d{4})$/;
const RUN_OF_DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The century of a two-digit year: on a field that ends (a birth date ends today) the latest
 * year not past its end, on a field that starts (a booking starts today) the earliest not before
 * its start, otherwise within 80 years back and 19 ahead of today.
 */
export function fullYear(twoDigits: number, context: YearContext): number {
  const candidates = [1900, 2000, 2100].map((century) => century + twoDigits);
  const yearOf = (date: string): number => Number(date.slice(0, 4));
  if (context.max) {
    const last = yearOf(context.max);
    return [...candidates].reverse().find((year) => year <= last) ?? candidates[0];
  }
  if (context.min) {
    const first = yearOf(context.min);
    return candidates.find((year) => year >= first) ?? candidates[candidates.length - 1];
  }
  const thisYear = yearOf(context.today);
  return candidates.find((year) => year >= thisYear - 80 && year <= thisYear + 19) ?? candidates[1];
}

function onCalendar(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads what was typed into a date field. */
export function readTypedDate(text: string, context: YearContext): TypedDate {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  // A date pasted from a file or another program in ISO order: the four-digit year cannot be a day.
  const iso = ISO.exec(typed);
  const parts = iso ? [iso[3], iso[2], iso[1]] : (SEPARATED.exec(typed) ?? RUN_OF_DIGITS.exec(typed))?.slice(1);
  if (!parts) return { kind: 'unreadable' };
  const [day, month, year] = parts;
  const fullYearOf = year.length === 2 ? fullYear(Number(year), context) : Number(year);
  const date = onCalendar(fullYearOf, Number(month), Number(day));
  return date ? { kind: 'date', date } : { kind: 'impossible' };
}

/** `2026-12-05` as the field shows it: `05/12/2026`. */
export function dayFirst(date: string): string {
  const iso = ISO.exec(date);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : date;
}

/** A 24-hour time as typed (`9:30`, `0930`, `9.30`, `14`) as `HH:MM`, or null. */
export function readTypedTime(text: string): string | null {
  const typed = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(typed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
