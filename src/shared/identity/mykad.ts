/**
 * Malaysian identity card (MyKad) numbers: `YYMMDD-PB-###G`.
 *
 * PB is the place-of-birth code issued by the National Registration Department (JPN):
 *   01–16  states and federal territories (01 Johor … 13 Sarawak, 14 WP Kuala Lumpur, 15 Labuan, 16 Putrajaya)
 *   21–59  the same states, codes issued later (e.g. 21–24 Johor, 47–49 Sabah, 50–53 Sarawak, 54–57 WP KL, 58 Labuan, 59 Negeri Sembilan)
 *   60–68  countries (60 Brunei, 61 Indonesia, 62 Cambodia, 63 Laos, 64 Myanmar, 65 Philippines, 66 Singapore, 67 Thailand, 68 Vietnam)
 *   71–72  born outside Malaysia before 2001 / foreigner
 *   74–79  countries (74 China, 75 India, 76 Pakistan, 77 Saudi Arabia, 78 Sri Lanka, 79 Bangladesh)
 *   82     unknown state; 83–99 further countries and regions
 * Never issued: 00, 17–20, 69, 70, 73, 80, 81.
 */
const PLACE_CODE_RANGES: readonly (readonly [number, number])[] = [
  [1, 16],
  [21, 59],
  [60, 68],
  [71, 72],
  [74, 79],
  [82, 99],
];

export type Sex = 'male' | 'female';

export type MyKadResult =
  | { ok: true; normalised: string; dateOfBirth: string; sex: Sex }
  | { ok: false; reason: 'format' | 'date' | 'place' };

export function isMyKadPlaceCode(code: number): boolean {
  return PLACE_CODE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/**
 * Checks a MyKad number. `today` (YYYY-MM-DD, the clinic's date) decides the century: the
 * birth date is the latest of 19YY/20YY that is not after today.
 */
export function parseMyKad(value: string, today: string): MyKadResult {
  // Old systems keep `530321 04 4869`, `530321-04-4869` or `530321.04.4869`: the same card.
  const match = /^(\d{2})(\d{2})(\d{2}) ?[-.]? ?(\d{2}) ?[-.]? ?(\d{4})$/.exec(value.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, yy, mm, dd, place, serial] = match;
  const in2000s = `20${yy}-${mm}-${dd}`;
  const dateOfBirth = in2000s <= today ? in2000s : `19${yy}-${mm}-${dd}`;
  if (!isRealDate(dateOfBirth)) return { ok: false, reason: 'date' };
  if (!isMyKadPlaceCode(Number(place))) return { ok: false, reason: 'place' };
  return {
    ok: true,
    normalised: `${yy}${mm}${dd}-${place}-${serial}`,
    dateOfBirth,
    sex: Number(serial.slice(-1)) % 2 === 1 ? 'male' : 'female',
  };
}

/**
 * A number that may be a mistyped MyKad rather than another document: 11 to 13 digits once
 * spaces, dashes and dots are taken out, starting with a real YYMMDD (`74011512570`, one digit
 * short). Registering it as "other document" is a warning the user resolves.
 */
export function looksLikeMyKad(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{11,13}$/.test(digits)) return false;
  const [yy, mm, dd] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)];
  return isRealDate(`19${yy}-${mm}-${dd}`) || isRealDate(`20${yy}-${mm}-${dd}`);
}

/** A YYYY-MM-DD string naming a day that exists on the calendar (29 February only in leap years). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
