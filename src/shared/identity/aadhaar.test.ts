import { describe, expect, it } from 'vitest';
import { parseAadhaar } from './aadhaar';
import { verhoeffCheckDigit, verhoeffValid } from './verhoeff';

/** A valid Aadhaar number from its first eleven digits. */
function withCheckDigit(first11: string): string {
  return `${first11}${verhoeffCheckDigit(first11)}`;
}

describe('Verhoeff check digit', () => {
  it('gives 3 for 236, the classic test vector', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });

  it('catches every single-digit error and every adjacent swap in a number', () => {
    const number = withCheckDigit('49876543210');
    for (let i = 0; i < number.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === number[i]) continue;
        expect(verhoeffValid(number.slice(0, i) + String(d) + number.slice(i + 1))).toBe(false);
      }
      if (i + 1 < number.length && number[i] !== number[i + 1]) {
        expect(verhoeffValid(number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2))).toBe(false);
      }
    }
  });
});

describe('Aadhaar numbers', () => {
  it('accepts twelve digits with a good check digit, with spaces or dashes', () => {
    const number = withCheckDigit('23456789012');
    expect(parseAadhaar(number)).toEqual({ ok: true, normalised: number });
    const spaced = `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`;
    expect(parseAadhaar(spaced)).toEqual({ ok: true, normalised: number });
    expect(parseAadhaar(spaced.replace(/ /g, '-'))).toEqual({ ok: true, normalised: number });
  });

  it('refuses numbers starting with 0 or 1, or of the wrong length', () => {
    expect(parseAadhaar(withCheckDigit('03456789012'))).toEqual({ ok: false, reason: 'format' });
    expect(parseAadhaar(withCheckDigit('13456789012'))).toEqual({ ok: false, reason: 'format' });
    expect(parseAadhaar(withCheckDigit('2345678901'))).toEqual({ ok: false, reason: 'format' });
    expect(parseAadhaar('2345 6789 012A')).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses a wrong check digit', () => {
    const number = withCheckDigit('23456789012');
    const wrong = `${number.slice(0, 11)}${(Number(number[11]) + 1) % 10}`;
    expect(parseAadhaar(wrong)).toEqual({ ok: false, reason: 'checksum' });
  });
});
