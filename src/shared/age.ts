/**
 * Age on a clinic date, from a `YYYY-MM-DD` date of birth: whole months (a child's reference
 * ranges and doses go by it), and years with the months left over for the banner.
 */
export function ageInMonths(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  return Math.max(0, months);
}

export function ageParts(dateOfBirth: string, today: string): { years: number; months: number } {
  const months = ageInMonths(dateOfBirth, today);
  return { years: Math.floor(months / 12), months: months % 12 };
}
