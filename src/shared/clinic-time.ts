/** A clinic's local date and time of an instant, in the clinic's own time zone. */
export interface ClinicDateTime {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
}

export function clinicDateTime(instant: Date, timeZone: string): ClinicDateTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}
