import { addDays, clinicDateTime, clinicInstant, clockTime, minutesOfDay } from '../../../shared/clinic-time';

/**
 * Between stored UTC instants and the clinic's wall clock for one clinic day. Schedules are
 * wall-clock times, so the rules work in minutes of the clinic day; these convert at the edge.
 */
export class DayClock {
  constructor(
    readonly date: string,
    readonly timeZone: string,
  ) {}

  /** Midnight at the start of the day and of the next, as UTC instants. */
  get bounds(): { start: string; end: string } {
    return { start: this.instant(0), end: new DayClock(addDays(this.date, 1), this.timeZone).instant(0) };
  }

  /** The UTC instant (ISO) at `minutes` after this day's midnight on the clinic's clock. */
  instant(minutes: number): string {
    const whole = Math.floor(minutes / 1440);
    const date = addDays(this.date, whole);
    const rest = minutes - whole * 1440;
    return clinicInstant(date, clockTime(rest), this.timeZone).toISOString();
  }

  /** `HH:MM` on the clinic's clock at `minutes` after this day's midnight (on whichever day that falls). */
  time(minutes: number): string {
    return clinicDateTime(new Date(this.instant(minutes)), this.timeZone).time;
  }

  /** Minutes after this day's midnight of an instant: negative before the day, past 1440 after it. */
  minutes(instant: string | Date): number {
    const local = clinicDateTime(new Date(instant), this.timeZone);
    const days = Math.round((Date.parse(local.date) - Date.parse(this.date)) / 86_400_000);
    return days * 1440 + minutesOfDay(local.time);
  }
}

/** `YYYY-MM-DDTHH:MM` on the clinic's clock of a UTC instant. */
export function localDateTime(instant: string, timeZone: string): string {
  const local = clinicDateTime(new Date(instant), timeZone);
  return `${local.date}T${local.time}`;
}

/** The UTC instant of a `YYYY-MM-DDTHH:MM` on the clinic's clock. */
export function instantOfLocal(local: string, timeZone: string): string {
  const [date, time] = local.split('T');
  return clinicInstant(date, time, timeZone).toISOString();
}
