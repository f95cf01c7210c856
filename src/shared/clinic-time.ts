/** A clinic's local date and time of an instant, in the clinic's own time zone. */
export interface ClinicDateTime {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
}

/** Building a formatter costs far more than using one, and a clinic has one time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function clinicDateTime(instant: Date, timeZone: string): ClinicDateTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Minutes since midnight of `HH:MM` (`24:00` → 1440). */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** `HH:MM` of minutes since midnight (1440 → `24:00`). */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The date `days` after (or before) a `YYYY-MM-DD` date; calendar arithmetic, no time zone. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Monday … Sunday of the week holding `date`. */
export function weekDates(date: string): string[] {
  const monday = addDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/**
 * The instant at which the clinic's wall clock shows `date` `time`. For a time skipped by a
 * daylight-saving jump the later offset is used; Malaysia and India have none.
 */
export function clinicInstant(date: string, time: string, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutesOfDay(time) * 60_000;
  let guess = asUtc;
  // Two rounds converge for every real zone: the offset at the guess, then at the corrected guess.
  for (let round = 0; round < 2; round++) guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** How far the clinic's wall clock is ahead of UTC at an instant. */
function offsetMs(instant: Date, timeZone: string): number {
  const local = clinicDateTime(instant, timeZone);
  const wall = Date.parse(`${local.date}T${local.time}:00Z`);
  return wall - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The instants a run of clinic days spans, as ISO strings: from the first day's midnight up to (not including) the midnight after the last. */
export function clinicDaysSpan(fromDate: string, toDate: string, timeZone: string): { start: string; end: string } {
  return { start: clinicInstant(fromDate, '00:00', timeZone).toISOString(), end: clinicInstant(addDays(toDate, 1), '00:00', timeZone).toISOString() };
}
