/** The age bands paediatric reference ranges are given in (PALS), and adults from 18. */
export const AGE_BANDS = ['newborn', 'infant', 'toddler', 'preschool', 'schoolAge', 'adolescent', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Whole months from a birth date to a day, both `YYYY-MM-DD` (a month is complete on the same day of the month). */
export function monthsBetween(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

function daysBetween(dateOfBirth: string, on: string): number {
  return Math.round((Date.parse(`${on}T00:00:00Z`) - Date.parse(`${dateOfBirth}T00:00:00Z`)) / 86_400_000);
}

/**
 * The band a patient was in on a day: newborn to 28 days, infant to 1 year, toddler 1–2,
 * preschool 3–5, school age 6–11, adolescent 12–17, adult from 18. Null when the birth date is
 * not on the record (the ranges then used are the adult ones, and the screen says so).
 */
export function ageBandOf(dateOfBirth: string | null, on: string): AgeBand | null {
  if (!dateOfBirth) return null;
  if (daysBetween(dateOfBirth, on) <= 28) return 'newborn';
  const months = monthsBetween(dateOfBirth, on);
  if (months < 12) return 'infant';
  if (months < 36) return 'toddler';
  if (months < 72) return 'preschool';
  if (months < 144) return 'schoolAge';
  if (months < 216) return 'adolescent';
  return 'adult';
}

/** Head circumference is a growth measure for the first two years. */
export function measuresHeadCircumference(dateOfBirth: string | null, on: string): boolean {
  return dateOfBirth !== null && monthsBetween(dateOfBirth, on) < 24;
}
