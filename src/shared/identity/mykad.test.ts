import { describe, expect, it } from 'vitest';
import { isMyKadPlaceCode, isRealDate, looksLikeMyKad, parseMyKad } from './mykad';

const TODAY = '2026-11-23';

describe('MyKad numbers', () => {
  it('accepts a number with or without dashes and normalises it', () => {
    const expected = { ok: true, normalised: '850615-14-5231', dateOfBirth: '1985-06-15', sex: 'male' };
    expect(parseMyKad('850615-14-5231', TODAY)).toEqual(expected);
    expect(parseMyKad('850615145231', TODAY)).toEqual(expected);
    expect(parseMyKad(' 850615-145231 ', TODAY)).toEqual(expected);
  });

  it('reads the sex from the last digit: odd male, even female', () => {
    expect(parseMyKad('900101-10-1234', TODAY)).toMatchObject({ ok: true, sex: 'female' });
    expect(parseMyKad('900101-10-1237', TODAY)).toMatchObject({ ok: true, sex: 'male' });
  });

  it('chooses the century so the birth date is not after today', () => {
    expect(parseMyKad('261123-14-0012', TODAY)).toMatchObject({ ok: true, dateOfBirth: '2026-11-23' });
    expect(parseMyKad('261124-14-0012', TODAY)).toMatchObject({ ok: true, dateOfBirth: '1926-11-24' });
    expect(parseMyKad('050301-08-5566', TODAY)).toMatchObject({ ok: true, dateOfBirth: '2005-03-01' });
    expect(parseMyKad('450301-08-5566', TODAY)).toMatchObject({ ok: true, dateOfBirth: '1945-03-01' });
  });

  it('reads the groups separated by spaces, dots or dashes as old systems export them', () => {
    for (const value of ['530321 04 4869', '530321.04.4869', '530321 - 04 - 4869', '530321-04 4869']) {
      expect(parseMyKad(value, TODAY), value).toMatchObject({ ok: true, normalised: '530321-04-4869', dateOfBirth: '1953-03-21' });
    }
  });

  it('knows a number that may be a mistyped MyKad from another document', () => {
    for (const value of ['74011512570', '530321 04 4869', '7401151257001']) expect(looksLikeMyKad(value), value).toBe(true);
    for (const value of ['T 1234567', 'A12345678', '991399123456', '1234567890']) expect(looksLikeMyKad(value), value).toBe(false);
  });

  it('refuses a malformed number', () => {
    for (const value of ['', '85061514523', '8506151452311', '850615-14-52A1', '850615--14-5231', '85-06-15-14-5231']) {
      expect(parseMyKad(value, TODAY), value).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('refuses a date that does not exist', () => {
    expect(parseMyKad('851315-14-5231', TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(parseMyKad('850631-14-5231', TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(parseMyKad('850229-14-5231', TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(parseMyKad('000229-14-5231', TODAY)).toMatchObject({ ok: true, dateOfBirth: '2000-02-29' });
  });

  it('refuses a place-of-birth code that is never issued', () => {
    for (const code of ['00', '17', '18', '19', '20', '69', '70', '73', '80', '81']) {
      expect(parseMyKad(`850615-${code}-5231`, TODAY), code).toEqual({ ok: false, reason: 'place' });
    }
    for (const code of [1, 16, 21, 59, 60, 68, 71, 72, 74, 79, 82, 99]) expect(isMyKadPlaceCode(code), String(code)).toBe(true);
  });

  it('knows real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-04-31')).toBe(false);
    expect(isRealDate('2023-4-3')).toBe(false);
  });
});
