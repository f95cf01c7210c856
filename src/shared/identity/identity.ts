import { parseAadhaar } from './aadhaar';
import { isIsoAlpha3 } from './iso-countries';
import { parseMyKad, type Sex } from './mykad';
import { parsePassport } from './passport';

export const IDENTITY_TYPES = ['mykad', 'passport', 'aadhaar', 'other'] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];

export type IdentityInvalidReason = 'format' | 'date' | 'place' | 'checksum' | 'nationality';

export type IdentityResult =
  | { ok: true; identityNo: string; nationality: string | null; dateOfBirth: string | null; sex: Sex | null }
  | { ok: false; reason: IdentityInvalidReason };

/**
 * Checks and normalises any identity document the clinic records. MyKad also gives the date of
 * birth and sex; a passport gives the nationality. `today` is the clinic's date (YYYY-MM-DD).
 */
export function checkIdentity(type: IdentityType, value: string, nationality: string | null, today: string): IdentityResult {
  switch (type) {
    case 'mykad': {
      const result = parseMyKad(value, today);
      return result.ok ? { ok: true, identityNo: result.normalised, nationality: 'MYS', dateOfBirth: result.dateOfBirth, sex: result.sex } : result;
    }
    case 'passport': {
      const result = parsePassport(value, nationality ?? '');
      return result.ok ? { ok: true, identityNo: result.normalised, nationality: result.nationality, dateOfBirth: null, sex: null } : result;
    }
    case 'aadhaar': {
      const result = parseAadhaar(value);
      if (!result.ok) return result;
      // Aadhaar is issued to residents of India, not only citizens: the nationality stays as given.
      return withNationality(result.normalised, nationality);
    }
    case 'other': {
      const identityNo = value.trim().toUpperCase();
      if (identityNo.length < 3 || identityNo.length > 40) return { ok: false, reason: 'format' };
      return withNationality(identityNo, nationality);
    }
  }
}

function withNationality(identityNo: string, nationality: string | null): IdentityResult {
  const country = nationality?.trim().toUpperCase() || null;
  if (country !== null && !isIsoAlpha3(country)) return { ok: false, reason: 'nationality' };
  return { ok: true, identityNo, nationality: country, dateOfBirth: null, sex: null };
}
