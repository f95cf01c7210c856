import type { LegalClass } from '../../../shared/pharmacy/legal-classes';
import { malClassWarning, parseMalNumber } from '../../../shared/pharmacy/mal-number';
import type { ItemKind } from '../../../shared/schemas/medicines';

/** What the registration field says under itself: which sentence, and whether it stops the save (error) or only asks to check (warning). */
export interface MalNumberHelp {
  tone: 'error' | 'warning';
  reason: 'badFormat' | 'missing' | 'otcProductAsPoison' | 'poisonProductAsOtc';
}

/**
 * Only a wrong format is an error (the hub refuses it). A medicine without a number, or one whose
 * category letter disagrees with the legal class, is a warning: unregistered stock and old packs exist.
 * Consumables (gauze, syringes) carry no MAL number, so nothing is said about a blank one.
 */
export function malNumberHelp(typed: string | null | undefined, itemKind: ItemKind, legalClass: LegalClass): MalNumberHelp | null {
  const text = (typed ?? '').trim();
  if (!text) return itemKind === 'medicine' ? { tone: 'warning', reason: 'missing' } : null;
  if (!parseMalNumber(text)) return { tone: 'error', reason: 'badFormat' };
  const mismatch = malClassWarning(text, legalClass);
  return mismatch ? { tone: 'warning', reason: mismatch } : null;
}
