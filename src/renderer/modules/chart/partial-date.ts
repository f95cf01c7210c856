/**
 * "Since when" as patients say it: a year (2015), a month (06/2015) or a day (15/06/2015), typed
 * day-first, stored as ISO text of the same precision (`2015`, `2015-06`, `2015-06-15`).
 */
const LOCALES: Record<string, string> = { en: 'en-GB', ms: 'ms-MY' };
const TYPED = /^(?:(\d{1,2})[/.-])?(?:(\d{1,2})[/.-])?(\d{4})$/;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The stored form of what was typed; '' for nothing typed; null when it is not a date of that shape. */
export function readPartialDate(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  if (ISO.test(typed)) return isRealDate(typed) ? typed : null;
  const match = TYPED.exec(typed);
  if (!match) return null;
  const [, first, second, year] = match;
  // With one part before the year it is the month; with two, day then month.
  const [day, month] = second ? [first, second] : [undefined, first];
  const iso = [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
  return isRealDate(iso) ? iso : null;
}

function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day));
  return date.getUTCDate() === day;
}

/** As the screen shows it: `2015`, `Jun 2015`, `15 Jun 2015` (Malay month names in Malay). */
export function showPartialDate(value: string, language: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return value;
  const locale = LOCALES[language.slice(0, 2)] ?? 'en-GB';
  const format = new Intl.DateTimeFormat(locale, { day: day ? 'numeric' : undefined, month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${year}-${month}-${day ?? '01'}T00:00:00Z`));
}

/** Back to what a person types, for editing: `2015`, `06/2015`, `15/06/2015`. */
export function typedPartialDate(value: string | null): string {
  if (!value) return '';
  return value.split('-').reverse().join('/');
}
