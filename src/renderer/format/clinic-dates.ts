/** The locale each screen language writes dates in: day month year and a 24-hour clock, in its own month names. */
const LOCALES: Record<string, string> = { en: 'en-GB', ms: 'ms-MY' };

function localeOf(language: string): string {
  return LOCALES[language.slice(0, 2)] ?? LOCALES.en;
}

/**
 * Dates and times as the screens show them: always on the clinic's wall clock (its time zone,
 * not this PC's), day-month-year, 24-hour, month names in the screen's language.
 */
export interface ClinicDates {
  /** `4 Dec 2026, 15:26` / `4 Dis 2026, 15:26` */
  dateTime: (instant: string | Date) => string;
  /** `4 Dec 2026` */
  date: (instant: string | Date) => string;
  /** `15:26`, or `15:26:05` with seconds (the TV's clock) */
  time: (instant: string | Date, options?: { seconds?: boolean }) => string;
}

export function clinicDates(timeZone: string, language: string): ClinicDates {
  const locale = localeOf(language);
  const day = { day: 'numeric', month: 'short', year: 'numeric' } as const;
  const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, ...day, ...clock });
  const date = new Intl.DateTimeFormat(locale, { timeZone, ...day });
  const time = new Intl.DateTimeFormat(locale, { timeZone, ...clock });
  const timeWithSeconds = new Intl.DateTimeFormat(locale, { timeZone, ...clock, second: '2-digit' });
  const instantOf = (instant: string | Date): Date => (typeof instant === 'string' ? new Date(instant) : instant);
  return {
    dateTime: (instant) => dateTime.format(instantOf(instant)),
    date: (instant) => date.format(instantOf(instant)),
    time: (instant, options) => (options?.seconds ? timeWithSeconds : time).format(instantOf(instant)),
  };
}

/**
 * A day on the clinic's calendar (`2026-11-30`, which has no time zone of its own), with its
 * weekday: `Monday, 30 Nov 2026` long, `Mon 30 Nov` short, `30 Nov 2026` with none (a birth date);
 * Malay `Isnin, 30 Nov 2026`, `Isn, 30 Nov`.
 */
export function calendarDay(date: string, language: string, weekday: 'long' | 'short' | 'none' = 'long'): string {
  const format = new Intl.DateTimeFormat(localeOf(language), {
    weekday: weekday === 'none' ? undefined : weekday,
    day: 'numeric',
    month: 'short',
    year: weekday === 'short' ? undefined : 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** This PC's own zone: only until the hub has said which zone the clinic is in. */
export function thisPcTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
