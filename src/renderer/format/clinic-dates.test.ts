import { describe, expect, it } from 'vitest';
import { calendarDay, clinicDates } from './clinic-dates';

// 07:26:05 UTC is 15:26 in Kuala Lumpur, 12:56 in Kolkata, and still the 3rd in Honolulu.
const INSTANT = '2026-12-04T07:26:05.000Z';

describe("the clinic's dates", () => {
  it("shows an instant on the clinic's wall clock, whatever zone this PC is in", () => {
    expect(clinicDates('Asia/Kuala_Lumpur', 'en').dateTime(INSTANT)).toBe('4 Dec 2026, 15:26');
    expect(clinicDates('Asia/Kolkata', 'en').dateTime(INSTANT)).toBe('4 Dec 2026, 12:56');
    expect(clinicDates('Pacific/Honolulu', 'en').dateTime(INSTANT)).toBe('3 Dec 2026, 21:26');
  });

  it('writes day, month, year and a 24-hour clock, never the US order or AM/PM', () => {
    const dates = clinicDates('Asia/Kuala_Lumpur', 'en');
    expect(dates.dateTime('2026-03-01T14:05:00Z')).toBe('1 Mar 2026, 22:05');
    expect(dates.date('2026-03-01T14:05:00Z')).toBe('1 Mar 2026');
    expect(dates.time(new Date('2026-03-01T14:05:09Z'))).toBe('22:05');
    expect(dates.time(new Date('2026-03-01T14:05:09Z'), { seconds: true })).toBe('22:05:09');
  });

  it('uses Malay month names in Bahasa Melayu, with the same 24-hour clock', () => {
    const dates = clinicDates('Asia/Kuala_Lumpur', 'ms');
    expect(dates.dateTime(INSTANT)).toBe('4 Dis 2026, 15:26');
    expect(dates.date('2026-08-01T00:00:00Z')).toBe('1 Ogo 2026');
    expect(dates.time('2026-12-04T16:00:00Z')).toBe('00:00');
  });

  it('falls back to English words for a language it has no locale for', () => {
    expect(clinicDates('Asia/Kuala_Lumpur', 'zh').dateTime(INSTANT)).toBe('4 Dec 2026, 15:26');
    expect(clinicDates('Asia/Kuala_Lumpur', 'en-US').dateTime(INSTANT)).toBe('4 Dec 2026, 15:26');
  });

  it('writes a calendar day day-first with its weekday, in the screen language, whatever zone this PC is in', () => {
    expect(calendarDay('2026-11-30', 'en')).toBe('Monday, 30 Nov 2026');
    expect(calendarDay('2026-11-30', 'en-US', 'short')).toBe('Mon 30 Nov');
    expect(calendarDay('2026-08-02', 'ms', 'short')).toBe('Ahd, 2 Ogo');
    expect(calendarDay('1974-01-15', 'ms', 'none')).toBe('15 Jan 1974');
  });
});
