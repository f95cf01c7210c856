import type { LegalClass } from './legal-classes';

/**
 * The registration number the Drug Control Authority prints on a registered product: "MAL", the
 * year and running number (8 digits), the category letter, then sometimes administrative letters
 * and digits as printed ("MAL19990766AZ"). See ../shared/notes/clinic-rules-malaysia.md.
 */
const MAL_PATTERN = /^MAL(\d{8})([AXTNH])([A-Z0-9]{0,6})$/;

/** The category letter: A controlled (a poison), X over the counter, T traditional, N health supplement, H veterinary. */
export type MalCategory = 'A' | 'X' | 'T' | 'N' | 'H';

export interface MalNumber {
  /** As stored: upper-case, without spaces or dashes. */
  text: string;
  category: MalCategory;
}

/** A MAL number as typed ("mal 1999-0766 az") read into its stored form; null when it is not one. */
export function parseMalNumber(typed: string): MalNumber | null {
  const text = typed.toUpperCase().replace(/[\s-]+/g, '');
  const match = MAL_PATTERN.exec(text);
  return match ? { text, category: match[2] as MalCategory } : null;
}

/**
 * Why the legal class chosen disagrees with the registration's category, for a warning (not a
 * refusal: a clinic may hold a product's class more strictly, or the number was read off an old pack).
 * A MAL…X product is over the counter, so a poison class is unusual; a MAL…A product is a poison,
 * so "over the counter" would let anyone sell it.
 */
export function malClassWarning(registrationNo: string | null, legalClass: LegalClass): 'otcProductAsPoison' | 'poisonProductAsOtc' | null {
  const mal = registrationNo ? parseMalNumber(registrationNo) : null;
  if (!mal) return null;
  if (mal.category === 'X' && legalClass !== 'otc') return 'otcProductAsPoison';
  if (mal.category === 'A' && legalClass === 'otc') return 'poisonProductAsOtc';
  return null;
}
