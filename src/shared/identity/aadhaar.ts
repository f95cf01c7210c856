import { verhoeffValid } from './verhoeff';

export type AadhaarResult = { ok: true; normalised: string } | { ok: false; reason: 'format' | 'checksum' };

/** An Aadhaar number: 12 digits (spaces or dashes allowed), not starting with 0 or 1, Verhoeff check digit last. */
export function parseAadhaar(value: string): AadhaarResult {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^[2-9]\d{11}$/.test(digits)) return { ok: false, reason: 'format' };
  if (!verhoeffValid(digits)) return { ok: false, reason: 'checksum' };
  return { ok: true, normalised: digits };
}
