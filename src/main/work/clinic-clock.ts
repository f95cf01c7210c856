import { clinicDateTime } from '../../shared/clinic-time';

/** The clinic's time zone, read when the store opens and changed with the clinic's profile. */
export class ClinicZone {
  constructor(private zone: string) {}

  get(): string {
    return this.zone;
  }

  set(zone: string): void {
    this.zone = zone;
  }
}

/**
 * One reading of the hub's clock for a unit of work, with the clinic's time zone: "today" and
 * the time of day are the clinic's, wherever the PC's own zone is set.
 */
export class ClinicClock {
  constructor(
    readonly now: Date,
    readonly zone: string,
  ) {}

  /** The clinic's date now, `YYYY-MM-DD`. */
  today(): string {
    return this.dateOf(this.now);
  }

  /** The clinic's date of an instant. */
  dateOf(instant: Date | string): string {
    return clinicDateTime(new Date(instant), this.zone).date;
  }

  /** The clinic's wall-clock time of an instant, `HH:MM`. */
  timeOf(instant: Date | string): string {
    return clinicDateTime(new Date(instant), this.zone).time;
  }
}
