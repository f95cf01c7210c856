import { describe, expect, it } from 'vitest';
import { importedDate } from './import-dates';

const TODAY = '2026-11-23';

describe('dates of birth as old systems export them', () => {
  it('reads numbers with slashes, dots or dashes in the chosen day-month order, and two-digit years', () => {
    expect(importedDate('14.11.1960', 'DD/MM/YYYY', TODAY)).toBe('1960-11-14');
    expect(importedDate('15-01-74', 'DD/MM/YYYY', TODAY)).toBe('1974-01-15');
    expect(importedDate('01-15-74', 'MM/DD/YYYY', TODAY)).toBe('1974-01-15');
    expect(importedDate('3/4/05', 'DD/MM/YYYY', TODAY)).toBe('2005-04-03');
    expect(importedDate('1/12/26', 'DD/MM/YYYY', TODAY)).toBe('1926-12-01');
    expect(importedDate('1974-01-15', 'MM/DD/YYYY', TODAY)).toBe('1974-01-15');
  });

  it('reads a month by name in English or Malay, day first or month first', () => {
    expect(importedDate('29 May 2012', 'DD/MM/YYYY', TODAY)).toBe('2012-05-29');
    expect(importedDate('29-Mei-2012', 'MM/DD/YYYY', TODAY)).toBe('2012-05-29');
    expect(importedDate('5 Ogos 1980', 'DD/MM/YYYY', TODAY)).toBe('1980-08-05');
    expect(importedDate('May 29, 2012', 'DD/MM/YYYY', TODAY)).toBe('2012-05-29');
    expect(importedDate('7 Dec 99', 'DD/MM/YYYY', TODAY)).toBe('1999-12-07');
  });

  it('refuses what is not a real date, or numbers whose order was not chosen', () => {
    for (const text of ['31.02.1990', '29 Foo 2012', '13/13/1990', 'yesterday', '2012']) expect(importedDate(text, 'DD/MM/YYYY', TODAY), text).toBeNull();
    expect(importedDate('15/01/1974', 'YYYY-MM-DD', TODAY)).toBeNull();
  });
});
