import type { TFunction } from 'i18next';
import { en } from './resources';

/**
 * Whether a word that came over the wire as a plain string (an error's detail, an import row's
 * reason) is a key of the English table, so the key built from it names real text and `t()` can
 * be type-checked. A word the renderer does not know yet is shown as it came.
 */
export function isKeyOf<T extends object>(table: T, word: unknown): word is keyof T & string {
  return typeof word === 'string' && Object.hasOwn(table, word);
}

/** Monday … Sunday for an ISO weekday number (1 = Monday). */
export function weekdayName(t: TFunction, isoWeekday: number): string {
  const day = String(isoWeekday);
  return isKeyOf(en.weekday, day) ? t(`weekday.${day}`) : day;
}

/** Why an identity number is not valid, as the words that finish "The identity number is not valid: …". */
export function identityReasonText(t: TFunction, reason: string): string {
  return isKeyOf(en.identityReason, reason) ? t(`identityReason.${reason}`) : reason;
}
