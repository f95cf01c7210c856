import { isRealDate } from '../../../shared/identity/mykad';
import type { ImportDateFormat } from '../../../shared/schemas/patient-import';

/** Month names and their common short forms, in English and Malay, as legacy systems print them. */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januari: 1,
  feb: 2, february: 2, februari: 2,
  mar: 3, march: 3, mac: 3,
  apr: 4, april: 4,
  may: 5, mei: 5,
  jun: 6, june: 6,
  jul: 7, july: 7, julai: 7,
  aug: 8, august: 8, ogo: 8, ogos: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, dis: 12, disember: 12,
};

/**
 * A date of birth as an old system wrote it, as YYYY-MM-DD, or null when it is not a real date:
 * - `1974-01-15` (ISO) always;
 * - numbers separated by `/`, `.` or `-` (`15/01/1974`, `14.11.1960`, `15-01-74`), day and
 *   month in the order `format` names (YYYY-MM-DD takes ISO only);
 * - a month by name, day first or month first (`29 May 2012`, `29-Mei-2012`, `May 29, 2012`).
 * A two-digit year is the latest of 19YY/20YY not after `today`, as on a MyKad.
 */
export function importedDate(text: string, format: ImportDateFormat, today: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return checked(iso[1], iso[2], iso[3], today);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(value);
  if (numeric) {
    if (format === 'DD/MM/YYYY') return checked(numeric[3], numeric[2], numeric[1], today);
    if (format === 'MM/DD/YYYY') return checked(numeric[3], numeric[1], numeric[2], today);
    return null;
  }
  const dayFirst = /^(\d{1,2})[\s/.-]+([a-z]+)\.?[\s/.,-]+(\d{4}|\d{2})$/i.exec(value);
  if (dayFirst) return named(dayFirst[3], dayFirst[2], dayFirst[1], today);
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  if (monthFirst) return named(monthFirst[3], monthFirst[1], monthFirst[2], today);
  return null;
}

function named(year: string, monthName: string, day: string, today: string): string | null {
  const month = MONTHS[monthName.toLowerCase()];
  return month ? checked(year, String(month), day, today) : null;
}

function checked(year: string, month: string, day: string, today: string): string | null {
  const monthDay = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  let date = `${year}-${monthDay}`;
  if (year.length === 2) {
    const in2000s = `20${year}-${monthDay}`;
    date = in2000s <= today ? in2000s : `19${year}-${monthDay}`;
  }
  return isRealDate(date) ? date : null;
}
