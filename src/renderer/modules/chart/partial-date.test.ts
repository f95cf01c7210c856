import { describe, expect, it } from 'vitest';
import { readPartialDate, showPartialDate, typedPartialDate } from './partial-date';

describe('since when, as patients say it', () => {
  it('reads a year, a month or a day typed day-first, and the ISO forms', () => {
    expect(readPartialDate(' 2015 ')).toBe('2015');
    expect(readPartialDate('6/2015')).toBe('2015-06');
    expect(readPartialDate('15/06/2015')).toBe('2015-06-15');
    expect(readPartialDate('15.6.2015')).toBe('2015-06-15');
    expect(readPartialDate('2015-06')).toBe('2015-06');
    expect(readPartialDate('')).toBe('');
  });

  it('refuses what is not a date of that shape', () => {
    expect(readPartialDate('13/2015')).toBeNull();
    expect(readPartialDate('30/02/2015')).toBeNull();
    expect(readPartialDate('since 2015')).toBeNull();
    expect(readPartialDate('15')).toBeNull();
  });

  it('shows it as precisely as it was said, and gives it back as typed', () => {
    expect(showPartialDate('2015', 'en')).toBe('2015');
    expect(showPartialDate('2015-06', 'en')).toBe('Jun 2015');
    expect(showPartialDate('2015-06-15', 'en')).toBe('15 Jun 2015');
    expect(showPartialDate('2015-08', 'ms')).toBe('Ogo 2015');
    expect(typedPartialDate('2015-06-15')).toBe('15/06/2015');
    expect(typedPartialDate(null)).toBe('');
  });
});
