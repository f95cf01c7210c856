import { describe, expect, it } from 'vitest';
import { internationalPhone, phoneCountryOf } from './phone-numbers';

describe('phone numbers', () => {
  it('stores a number typed the local way in international form, in the clinic’s country', () => {
    expect(internationalPhone('012-345 6789')).toBe('+60 12 345 6789');
    expect(internationalPhone('03-7876 4321')).toBe('+60 3 7876 4321');
    expect(internationalPhone('0060123456789')).toBe('+60 12 345 6789');
    expect(internationalPhone('+65 9123 4567')).toBe('+65 9123 4567');
    expect(internationalPhone('9123 4567', 'SG')).toBe('+65 9123 4567');
  });

  it('refuses what cannot be a phone', () => {
    expect(internationalPhone('12345')).toBeNull();
    expect(internationalPhone('n/a')).toBeNull();
  });

  it('takes the clinic’s country from its own phone, Malaysia when the phone names none', () => {
    expect(phoneCountryOf('+65 6123 4567')).toBe('SG');
    expect(phoneCountryOf('03-7955 1234')).toBe('MY');
    expect(phoneCountryOf('+62 21 555 1234')).toBe('ID');
  });
});
