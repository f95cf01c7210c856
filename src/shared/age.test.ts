import { describe, expect, it } from 'vitest';
import { ageInMonths, ageParts } from './age';

describe('age on a clinic date', () => {
  it('counts whole months, a month not yet complete before its day', () => {
    expect(ageInMonths('2026-01-15', '2026-03-14')).toBe(1);
    expect(ageInMonths('2026-01-15', '2026-03-15')).toBe(2);
    expect(ageInMonths('2026-12-05', '2026-12-05')).toBe(0);
  });

  it('gives years and the months left over, across a year end', () => {
    expect(ageParts('2024-11-20', '2026-01-10')).toEqual({ years: 1, months: 1 });
    expect(ageParts('1970-01-01', '2026-12-05')).toEqual({ years: 56, months: 11 });
  });

  it('never goes below zero for a birth date after the day asked about', () => {
    expect(ageInMonths('2027-01-01', '2026-12-05')).toBe(0);
  });
});
