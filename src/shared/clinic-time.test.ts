import { describe, expect, it } from 'vitest';
import { addDays, clinicDateTime, clinicInstant, clockTime, isoWeekday, minutesOfDay, weekDates } from './clinic-time';

describe('clinic time', () => {
  it('turns a Kuala Lumpur wall-clock time into the UTC instant and back', () => {
    const instant = clinicInstant('2026-11-24', '09:15', 'Asia/Kuala_Lumpur');
    expect(instant.toISOString()).toBe('2026-11-24T01:15:00.000Z');
    expect(clinicDateTime(instant, 'Asia/Kuala_Lumpur')).toEqual({ date: '2026-11-24', time: '09:15' });
  });

  it('handles half-hour zones and a time just after midnight', () => {
    expect(clinicInstant('2026-11-24', '00:10', 'Asia/Kolkata').toISOString()).toBe('2026-11-23T18:40:00.000Z');
  });

  it('uses the offset in force on that date where clocks change', () => {
    expect(clinicInstant('2026-01-15', '12:00', 'Europe/London').toISOString()).toBe('2026-01-15T12:00:00.000Z');
    expect(clinicInstant('2026-07-15', '12:00', 'Europe/London').toISOString()).toBe('2026-07-15T11:00:00.000Z');
  });

  it('counts days across month and year ends, and finds the ISO weekday', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(weekDates('2026-11-26')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it('converts between HH:MM and minutes of the day', () => {
    expect(minutesOfDay('13:45')).toBe(825);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(clockTime(825)).toBe('13:45');
    expect(clockTime(5)).toBe('00:05');
  });
});
