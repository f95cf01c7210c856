import { describe, expect, it } from 'vitest';
import { malClassWarning, parseMalNumber } from './mal-number';

describe('MAL registration numbers', () => {
  it('reads the number as printed, with admin letters, spaces and lower case', () => {
    expect(parseMalNumber('MAL19990766AZ')).toEqual({ text: 'MAL19990766AZ', category: 'A' });
    expect(parseMalNumber('mal 2005 1234 x')).toEqual({ text: 'MAL20051234X', category: 'X' });
    expect(parseMalNumber('MAL12345678T')).toMatchObject({ category: 'T' });
    expect(parseMalNumber('MAL12345678N')?.category).toBe('N');
    expect(parseMalNumber('MAL12345678H')?.category).toBe('H');
  });

  it('refuses seven or nine digits, an unknown category letter, or no MAL prefix', () => {
    for (const bad of ['MAL1234567A', 'MAL123456789A', 'MAL12345678B', '12345678A', 'MAL12345678', 'MAL12345678A!', '']) expect(parseMalNumber(bad), bad).toBeNull();
  });

  it('warns when an over-the-counter product is held as a poison or a poison as over the counter', () => {
    expect(malClassWarning('MAL20051234X', 'pharmacy')).toBe('otcProductAsPoison');
    expect(malClassWarning('MAL20051234X', 'otc')).toBeNull();
    expect(malClassWarning('MAL19990766AZ', 'otc')).toBe('poisonProductAsOtc');
    expect(malClassWarning('MAL19990766AZ', 'groupB')).toBeNull();
    expect(malClassWarning(null, 'otc')).toBeNull();
    expect(malClassWarning('MAL12345678T', 'otc')).toBeNull();
  });
});
