import type { Medicine } from '../../../shared/schemas/medicines';

/** The medicines with a dangerous-drugs register, retired ones too (their past supplies still need showing), active first. */
export function dangerousDrugs<M extends Pick<Medicine, 'legalClass' | 'active' | 'generic'>>(medicines: readonly M[]): M[] {
  return medicines
    .filter((medicine) => medicine.legalClass === 'dangerous')
    .sort((a, b) => Number(b.active) - Number(a.active) || a.generic.localeCompare(b.generic));
}
