import { describe, expect, it } from 'vitest';
import { checkIdentity } from './identity';
import { ISO_ALPHA3_CODES, isIsoAlpha3 } from './iso-countries';
import { parsePassport } from './passport';

describe('passport numbers', () => {
  it('accepts 5 to 20 letters and digits with a real nationality, normalised to upper case', () => {
    expect(parsePassport('a12345678', 'mys')).toEqual({ ok: true, normalised: 'A12345678', nationality: 'MYS' });
    expect(parsePassport('K 1234-567', 'IDN')).toEqual({ ok: true, normalised: 'K1234567', nationality: 'IDN' });
    expect(parsePassport('AB123', 'BGD')).toMatchObject({ ok: true });
    expect(parsePassport('A'.repeat(20), 'NPL')).toMatchObject({ ok: true });
  });

  it('refuses numbers too short, too long or with other characters', () => {
    for (const value of ['A123', 'A'.repeat(21), 'A1234/567', 'A1234.567']) {
      expect(parsePassport(value, 'MYS'), value).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('refuses a nationality that is not an ISO 3166-1 alpha-3 code', () => {
    for (const nationality of ['', 'MY', 'MALAYSIA', 'XYZ', 'UK', 'EUR', 'M1S']) {
      expect(parsePassport('A12345678', nationality), nationality).toEqual({ ok: false, reason: 'nationality' });
    }
  });

  it('knows all 249 assigned alpha-3 codes, and only those', () => {
    expect(ISO_ALPHA3_CODES.size).toBe(249);
    for (const code of ['MYS', 'SGP', 'IDN', 'IND', 'BGD', 'NPL', 'MMR', 'PHL', 'CHN', 'GBR', 'USA', 'ALA', 'SSD', 'BES', 'ZWE']) {
      expect(isIsoAlpha3(code), code).toBe(true);
    }
    for (const code of ['UKR'.toLowerCase(), 'XXX', 'EUR', 'ANT', 'YUG']) expect(isIsoAlpha3(code), code).toBe(false);
  });
});

describe('any identity document', () => {
  it('gives MyKad holders Malaysian nationality, date of birth and sex', () => {
    expect(checkIdentity('mykad', '850615145231', null, '2026-11-23')).toEqual({
      ok: true, identityNo: '850615-14-5231', nationality: 'MYS', dateOfBirth: '1985-06-15', sex: 'male',
    });
  });

  it('keeps an Aadhaar or other document holder’s nationality as given, if it is a real code', () => {
    expect(checkIdentity('other', ' unhcr-123 ', 'mmr', '2026-11-23')).toMatchObject({ ok: true, identityNo: 'UNHCR-123', nationality: 'MMR' });
    expect(checkIdentity('other', 'UNHCR-123', 'XYZ', '2026-11-23')).toEqual({ ok: false, reason: 'nationality' });
    expect(checkIdentity('other', 'AB', null, '2026-11-23')).toEqual({ ok: false, reason: 'format' });
  });
});
