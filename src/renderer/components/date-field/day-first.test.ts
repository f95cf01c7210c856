import { describe, expect, it } from 'vitest';
import { dayFirst, fullYear, readTypedDate, readTypedTime } from './day-first';

const today = '2026-12-05';

describe('a typed date is read day first', () => {
  it.each(['05122026', '5/12/2026', '5-12-26', '5.12.2026', '05 12 2026', ' 5/12/2026 ', '2026-12-05'])('%s is 5 December 2026', (text) => {
    expect(readTypedDate(text, { today })).toEqual({ kind: 'date', date: '2026-12-05' });
  });

  it('never reads the month first, even where it could', () => {
    expect(readTypedDate('12/05/2026', { today })).toEqual({ kind: 'date', date: '2026-05-12' });
    expect(readTypedDate('3/4/2026', { today })).toEqual({ kind: 'date', date: '2026-04-03' });
  });

  it.each(['31/02/2026', '29/02/2026', '31/04/2026', '00/01/2026', '12/13/2026', '1/0/2026', '32012026'])('refuses %s, which is not on the calendar', (text) => {
    expect(readTypedDate(text, { today })).toEqual({ kind: 'impossible' });
  });

  it('takes 29 February in a leap year', () => {
    expect(readTypedDate('29/02/2028', { today })).toEqual({ kind: 'date', date: '2028-02-29' });
  });

  it.each(['5/12', 'tomorrow', '5122026', '5/12/202', '2026/12/05', '5//12', '05-12-2026x'])('cannot read %s', (text) => {
    expect(readTypedDate(text, { today })).toEqual({ kind: 'unreadable' });
  });

  it('reads nothing typed as empty', () => {
    expect(readTypedDate('  ', { today })).toEqual({ kind: 'empty' });
  });
});

describe('two-digit years', () => {
  it('on a birth date (ends today) are the latest year not in the future', () => {
    expect(fullYear(45, { today, max: today })).toBe(1945);
    expect(fullYear(26, { today, max: today })).toBe(2026);
    expect(fullYear(27, { today, max: today })).toBe(1927);
    expect(readTypedDate('14/3/92', { today, max: today })).toEqual({ kind: 'date', date: '1992-03-14' });
  });

  it('on a booking (starts today) are the earliest year not in the past', () => {
    expect(fullYear(27, { today, min: today })).toBe(2027);
    expect(fullYear(25, { today, min: today })).toBe(2125);
  });

  it('elsewhere fall within 80 years back and 19 ahead', () => {
    expect(fullYear(45, { today })).toBe(2045);
    expect(fullYear(46, { today })).toBe(1946);
    expect(fullYear(0, { today })).toBe(2000);
  });
});

describe('shown day first', () => {
  it('writes a date as dd/mm/yyyy and leaves anything else as it is', () => {
    expect(dayFirst('2026-12-05')).toBe('05/12/2026');
    expect(dayFirst('')).toBe('');
  });
});

describe('a typed time is read on the 24-hour clock', () => {
  it.each([['9:30', '09:30'], ['0930', '09:30'], ['9.30', '09:30'], ['14', '14:00'], ['23:59', '23:59'], ['930', '09:30']])('%s is %s', (text, time) => {
    expect(readTypedTime(text)).toBe(time);
  });

  it.each(['24:00', '9:60', 'noon', '9:5', ''])('refuses %s', (text) => {
    expect(readTypedTime(text)).toBeNull();
  });
});
