import { isIsoAlpha3 } from './iso-countries';

export type PassportResult = { ok: true; normalised: string; nationality: string } | { ok: false; reason: 'format' | 'nationality' };

/** A passport number (5–20 letters and digits; spaces and dashes dropped) and its ISO 3166-1 alpha-3 nationality. */
export function parsePassport(value: string, nationality: string): PassportResult {
  const normalised = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{5,20}$/.test(normalised)) return { ok: false, reason: 'format' };
  const country = nationality.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(country) || !isIsoAlpha3(country)) return { ok: false, reason: 'nationality' };
  return { ok: true, normalised, nationality: country };
}
